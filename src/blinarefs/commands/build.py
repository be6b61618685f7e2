"""Run every stage of the pipeline on a manuscript and write the results into OUTDIR.

Stages, in order:
  parse     read the reference list at the end of the manuscript
  store     OUTDIR/references.bib (a store from an earlier run is kept; only new
            references are added, so your edits survive)
  enrich    DOIs, full author lists, PMIDs from Crossref and PubMed (without a network:
            reported, not fatal; --offline answers from the cache), and each reference's
            integrity: retracted, corrected, mis-cited, not found (--retraction-data FILE
            adds the Retraction Watch CSV; --timeout bounds the wait on silent services)
  validate  missing fields, malformed identifiers, duplicates
  format    OUTDIR/bibliography.txt and .html (Blood by default, --style to choose)
  trace     OUTDIR/claims.json, claims.tsv and report.html: every claim tied to its
            references, and the traceability check
  export    OUTDIR/exports/: BibTeX, BibLaTeX, CSL-JSON, RIS, EndNote XML
  pandoc    OUTDIR/paper.md with [@key] citations, paper.json and the style
With no MANUSCRIPT, runs on the embedded case: a 2025 Blood commentary whose ten
references were scraped one token a line. The exit code follows the check: 1 when any
stage found an error, else 0.
"""

from __future__ import annotations

import argparse

from ._common import add_force, add_json, add_quiet, add_style, console
from .enrich import add_integrity_arguments

EPILOG = """\
examples:
  blinarefs build                      the embedded commentary, into ./blinarefs-out
  blinarefs build paper.txt -o out/    your manuscript
  blinarefs build --style vancouver    the bibliography in Vancouver style
  blinarefs build --json               the stage reports as JSON
"""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "manuscript",
        nargs="?",
        metavar="MANUSCRIPT",
        help="plain text or Markdown ending with its reference list, LaTeX or Markdown "
        "naming its .bib, Word (.docx) or JATS XML (default: the embedded case)",
    )
    parser.add_argument(
        "-o",
        "--outdir",
        default="blinarefs-out",
        metavar="OUTDIR",
        help="where to write the store and reports (default: %(default)s)",
    )
    from ..pipeline import STAGES

    stages = [name for name, _ in STAGES]
    parser.add_argument(
        "--skip",
        action="append",
        default=[],
        choices=stages,
        metavar="STAGE",
        help=f"skip a stage (repeatable): {', '.join(stages)}",
    )
    add_style(parser)
    parser.add_argument(
        "--all-findings", action="store_true", help="list every finding, not only the first ten"
    )
    parser.add_argument(
        "--offline", action="store_true", help="enrich from the HTTP cache alone, ask no service"
    )
    parser.add_argument(
        "--mailto", metavar="ADDR", help="contact address for Crossref's polite pool and NCBI"
    )
    add_integrity_arguments(parser)
    add_force(parser)
    add_json(parser)
    add_quiet(parser)


def run(args: argparse.Namespace) -> int:
    from pathlib import Path

    from ..findings import counted
    from ..pipeline import BuildOptions, build

    con = console(args)
    options = BuildOptions(
        manuscript=Path(args.manuscript) if args.manuscript else None,
        outdir=Path(args.outdir),
        skip=frozenset(args.skip),
        style=args.style,
        offline=args.offline,
        mailto=args.mailto,
        retraction_data=Path(args.retraction_data) if args.retraction_data else None,
        timeout=args.timeout,
        force=args.force,
    )

    def show(report) -> None:
        if args.json:
            return
        mark = con.style("-", "dim") if report.skipped else con.style("✓", "green")
        if any(f.severity == "error" for f in report.findings):
            mark = con.style("✗", "red")
        con.print(f"{mark} {con.style(report.stage, 'bold'):<10} {report.summary}")

    result = build(options, on_stage=show, progress=None if args.json else con.progress)
    if args.json:
        con.json(result.to_dict())
        return result.exit_code
    findings = result.findings
    if findings:
        con.print()
        con.print(f"Needs attention ({con.summary_counts(findings)}):")
        con.findings(findings, limit=None if args.all_findings else 10)
    outputs = [p for r in result.reports for p in r.outputs]
    con.print()
    con.print(f"Wrote {counted(len(outputs), 'files')} to {result.outdir}/")
    return result.exit_code
