"""Enrich a store: find DOIs, fetch metadata, verify, merge, write batch by batch.

The services are asked in as few requests as they allow: DOIs in batches (one Crossref
filter query, one PubMed esearch + efetch per batch), printed journal citations without an
identifier through PubMed's batch citation matcher (many a request), and Crossref searches
only for what is left, a few at a time (the next batch's searches start while a batch is
merged). Crossref and NCBI keep separate rate limits, so their requests overlap: PubMed
resolves the entries without a DOI while Crossref fetches those with one.
Unless ``dry_run``, the store is saved atomically after whole batches only, so an
interrupted run leaves every entry either as it was or fully updated, and a rerun resumes
from the HTTP cache. A failure (timeout,
HTTP error, garbage, an answer about another DOI) leaves its entries unchanged and is
reported; the rest of the run goes on.
"""

from __future__ import annotations

import datetime as _dt
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from functools import partial
from typing import Any

from ..errors import ServiceError, UsageError
from ..findings import Finding
from ..model import Reference
from ..store import Store
from . import crossref, doiorg, ncbi
from .config import env_offline, load_enrich_config, resolve_mailto
from .http import HttpClient, OfflineMiss, ServicePolicy, Unreachable
from .match import Candidate, choose, verify
from .merge import FIELDS, merge_reference
from .model import EnrichOptions, EnrichReport, EntryResult, Status
from .text import normalise_doi

WORKERS = 8  # threads; each service's own cap bounds what it actually gets
_PUBMED_AFTER_CROSSREF = ("PMID", "PMCID", "abstract", "author", "available-date")


def policies(mailto: str | None) -> dict[str, ServicePolicy]:
    """Fixed caps per service. Crossref: 10 requests a second and a few at once in the polite
    pool (with a mailto), 5 a second one at a time without; NCBI: 3 a second (10 with an
    API key); doi.org redirects to the agencies (the only service whose redirects may lead
    to another host), asked gently."""
    key = bool(ncbi.api_key())
    return {
        crossref.SERVICE: ServicePolicy(10.0, 3) if mailto else ServicePolicy(5.0, 1),
        doiorg.SERVICE: ServicePolicy(5.0, 2, other_hosts=True),  # redirects to agencies
        ncbi.EUTILS: ServicePolicy(10.0 if key else 3.0, 3 if key else 2),
        ncbi.IDCONV: ServicePolicy(3.0, 1),
    }


# -- one entry's state while a batch is worked on -----------------------------------------------


@dataclass(eq=False)
class _Work:
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


