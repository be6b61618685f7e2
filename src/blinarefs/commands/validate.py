"""Lint a BibTeX store the way a careful editor would.

Checks: required fields per entry type, malformed DOIs/PMIDs, impossible years, page ranges
that run backwards (an abbreviated one, "291-7", is a warning with its full form), duplicate
DOIs and near-duplicate titles, keys that break \\cite, and blocks of the file that could not
be read (with their line). Exit code 1 when any error.
"""

from __future__ import annotations

import argparse

from ._common import add_json, add_quiet, console, store_path

EPILOG = """\
examples:
  blinarefs validate                   the embedded store
  blinarefs validate refs.bib --json
"""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("bib", nargs="?", metavar="BIB", help="store (default: the embedded one)")
    parser.add_argument("--errors-only", action="store_true", help="hide warnings")
    add_json(parser)
    add_quiet(parser)


def run(args: argparse.Namespace) -> int:
    from ..findings import counted
    from ..store import Store
    from ..validate import validate_store

    con = console(args)
    path = store_path(args.bib)
    store = Store.load(path)
    found = validate_store(store)
    findings = [f for f in found if f.severity == "error"] if args.errors_only else found
    errors = sum(f.severity == "error" for f in findings)
    if args.json:
        con.json(
            {"store": str(path), "entries": len(store), "findings": [f.to_dict() for f in findings]}
        )
    else:
        counts = con.summary_counts(findings)
        if args.errors_only:  # say what is hidden: "0 warnings" would be untrue
            hidden = len(found) - len(findings)
            counts = counted(errors, "errors") + (
                f" ({counted(hidden, 'other findings')} not shown)" if hidden else ""
            )
        con.print(f"{path}: {counted(len(store), 'entries')}, {counts}")
        con.findings(findings)
    return 1 if errors else 0
