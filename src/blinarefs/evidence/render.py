"""The evidence report as terminal text: a summary line, then each claim beside the
sentences of its cited works, the differences marked."""

from __future__ import annotations

from collections.abc import Callable

from ..findings import counted
from .run import ClaimEvidence, tally

_COLOUR = {
    "supported": "green",
    "partly supported": "yellow",
    "not found": "red",
    "contradicted": "red",
    "nothing checkable": "dim",
    "no source text": "dim",
}
TRIAGE = (
    "triage, not judgment: a verdict points at what to read; "
    "its measured precision is in docs/evidence.md"
)


def summary(results: list[ClaimEvidence], works_with_text: int, works: int) -> str:
    counts = tally(results)
    parts = ", ".join(f"{n} {verdict}" for verdict, n in counts.items()) or "nothing to check"
    return (
        f"{counted(len(results), 'cited claims')} checked against {works_with_text} of {works} "
        f"cited works with text: {parts}"
    )


def render_text(
    results: list[ClaimEvidence], style: Callable[..., str], *, show_all: bool
) -> list[str]:
    lines = []
    for r in results:
        if not show_all and r.verdict in ("supported", "nothing checkable", "no source text"):
            continue
        lines.append(style(f"claim {r.claim.index}: {r.verdict}", _COLOUR[r.verdict], "bold"))
        lines.append(f"  claim     {' '.join(r.text.split())}")
        for w in r.works:
            ref = f"reference {w.number}" if w.number is not None else w.key
            lines.append(f"  {ref} ({w.label}): {w.verdict.verdict} [{w.origin}]")
            for c in w.verdict.checks:
                if c.status != "found":
                    lines.append(
                        style(f"    - {c.kind} {c.claimed}: {c.status}, {c.reason}", "yellow")
                    )
            for e in w.verdict.evidence:
                lines.append(f"    [{e.index + 1}] {e.score:5.1f}  {e.text}")
            if w.verdict.note:
                lines.append(f"    {w.verdict.note}")
        lines.append("")
    return lines
