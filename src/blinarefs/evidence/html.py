"""The evidence section of ``report.html``: each cited claim beside the sentences of its
cited works, the claim's specifics marked (found: highlighted; missing or contradicted:
struck through with the reason), so an editor reads proof, not a score."""

from __future__ import annotations

import html
import re
from collections.abc import Iterator, Sequence

from .run import ClaimEvidence, tally
from .verdict import Check

CSS = """
.evidence{border:1px solid var(--line);border-radius:8px;padding:.6em .8em;margin:.6em 0}
.evidence .verdict{font-weight:600}
.evidence .v-contradicted,.evidence .v-not-found{color:var(--error)}
.evidence .v-partly-supported{color:var(--warning)}.evidence .v-supported{color:var(--explicit)}
.evidence .pair{display:grid;grid-template-columns:1fr 1fr;gap:.8em}
@media (max-width:700px){.evidence .pair{grid-template-columns:1fr}}
.evidence ol{margin:.2em 0;padding-left:1.4em}.evidence del{color:var(--error)}
.evidence .score{color:var(--muted);font-size:.85em}
"""


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _marked(text: str, checks: Sequence[Check], *, in_claim: bool) -> str:
    """``text`` with each checked specific marked: <mark> where the text has it; in the
    claim, <del> where the cited work does not."""
    out = _e(text)
    for c in checks:
        word = _e(c.claimed)
        if not word or c.kind == "direction":
            continue
        pattern = re.compile(r"(?<![\w.])" + re.escape(word) + r"(?![\w])", re.IGNORECASE)
        if c.status == "found" or not in_claim:
            if c.status == "found":
                out = _wrap_first(pattern, out, "<mark>", "</mark>")
        else:
            why = _e(f"{c.status}: {c.reason}")
            out = _wrap_first(pattern, out, f'<del title="{why}">', "</del>")
    return out


def _wrap_first(pattern: re.Pattern[str], text: str, before: str, after: str) -> str:
    m = pattern.search(text)
    if m is None:
        return text
    return text[: m.start()] + before + m.group(0) + after + text[m.end() :]


def render_evidence_html(results: Sequence[ClaimEvidence]) -> Iterator[str]:
    counts = ", ".join(f"{n} {v}" for v, n in tally(list(results)).items())
    yield f'\n<h2 id="evidence">Evidence</h2>\n<p>{_e(counts)}. Triage, not judgment: '
    yield "read the sentences shown; docs/evidence.md gives the verdicts' measured precision.</p>"
    for r in results:
        for w in r.works:
            v = w.verdict
            cls = "v-" + v.verdict.replace(" ", "-")
            ref = f"reference {w.number}" if w.number is not None else w.key
            notes = "".join(
                f"<li>{_e(c.kind)} {_e(c.claimed)}: {_e(c.status)}, {_e(c.reason)}</li>"
                for c in v.checks
                if c.status != "found"
            )
            empty = "<p>" + _e(v.note or "no sentence shares its words") + "</p>"
            shown = "".join(
                f'<li value="{e.index + 1}">{_marked(e.text, v.checks, in_claim=False)} '
                f'<span class="score">{e.score:.1f}</span></li>'
                for e in v.evidence
            )
            yield (
                f'<section class="evidence"><p><a href="#c{r.claim.index}">claim {r.claim.index}'
                f'</a> · {_e(ref)} ({_e(w.label)}) · <span class="verdict {cls}">{_e(v.verdict)}'
                f'</span> <span class="score">{_e(w.origin)}</span></p><div class="pair">'
                f"<div><b>Claim</b><p>{_marked(r.text, v.checks, in_claim=True)}</p>"
                f"{'<ul>' + notes + '</ul>' if notes else ''}</div>"
                f"<div><b>Cited text</b>{'<ol>' + shown + '</ol>' if shown else empty}"
                "</div></div></section>"
            )
