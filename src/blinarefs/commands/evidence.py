"""Does each cited work say what the citing sentence says? Show the proof, flag the rest.

For every claim that cites a reference, fetches the cited work's text (Europe PMC full
text where open access, else the PubMed, Europe PMC or Crossref abstract; cached, so a
second run asks nothing), finds the three sentences that bear on the claim (BM25 with the
claim's figures and names), and checks the claim's specifics: figures with their unit and
role (rounding-aware: 88% matches 87.9%), trial names, drugs, phase, population, direction.

Verdicts: supported, partly supported, not found ("check the full text"), contradicted
(same quantity, another value), nothing checkable ("read it"), no source text.
Triage, not judgment: docs/evidence.md gives the measured precision. Exit code 1 when a
claim is flagged (not found or contradicted), or when no references were found to check.
"""

from __future__ import annotations

import argparse

from ._common import add_force, add_json, add_quiet, console, manuscript_path

EPILOG = """\
examples:
  blinarefs evidence                          the embedded commentary, flagged claims
  blinarefs evidence paper.txt --all          every cited claim with its evidence
  blinarefs evidence paper.md --bib refs.bib --json
  blinarefs evidence paper.txt --offline      answer from the cache alone
  blinarefs evidence paper.txt --html report.html   claims beside their evidence, one file
"""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    from .trace import add_inputs

    add_inputs(parser)
    parser.add_argument(
        "--all", action="store_true", help="show every cited claim, not only those to read"
    )
    parser.add_argument(
        "--offline", action="store_true", help="ask no service: use the cache alone"
    )
    parser.add_argument(
        "--mailto", metavar="ADDR", help="contact address for the services' polite pools"
    )
    parser.add_argument(
        "--html",
        metavar="OUT",
        help="also write the editor's report (as check --format html) with the evidence section",
    )
    add_force(parser)
    add_json(parser)
    add_quiet(parser)


def run(args: argparse.Namespace) -> int:
    from ..enrich.config import env_offline, load_enrich_config, resolve_mailto
    from ..evidence.render import TRIAGE, render_text, summary
    from ..evidence.run import cited_references, evidence_for_trace
    from ..evidence.sources import fetch_sources, make_client
    from .trace import traced

    con = console(args)
    if args.html:  # before any request: a refused output must not cost the fetching
        from ..outputs import check_output

        given = [manuscript_path(args.manuscript), args.bib, args.refs]
        check_output(args.html, given, force=args.force)
    inputs, trace = traced(args)
    cited = cited_references(trace)
    mailto, _ = resolve_mailto(args.mailto, load_enrich_config())
    client = make_client(mailto, bool(args.offline or env_offline()))
    try:
        sources = fetch_sources(con.progress(cited, len(cited), "sources"), client)
    finally:
        client.close()
    results = evidence_for_trace(trace, sources)
    if args.html:
        _write_html(args.html, inputs, trace, results)
    with_text = sum(bool(s.text) for s in sources.values())
    flagged = sum(r.verdict in ("not found", "contradicted") for r in results)
    if args.json:
        con.json(
            {
                "manuscript": str(inputs.manuscript),
                "note": TRIAGE,
                "sources": [s.to_dict() for s in sources.values()],
                "claims": [r.to_dict() for r in results],
            }
        )
    else:
        lines = render_text(results, con.style, show_all=args.all)
        if lines:
            con.emit("\n".join(lines) + "\n")
        con.print(summary(results, with_text, len(cited)))
        for s in sources.values():
            if not s.text:
                con.print(f"  no source text for {s.key}: {s.origin}")
        con.print(con.style(TRIAGE, "dim"))
    con.errors(inputs.problems)  # as trace: no references to check against
    errors = any(f.severity == "error" for f in inputs.problems)
    return 1 if flagged or errors else 0


def _write_html(path: str, inputs, trace, results) -> None:
    from dataclasses import replace

    from ..evidence.run import evidence_findings
    from ..outputs import write_output
    from ..trace.checks import check_trace
    from ..trace.html_report import render_html

    name = str(inputs.manuscript)
    findings = inputs.problems + check_trace(trace, source=name)
    findings += [replace(f, source=name) for f in evidence_findings(trace, results)]
    write_output(path, render_html(trace, findings, name, results))
