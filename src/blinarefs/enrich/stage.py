"""The ``enrich`` stage of ``blinarefs build``: enrich the store the previous stage wrote.

It never fails the build for reasons outside the user's files: with no network (or offline
with nothing cached) it reports so and leaves the store as it was."""

from __future__ import annotations

from ..errors import BlinarefsError
from ..findings import Finding
from ..pipeline import BuildContext, StageReport


def stage_enrich(ctx: BuildContext) -> StageReport:
    from .core import EnrichOptions, enrich_store
    from .integrity import summary_counts

    if ctx.store is None:
        return StageReport("enrich", "skipped: no store", skipped=True)
    try:
        index = None
        if ctx.options.retraction_data:
            from .retractions import load_retractions

            index = load_retractions(ctx.options.retraction_data)
        options = EnrichOptions(offline=True if ctx.options.offline else None,
                                mailto=ctx.options.mailto, retractions=index,
                                stall_budget=ctx.options.timeout)  # fmt: skip
        report = enrich_store(ctx.store, options, progress=ctx.bar("enrich"))
    except BlinarefsError as exc:
        return StageReport(
            "enrich", f"skipped: {exc}", findings=[Finding("warning", "enrich-skipped", str(exc))]
        )
    verdicts = [e.verdict for e in report.entries if e.verdict is not None]
    ctx.data["integrity"] = verdicts  # the trace stage's report.html shows them
    findings = [f for f in report.all_findings if f.severity != "info" or f.key is None]
    updated = report.count("updated")
    missed = sum(any(f.code in ("not-cached", "unreached") for f in e.findings)
                 for e in report.entries)  # fmt: skip
    slow = [f.message.split(":")[0] for f in report.findings if "marked slow" in f.message]
    if slow:
        summary = f"no answer from {', '.join(slow)}: {_left(missed)}"
    elif report.unreachable:
        summary = f"network unreachable: {_left(missed)}"
    elif report.offline:
        summary = f"offline: {missed} of {len(report.entries)} entries not in the cache"
    else:
        summary = f"{updated} entries updated"
    if updated and (report.unreachable or report.offline):
        summary += f", {updated} updated"
    not_found = report.count("not-found")
    if not_found:
        summary += f", {not_found} not found"
    summary += f" ({report.requests} requests)"
    counts = summary_counts(verdicts)
    flagged = {k: n for k, n in counts.items() if k not in ("verified", "unverifiable")}
    if flagged:
        summary += "; integrity: " + ", ".join(f"{n} {k}" for k, n in flagged.items())
    return StageReport("enrich", summary, findings=findings)  # the store is stage store's output


def _left(missed: int) -> str:
    return "1 entry left as it was" if missed == 1 else f"{missed} entries left as they were"
