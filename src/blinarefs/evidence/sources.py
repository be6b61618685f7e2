"""The text of each cited work: the I/O edge of the evidence check.

For each reference, in this order, the first that answers: Europe PMC (open-access full
text where ``isOpenAccess``, else its abstract), PubMed's abstract (efetch, structured
sections with their labels), Crossref's JATS abstract, and last the abstract already in the
store. Everything goes through the shared cached HTTP client, so a second run, or an
``offline`` one, asks nothing. A work none of them has is "no source text": never a guess.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from ..errors import ServiceError
from ..model import Reference

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SourceText:
    key: str
    text: str  # "" when none was found
    origin: str  # "Europe PMC full text", "PubMed abstract", ... or why there is none

    def to_dict(self) -> dict[str, str | int]:
        return {"key": self.key, "origin": self.origin, "characters": len(self.text)}


def make_client(mailto: str | None, offline: bool, cache_dir: Path | None = None, **options):
    """The enrichment's HTTP client, with Europe PMC's policy added; ``options`` go to
    :class:`~blinarefs.enrich.http.HttpClient` (timeouts, retries, a test's ``sleep``)."""
    from ..enrich import europepmc
    from ..enrich.core import policies
    from ..enrich.http import HttpClient, ServicePolicy

    return HttpClient(
        mailto=mailto,
        offline=offline,
        cache_dir=cache_dir,
        policies={**policies(mailto), europepmc.SERVICE: ServicePolicy(5.0, 2)},
        **options,
    )


def fetch_sources(
    references: Iterable[Reference], client, progress: Callable[[int, int], None] | None = None
) -> dict[str, SourceText]:
    """The best available text of every reference, by key."""
    refs = list(references)
    out: dict[str, SourceText] = {}
    for done, ref in enumerate(refs, 1):
        out[ref.id] = _one(ref, client)
        if progress:
            progress(done, len(refs))
    return out


def _one(ref: Reference, client) -> SourceText:
    from ..enrich import crossref, europepmc, ncbi

    problems: list[str] = []

    def attempt(what: str, fn: Callable[[], str]) -> str:
        try:
            return fn() or ""
        except ServiceError as exc:
            problems.append(f"{what}: {exc}")
            log.info("%s: %s", ref.id, exc)
            return ""

    if not (ref.doi or ref.pmid or ref.pmcid):
        if ref.abstract:
            return SourceText(ref.id, ref.abstract, "abstract in the store")
        return SourceText(
            ref.id,
            "",
            "no DOI, PMID or PMCID to look the work up by (run 'blinarefs enrich' to find them)",
        )
    record = None
    try:
        record = europepmc.find(client, ref.doi, ref.pmid, ref.pmcid)
    except ServiceError as exc:
        problems.append(f"Europe PMC: {exc}")
    if record and record.open_access and record.pmcid:
        text = attempt("Europe PMC full text", lambda: europepmc.full_text(client, record.pmcid))
        if text:
            return SourceText(ref.id, text, f"Europe PMC full text ({record.pmcid})")
    if ref.pmid:
        found = attempt(
            "PubMed",
            lambda: ncbi.efetch(client, [ref.pmid]).get(ref.pmid, Reference(id="")).abstract,
        )
        if found:
            return SourceText(ref.id, found, f"PubMed abstract (PMID {ref.pmid})")
    if record and record.abstract:
        return SourceText(ref.id, record.abstract, "Europe PMC abstract")
    if ref.doi:
        work = attempt(
            "Crossref", lambda: (crossref.fetch_work(client, ref.doi) or Reference(id="")).abstract
        )
        if work:
            return SourceText(ref.id, work, f"Crossref abstract (DOI {ref.doi})")
    if ref.abstract:
        return SourceText(ref.id, ref.abstract, "abstract in the store")
    return SourceText(ref.id, "", _why_none(problems))


def _why_none(problems: list[str]) -> str:
    if not problems:
        return "no abstract or open full text in Europe PMC, PubMed or Crossref"
    if all("offline" in p for p in problems):
        return "offline, and nothing about this work is in the cache (run once without --offline)"
    return "; ".join(problems)


def sources_at_hand(references: Iterable[Reference]) -> dict[str, SourceText]:
    """The abstracts already in the store (``enrich`` puts PubMed's and Crossref's there):
    what ``check`` and ``build`` use, so they never ask a service, nor read the HTTP cache
    entry by entry on a library of thousands. Empty when no cited work has one, and the
    evidence check is then skipped."""
    found = {r.id: _stored(r) for r in references}
    return found if any(s.text for s in found.values()) else {}


def _stored(ref: Reference) -> SourceText:
    if ref.abstract:
        return SourceText(ref.id, ref.abstract, "abstract in the store")
    return SourceText(ref.id, "", "no abstract in the store (blinarefs evidence looks further)")
