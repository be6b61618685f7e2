"""The ``trace`` stage of ``blinarefs build``: claims table and report beside the store."""

from __future__ import annotations

from dataclasses import replace

from ..jsontext import json_pieces
from ..outputs import write_output
from ..pipeline import BuildContext, StageReport

# The validate stage already reports duplicates in the store.
_REPORTED_BY_VALIDATE = frozenset({"duplicate-reference", "near-duplicate-title"})


def stage_trace(ctx: BuildContext) -> StageReport:
    from ..evidence.run import evidence_at_hand, evidence_findings
    from .checked import BARE_LIST, only_a_list
    from .checks import check_trace, summarise
    from .html_report import render_html
    from .manuscript import trace_manuscript
    from .report import render_claims_tsv

    if ctx.store is not None:
        refs = ctx.store.references
    else:
        refs = ctx.parsed.references if ctx.parsed else ()
    document = ctx.data.get("document")
    listed = document.reference_list_start if document is not None else None
    body_end = listed if listed is not None else ctx.parsed.body_end if ctx.parsed else None
    if body_end is None:
        body_end = len(ctx.text)
    known = document.markers if document is not None and document.kind != "text" else None
    trace = trace_manuscript(
        ctx.text,
        refs,
        body_end=body_end,
        known_markers=known,
        markers_complete=bool(document and document.markers_complete),
        after_list=ctx.parsed.section.after if ctx.parsed and ctx.parsed.section else None,
        lowered=document.lowered if document is not None else (),
        raised=document.raised if document is not None else None,
    )
    name = str(ctx.manuscript_path)
    if only_a_list(ctx.text, body_end):  # no reference can be cited, and none is at fault
        findings, evidence = [], []
        summary = BARE_LIST
    else:
        findings = check_trace(trace, source=name)
        evidence = evidence_at_hand(trace)
        findings += [replace(f, source=name) for f in evidence_findings(trace, evidence)]
        summary = summarise(trace, findings)
        if document is not None and document.origins:  # LaTeX chapters: their own lines
            from ..manuscript.latex_inputs import relocate

            findings = relocate(findings, document.origins, name)
    origins = document.origins if document is not None else ()  # LaTeX chapters
    outputs = {  # each written a piece at a time as its turn comes
        "claims.json": lambda: json_pieces(
            {"manuscript": name, "summary": summary, **trace.to_dict(origins),
             "findings": (f.to_dict() for f in findings)}
        ),
        "claims.tsv": lambda: render_claims_tsv(trace, origins),
    }  # fmt: skip
    paths = []
    for filename, make in outputs.items():
        path = ctx.outdir / filename
        write_output(path, make())
        paths.append(path)
    ctx.data["trace"] = trace
    shown = [f for f in findings if f.code not in _REPORTED_BY_VALIDATE]
    # report.html shows what the terminal shows: every stage's findings, written by build
    # once the last stage has run
    report = ctx.outdir / "report.html"
    ctx.data.setdefault("after_build", []).append(
        lambda everything: write_output(
            report,
            render_html(trace, everything, name, evidence, ctx.data.get("integrity", ())),
        )
    )
    paths.append(report)
    return StageReport("trace", summary, outputs=paths, findings=shown)