class _Run:
    def __init__(self, options: EnrichOptions, client: HttpClient, pool: ThreadPoolExecutor):
        self.o = options
        self.client = client
        self.pool = pool
        self.stamp = options.today or _dt.datetime.now(_dt.UTC).date().isoformat()
        self.unreachable: dict[str, str] = {}
        self.searches: dict[str, Future[list[Reference] | ServiceError]] = {}

    def _guard(self, works: Iterable[_Work], fn: Callable[[], Any]) -> Any:
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

    def _each(self, works: list[_Work], fn: Callable[[_Work], Any]) -> list[tuple[_Work, Any]]:
        """``fn`` for every entry, a few at a time; a ServiceError fails that entry only."""

        def call(w: _Work) -> Any:
            try:
                return fn(w)
            except ServiceError as exc:
                self._note(exc)
                w.fail(exc)
                return None

        return list(zip(works, self.pool.map(call, works), strict=True))

    # -- the steps ------------------------------------------------------------------------------

    def batch(self, refs: list[Reference]) -> list[EntryResult]:
        works = [_Work(r, doi=normalise_doi(r.doi), own_doi=bool(r.doi)) for r in refs]
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

    def identify(self, works: list[_Work]) -> None:
        """PubMed records for entries without a DOI: by their PMID, or by the PMID the
        citation matcher finds for what they print. The records carry the DOIs."""
        if self.o.pubmed:
            self.match_citations(works)
            self.records_by_pmid(works)

    def match_citations(self, works: list[_Work]) -> None:
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

    def ids_from_pmc(self, works: list[_Work]) -> None:
        todo = [w for w in works if w.ref.pmcid and not (w.ref.pmid and w.doi)]
        if not todo or not self.o.pubmed:
            return
        found = self._guard(todo, lambda: ncbi.idconv(self.client, [w.ref.pmcid for w in todo]))
        for w in todo if found else ():
            ids = found.get(w.ref.pmcid.upper()) or {}
            w.ids = Reference(id="idconv", doi=ids.get("doi", ""), pmid=ids.get("pmid", ""))
            w.doi = w.doi or normalise_doi(ids.get("doi", ""))

    def records_by_pmid(self, works: list[_Work]) -> None:
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

    def records_by_doi(self, works: list[_Work]) -> None:
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

    def _mismatch(self, w: _Work, what: str, value: str, cand: Candidate) -> None:
        w.status = "id-mismatch"
        w.candidates = [cand]
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

    def discover(self, works: list[_Work]) -> None:
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

    def pubmed_by_doi(self, works: list[_Work]) -> None:
        todo = [w for w in works if w.doi and w.main and w.pubmed is None and not w.ref.pmid]
        if not todo:
            return
        found = self._guard(todo, lambda: ncbi.records_for_dois(self.client, [w.doi for w in todo]))
        for w in todo if found else ():
            w.pubmed = found.get(w.doi)

    def pubmed_search(self, works: list[_Work]) -> None:
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

    # -- merging --------------------------------------------------------------------------------

    def merge(self, w: _Work) -> EntryResult:
        ref, changes, sources = w.ref, [], []
        merge = partial(
            merge_reference, stamp=self.stamp, overwrite=self.o.overwrite, locked=self.o.locked
        )
        found_any = w.main or w.pubmed or (w.ids and (w.ids.doi or w.ids.pmid))
        if w.status in (None, "failed") and found_any:
            if w.main:
                ref, got = merge(ref, w.main[1], source=w.main[0])
                changes += got
                sources.append(w.main[0])
            if w.pubmed:
                fields = _PUBMED_AFTER_CROSSREF if w.main else FIELDS
                ref, got = merge(ref, w.pubmed, source="pubmed", fields=fields)
                changes += got
                sources.append("pubmed")
            if w.ids:
                ref, got = merge(ref, w.ids, source="pmc-idconv", fields=("DOI", "PMID"))
                changes += got
                sources.append("pmc-idconv")
            if any(c.applied for c in changes):
                w.status = "updated"
            elif w.status is None:
                w.status = "unchanged"
        elif w.status is None:
            w.status = "not-found"
            self._not_found(w)
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
        return EntryResult(w.ref.id, w.status, changes, w.candidates, w.findings, sources, ref)

    def cut_off(self) -> str:
        """Why no service that could help is reachable any more ("" while one is): every
        request after that would fail at once, entry after entry."""
        needed = (crossref.SERVICE, ncbi.EUTILS) if self.o.pubmed else (crossref.SERVICE,)
        reasons = [self.client.down(service) for service in needed]
        if not all(reasons):
            return ""
        return f"{needed[0]}: {reasons[0]}"

    def unreached(self, ref: Reference, reason: str) -> EntryResult:
        w = _Work(ref)
        w.fail(Unreachable(reason))
        return self.merge(w)

    def _not_found(self, w: _Work) -> None:
        closest = w.candidates[:2]
        where = "Crossref" + (" or PubMed" if self.o.pubmed else "")
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


# -- the public entry points -------------------------------------------------------------------


def iter_enrich(store: Store, options: EnrichOptions | None = None) -> Iterator[EntryResult]:
    """Enrich ``store`` in place, yielding each entry's result once its batch is merged.

    The file is saved after whole batches, at most every ``save_every`` seconds and at the
    end. The generator form lets a caller show progress; :func:`enrich_store` collects it."""
    options, report = _prepare(store, options or EnrichOptions())
    yield from _drive(store, options, report)


