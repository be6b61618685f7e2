"""The lookups of one enrichment run: which service is asked what, batch by batch.

See :mod:`.core` for the order and why; :mod:`.outcome` turns each entry's findings into
its result. A failure leaves its entries unchanged and is reported; the rest goes on.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from concurrent.futures import Future
from typing import Any

from ..errors import ServiceError
from ..findings import Finding
from ..model import Reference
from ..stamps import provenance_day
from . import crossref, doiorg, ncbi
from .http import HttpClient, Unreachable
from .integrity import same_work
from .match import Candidate, choose, verify
from .model import EnrichOptions, EntryResult
from .outcome import Work, merge
from .pool import DaemonPool
from .retractions import RetractionIndex
from .text import normalise_doi


class _Run:
    """One enrichment run's lookups, batch by batch (see :mod:`.core` for the order)."""

    def __init__(
        self,
        options: EnrichOptions,
        client: HttpClient,
        pool: DaemonPool,
        index: RetractionIndex | None = None,
    ):
        self.o = options
        self.index = index
        self.client = client
        self.pool = pool
        self.stamp = options.today or provenance_day()
        self.unreachable: dict[str, str] = {}
        self.searches: dict[str, Future[list[Reference] | ServiceError]] = {}

    def _guard(self, works: Iterable[Work], fn: Callable[[], Any]) -> Any:
        """Run one batched request; on failure, mark every entry it was for."""
        try:
            return fn()
        except ServiceError as exc:
            self._note(exc)
            for w in works:
                w.fail(exc)
            return None

    def _note(self, exc: ServiceError) -> None:
        if isinstance(exc, Unreachable):
            self.unreachable.setdefault(str(exc).split(":")[0], str(exc))

    def _each(self, works: list[Work], fn: Callable[[Work], Any]) -> list[tuple[Work, Any]]:
        """``fn`` for every entry, a few at a time; a ServiceError fails that entry only."""

        def call(w: Work) -> Any:
            try:
                return fn(w)
            except ServiceError as exc:
                self._note(exc)
                w.fail(exc)
                return None

        return list(zip(works, self.pool.map(call, works), strict=True))

    # -- the steps ------------------------------------------------------------------------------

    def batch(self, refs: list[Reference]) -> list[EntryResult]:
        works = [Work(r, doi=normalise_doi(r.doi), own_doi=bool(r.doi)) for r in refs]
        self.ids_from_pmc(works)
        # two services, two rate limits: each side works on its own entries meanwhile
        known = [w for w in works if w.doi]
        rest = [w for w in works if not w.doi]
        pubmed_side = self.pool.submit(self.identify, rest)
        self.records_by_doi(known)
        pubmed_side.result()
        self.records_by_doi(rest)  # the DOIs PubMed's records gave
        if self.o.pubmed:
            pubmed_side = self.pool.submit(self.pubmed_by_doi, known)
        self.discover(rest)
        if self.o.pubmed:
            pubmed_side.result()
            self.pubmed_by_doi(rest)
            self.pubmed_search(works)
        return [self.merge(w) for w in works]

    def merge(self, w: Work) -> EntryResult:
        return merge(w, self.o, self.stamp, self.index)

    def identify(self, works: list[Work]) -> None:
        """PubMed records for entries without a DOI: by their PMID, or by the PMID the
        citation matcher finds for what they print. The records carry the DOIs."""
        if self.o.pubmed:
            self.match_citations(works)
            self.records_by_pmid(works)

    def match_citations(self, works: list[Work]) -> None:
        todo = [w for w in works if not (w.doi or w.ref.pmid or (w.ids and w.ids.pmid))]
        cited = {w: ncbi.citation_string(w.ref) for w in todo if w.status is None}
        cited = {w: c for w, c in cited.items() if c}
        if not cited:
            return
        try:
            found = ncbi.citmatch(self.client, cited.values())
        except ServiceError as exc:  # the Crossref search still gets its turn
            self._note(exc)
            return
        for w, citation in cited.items():
            w.matched = found.get(citation, [])

    def ids_from_pmc(self, works: list[Work]) -> None:
        """The PMID (and DOI) of entries that carry only a PMCID. An entry with a PMID is
        left to PubMed's record: asking PMC too would make every rerun of a PubMed-only
        work (a PMID and PMCID, no DOI) ask again."""
        todo = [w for w in works if w.ref.pmcid and not w.ref.pmid]
        if not todo or not self.o.pubmed:
            return
        found = self._guard(todo, lambda: ncbi.idconv(self.client, [w.ref.pmcid for w in todo]))
        for w in todo if found else ():
            ids = found.get(w.ref.pmcid.upper()) or {}
            w.ids = Reference(id="idconv", doi=ids.get("doi", ""), pmid=ids.get("pmid", ""))
            w.doi = w.doi or normalise_doi(ids.get("doi", ""))

    def records_by_pmid(self, works: list[Work]) -> None:
        """One efetch for the PMIDs entries carry (a record that contradicts its entry is
        a mismatch to report) and those the citation matcher proposed (a proposal that
        does not fit is only dropped: the search comes next)."""
        todo = [w for w in works if not w.doi and w.status is None]
        own = {w: w.ref.pmid or (w.ids.pmid if w.ids else "") for w in todo}
        own = {w: pmid for w, pmid in own.items() if pmid}
        proposed = [w for w in todo if w.matched]
        if not (own or proposed) or not self.o.pubmed:
            return
        wanted = [*own.values(), *(p for w in proposed for p in w.matched)]
        found = self._guard(own, lambda: ncbi.efetch(self.client, wanted))
        for w, pmid in own.items() if found is not None else ():
            record = found.get(pmid)
            if record is None:
                w.fail(f"PubMed has no record {pmid}", "error")
            elif (bad := verify(w.ref, record)) is not None:
                self._mismatch(w, "PMID", record.pmid, bad)
            else:
                w.pubmed = record
                w.doi = normalise_doi(record.doi)
        for w in proposed if found is not None else ():
            records = [found[p] for p in w.matched if p in found]
            if len(records) == 1:  # the matcher's unique answer: check it as a given PMID
                bad = verify(w.ref, records[0])
                best = None if bad else records[0]
                w.candidates += [bad] if bad else []
            else:  # PubMed listed several: the search's rules pick one, or none
                match = choose(w.ref, records, "pubmed")
                w.candidates += match.candidates
                best = match.best.record if match.status == "matched" and match.best else None
            if best is not None:
                w.pubmed = best
                w.doi = normalise_doi(best.doi)

    def records_by_doi(self, works: list[Work]) -> None:
        todo = [w for w in works if w.doi and w.status is None]
        if not todo:
            return
        found = self._guard(todo, lambda: crossref.fetch_works(self.client, [w.doi for w in todo]))
        if found is None:
            return
        missing = [w for w in todo if found.get(w.doi) is None]
        fallback = dict(self._each(missing, lambda w: doiorg.fetch_csl(self.client, w.doi)))
        for w in todo:
            source = crossref.SERVICE if found.get(w.doi) else "doi.org"
            record = found.get(w.doi) or fallback.get(w)
            if w.status is not None:
                continue
            if record is None and w.pubmed is not None and not w.own_doi:
                self._pubmed_only(w)
                continue
            if record is None:
                w.status = "doi-unknown"
                w.findings.append(
                    Finding(
                        "error",
                        "doi-not-found",
                        f"DOI {w.doi} is not registered (neither Crossref nor doi.org knows it)",
                        key=w.ref.id,
                        suggestion="check the DOI against the article's page",
                    )
                )
                continue
            if w.own_doi and (bad := verify(w.ref, record)) is not None:
                self._mismatch(w, "DOI", w.doi, bad)
                continue
            w.main = (source, record)

    def _pubmed_only(self, w: Work) -> None:
        """PubMed's record names a DOI that neither Crossref nor doi.org knows: the record
        stays (its PMID, authors, abstract), without that DOI, and nobody is blamed."""
        assert w.pubmed is not None
        w.findings.append(
            Finding(
                "info",
                "pubmed-doi-unregistered",
                f"PubMed lists DOI {w.doi}, which neither Crossref nor doi.org knows; "
                f"kept PubMed's record (PMID {w.pubmed.pmid}) without that DOI",
                key=w.ref.id,
            )
        )
        w.pubmed = w.pubmed.with_fields(doi="")
        w.doi = ""

    def _mismatch(self, w: Work, what: str, value: str, cand: Candidate) -> None:
        """The identifier's record contradicts the entry. Nothing is merged either way; a
        record with the entry's title and first author is the cited work mis-cited (the
        integrity verdict names the fields), any other is another work (an error)."""
        w.status = "id-mismatch"
        w.candidates = [cand]
        if same_work(cand):
            return
        w.findings.append(
            Finding(
                "error",
                f"{what.lower()}-mismatch",
                f"{what} {value} points at another work: {cand.describe()}",
                key=w.ref.id,
                suggestion=f"correct or remove the {what}; blinarefs never replaces it for you",
            )
        )

    def prefetch(self, refs: list[Reference]) -> None:
        """Start the Crossref searches of the next batch while this one is merged and saved,
        so the service's request slots are not left idle. Only entries with no identifier
        at all, and none the citation matcher will try: the others may yet get a DOI from
        PubMed or the ID converter."""
        for r in refs:
            if self.o.pubmed and ncbi.citation_string(r):
                continue
            if not (r.doi or r.pmid or r.pmcid) and (r.title or r.source_text):
                self.searches[r.id] = self.pool.submit(self._search, r)

    def _search(self, ref: Reference) -> list[Reference] | ServiceError:
        try:
            return crossref.search(self.client, ref)
        except ServiceError as exc:
            return exc

    def discover(self, works: list[Work]) -> None:
        todo = [w for w in works if not w.doi and w.status is None and w.pubmed is None]
        todo = [w for w in todo if w.ref.title or w.ref.source_text]
        futures = [self.searches.pop(w.ref.id) if w.ref.id in self.searches
                   else self.pool.submit(self._search, w.ref) for w in todo]  # fmt: skip
        for w, future in zip(todo, futures, strict=True):
            records = future.result()
            if isinstance(records, ServiceError):
                self._note(records)
                w.fail(records)
                continue
            match = choose(w.ref, records, crossref.SERVICE)
            w.candidates = list(match.candidates)
            if match.status == "matched" and match.best:
                w.main = (crossref.SERVICE, match.best.record)
                w.doi = normalise_doi(match.best.record.doi)
            elif match.status == "ambiguous":
                w.status = "ambiguous"

    def pubmed_by_doi(self, works: list[Work]) -> None:
        """PubMed's records of the works Crossref or doi.org gave: by DOI, or by the PMID
        the entry already has (one efetch a batch), since PubMed's notices (RetractionIn,
        ErratumIn) count for the integrity verdict too. A record by PMID that does not fit
        the entry is left out; the PMID itself is not this step's to judge."""
        todo = [w for w in works if w.doi and w.main and w.pubmed is None]
        by_pmid = [w for w in todo if w.ref.pmid]
        todo = [w for w in todo if not w.ref.pmid]
        if by_pmid:
            pmids = [w.ref.pmid for w in by_pmid]
            records = self._guard(by_pmid, lambda: ncbi.efetch(self.client, pmids)) or {}
            for w in by_pmid:
                record = records.get(w.ref.pmid)
                w.pubmed = record if record is not None and verify(w.ref, record) is None else None
        if not todo:
            return
        found = self._guard(todo, lambda: ncbi.records_for_dois(self.client, [w.doi for w in todo]))
        for w in todo if found else ():
            w.pubmed = found.get(w.doi)

    def pubmed_search(self, works: list[Work]) -> None:
        todo = [w for w in works if w.status is None and not w.main and w.pubmed is None]
        todo = [w for w in todo if w.ref.title and not w.ref.pmid]
        hits = [(w, ids) for w, ids in self._each(todo, lambda w: ncbi.search(self.client, w.ref))
                if ids]  # fmt: skip
        if not hits:
            return
        records = self._guard(
            [w for w, _ in hits],
            lambda: ncbi.efetch(self.client, [i for _, ids in hits for i in ids]),
        )
        for w, ids in hits if records else ():
            match = choose(w.ref, [records[i] for i in ids if i in records], "pubmed")
            w.candidates = sorted(
                w.candidates + list(match.candidates), key=lambda c: c.score, reverse=True
            )
            if match.status == "matched" and match.best:
                w.pubmed = match.best.record
            elif match.status == "ambiguous":
                w.status = "ambiguous"
        # the DOI a found record names must be registered, as for the citation matcher's
        # finds: else the entry would get a DOI that its next run blames it for
        named = [w for w, _ in hits if w.pubmed is not None and w.pubmed.doi and not w.doi]
        for w in named:
            w.doi = normalise_doi(w.pubmed.doi)  # type: ignore[union-attr]
        self.records_by_doi(named)

    def cut_off(self) -> str:
        """Why no service that could help is reachable any more ("" while one is): every
        request after that would fail at once, entry after entry."""
        needed = (crossref.SERVICE, ncbi.EUTILS) if self.o.pubmed else (crossref.SERVICE,)
        reasons = [self.client.down(service) for service in needed]
        if not all(reasons):
            return ""
        return f"{needed[0]}: {reasons[0]}"

    def unreached(self, ref: Reference, reason: str) -> EntryResult:
        w = Work(ref)
        w.fail(Unreachable(reason))
        return self.merge(w)
