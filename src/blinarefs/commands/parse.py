"""Read a numbered reference list (Blood, AMA, Vancouver/NLM) into BibTeX entries.

The list may be one reference a line ("1. ...", "[1] ...", "1 ..."), wrapped over several
lines, or scraped one token a line; it may also close a whole manuscript, whose body is
skipped. Every numbered item becomes an entry with its printed number and text; one the
parser is not sure of is reported with its line and the fields to check (a warning). A text
with no reference list at all makes the command exit 1.
"""

from __future__ import annotations

import argparse

from ._common import add_force, add_json, add_quiet, console, manuscript_path, updating

EPILOG = """\
examples:
  blinarefs parse                      the embedded case: ten references, as BibTeX
  blinarefs parse refs.txt -o refs.bib
  blinarefs parse paper.txt --json     CSL-JSON items plus failures
"""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "reflist",
        nargs="?",
        metavar="REFLIST",
        help="reference list or manuscript (default: the embedded case)",
    )
    parser.add_argument(
        "-o", "--output", metavar="OUT.bib", help="write the BibTeX store here (default: print it)"
    )
    parser.add_argument(
        "--ascii",
        action="store_true",
        help='write LaTeX escapes (G{\\"o}kbuget) for classic BibTeX',
    )
    add_force(parser)
    add_json(parser)
    add_quiet(parser)


def run(args: argparse.Namespace) -> int:
    from ..fsio import read_text
    from ..parse import parse_reference_list
    from ..pipeline import unparsed_findings
    from ..store import Store

    con = console(args)
    path = manuscript_path(args.reflist)
    parsed = parse_reference_list(read_text(path))
    findings = unparsed_findings(parsed, str(path))
    store = Store.from_references(parsed.references, args.output)
    if args.json:
        con.json(
            {
                "references": [r.to_csl() for r in parsed.references],
                "findings": [f.to_dict() for f in findings],
            }
        )
    elif args.output:
        with updating(args.output):
            store.save(args.output, ascii=args.ascii, force=args.force)
        con.print(f"{path}: {len(parsed.references)} references written to {args.output}")
    else:
        con.emit(store.pieces(ascii=args.ascii))
    if not args.json:
        for f in findings:
            print(con.finding_line(f), file=con.err)
    return 1 if parsed.failures else 0
