"""Read references from another tool into a BibTeX store, without duplicates.

Reads RIS (Zotero, EndNote, Mendeley, publishers' sites), CSL-JSON, BibTeX/BibLaTeX, PubMed
MEDLINE (.nbib), EndNote XML, and free text: a numbered reference list, or references
copied from PubMed's "Cite" box. The format is recognised from the content (--from to name
it). With --merge, references already in the store (same DOI, same PMID, or same first
author, year and nearly the same title) are merged into their entry: only missing fields
are filled, differences are reported and the store's values kept. Every reference's fate
is listed, and so is every value stored changed (a page range given as "1234-56" is
stored as "1234-1256"). The store is written atomically. Exit code 1 when something could
not be read.
"""

from __future__ import annotations

import argparse

from ._common import (
    READ_FORMATS,
    add_force,
    add_json,
    add_quiet,
    console,
    report_store_problems,
    updating,
)

EPILOG = """\
examples:
  blinarefs import pubmed-39047240.nbib --merge refs.bib    add a PubMed record to a store
  blinarefs import zotero.ris -o refs.bib                  a new store from Zotero's RIS
  pbpaste | blinarefs import - --merge refs.bib            paste from PubMed's "Cite" box
  blinarefs import refs.json --merge refs.bib --dry-run    what would change, nothing written
  blinarefs import paper-refs.txt                          print the BibTeX, write nothing
"""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="FILE", help='file to read ("-": standard input)')
    parser.add_argument("-o", "--output", metavar="OUT.bib", help="write the store here")
    parser.add_argument(
        "--merge", metavar="BIB", help="add to this store (written back unless -o is given)"
    )
    parser.add_argument(
        "--from",
        dest="from_format",
        choices=READ_FORMATS,
        metavar="FORMAT",
        help=f"the input's format: {', '.join(READ_FORMATS)} (default: detect)",
    )
    parser.add_argument(
        "--dry-run", action="store_true", help="report what would change; write nothing"
    )
    add_force(parser)
    add_json(parser)
    add_quiet(parser)


def run(args: argparse.Namespace) -> int:
    import os
    import sys
    from pathlib import Path

    from ..errors import MissingFile, UsageError
    from ..findings import counted
    from ..interchange import FORMATS
    from ..interchange.files import read_file
    from ..interchange.merge import kept_changes, merge_references
    from ..normalised import stored_changes
    from ..outputs import check_output
    from ..stamps import provenance_day
    from ..store import Store

    con = console(args)
    if args.output:
        check_output(args.output, [args.file, args.merge], force=True)  # Store.save decides
    if args.output and not args.merge and not args.force and Path(args.output).exists():
        raise UsageError(
            f"{args.output} exists",
            hint=f"add to it with --merge {args.output}, or give --force to replace it",
        )
    if args.merge and not os.path.lexists(args.merge):  # a first import: no store yet
        raise MissingFile(f"{args.merge}: no such file", hint=f"-o {args.merge} makes a new store")
    if args.file == "-" and sys.stdin.isatty():  # else it waits, and says nothing of why
        print("paste the references, then press Ctrl-D on a line of its own", file=con.err)
    result = read_file(args.file, args.from_format)
    target = args.output or args.merge
    # the lock is held from reading the store to writing it
    with updating(target, not args.dry_run, new=not args.merge):
        store = Store.load(args.merge) if args.merge else Store(args.output)
        name = "stdin" if args.file == "-" else Path(args.file).name
        merged = merge_references(
            store.references, result.references, f"import {name} {provenance_day()}"
        )
        for ref in merged.references:
            store.put(ref)
        exists = Path(target).exists() if target else False
        write = bool(target and not args.dry_run and (merged.references or not exists))
        if write:
            store.save(target, force=args.force)
    # an entry of the store it could not read was kept as text, and matched nothing
    errors = report_store_problems(con, store.problems, "left as it is: nothing merged into it")
    errors += any(f.severity == "error" for f in result.findings)
    source = "<stdin>" if args.file == "-" else args.file
    changed = [c.finding(source) for c in kept_changes(result.changes, merged.outcomes)]
    changed += [c.finding(target) for c in stored_changes(merged.references)]
    if args.json:
        con.json(
            {
                "input": args.file,
                "format": result.format,
                "store": target,
                "written": write,
                "outcomes": [o.to_dict() for o in merged.outcomes],
                "findings": [f.to_dict() for f in [*result.findings, *changed]],
            }
        )
        return 1 if errors else 0
    if not target:
        con.emit(store.pieces())
    out = con.out if target else sys.stderr

    def say(text: str) -> None:
        if not args.quiet:
            print(text, file=out)

    label = FORMATS[result.format].read_label
    n = len(result.references)
    say(f"{source}: {n} reference{'s' if n != 1 else ''} read ({label})")
    for o in merged.outcomes:
        how = f" (same {o.matched_by})" if o.matched_by else ""
        was_taken = o.status == "new" and o.imported_id not in ("", o.key)
        renamed = f" (key {o.imported_id} was taken)" if was_taken else ""
        detail = f": added {', '.join(o.added)}" if o.added else ""
        say(f"  {o.status:<9} {o.key}{how}{renamed}{detail}")
        for c in o.conflicts:
            say(f"            kept {c.field} {c.kept!r}; the import has {c.offered!r}")
    for finding in result.findings:
        print(con.finding_line(finding), file=sys.stderr)
    for finding in changed:
        say(con.finding_line(finding))
    counts = ", ".join(f"{merged.count(s)} {s}" for s in ("new", "merged", "unchanged"))
    if target:
        done = f"{counted(len(store), 'entries')}, saved" if write else "nothing to change"
        done = "nothing written (--dry-run)" if args.dry_run else done
        say(f"{target}: {counts}; {done}")
    else:
        say(f"{counts}; nothing written (give -o or --merge to keep them)")
    return 1 if errors else 0
