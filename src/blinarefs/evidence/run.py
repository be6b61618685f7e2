"""Evidence for a whole traced manuscript: every claim that cites a work, checked against
the text of each work it cites. Pure: the texts come in, verdicts go out."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from ..arguments import trace_argument
from ..findings import Finding
from ..model import Reference
from ..reprs import brief
from ..trace.claims import Claim, short_label
from ..trace.manuscript import Trace
from .retrieve import SourceIndex
from .sources import SourceText
from .verdict import DEFAULT, VERDICTS, Settings, Verdict, check_claim, combine


@dataclass(frozen=True)
class WorkVerdict:
    key: str
    number: int | None
    label: str
    origin: str
    verdict: Verdict

    def to_dict(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "number": self.number,
            "reference": self.label,
            "source": self.origin,
            **self.verdict.to_dict(),
        }


@dataclass(frozen=True)
class ClaimEvidence:
    """A claim's verdict against the text of each work it cites."""

    claim: Claim
    text: str  # the claim without its citation markers
    works: tuple[WorkVerdict, ...]
    verdict: str
    line: int

    def __repr__(self) -> str:
        """The verdict and where, not the claim's citations and every check."""
        where = f"line {self.line}, claim {self.claim.index}"
        return f"<ClaimEvidence {where}: {self.verdict}, {brief(self.claim.text)}>"

    def to_dict(self) -> dict[str, Any]:
        return {
            "claim": self.claim.index,
            "line": self.line,
            "text": self.claim.text,
            "verdict": self.verdict,
            "works": [w.to_dict() for w in self.works],
        }


def claim_text(claim: Claim) -> str:
    """The claim with its citation markers blanked, so "et al1" gives no figure 1."""
    text = claim.text
    for c in sorted(claim.citations, key=lambda c: -c.start):
        a, b = c.start - claim.start, c.end - claim.start
        if 0 <= a <= b <= len(text):
            text = text[:a] + " " * (b - a) + text[b:]
    return text


def evidence_for_trace(
    trace: Trace,
    sources: Mapping[str, SourceText | str] | None = None,
    settings: Settings = DEFAULT,
) -> list[ClaimEvidence]:
    """One entry per claim linked to at least one reference, in text order. ``sources``
    (key -> the cited work's text, as a SourceText or plain text) default to the abstracts
    the references hold (``enrich`` puts them there), as ``check`` uses;
    :func:`~blinarefs.evidence.sources.fetch_sources` asks services for more. A work's
    index is let go after the last claim citing it: a manuscript's hundred full texts need
    not all be held at once (nor walked by every garbage collection)."""
    trace_argument(trace, "evidence_for_trace")
    if sources is None:
        from .sources import sources_at_hand

        sources = sources_at_hand(cited_references(trace))
    given = {
        key: SourceText(key, source, "given") if isinstance(source, str) else source
        for key, source in sources.items()
    }
    indexes: dict[str, SourceIndex | None] = {}
    cited = [
        (claim, [k for k in claim.keys if k in trace.index.by_key])
        for claim in trace.claims
        if claim.link is not None
    ]
    last = {key: n for n, (_, keys) in enumerate(cited) for key in keys}
    out = []
    for n, (claim, keys) in enumerate(cited):
        if not keys:
            continue
        text = claim_text(claim)
        works = []
        for key in keys:
            source = given.get(key)
            if key not in indexes:
                indexes[key] = SourceIndex.build(source.text) if source and source.text else None
            ref = trace.index.by_key[key]
            origin = source.origin if source else "not looked up"
            works.append(
                WorkVerdict(
                    key,
                    trace.index.number_by_key.get(key),
                    short_label(ref),
                    origin,
                    check_claim(text, indexes[key], settings),
                )
            )
        out.append(
            ClaimEvidence(
                claim,
                text,
                tuple(works),
                combine([w.verdict for w in works]),
                trace.line_of(claim.start),
            )
        )
        for key in keys:
            if last[key] == n:
                indexes.pop(key, None)
    return out


def cited_references(trace: Trace) -> list[Reference]:
    """The list's references that some marker cites: the works whose text is worth fetching."""
    keys = trace.cited_keys()
    return [r for r in trace.references if r.id in keys]


def evidence_at_hand(trace: Trace) -> list[ClaimEvidence]:
    """Verdicts from the text at hand (store abstracts, cached answers), without the
    network, for ``check`` and ``build``; [] when no cited work's text is at hand."""
    from .sources import sources_at_hand

    sources = sources_at_hand(cited_references(trace))
    return evidence_for_trace(trace, sources) if sources else []


def tally(results: list[ClaimEvidence]) -> dict[str, int]:
    counts = Counter(r.verdict for r in results)
    return {v: counts[v] for v in VERDICTS if counts[v]}


def evidence_findings(trace: Trace, results: list[ClaimEvidence]) -> list[Finding]:
    """Flagged claims as findings for ``check`` and ``build``: warnings, since a flag is a
    reason to read the cited work, not a proof of error."""
    out = []
    for r in results:
        if r.verdict not in ("contradicted", "not found"):
            continue
        diffs = [
            f"{c.claimed}: {c.reason}"
            for w in r.works
            for c in w.verdict.checks
            if c.status in ("contradicted", "missing", "other quantity")
        ]
        code = "claim-contradicted" if r.verdict == "contradicted" else "claim-not-in-source"
        cited = ", ".join(str(w.number or w.key) for w in r.works)
        out.append(
            Finding(
                "warning",
                code,
                f"claim {r.claim.index} ({r.verdict} in the text of {cited}): {'; '.join(diffs)}",
                line=trace.line_of(r.claim.start),
                span=(r.claim.start, r.claim.end),
                text=r.claim.text,
                suggestion="read the evidence shown (blinarefs evidence) and the cited work",
            )
        )
    return out
