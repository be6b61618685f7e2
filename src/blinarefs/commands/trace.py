"""Tie every sentence of a manuscript to the references that stand behind it.

Decodes the citation markers (flattened superscripts such as "et al1" or "chemotherapy.2",
[1], [2-4], (3), author-year, Pandoc [@key], LaTeX \\cite{key}), splits the body into
sentences and prints the claim-by-claim table: each claim, how it is linked (explicit: it
carries a marker; inherited: it continues a cited sentence; entity: it names a trial found
in exactly one reference), and its references by number, key and short label.
References come from --bib, --refs, the bibliographies a Markdown/LaTeX file names, or the numbered
list at the end of the manuscript.
"""

from __future__ import annotations

import argparse

from ._common import add_json, add_quiet, console, manuscript_path

EPILOG = """\
examples:
  blinarefs trace                          the embedded commentary, claim by claim
  blinarefs trace paper.txt --json         citations, claims and references as JSON
  blinarefs trace paper.md --bib refs.bib  a Pandoc manuscript with its BibTeX store
  blinarefs trace paper.txt --refs refs.txt
"""


def add_inputs(parser: argparse.ArgumentParser) -> None:
    """MANUSCRIPT and where its references come from; shared with ``check``."""
    parser.add_argument(
        "manuscript",
        nargs="?",
        metavar="MANUSCRIPT",
        help="plain text, Markdown, LaTeX, Word (.docx) or JATS XML manuscript (default: "
        "the embedded case)",
    )
    source = parser.add_mutually_exclusive_group()
    source.add_argument(
        "--bib",
        metavar="BIB",
        help="take the references from this BibTeX store, or a CSL-JSON or RIS file",
    )
    source.add_argument(
        "--refs", metavar="REFLIST", help="take the references from this numbered list"
    )


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_inputs(parser)
    add_json(parser)
    add_quiet(parser)


def traced(args: argparse.Namespace):
    """(inputs, trace) for the command line's arguments."""
    from ..trace.load import trace_file

    return trace_file(manuscript_path(args.manuscript), args.bib, args.refs)


def run(args: argparse.Namespace) -> int:
    from ..trace.checked import reading_findings
    from ..trace.report import render_trace_text

    con = console(args)
    inputs, trace = traced(args)
    # a LaTeX manuscript in several files: each claim and marker names its chapter and line
    origins = inputs.document.origins if inputs.document else ()
    # what reading found (parse problems, doubtful references), as check words them; what
    # the trace shows wrong (dangling, uncited, order) is check's report
    findings = reading_findings(inputs, trace)
    if args.json:
        con.json({"manuscript": str(inputs.manuscript), "references_from": inputs.source,
                  **trace.to_dict(origins),
                  "findings": [f.to_dict() for f in findings]})  # fmt: skip
    else:
        con.emit(render_trace_text(trace, str(inputs.manuscript), origins=origins))
    shown = [f for f in findings if f.severity == "error" or not (con.quiet or args.json)]
    for f in shown:
        print(con.finding_line(f), file=con.err)
    if shown and not args.json:
        given = f" --bib {args.bib}" if args.bib else f" --refs {args.refs}" if args.refs else ""
        print(f"every finding: blinarefs check {inputs.manuscript}{given}", file=con.err)
    return 1 if any(f.severity == "error" for f in findings) else 0
