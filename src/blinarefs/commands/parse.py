"""Read a numbered reference list (Blood, AMA, Vancouver/NLM) into BibTeX entries.

The list may be one reference a line ("1. ...", "[1] ...", "1 ..."), wrapped over several
lines, or scraped one token a line; it may also close a whole manuscript, whose body is
skipped. Every numbered item becomes an entry with its printed number and text; one the
parser is not sure of is reported with its line and the fields to check (a warning). A value
stored other than printed is reported too (info): "836-47" is stored as "836-847". A text
with no reference list at all makes the command exit 1.
"""

from __future__ import annotations

import argparse
from pathlib import Path

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
        help="reference list or manuscript, as plain text or Word (.docx) (default: the "
        "embedded case)",
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
    from ..findings import counted
    from ..manuscript.read import read_list_text
    from ..normalised import parsed_changes, stored_changes
    from ..outputs import check_output
    from ..parse import parse_reference_list
    from ..parse.stage import unparsed_findings
    from ..store import Store

    con = console(args)
    path = manuscript_path(args.reflist)
    if args.output:  # before the work: a store there is the user's (enriched, edited)
        check_output(args.output, [path], force=True)
        if not args.force and Path(args.output).exists():
            from ..errors import UsageError

            raise UsageError(
                f"{args.output}: exists",
                hint=f"add to it with 'blinarefs import {path} --merge {args.output}', "
                "or give --force to replace it",
            )
    parsed = parse_reference_list(
        read_list_text(path), progress=lambda readings, n: con.progress(readings, n, "parse")
    )
    findings = unparsed_findings(parsed, str(path))
    findings += [c.finding(str(path)) for c in parsed_changes(parsed.references)]
    if not args.json:  # BibTeX is written: what it gives back changed
        stored = stored_changes(parsed.references, ascii=args.ascii)
        findings += [c.finding(args.output) for c in stored]
    store = Store.from_references(parsed.references, args.output)
    if args.output:
        with updating(args.output, new=True):
            store.save(args.output, ascii=args.ascii, force=args.force)
    if args.json:
        con.json(
            {
                "references": [r.to_csl() for r in parsed.references],
                "findings": [f.to_dict() for f in findings],
                "output": args.output,
            }
        )
    elif args.output:
        n = counted(len(parsed.references), "references")
        con.print(f"{path}: {n} written to {args.output}")
    else:
        con.emit(store.pieces(ascii=args.ascii))
    if not args.json:
        for f in findings:
            if f.severity != "info" or not args.quiet:
                print(con.finding_line(f), file=con.err)
    return 1 if parsed.failures else 0
