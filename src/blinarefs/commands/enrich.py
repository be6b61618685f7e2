"""Find each reference's DOI, complete its metadata from Crossref, doi.org and PubMed, and
check the DOIs the store already has.

Entries without a DOI are searched for; a DOI is attached only when one work clearly wins
and agrees with the printed year, volume and pages. Missing fields are filled, "et al"
author lists completed, and lost title characters restored; where the store and the
service disagree, your value is kept and the conflict shown (unless --overwrite FIELD).
Fields listed in an entry's blinarefs-locked are never changed. A DOI that points at
another work is reported, never replaced. Every change is printed as a diff and recorded
in the entry's blinarefs-provenance. Answers are cached, so a second run asks nothing.

With no BIB, works on the embedded store and writes nothing.
Each reference also gets an integrity verdict (verified, mis-cited, retracted, corrected,
expression of concern, not found, unverifiable), from Crossref's update notices (the
Retraction Watch data it distributes), PubMed's, and --retraction-data FILE (Retraction
Watch's CSV) if given; a table at the end lists every reference that is not verified.
Set a contact address for Crossref's polite pool with --mailto, BLINAREFS_MAILTO or the
config file. A service that does not answer costs the run at most --timeout seconds in
all. Exit code 1 when a DOI (or PMID) in the store points at another work or a cited work
is retracted.
"""

from __future__ import annotations

import argparse

from ._common import add_json, add_quiet, console, report_store_problems, updating

EPILOG = """\
examples:
  blinarefs enrich refs.bib --mailto you@example.org
  blinarefs enrich refs.bib --dry-run              show the diff, write nothing
  blinarefs enrich refs.bib --only smith2020cancer --overwrite title
  blinarefs enrich refs.bib --offline              answer from the cache alone
  blinarefs enrich refs.bib --retraction-data retraction_watch.csv --timeout 10
environment:
  BLINAREFS_MAILTO, BLINAREFS_CACHE_DIR, BLINAREFS_OFFLINE=1, NCBI_API_KEY,
  BLINAREFS_CROSSREF_API, BLINAREFS_DOI_RESOLVER, BLINAREFS_EUTILS_API, BLINAREFS_IDCONV_API
"""
_MARK = {"added": "+", "conflict-kept": "!", "locked": "="}
# shown as a diff line, or once for the whole run
_SAID_ELSEWHERE = frozenset({"enrich-conflict", "not-cached", "unreached"})
_WIDTH = 110


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("bib", nargs="?", metavar="BIB", help="store (default: the embedded one)")
    parser.add_argument("--dry-run", action="store_true", help="print the diff, write nothing")
    parser.add_argument(
        "--offline", action="store_true", help="ask no service: answer from the cache alone"
    )
    parser.add_argument(
        "--only",
        nargs="+",
        default=[],
        metavar="KEY",
        help="only these entries (keys; the store goes before --only)",
    )
    parser.add_argument(
        "--overwrite",
        nargs="+",
        default=[],
        metavar="FIELD",
        help="take the service's value for these CSL fields (title, page, ...) on conflict",
    )
    parser.add_argument(
        "--mailto", metavar="ADDR", help="contact address for Crossref's polite pool and NCBI"
    )
    parser.add_argument("--no-pubmed", action="store_true", help="do not ask NCBI (PubMed)")
    add_integrity_arguments(parser)
    add_json(parser)
    add_quiet(parser)


def add_integrity_arguments(parser: argparse.ArgumentParser) -> None:
    """--retraction-data and --timeout; shared with ``check`` and ``build``."""
    parser.add_argument(
        "--retraction-data",
        metavar="FILE",
        help="Retraction Watch's CSV (retraction_watch.csv from Crossref's GitLab): "
        "retractions, corrections and concerns looked up offline by DOI and PMID",
    )
    parser.add_argument(
        "--timeout",
        type=float,
        default=25.0,
        metavar="SECONDS",
        help="most the whole run may wait on services that do not answer; one that keeps "
        "timing out is left out for the rest of the run (default: %(default)s)",
    )


