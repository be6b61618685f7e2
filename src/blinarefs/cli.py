"""The ``blinarefs`` command: argument parsing and error handling, nothing else.

Each subcommand lives in ``blinarefs.commands.<name>`` with ``add_arguments`` and ``run``;
those modules import nothing heavy at module level, so ``blinarefs --help`` stays fast.
"""

from __future__ import annotations

import argparse
import importlib
import sys

from . import __version__

# name -> one-line summary (shown by --help without importing the command modules)
COMMANDS: dict[str, str] = {
    "build": "run every stage on a manuscript: parse, store, check, export (the main job)",
    "parse": "read a free-text reference list into BibTeX",
    "validate": "lint a BibTeX store: missing fields, bad DOIs, duplicates, bad keys",
    "enrich": "find DOIs, complete metadata from Crossref/PubMed, verify, show every change",
    "format": "format a store as a bibliography in a CSL style (Blood, Vancouver, any .csl)",
    "trace": "tie every claim of a manuscript to the references it cites (claim table)",
    "check": "check that claims are traceable: dangling, uncited, out-of-order citations",
    "export": "write the store as BibTeX, BibLaTeX, CSL-JSON, RIS or EndNote XML",
    "import": "read RIS, CSL-JSON, BibTeX, PubMed MEDLINE, EndNote XML or text into a store",
    "pandoc": "numbered citations to Pandoc [@key] Markdown with its bibliography, and back",
}

# commands whose name is a Python keyword live in a module with a trailing underscore
_MODULES = {"import": "import_"}

EPILOG = """\
Start with:  blinarefs build            (runs on the embedded Blood commentary)
             blinarefs build paper.txt -o out/
Each command has its own help: blinarefs COMMAND --help
Exit codes: 0 success, 1 errors found or a command failed, 2 usage error, 130 interrupted.
"""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="blinarefs",
        description="Citation and reference management for manuscripts with numbered "
        "citations: parse a reference list into BibTeX, enrich it by DOI, format it with "
        "CSL, trace every claim to its references, export for LaTeX, Pandoc and Zotero.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"blinarefs {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, summary in COMMANDS.items():
        sub.add_parser(name, help=summary, add_help=False)
    return parser


def _command_parser(name: str, module) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=f"blinarefs {name}",
        description=module.__doc__,
        epilog=getattr(module, "EPILOG", None),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    module.add_arguments(parser)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or argv[0] not in COMMANDS:
        parser = _parser()
        if not argv:
            parser.print_help()
            return 0
        parser.parse_args(argv)  # prints help/version, or the usage error, and exits
        return 2
    name, rest = argv[0], argv[1:]
    from .errors import BlinarefsError

    try:
        module = importlib.import_module(f"blinarefs.commands.{_MODULES.get(name, name)}")
        args = _command_parser(name, module).parse_args(rest)
        return int(module.run(args) or 0)
    except BlinarefsError as exc:
        print(f"blinarefs {name}: error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print(f"blinarefs {name}: interrupted; files already written are complete", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
