"""The ``blinarefs`` command: argument parsing and error handling, nothing else.

Each subcommand lives in ``blinarefs.commands.<name>`` with ``add_arguments`` and ``run``;
those modules import nothing heavy at module level. The top level (``--help``,
``--version``, usage errors) is printed from the strings below without argparse, so
``blinarefs --help`` imports nothing beyond this module (tests/test_startup.py checks it);
argparse loads only when a command runs.
"""

import sys

from . import __version__

# name -> one-line summary (shown by --help without importing the command modules)
COMMANDS: dict[str, str] = {
    "build": "the main job: parse, store, enrich, format, trace and export a manuscript",
    "parse": "read a free-text reference list into BibTeX",
    "validate": "lint a BibTeX store: missing fields, bad DOIs, duplicates, bad keys",
    "enrich": "find DOIs, complete metadata from Crossref/PubMed, verify, show every change",
    "format": "format a store as a bibliography in a CSL style (Blood, Vancouver, any .csl)",
    "trace": "tie every claim of a manuscript to the references it cites (claim table)",
    "check": "check that claims are traceable: dangling, uncited, out-of-order citations",
    "evidence": "does each cited work say what the sentence says? evidence and verdicts",
    "export": "write the store as BibTeX, BibLaTeX, CSL-JSON, RIS or EndNote XML",
    "import": "read RIS, CSL-JSON, BibTeX, PubMed MEDLINE, EndNote XML or text into a store",
    "renumber": "put references in order of first citation and rewrite the markers to match",
    "pandoc": "citations to Pandoc [@key] Markdown with its bibliography, and back",
}

# commands whose name is a Python keyword live in a module with a trailing underscore
_MODULES = {"import": "import_"}

EXIT_CODES = """\
exit codes: 0 ok; 1 errors found, or a command failed; 2 usage: a bad option, a missing
  input file (or a folder given as one), an unknown style, an output onto an input or over
  a file blinarefs did not write (without --force); 130 interrupted.
"""
EPILOG = f"""\
Start with:  blinarefs build            (runs on the embedded Blood commentary)
             blinarefs build paper.txt -o out/
Each command has its own help: blinarefs COMMAND --help
{EXIT_CODES}"""
DESCRIPTION = """\
Citation and reference management for manuscripts with numbered citations: parse a
reference list into BibTeX, enrich it by DOI, format it with CSL, trace every claim to its
references, export for LaTeX, Pandoc and Zotero."""
USAGE = "usage: blinarefs [-h] [--version] COMMAND ..."
_WIDTH = 100


def _wrap(text: str, width: int, indent: int) -> str:
    """Greedy word wrap; the continuation lines start at column ``indent``."""
    lines, line = [], ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width - indent:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    return ("\n" + " " * indent).join([*lines, line])


def help_text() -> str:
    """The top-level help: usage, what blinarefs does, every command with its summary."""
    column = max(len(name) for name in COMMANDS) + 4
    commands = "\n".join(
        f"  {name.ljust(column - 2)}{_wrap(summary, _WIDTH, column)}"
        for name, summary in COMMANDS.items()
    )
    return (
        f"{USAGE}\n\n{DESCRIPTION}\n\ncommands:\n{commands}\n\noptions:\n"
        "  -h, --help  show this help message and exit\n"
        "  --version   show the version number and exit\n\n"
        f"{EPILOG}"
    )


def _usage_error(message: str) -> int:
    print(f"{USAGE}\nblinarefs: error: {message}", file=sys.stderr)
    return 2


def _command_parser(name: str, module):
    import argparse

    parser = argparse.ArgumentParser(
        prog=f"blinarefs {name}",
        description=module.__doc__,
        epilog=getattr(module, "EPILOG", "") + "\n" + EXIT_CODES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    module.add_arguments(parser)
    return parser


# Commands that print what -o would write: "-o -" is standard output, as in most tools
_PRINTING = frozenset({"check", "export", "format", "parse"})


def _standard_output(name: str, args) -> None:
    """``-o -``: print, for a command that prints without -o; else one line, never a file
    named "-" (a user meant standard output)."""
    if getattr(args, "output", None) != "-":
        return
    annotate = " --annotate" if getattr(args, "annotate", False) else ""
    if name in _PRINTING and not annotate:
        args.output = None
        return
    from .errors import UsageError

    raise UsageError(f"-o -: {name}{annotate} writes a file, not standard output; name it")


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv:
        print(help_text(), end="")
        return 0
    if argv[0] in ("-h", "--help", "--version"):
        print(help_text() if argv[0] != "--version" else f"blinarefs {__version__}\n", end="")
        raise SystemExit(0)  # as argparse does, so main() acts alike at both levels
    if argv[0] not in COMMANDS:
        if argv[0].startswith("-"):
            return _usage_error(f"unrecognized arguments: {argv[0]}")
        from difflib import get_close_matches  # only on this error: start-up stays light

        choices = ", ".join(repr(name) for name in COMMANDS)
        meant = get_close_matches(argv[0], list(COMMANDS), n=1)
        ask = f"did you mean {meant[0]!r}? " if meant else ""
        return _usage_error(f"invalid choice: {argv[0]!r} ({ask}choose a COMMAND from {choices})")
    name, rest = argv[0], argv[1:]
    from importlib import import_module

    from .errors import BlinarefsError

    try:
        module = import_module(f"blinarefs.commands.{_MODULES.get(name, name)}")
        args = _command_parser(name, module).parse_args(rest)
        _standard_output(name, args)
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
