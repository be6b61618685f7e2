"""Check that every claim of a manuscript is traceable to its references.

Reports citations that point at no reference, references nothing cites, numbering that is
not in order of first citation, duplicate references (same DOI, nearly the same title),
factual claims with no citation (percentages, P values, counts, approvals, "showed",
"found"), and, where the references hold abstracts (after enrichment), claims whose numbers
or named trials their cited abstracts do not contain. Each finding has a severity, the
exact text and its line, and a suggestion. The HTML report shows every claim with its
references beside it; it is one self-contained file, readable on a phone.
Exit code 0 when there is no error, 1 when there are errors, 2 on a usage error.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from ._common import add_force, add_json, add_quiet, console, manuscript_path
from .trace import add_inputs

if TYPE_CHECKING:
    from collections.abc import Iterable

EPILOG = """\
examples:
  blinarefs check                              the embedded commentary
  blinarefs check paper.txt --format html -o report.html
  blinarefs check paper.md --bib refs.bib --json
  blinarefs check paper.txt --format markdown > report.md
"""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_inputs(parser)
    parser.add_argument(
        "--format",
        choices=("text", "markdown", "html"),
        default="text",
        help="report format (default: %(default)s)",
    )
    parser.add_argument("-o", "--output", metavar="OUT", help="write the report here")
    add_force(parser)
    add_json(parser)
    add_quiet(parser)


def run(args: argparse.Namespace) -> int:
    from ..findings import sort_findings
    from ..outputs import check_output, write_output
    from ..trace.checks import check_trace, summarise
    from ..trace.report import render_html, render_markdown
    from .trace import traced

    con = console(args)
    if args.output:
        given = [manuscript_path(args.manuscript), args.bib, args.refs]
        check_output(args.output, given, force=args.force)
    inputs, trace = traced(args)
    name = str(inputs.manuscript)
    findings = inputs.problems + check_trace(trace, source=name)
    summary = summarise(trace, findings)
    errors = any(f.severity == "error" for f in findings)
    if args.json:
        con.json({"manuscript": name, "references_from": inputs.source, "summary": summary,
                  "findings": [f.to_dict() for f in sort_findings(findings)]})  # fmt: skip
        return 1 if errors else 0
    report: str | Iterable[str]  # HTML comes in pieces: it can be tens of MB
    if args.format == "html":
        report = render_html(trace, findings, name)
    elif args.format == "markdown":
        report = render_markdown(trace, findings, name)
    else:
        report = _text(con, name, summary, findings)
    if args.output:
        write_output(args.output, report)
        con.print(f"{name}: {summary}")
        con.print(f"{con.summary_counts(findings)}; report written to {args.output}")
        if con.quiet:
            con.errors(findings)
    else:
        con.emit(report)
    return 1 if errors else 0


def _text(con, name: str, summary: str, findings) -> str:
    from ..findings import sort_findings

    lines = [f"{name}: {summary}", con.summary_counts(findings)]
    for f in sort_findings(findings):
        lines.append("  " + con.finding_line(f))
        if f.text and f.code in ("uncited-claim", "claim-not-in-reference", "dangling-citation"):
            excerpt = " ".join(f.text.split())
            lines.append(
                "      "
                + con.style(repr(excerpt[:150] + ("…" if len(excerpt) > 150 else "")), "dim")
            )
    return "\n".join(lines) + "\n"
