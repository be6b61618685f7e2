"""Write the store in the format another tool reads: LaTeX, Pandoc/Quarto, Zotero, EndNote.

Formats: bibtex (classic bibtex: ASCII with LaTeX escapes, month macros, braced capitals),
biblatex (biber: UTF-8, date, journaltitle, PMID as eprint), csl-json (Pandoc, Quarto,
Zotero), ris (Zotero, EndNote, Mendeley), endnote-xml (EndNote). With -o the format can
come from the extension (.json, .ris, .xml). Fields a format cannot carry (RIS has no
"et al" marker, for one) are listed after the export, never dropped silently, and so is
every value a format writes changed (classic BibTeX is ASCII: a ligature is spelled out).
"""

from __future__ import annotations

import argparse

from ._common import (
    WRITE_FORMATS,
    add_force,
    add_json,
    add_quiet,
    console,
    report_store_problems,
    store_path,
)

EPILOG = """\
examples:
  blinarefs export --to bibtex -o refs.bib        LaTeX with classic bibtex
  blinarefs export --to biblatex -o refs.bib      LaTeX with biblatex and biber
  blinarefs export -o refs.json                   Pandoc/Quarto (CSL-JSON)
  blinarefs export my.bib -o my.ris               Zotero, EndNote, Mendeley
  blinarefs export --to csl-json --clean          without blinarefs' own data, to stdout
"""

_BY_EXTENSION = {".json": "csl-json", ".ris": "ris", ".xml": "endnote-xml"}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("bib", nargs="?", metavar="BIB", help="store (default: the embedded one)")
    parser.add_argument(
        "--to", choices=WRITE_FORMATS, metavar="FORMAT", help=f"one of: {', '.join(WRITE_FORMATS)}"
    )
    parser.add_argument("-o", "--output", metavar="OUT", help="write here (default: print it)")
    parser.add_argument(
        "--clean",
        action="store_true",
        help="leave out blinarefs' own data (printed number and text, provenance, locks): "
        "BibTeX's blinarefs-* fields, CSL-JSON's custom object",
    )
    add_force(parser)
    add_json(parser)
    add_quiet(parser)


def _format(args: argparse.Namespace) -> str:
    from pathlib import Path

    from ..errors import UsageError

    if args.to:
        return args.to
    suffix = Path(args.output).suffix.lower() if args.output else ""
    if suffix in _BY_EXTENSION:
        return _BY_EXTENSION[suffix]
    raise UsageError(
        "which format? give --to bibtex, biblatex, csl-json, ris or endnote-xml",
        hint=".bib fits both bibtex and biblatex" if suffix == ".bib" else None,
    )


def run(args: argparse.Namespace) -> int:
    import sys

    from ..findings import counted
    from ..interchange import (
        changed_values,
        export_references,
        extra_fields_lost,
        get_format,
        lost_fields,
    )
    from ..interchange.files import write_export
    from ..outputs import check_output
    from ..store import Store

    con = console(args)
    fmt = _format(args)
    spec = get_format(fmt)
    path = store_path(args.bib)
    if args.output:
        check_output(args.output, [path], force=args.force)
    store = Store.load(path)
    refs = store.references
    if args.output:
        lost = write_export(refs, fmt, args.output, clean=args.clean)
        text = None
    else:
        text = export_references(refs, fmt, clean=args.clean)
        lost = lost_fields(refs, fmt, clean=args.clean)
    reasons = spec.reasons(args.clean)
    # "extra-fields" names each field: {"roe2030": ["fundinginfo"]}
    extras = extra_fields_lost(refs, fmt, clean=args.clean) if "extra-fields" in lost else {}
    changed = [c.finding(args.output) for c in changed_values(refs, fmt, clean=args.clean)]
    code = report_store_problems(con, store.problems, "not exported")
    if args.json:
        report = {
            "store": str(path),
            "format": fmt,
            "output": args.output,
            "references": len(refs),
            "lost": {
                f: {"reason": reasons.get(f, ""), "keys": k}
                | ({"fields": extras} if f == "extra-fields" else {})
                for f, k in lost.items()
            },
            "findings": [f.to_dict() for f in changed],
        }
        con.json(report if text is None else {**report, "text": text})
        return code
    if text is not None:
        con.emit(text)
    notes = sys.stderr if text is not None else con.out
    if args.output:
        source = args.bib or "the embedded store"
        con.print(f"{args.output}: {counted(len(refs), 'references')} from {source} ({spec.label})")
    if not args.quiet:
        for name, keys in lost.items():
            why = reasons[name]
            named = f" [{_named_fields(extras)}]" if name == "extra-fields" else ""
            print(f"not carried: {name}{named} ({len(keys)} of {len(refs)}): {why}", file=notes)
        for finding in changed:
            print(con.finding_line(finding), file=notes)
    return code


def _named_fields(extras: dict[str, list[str]]) -> str:
    """ "fundinginfo, mrclass": the fields an export left out, each once, the first few."""
    names = list(dict.fromkeys(n for fields in extras.values() for n in fields))
    return ", ".join(names[:6]) + (f" and {len(names) - 6} more" if len(names) > 6 else "")
