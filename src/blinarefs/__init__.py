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
    "format_bibliography": "blinarefs.format",
    "format_citation": "blinarefs.format",
    "load_style": "blinarefs.format",
    "export_references": "blinarefs.interchange",
    "read_references": "blinarefs.interchange",
    "lost_fields": "blinarefs.interchange",
    "merge_references": "blinarefs.interchange.merge",
    "Citation": "blinarefs.trace.decode",
    "decode_citations": "blinarefs.trace.decode",
    "number_by_first_citation": "blinarefs.trace.decode",
    "trace_manuscript": "blinarefs.trace.manuscript",
    "check_trace": "blinarefs.trace.checks",
    "trace_file": "blinarefs.trace.load",
    "check_manuscript": "blinarefs.trace.checked",
    "CheckResult": "blinarefs.trace.checked",
    "read_manuscript": "blinarefs.manuscript",
    "renumber_manuscript": "blinarefs.manuscript.rewrite",
    "evidence_for_trace": "blinarefs.evidence.run",
    "enrich_store": "blinarefs.enrich",
    "EnrichOptions": "blinarefs.enrich",
    "EnrichReport": "blinarefs.enrich",
    "FieldChange": "blinarefs.enrich",
    "to_pandoc": "blinarefs.pandoc",
    "to_numbered": "blinarefs.pandoc",
}

__all__ = ["__version__", *_EXPORTS]


def __dir__() -> list[str]:
    """The exported names too, though none is imported yet: a notebook's tab completion
    and ``dir(blinarefs)`` list them."""
    return sorted({*globals(), *_EXPORTS})


def __getattr__(name: str) -> object:
    if name in _EXPORTS:
        return getattr(__import__(_EXPORTS[name], fromlist=[name]), name)
    raise AttributeError(f"module 'blinarefs' has no attribute {name!r}")