def enrich_store(
    store: Store,
    options: EnrichOptions | None = None,
    *,
    progress: Callable[[Iterator[EntryResult], int], Iterable[EntryResult]] | None = None,
) -> EnrichReport:
    """Enrich every entry of ``store`` (or ``options.only``) and report what happened.

    ``progress`` may wrap the stream of results (the CLI's progress bar)."""
    options, report = _prepare(store, options or EnrichOptions())
    stream = _drive(store, options, report)
    for entry in progress(stream, report.total) if progress else stream:
        report.entries.append(entry)
    return report


def _prepare(store: Store, options: EnrichOptions) -> tuple[EnrichOptions, EnrichReport]:
    """The options with the environment and config file applied, and an empty report."""
    config = load_enrich_config()
    mailto, _ = resolve_mailto(options.mailto, config)
    options = replace(
        options,
        mailto=mailto,
        offline=env_offline() if options.offline is None else options.offline,
        locked=(*options.locked, *(str(x) for x in config.get("locked") or ())),
    )
    unknown = [k for k in options.only if k not in store]
    if unknown:
        raise UsageError(
            f"{store.path}: no entry with key {unknown[0]!r}",
            hint="see the keys with 'blinarefs validate --json'",
        )
    report = EnrichReport(
        str(store.path or "<memory>"), options.dry_run, bool(options.offline), mailto
    )
    if not mailto and not options.offline:
        report.findings.append(
            Finding(
                "info",
                "no-mailto",
                "no contact address: Crossref's public pool is slower (5 requests a second, "
                "one at a time)",
                suggestion="give --mailto you@example.org, or set "
                "BLINAREFS_MAILTO, or mailto in the config file",
            )
        )
    report.total = len(options.only) if options.only else len(store)
    return options, report


def _drive(store: Store, options: EnrichOptions, report: EnrichReport) -> Iterator[EntryResult]:
    keys = list(options.only) if options.only else store.keys()
    client = HttpClient(
        mailto=options.mailto,
        offline=bool(options.offline),
        cache_dir=options.cache_dir,
        policies=policies(options.mailto),
        timeout=options.timeout,
        backoff_base=options.backoff_base,
        max_retries=options.max_retries,
        sleep=options.sleep or time.sleep,
    )
    pool = ThreadPoolExecutor(max_workers=WORKERS, thread_name_prefix="blinarefs-enrich")
    run = _Run(options, client, pool)
    try:
        unsaved, last_save = False, time.monotonic()
        size = options.batch_size
        for start in range(0, len(keys), size):
            refs = [store[k] for k in keys[start : start + size]]
            run.prefetch([store[k] for k in keys[start + size : start + 2 * size]])
            results = run.batch(refs)
            for result in results:
                new = result.reference
                if new is not None and new != store[result.key]:
                    unsaved = True
                    store.put(new)
            cut_off = run.cut_off()
            final = start + size >= len(keys) or bool(cut_off)
            due = final or time.monotonic() - last_save >= options.save_every
            if unsaved and due and not options.dry_run and store.path:
                store.save()  # whole batches only: every entry is as it was or fully updated
                report.written, unsaved, last_save = True, False, time.monotonic()
            _count(report, client)
            yield from results
            if cut_off:  # nothing can answer the rest: say so without working through it
                yield from (run.unreached(store[k], cut_off) for k in keys[start + size :])
                break
    finally:
        pool.shutdown(wait=True, cancel_futures=True)  # requests under way end by timeout
        _count(report, client)
        client.close()
        for reason in run.unreachable.values():
            report.findings.append(
                Finding(
                    "warning",
                    "service-unreachable",
                    reason,
                    suggestion="check the network (or a proxy: BLINAREFS_CROSSREF_API and "
                    "friends); the store was left as it was for the entries concerned",
                )
            )
        if any(f.code == "not-cached" for e in report.entries for f in e.findings):
            report.findings.append(
                Finding(
                    "info",
                    "offline",
                    "offline: entries whose answers are not in the cache were left as they were",
                    suggestion="run once with the network to fill the cache",
                )
            )


def _count(report: EnrichReport, client: HttpClient) -> None:
    report.requests = client.stats.network
    report.cached = client.stats.cached
    report.retries = client.stats.retries
    report.by_service = dict(client.stats.by_service)