def retraction_index(args: argparse.Namespace):
    """The --retraction-data file, read once, or None."""
    if not getattr(args, "retraction_data", None):
        return None
    from ..enrich.retractions import load_retractions

    return load_retractions(args.retraction_data)


def run(args: argparse.Namespace) -> int:
    from dataclasses import replace
    from pathlib import Path

    from ..enrich import EnrichOptions, enrich_store
    from ..enrich.integrity import table_lines
    from ..enrich.merge import FIELDS
    from ..errors import UsageError
    from ..store import Store
    from ._common import store_path

    con = console(args)
    unknown = [f for f in args.overwrite if f not in FIELDS]
    if unknown:
        raise UsageError(f"--overwrite {unknown[0]}: not a field enrichment fills",
                         hint="one of " + ", ".join(FIELDS))  # fmt: skip
    files = [k for k in args.only if k.lower().endswith(".bib") or Path(k).is_file()]
    if files:
        raise UsageError(
            f"--only {files[0]}: --only takes entry keys, and this is a file",
            hint=f"put the store first: blinarefs enrich {files[0]} --only KEY ...",
        )
    if args.timeout <= 0:
        raise UsageError(f"--timeout {args.timeout:g}: give a number of seconds above 0")
    path = store_path(args.bib)
    options = EnrichOptions(
        dry_run=args.dry_run or not args.bib,
        offline=True if args.offline else None,
        only=tuple(args.only),
        overwrite=frozenset(args.overwrite),
        mailto=args.mailto,
        pubmed=not args.no_pubmed,
        retractions=retraction_index(args),
        stall_budget=args.timeout,
        on_wait=con.status,
    )
    with updating(path, not options.dry_run):
        store = Store.load(path)
        report = enrich_store(
            store, options, progress=lambda stream, total: con.progress(stream, total, "enrich")
        )
    # an entry the store could not read is not enriched: never silently (stderr, as format)
    errors = report_store_problems(con, store.problems, "not enriched")
    errors += sum(f.severity == "error" for f in report.all_findings)
    if args.json:
        con.json(report.to_dict())
        return 1 if errors else 0
    for entry in report.entries:
        shown = [f for f in entry.findings if f.code not in _SAID_ELSEWHERE]
        if not entry.changes and not shown:
            continue
        via = f" ({', '.join(entry.sources)})" if entry.sources else ""
        con.print(f"{con.style(entry.key, 'bold')}  {entry.status}{via}")
        for change in entry.changes:
            con.print(_diff_line(con, change))
        for finding in shown:
            con.print("  " + con.finding_line(replace(finding, key=None)))
    for finding in report.findings:
        con.print(con.finding_line(finding))
    if con.quiet:
        con.errors(report.all_findings)
    for line in table_lines([e.verdict for e in report.entries if e.verdict]):
        con.print(line)
    if not args.bib and not args.dry_run:
        note = "embedded store: nothing written (give a BIB to enrich your own)"
    elif options.dry_run:
        note = "dry run: nothing written"
    else:
        note = "written" if report.written else "nothing to write"
    con.print(f"{path}: {report.summary}; {note}")
    return 1 if errors else 0


def _diff_line(con, change) -> str:
    mark = _MARK.get(change.kind, "~")
    colour = {"+": "green", "~": "cyan", "!": "yellow", "=": "dim"}[mark]
    label = f"  {con.style(mark, colour)} {change.field:<21}"
    new = _clip(change.new)
    if change.kind == "added":
        return f"{label} {new}"
    if change.kind == "conflict-kept":
        return f"{label} kept {_clip(change.old)!s}; {change.source} has {new}"
    if change.kind == "locked":
        return f"{label} locked; {change.source} has {new}"
    return f"{label} {_clip(change.old)}\n  {'':<23} -> {new}  [{change.kind}]"


def _clip(text: str) -> str:
    return text if len(text) <= _WIDTH else text[: _WIDTH - 3] + "..."
