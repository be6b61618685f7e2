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

import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from os import PathLike

from ..errors import UsageError
from ..findings import Finding
from ..store import Store, as_store
from . import crossref, doiorg, ncbi
from .config import env_offline, load_enrich_config, resolve_mailto
from .http import HttpClient, ServicePolicy
from .model import EnrichOptions, EnrichReport, EntryResult
from .pool import DaemonPool
from .steps import _Run

WORKERS = 8  # threads; each service's own cap bounds what it actually gets
WAIT_SHOWN_AFTER = 2.0  # seconds a request runs before the terminal says what is awaited


def policies(mailto: str | None) -> dict[str, ServicePolicy]:
    """Fixed caps per lane. Crossref, by its limits since 1 December 2025: single records
    (``/works/{doi}``) 10 a second and 3 at once in the polite pool (with a mailto), 5 a
    second one at a time in the public pool; list requests (searches, ``filter=`` queries,
    the batched DOI lookups) 3 a second and 3 at once polite, 1 a second one at a time
    public. NCBI: 3 a second (10 with an API key); doi.org redirects to the agencies (the
    only service whose redirects may lead to another host), asked gently."""
    key = bool(ncbi.api_key())
    single_public, list_public = ServicePolicy(5.0, 1), ServicePolicy(1.0, 1)
    return {
        crossref.SERVICE: ServicePolicy(10.0, 3, public=single_public) if mailto else single_public,
        crossref.LIST: ServicePolicy(3.0, 3, public=list_public) if mailto else list_public,
        doiorg.SERVICE: ServicePolicy(5.0, 2, other_hosts=True),  # redirects to agencies
        ncbi.EUTILS: ServicePolicy(10.0 if key else 3.0, 3 if key else 2),
        ncbi.IDCONV: ServicePolicy(3.0, 1),
    }


# -- the public entry points -------------------------------------------------------------------


def iter_enrich(store: Store, options: EnrichOptions | None = None) -> Iterator[EntryResult]:
    """Enrich ``store`` in place, yielding each entry's result once its batch is merged.

    The file is saved after whole batches, at most every ``save_every`` seconds and at the
    end. The generator form lets a caller show progress; :func:`enrich_store` collects it."""
    options, report = _prepare(store, options or EnrichOptions())
    yield from _drive(store, options, report)


def enrich_store(
    store: Store | str | PathLike[str],
    options: EnrichOptions | None = None,
    *,
    progress: Callable[[Iterator[EntryResult], int], Iterable[EntryResult]] | None = None,
) -> EnrichReport:
    """Enrich every entry of ``store`` (or ``options.only``) and report what happened.

    ``store`` may be the path of a .bib file, enriched in place as ``blinarefs enrich``
    does. ``progress`` may wrap the stream of results (the CLI's progress bar)."""
    store = as_store(store, "enrich_store")
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
        stall_budget=options.stall_budget,
        backoff_base=options.backoff_base,
        max_retries=options.max_retries,
        sleep=options.sleep or time.sleep,
    )
    pool = DaemonPool(WORKERS, "blinarefs-enrich")
    run = _Run(options, client, pool, options.retractions)
    ticker = _Ticker(client, options.on_wait) if options.on_wait else None
    interrupted = False
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
    except KeyboardInterrupt:
        interrupted = True  # the store on disk is the last whole batch's: leave at once
        raise
    finally:
        if ticker:
            ticker.stop()
        client.stop()
        pool.shutdown(wait=not interrupted)  # an interrupt leaves requests to their daemons
        _count(report, client)
        if not interrupted:
            client.close()
        _run_findings(report, run, client)


def _run_findings(report: EnrichReport, run: _Run, client: HttpClient) -> None:
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
    if client.cache_problem:
        report.findings.append(
            Finding(
                "warning",
                "cache-unwritable",
                client.cache_problem,
                suggestion="free some space, or set BLINAREFS_CACHE_DIR to a folder "
                "you can write; a rerun asks the services again",
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


class _Ticker:
    """Tells ``show`` what the run is waiting for, twice a second: "" while nothing has been
    awaited for long, else the service, its host and the seconds waited so far."""

    def __init__(self, client: HttpClient, show: Callable[[str], None]) -> None:
        self._client, self._show = client, show
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._loop, name="blinarefs-wait", daemon=True)
        self._thread.start()

    def _loop(self) -> None:
        shown = ""
        while not self._done.wait(0.5):
            waiting = self._client.waiting()
            text = ""
            if waiting and waiting[2] >= WAIT_SHOWN_AFTER:
                lane, host, seconds = waiting
                text = f"waiting for {lane.split(':')[0]} ({host}): {seconds:.0f} s"
            if text != shown:
                self._show(text)
                shown = text

    def stop(self) -> None:
        self._done.set()
        self._thread.join(timeout=1.0)
        self._show("")


def _count(report: EnrichReport, client: HttpClient) -> None:
    report.requests = client.stats.network
    report.cached = client.stats.cached
    report.retries = client.stats.retries
    report.by_service = dict(client.stats.by_service)
