"""The ``trace`` stage of ``blinarefs build``: claims table and report beside the store."""

from __future__ import annotations

from ..fsio import atomic_write
from ..jsontext import json_pieces
from ..pipeline import BuildContext, StageReport

# The validate stage already reports duplicates in the store.
_REPORTED_BY_VALIDATE = frozenset({"duplicate-reference", "near-duplicate-title"})


def stage_trace(ctx: BuildContext) -> StageReport:
    from .checks import check_trace, summarise
    from .manuscript import trace_manuscript
    from .report import render_claims_tsv, render_html

    if ctx.store is not None:
        refs = ctx.store.references
    else:
        refs = ctx.parsed.references if ctx.parsed else ()
    body_end = (ctx.parsed.body_end if ctx.parsed else 0) or len(ctx.text)
    trace = trace_manuscript(ctx.text, refs, body_end=body_end)
    name = str(ctx.manuscript_path)
    findings = check_trace(trace, source=name)
    summary = summarise(trace, findings)
    outputs = {  # each written a piece at a time as its turn comes
        "claims.json": lambda: json_pieces(
            {"manuscript": name, "summary": summary, **trace.to_dict(),
             "findings": (f.to_dict() for f in findings)}
        ),
        "claims.tsv": lambda: render_claims_tsv(trace),
        "report.html": lambda: render_html(trace, findings, name, ctx.data.get("integrity", ())),
    }  # fmt: skip
    paths = []
    for filename, make in outputs.items():
        path = ctx.outdir / filename
        atomic_write(path, make())
        paths.append(path)
    ctx.data["trace"] = trace
    shown = [f for f in findings if f.code not in _REPORTED_BY_VALIDATE]
    return StageReport("trace", summary, outputs=paths, findings=shown)
