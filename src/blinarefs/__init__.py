"""blinarefs: citation and reference management for manuscripts.

The library API, importable without the CLI::

    from blinarefs import parse_reference_list, Store, build
    refs = parse_reference_list(open("paper.txt").read()).references
    Store.from_references(refs).save("paper.bib")

Names are imported on first use, so ``import blinarefs`` stays cheap: it imports nothing
at all, which keeps ``blinarefs --help`` as fast as a bare interpreter (see benchmarks/).
"""

__version__ = "0.1.0"

_EXPORTS = {
    "Reference": "blinarefs.model",
    "Name": "blinarefs.model",
    "Finding": "blinarefs.findings",
    "BlinarefsError": "blinarefs.errors",
    "Store": "blinarefs.store",
    "parse_reference": "blinarefs.parse",
    "parse_reference_list": "blinarefs.parse",
    "validate_store": "blinarefs.validate",
    "validate_references": "blinarefs.validate",
    "build": "blinarefs.pipeline",
    "BuildOptions": "blinarefs.pipeline",
}

__all__ = ["__version__", *_EXPORTS]


def __getattr__(name: str) -> object:
    if name in _EXPORTS:
        return getattr(__import__(_EXPORTS[name], fromlist=[name]), name)
    raise AttributeError(f"module 'blinarefs' has no attribute {name!r}")
