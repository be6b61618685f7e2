"""Check that every claim of a manuscript is traceable to its references.

Reports citations that point at no reference, references nothing cites, numbering that is
not in order of first citation, duplicate references (same DOI, nearly the same title),
factual claims with no citation (percentages, P values, counts, approvals, "showed",
"found"), and, where the references hold abstracts (after enrichment), claims whose numbers
or named trials their cited abstracts do not contain. Where the cited works' abstracts
are in the store (after ``enrich``; check asks no service), claims whose figures or names
that text contradicts or lacks are reported too, and the HTML report shows each beside
its evidence. Each finding has a severity, the exact text and its line, and a suggestion.
The HTML report shows every claim with its references beside it; it is one
self-contained file, readable on a phone.
With --annotate (a .docx manuscript), -o writes a copy of the Word file with a comment at
each finding, anchored on the citation, the claim or the reference-list item concerned;
nothing else in the file changes, and comments already there are kept.
With --integrity (or --retraction-data FILE), a reference-integrity table too: each
reference verified, mis-cited, retracted, corrected, under an expression of concern, not
found (possibly fabricated) or unverifiable, from Crossref and PubMed (answers cached by
enrich cost nothing; --offline asks no service) and the Retraction Watch CSV. A cited
retracted work is an error.
Exit code 0 when there is no error, 1 when there are errors, 2 on a usage error.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from ._common import add_force, add_json, add_quiet, console, manuscript_path
from .enrich import add_integrity_arguments
from .trace import add_inputs

if TYPE_CHECKING:
    from collections.abc import Iterable

EPILOG = """\
examples:
  blinarefs check                              the embedded commentary
  blinarefs check paper.txt --format html -o report.html
  blinarefs check paper.md --bib refs.bib --json
  blinarefs check paper.txt --format markdown > report.md
  blinarefs check paper.docx --annotate -o paper-checked.docx
  blinarefs check paper.txt --integrity --mailto you@example.org
  blinarefs check paper.md --bib refs.bib --offline --retraction-data retraction_watch.csv
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
    parser.add_argument(
        "--annotate",
        action="store_true",
        help="with a .docx manuscript: -o OUT is a copy with a Word comment at each finding",
    )
    parser.add_argument(
        "--integrity",
        action="store_true",
        help="check every reference against Crossref and PubMed (retracted, corrected, "
        "mis-cited, not found)",
    )
    parser.add_argument(
        "--offline", action="store_true", help="integrity from the HTTP cache alone, ask nothing"
    )
    parser.add_argument("--mailto", metavar="ADDR", help="contact address for Crossref and NCBI")
    add_integrity_arguments(parser)
    add_json(parser)
    add_quiet(parser)


def run(args: argparse.Namespace) -> int:
    from ..enrich.integrity import integrity_findings, table_lines
    from ..findings import sort_findings
    from ..outputs import check_output, write_output
    from ..trace.checked import check_manuscript
    from ..trace.html_report import render_html
    from ..trace.report import render_markdown

    con = console(args)
    if args.annotate and not str(args.output or "").lower().endswith((".docx", ".docm")):
        from ..errors import UsageError  # a Word file under another name opens nowhere

        what = f"give -o a .docx name, not {args.output}" if args.output else "give -o OUT.docx"
        raise UsageError(f"--annotate writes a copy of the Word file: {what}")
    if args.output:
        given = [manuscript_path(args.manuscript), args.bib, args.refs]
        check_output(args.output, given, force=args.force)
    checked = check_manuscript(manuscript_path(args.manuscript), args.bib, args.refs)
    inputs, trace, evidence = checked.inputs, checked.trace, checked.evidence
    name = str(inputs.manuscript)
    findings = list(checked.findings)
    verdicts = _verdicts(args, con, inputs.references)
    findings += integrity_findings(verdicts)
    summary = checked.summary_with(findings)
    errors = any(f.severity == "error" for f in findings)
    if args.annotate:
        return _annotate(con, args, inputs, trace, findings, summary, errors)
    report: str | Iterable[str]  # HTML comes in pieces: it can be tens of MB
    if args.format == "html":
        report = render_html(trace, findings, name, evidence, integrity=verdicts)
    elif args.format == "markdown":
        report = render_markdown(trace, findings, name)
    else:
        report = _text(con, name, summary, findings)
        if verdicts:
            report += "\n".join(table_lines(verdicts)) + "\n"
    if args.output:  # with --json too: the report asked for is written all the same
        write_output(args.output, report)
    if args.json:
        con.json({"manuscript": name, "references_from": inputs.source, "summary": summary,
                  "findings": [f.to_dict() for f in sort_findings(findings)],
                  "integrity": [v.to_dict() for v in verdicts],
                  "output": args.output})  # fmt: skip
        return 1 if errors else 0
    if args.output:
        con.print(f"{name}: {summary}")
        con.print(f"{con.summary_counts(findings)}; report written to {args.output}")
        if con.quiet:
            con.errors(findings)
    else:
        con.emit(report)
    return 1 if errors else 0


def _annotate(con, args, inputs, trace, findings, summary: str, errors: bool) -> int:
    from datetime import UTC, datetime

    from ..errors import UsageError
    from ..manuscript.annotate import annotate_docx
    from ..outputs import write_output

    name = str(inputs.manuscript)
    if inputs.kind != "docx" or inputs.document is None:
        raise UsageError(f"{name}: --annotate needs a Word (.docx) manuscript")
    now = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    data, count = annotate_docx(inputs.manuscript.read_bytes(), inputs.document, trace,
                                findings, date=now)  # fmt: skip
    write_output(args.output, data)  # a rerun over this copy needs no --force
    if args.json:
        from ..findings import sort_findings

        con.json({"manuscript": name, "references_from": inputs.source, "summary": summary,
                  "annotated": args.output, "comments": count,
                  "findings": [f.to_dict() for f in sort_findings(findings)]})  # fmt: skip
    else:
        con.emit(_text(con, name, summary, findings))
        from ..findings import counted

        con.print(f"{counted(count, 'comments')} written to {args.output}")
    return 1 if errors else 0


def _verdicts(args: argparse.Namespace, con, references) -> list:
    """Integrity verdicts when asked for (--integrity, --retraction-data), else none."""
    if not (args.integrity or args.retraction_data):
        return []
    from ..enrich.verify import verdicts_for
    from ..errors import UsageError
    from .enrich import retraction_index

    if args.timeout <= 0:
        raise UsageError(f"--timeout {args.timeout:g}: give a number of seconds above 0")
    offline = True if args.offline or not args.integrity else None
    return verdicts_for(references, offline=offline, mailto=args.mailto,
                        retractions=retraction_index(args), stall_budget=args.timeout,
                        on_wait=con.status)  # fmt: skip


def _text(con, name: str, summary: str, findings) -> str:
    from ..findings import quoted, sort_findings
    from ..trace.checked import BARE_LIST

    lines = [f"{name}: {summary}"]
    if findings or summary != BARE_LIST:  # a bare list with nothing wrong: one line
        lines.append(con.summary_counts(findings))
    for f in sort_findings(findings):
        lines.append("  " + con.finding_line(f))
        if f.text and f.code in (
            "uncited-claim",
            "claim-not-in-reference",
            "claim-not-in-source",
            "claim-contradicted",
            "dangling-citation",
        ):
            excerpt = " ".join(f.text.split())
            lines.append(
                "      "
                + con.style(quoted(excerpt[:150] + ("…" if len(excerpt) > 150 else "")), "dim")
            )
    return "\n".join(lines) + "\n"
