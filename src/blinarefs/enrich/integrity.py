"""Each reference's integrity verdict, from the records the services gave for it. Pure.

The verdicts, worst first: **retracted** (or withdrawn: citing it is an error), **mis-cited**
by an identifier that names another work (an error), **expression of concern** and
**corrected** (warnings: the work stands, its notice should be read), **mis-cited** (the
work exists, printed fields differ: which ones), **not found** in any source (possibly
fabricated; the closest candidates are given), **unverifiable** (no source reachable, or
several works fit and none wins), and **verified** (found, and the printed fields agree).
A reference that is itself a retraction or correction notice is verified, and says so.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from ..findings import Finding, Severity
from ..model import Reference
from .match import Candidate, journal_matches, title_similarity
from .notices import SEVERE, Notice, notices_of
from .text import family_key, first_page, fold

VerdictKind = Literal[
    "verified", "mis-cited", "retracted", "corrected", "expression-of-concern",
    "unverifiable", "not-found",
]  # fmt: skip
ORDER: tuple[str, ...] = ("retracted", "mis-cited", "expression-of-concern", "corrected",
                          "not-found", "unverifiable", "verified")  # fmt: skip
SEVERITY: dict[str, Severity] = {
    "retracted": "error", "expression-of-concern": "warning", "corrected": "warning",
    "mis-cited": "warning", "not-found": "warning", "unverifiable": "info", "verified": "info",
}  # fmt: skip


@dataclass(frozen=True)
class Verdict:
    key: str
    verdict: VerdictKind
    severity: Severity
    detail: str = ""  # one line: what was found, what differs
    differs: tuple[str, ...] = ()  # printed fields the record contradicts
    notices: tuple[Notice, ...] = ()
    candidates: tuple[str, ...] = ()  # the closest works, described (not found)
    sources: tuple[str, ...] = ()
    identifier: str = ""  # the DOI or PMID the verdict rests on

    def to_dict(self) -> dict[str, Any]:
        return {"key": self.key, "verdict": self.verdict, "severity": self.severity,
                "detail": self.detail, "differs": list(self.differs),
                "notices": [n.to_dict() for n in self.notices],
                "candidates": list(self.candidates), "sources": list(self.sources),
                "identifier": self.identifier}  # fmt: skip

    def finding(self) -> Finding | None:
        """The finding an editor must act on, or None (verified, not found and ambiguous
        entries are reported by enrichment's own findings)."""
        if self.verdict not in ("retracted", "corrected", "expression-of-concern", "mis-cited"):
            return None
        if self.verdict == "mis-cited" and self.severity == "error":
            return None  # the id-mismatch finding already says so
        hint = {
            "retracted": "do not cite a retracted work as evidence; cite the notice if the "
            "retraction is the point",
            "mis-cited": "correct the printed fields from the record",
        }.get(self.verdict, "read the notice; cite the corrected version")
        return Finding(self.severity, self.verdict, self.detail, key=self.key, suggestion=hint)


def same_work(cand: Candidate) -> bool:
    """The record an identifier names is the printed work itself even though printed facts
    differ: a mis-citation, not another work. Its title agrees, and so does its first
    author, or, where the first author is printed otherwise (a compound family name, an
    initial run into the name), its printed first page and its year or volume, none
    contradicted: a letter in reply has the article's title, journal, year and volume,
    never its pages."""
    if cand.parts.get("title", 0.0) < 0.9:
        return False
    if cand.parts.get("author", 1.0) == 1.0:
        return True
    placed = cand.parts.get("page") == 1.0 and 1.0 in (
        cand.parts.get("year"),
        cand.parts.get("volume"),
    )
    return cand.acceptable and placed


def printed_differences(printed: Reference, record: Reference) -> tuple[str, ...]:
    """The printed fields ``record`` contradicts: year, volume, first page, first author,
    journal, title. Only fields both sides have count; an online-first year is a match."""
    out = []
    years = {d[0] for d in (record.issued, record.available_date) if d}
    if printed.year and years and printed.year not in years:
        out.append("year")
    if printed.volume and record.volume and fold(printed.volume) != fold(record.volume):
        out.append("volume")
    p, r = first_page(printed.page), first_page(record.page)
    if p and r and p != r:
        out.append("first page")
    first, other = printed.author[:1], record.author[:1]
    if first and other and not first[0].literal and family_key(first[0]) != family_key(other[0]):
        out.append("first author")
    pj = [j for j in (printed.container_title, printed.container_title_short) if j]
    rj = [j for j in (record.container_title, record.container_title_short) if j]
    if pj and rj and not any(journal_matches(a, b) for a in pj for b in rj):
        out.append("journal")
    if printed.title and record.title and title_similarity(printed.title, record.title) < 0.6:
        out.append("title")
    return tuple(out)


def judge(
    printed: Reference,
    status: str,
    records: Sequence[tuple[str, Reference]] = (),
    notices: Iterable[Notice] = (),
    candidates: Sequence[Candidate] = (),
    reason: str = "",
) -> Verdict:
    """The verdict on ``printed`` (the entry as the user has it, before merging).

    ``status`` is enrichment's outcome for it; ``records`` the (source, record) pairs that
    describe the work; ``notices`` every notice found for it (service records and a local
    Retraction Watch file); ``reason`` why no source answered, when none did."""
    key = printed.id
    sources = tuple(s for s, _ in records)
    record = records[0][1] if records else None
    ident = _identifier(record or printed)
    about = [n for n in dict.fromkeys(notices) if not n.of_self]
    severe = [n for n in about if n.kind in SEVERE]
    if severe:
        return _noticed(key, "retracted", severe + [n for n in about if n not in severe],
                        sources, ident)  # fmt: skip
    cited = status == "id-mismatch" and bool(candidates) and same_work(candidates[0])
    if cited and not records:
        record = candidates[0].record  # the cited work, with printed fields that differ
        records = [("its identifier's record", record)]
    elif status == "id-mismatch" and not cited:
        text = candidates[0].describe() if candidates else "another work"
        return Verdict(key, "mis-cited", "error", f"its identifier names another work: {text}",
                       tuple(candidates[0].disagreements) if candidates else (),
                       sources=sources, identifier=ident)  # fmt: skip
    concern = [n for n in about if n.kind == "expression-of-concern"]
    if concern:
        return _noticed(key, "expression-of-concern", about, sources, ident)
    if about:
        return _noticed(key, "corrected", about, sources, ident)
    if record is not None:
        differs = printed_differences(printed, record)
        if differs:
            shown = ", ".join(f"{f} ({_printed(printed, f)} printed, {_printed(record, f)} "
                              f"in {records[0][0]})" for f in differs)  # fmt: skip
            return Verdict(key, "mis-cited", "warning", f"the work exists; {shown}", differs,
                           sources=sources, identifier=ident)  # fmt: skip
        own = [n for r in records for n in _own(r[1])] + [n for n in notices if n.of_self]
        detail = f"found in {', '.join(sources)}"
        if own:
            detail += f"; it is itself a {own[0].kind} notice"
        return Verdict(key, "verified", "info", detail, sources=sources, identifier=ident)
    if status in ("not-found", "doi-unknown") and (kind := _unpublished(printed)):
        return Verdict(key, "unverifiable", "info", f"{kind}: no source holds it")
    if status in ("not-found", "doi-unknown"):
        closest = tuple(c.describe() for c in candidates[:2])
        text = "no source knows this work: possibly fabricated"
        return Verdict(key, "not-found", "warning", text, candidates=closest)
    why = "several works fit and none clearly wins" if status == "ambiguous" else reason
    return Verdict(key, "unverifiable", "info", why or "no source could be asked")


def _unpublished(ref: Reference) -> str:
    """What kind of unpublished work ``ref`` is ("" if it is none): a personal
    communication, or a manuscript not published nor sent to a journal it names. No source
    holds one, so not finding it says nothing of whether it exists."""
    if ref.type == "personal_communication":
        return "a personal communication"
    if ref.type == "manuscript" and not (ref.doi or ref.container_title):
        return f"an unpublished work ({ref.status})" if ref.status else "an unpublished work"
    return ""


def _noticed(key, verdict, notices: list[Notice], sources, ident) -> Verdict:
    head = notices[0]
    detail = head.describe() + (f" (+{len(notices) - 1} more)" if len(notices) > 1 else "")
    return Verdict(key, verdict, SEVERITY[verdict], detail, notices=tuple(notices),
                   sources=sources, identifier=ident)  # fmt: skip


def _own(record: Reference) -> tuple[Notice, ...]:
    return tuple(n for n in notices_of(record) if n.of_self)


def _identifier(ref: Reference) -> str:
    return f"doi:{ref.doi}" if ref.doi else f"pmid:{ref.pmid}" if ref.pmid else ""


def _printed(ref: Reference, field_name: str) -> str:
    value = {
        "year": ref.year, "volume": ref.volume, "first page": first_page(ref.page),
        "first author": ref.author[0].full_family if ref.author else "",
        "journal": ref.container_title_short or ref.container_title,
        "title": (ref.title[:40] + "...") if len(ref.title) > 40 else ref.title,
    }[field_name]  # fmt: skip
    return repr(str(value or ""))


def summary_counts(verdicts: Iterable[Verdict]) -> dict[str, int]:
    counts = dict.fromkeys(ORDER, 0)
    for v in verdicts:
        counts[v.verdict] += 1
    return {k: n for k, n in counts.items() if n}


def table_lines(verdicts: Sequence[Verdict], *, width: int = 130, same: int = 3) -> list[str]:
    """The reference-integrity table as text: a count line, then one row per reference that
    is not verified (worst first), with its evidence. More than ``same`` references with the
    same verdict for the same reason ("cannot reach api.crossref.org" without a network)
    are one row that counts them: the reason once, not a screenful of it (--json lists
    each)."""
    counts = summary_counts(verdicts)
    head = "Reference integrity: " + (
        ", ".join(f"{n} {k}" for k, n in counts.items()) if counts else "no references"
    )
    groups: dict[tuple[int, str], list[Verdict]] = {}  # in order of first appearance
    for v in verdicts:
        if v.verdict != "verified":
            groups.setdefault((ORDER.index(v.verdict), _evidence(v)), []).append(v)
    rows: list[tuple[str, str, str]] = []
    for (_, evidence), group in sorted(groups.items(), key=lambda item: item[0][0]):
        if len(group) > same:
            rows.append((f"{len(group)} references", group[0].verdict, evidence))
        else:
            rows += [(v.key, v.verdict, evidence) for v in group]
    if not rows:
        return [head]
    keyw = min(30, max(len(key) for key, _, _ in rows))
    verw = max(7, *(len(verdict) for _, verdict, _ in rows))
    lines = [head, f"  {'reference':<{keyw}}  {'verdict':<{verw}}  evidence"]
    room = max(20, width - keyw - verw - 6)
    for key, verdict, evidence in rows:
        evidence = evidence if len(evidence) <= room else evidence[: room - 3] + "..."
        lines.append(f"  {key[:keyw]:<{keyw}}  {verdict:<{verw}}  {evidence}")
    return lines


def _evidence(v: Verdict) -> str:
    return v.detail + ("; closest: " + " | ".join(v.candidates) if v.candidates else "")


def integrity_findings(verdicts: Iterable[Verdict]) -> list[Finding]:
    """The findings the verdicts call for (retracted, corrected, concern, mis-cited)."""
    return [f for v in verdicts if (f := v.finding()) is not None]
