"""One entry's state while its batch is worked on, and what becomes of it: the fetched
records merged into the entry, the findings, and the integrity verdict (:mod:`.integrity`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..errors import ServiceError
from ..findings import Finding
from ..model import Reference
from .http import OfflineMiss, Unreachable
from .integrity import Verdict, judge, same_work
from .match import Candidate
from .merge import FIELDS, merge_reference
from .model import EnrichOptions, EntryResult, Status
from .notices import notices_of
from .retractions import RetractionIndex

_PUBMED_AFTER_CROSSREF = ("PMID", "PMCID", "abstract", "author", "available-date")
_NO_ANSWER = ("unreached", "not-cached", "enrich-failed")


@dataclass(eq=False)
class Work:
    """One entry's state while its batch is worked on."""

    ref: Reference
    doi: str = ""  # the DOI to fetch (the entry's own, or one found for it)
    own_doi: bool = False
    main: tuple[str, Reference] | None = None  # (source, record) from Crossref or doi.org
    pubmed: Reference | None = None
    matched: list[str] = field(default_factory=list)  # PMIDs the citation matcher proposed
    ids: Reference | None = None  # identifiers from the PMC ID converter
    status: Status | None = None
    candidates: list[Candidate] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)

    def fail(self, exc: ServiceError | str, severity: str = "warning") -> None:
        code = "enrich-failed"
        if isinstance(exc, OfflineMiss | Unreachable):  # the run-wide finding says why
            code, severity = ("not-cached" if isinstance(exc, OfflineMiss) else "unreached"), "info"
        self.findings.append(
            Finding(
                severity,  # type: ignore[arg-type]
                code,
                f"not enriched: {exc}",
                key=self.ref.id,
                suggestion="run again later; answers already received are cached",
            )
        )
        if self.status is None:
            self.status = "failed"


def merge(
    w: Work, o: EnrichOptions, stamp: str, index: RetractionIndex | None = None
) -> EntryResult:
    """The entry after merging what was found, its findings, and its integrity verdict."""
    ref, changes, sources = w.ref, [], []
    kw: dict[str, Any] = {"stamp": stamp, "overwrite": o.overwrite, "locked": o.locked}
    found_any = w.main or w.pubmed or (w.ids and (w.ids.doi or w.ids.pmid))
    if w.status in (None, "failed") and found_any:
        if w.main:
            ref, got = merge_reference(ref, w.main[1], source=w.main[0], **kw)
            changes += got
            sources.append(w.main[0])
        if w.pubmed:
            fields = _PUBMED_AFTER_CROSSREF if w.main else FIELDS
            ref, got = merge_reference(ref, w.pubmed, source="pubmed", fields=fields, **kw)
            changes += got
            sources.append("pubmed")
        if w.ids:
            ref, got = merge_reference(
                ref, w.ids, source="pmc-idconv", fields=("DOI", "PMID"), **kw
            )
            changes += got
            sources.append("pmc-idconv")
        if any(c.applied for c in changes):
            w.status = "updated"
        elif w.status is None:
            w.status = "unchanged"
    elif w.status is None:
        w.status = "not-found"
        _not_found(w, o.pubmed)
    elif w.status == "ambiguous":
        w.findings.append(
            Finding(
                "warning",
                "ambiguous-match",
                "several works fit and none clearly wins: "
                + " | ".join(c.describe() for c in w.candidates if c.acceptable)[:600],
                key=w.ref.id,
                suggestion="add the DOI by hand",
            )
        )
    for c in changes:
        if c.kind == "conflict-kept":
            w.findings.append(
                Finding(
                    "info",
                    "enrich-conflict",
                    f"{c.field}: kept {c.old!r}; {c.source} has {c.new!r}",
                    key=c.key,
                    suggestion=f"--overwrite {c.field} takes the {c.source} value",
                )
            )
    verdict = _verdict(w, ref, index)
    if (finding := verdict.finding()) is not None:
        w.findings.append(finding)
    return EntryResult(
        w.ref.id, w.status, changes, w.candidates, w.findings, sources, ref, verdict=verdict
    )


def _verdict(w: Work, merged: Reference, index: RetractionIndex | None) -> Verdict:
    """The integrity verdict: the records found, their notices, and the local Retraction
    Watch file's by the entry's DOI and PMID (found ones included), so a work is judged
    even when no service could be asked."""
    records = ([w.main] if w.main else []) + ([("pubmed", w.pubmed)] if w.pubmed else [])
    if w.status == "id-mismatch" and w.candidates and same_work(w.candidates[0]):
        records.append(("its identifier's record", w.candidates[0].record))
    notices = [n for _, record in records for n in notices_of(record)]
    if index is not None:
        notices += index.lookup(merged.doi or w.doi, merged.pmid)
    reason = next((f.message.removeprefix("not enriched: ") for f in w.findings
                   if f.code in _NO_ANSWER), "")  # fmt: skip
    return judge(w.ref, w.status or "failed", records, notices, w.candidates, reason)


def _not_found(w: Work, pubmed: bool) -> None:
    closest = w.candidates[:2]
    where = "Crossref" + (" or PubMed" if pubmed else "")
    text = f"matches no work in {where}: possibly fabricated or mis-cited"
    if closest:
        text += "; closest: " + " | ".join(c.describe() for c in closest)
    w.findings.append(
        Finding(
            "warning",
            "no-match",
            text,
            key=w.ref.id,
            suggestion="check the printed reference against the journal's own page",
        )
    )
