"""Enrichment of 1,000 synthetic entries against a local server that mimics Crossref and NCBI.

    python benchmarks/bench_enrich.py                  # 1,000 entries, 100 ms latency
    python benchmarks/bench_enrich.py --n 200          # a quicker look
    python benchmarks/bench_enrich.py --api-key        # NCBI_API_KEY set: NCBI allows 10/s
    python benchmarks/bench_enrich.py --skip-baseline  # without the slow sequential client
    python benchmarks/bench_enrich.py --crossref-2025  # Crossref's December 2025 limits

One server (127.0.0.1, a free port) answers every service after a fixed latency:

- Crossref, under ``/crossref``: ``/works/{doi}``, ``/works?filter=doi:...`` and
  ``/works?query.bibliographic=...`` in Crossref's envelope. It advertises
  ``X-Rate-Limit-Limit: 20`` per second, answers 429 with ``Retry-After: 1`` above that,
  and 2% of requests at random with a 429 too. It holds one work per synthetic entry
  (synthetic DOIs under 10.5555; an entry made without a DOI is there as
  ``10.5555/synth-nodoi.{i}``).
- NCBI E-utilities, under ``/eutils``: a PubMed that holds every synthetic journal article
  (books are not in PubMed) under PMID ``10,000,000 + i``, the PMID synth.py gives about half
  of the entries, with the DOI Crossref has for it. ``esearch.fcgi`` answers DOI terms
  (``"A"[doi] OR "B"[doi]``) and title searches (``word[ti] AND Family[1au] AND
  1999:2001[dp]``) in esearch's JSON; ``efetch.fcgi`` answers a ``PubmedArticleSet`` in
  PubMed's XML; ``ecitmatch.cgi``, the batch citation matcher, answers plain text, a line
  per ``journal|year|volume|first page|author|key|`` citation with the PMID,
  ``NOT_FOUND``, ``NOT_FOUND;INVALID_JOURNAL`` or ``AMBIGUOUS (n citations)`` appended.
  NCBI's limit: 3 requests a second (10 with an ``api_key``), above that 429 with a JSON
  error and no Retry-After, as NCBI answers; and 2% random 429s, in a window of its own.
- ``/idconv`` (the PMC ID converter) answers an empty record list and ``/doi`` (doi.org)
  404: neither should be asked for these entries; they are there so nothing leaves the
  machine.

The store given to enrichment is the library as a printed list leaves it: three authors and
"et al", and no DOI for the entries synth.py made without one (they must be found by search
or by PubMed).

Compared on that printed list: blinarefs with its default options (Crossref and PubMed),
blinarefs with ``pubmed=False`` (Crossref only), each run again from the cache of its first
run, and a sequential client that asks Crossref one request per entry (``/works/{doi}``, or a
search), waiting out each 429. The same again for the list with every entry keeping its DOI
(blinarefs with default options). The target: at least 10x fewer requests and 10x less wall
time than the sequential client, zero requests on the rerun, no 429 left unhandled (no entry
whose result is "failed").

``--crossref-2025`` replaces the Crossref mock's 20 a second by the limits Crossref enforces
since 1 December 2025, per endpoint and pool (``crossref_limits.py``: single records 10 a
second and 3 at once in the polite pool, list requests 3 a second and 3 at once; 429 with
``Retry-After: 1`` beyond them, no random ones). It runs blinarefs in the polite pool on
the printed list, its rerun and the sequential client, and compares the wall time with the
limits' floor: the time the requests blinarefs made would take at exactly those limits.
The target: no 429 at all in the polite pool.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from crossref_limits import LIMITS, EndpointLimits
from mock_crossref import (
    RANDOM_429,
    RATE_LIMIT,
    MockCrossref,
)
from mock_ncbi import (
    NCBI_ENDPOINTS,
    NCBI_KEY_LIMIT,
    NCBI_LIMIT,
    MockNcbi,
)
from mock_server import MockServer
from synth import make_library
from timing import print_table

from blinarefs.enrich import EnrichOptions, enrich_store
from blinarefs.model import Reference
from blinarefs.store import Store

TARGET = 10.0  # fewer requests and less wall time than the sequential client, at least


# -- the clients --------------------------------------------------------------------------------


def as_printed(library: list[Reference]) -> list[Reference]:
    """What a pasted reference list gives: three authors and "et al"."""
    return [r.with_fields(author=r.author[:3], author_truncated=len(r.author) > 3) for r in library]


def sequential_client(base: str, refs: list[Reference]) -> int:
    """One request per entry, one at a time, waiting out 429s. Returns entries answered."""
    import requests

    session = requests.Session()
    session.headers["User-Agent"] = "sequential-baseline (mailto:bench@example.org)"
    answered = 0
    for ref in refs:
        if ref.doi:
            url, params = f"{base}/works/{ref.doi}", {}
        else:
            url, params = f"{base}/works", {"query.bibliographic": ref.title, "rows": "5"}
        while True:
            response = session.get(url, params=params, timeout=30)
            if response.status_code != 429:
                break
            time.sleep(float(response.headers.get("Retry-After", "1")))
        answered += response.status_code == 200
    return answered


def run_blinarefs(refs: list[Reference], folder: Path, cache: Path, pubmed: bool):
    store = Store.from_references(refs, folder / "refs.bib")
    store.save(force=True)  # the previous run's input, replaced on purpose
    store = Store.load(folder / "refs.bib")
    options = EnrichOptions(
        mailto="bench@example.org", pubmed=pubmed, cache_dir=cache, offline=False
    )
    start = time.perf_counter()
    report = enrich_store(store, options)
    return time.perf_counter() - start, report


class Measured:
    """One run: wall time, the server's counts during it, and blinarefs's report if any."""

    def __init__(self, server: MockServer, run: Callable[[], object]) -> None:
        asked, refused = server.snapshot()
        start = time.perf_counter()
        self.result = run()
        self.seconds = time.perf_counter() - start
        after_asked, after_refused = server.snapshot()
        self.by_endpoint = after_asked - asked
        self.rejected = sum((after_refused - refused).values())
        self.crossref = self.by_endpoint["crossref"]
        self.ncbi = sum(self.by_endpoint[e] for e in NCBI_ENDPOINTS)
        self.total = sum(self.by_endpoint.values())
        self.report = self.result[1] if isinstance(self.result, tuple) else None

    def row(self, label: str, entries: int) -> tuple:
        updated = self.report.count("updated") if self.report else "-"
        return (label, entries, self.total, self.crossref, self.ncbi, self.rejected, updated,
                self.seconds)  # fmt: skip

    def failed(self) -> int:
        return self.report.count("failed") if self.report else 0


def describe(label: str, run: Measured) -> str:
    """Statuses, what PubMed added, findings and NCBI requests by endpoint of one run."""
    report = run.report
    statuses = Counter(e.status for e in report.entries)
    pmids = sum(any(c.field == "PMID" for c in e.applied) for e in report.entries)
    dois = sum(any(c.field == "DOI" for c in e.applied) for e in report.entries)
    codes = Counter(f.code for e in report.entries for f in e.findings)
    ncbi = ", ".join(f"{e} {run.by_endpoint[e]}" for e in NCBI_ENDPOINTS if run.by_endpoint[e])
    other = {e: n for e, n in run.by_endpoint.items() if e in ("doiorg", "other") and n}
    text = (
        f"{label}: " + ", ".join(f"{n} {s}" for s, n in statuses.most_common())
        + f"; PMID added to {pmids}, DOI to {dois}"
        + f"; findings: {', '.join(f'{n} {c}' for c, n in codes.most_common()) or 'none'}"
        + f"; NCBI requests: {ncbi or 'none'}"
    )  # fmt: skip
    return text + (f"; elsewhere: {other}" if other else "")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1000, help="entries (default 1000)")
    parser.add_argument("--latency", type=float, default=0.1, help="seconds per answer")
    parser.add_argument("--skip-baseline", action="store_true", help="skip the slow client")
    parser.add_argument(
        "--api-key", action="store_true", help="set NCBI_API_KEY for blinarefs (10/s to NCBI)"
    )
    parser.add_argument(
        "--crossref-2025", action="store_true", help="Crossref's December 2025 limits"
    )
    args = parser.parse_args()

    library = make_library(args.n)
    printed = as_printed(library)
    limits = EndpointLimits() if args.crossref_2025 else None
    crossref = MockCrossref(library, limited=limits is None)
    server = MockServer(crossref, MockNcbi(library), args.latency, limits)
    base = server.start()
    os.environ["BLINAREFS_CROSSREF_API"] = f"{base}/crossref"
    os.environ["BLINAREFS_EUTILS_API"] = f"{base}/eutils"
    os.environ["BLINAREFS_IDCONV_API"] = f"{base}/idconv"
    os.environ["BLINAREFS_DOI_RESOLVER"] = f"{base}/doi"
    if args.api_key:
        os.environ["NCBI_API_KEY"] = "bench"
    else:
        os.environ.pop("NCBI_API_KEY", None)  # a key of the caller's would change the limit

    if args.crossref_2025:
        return main_2025(args, server, base, printed)
    printed_label, with_doi_label = "printed list (no DOI for 13%)", "every entry has its DOI"
    with_doi = [r for r in printed if r.doi]
    blinarefs_cases = [
        ("blinarefs (Crossref + PubMed)", printed_label, printed, True),
        ("blinarefs, Crossref only", printed_label, printed, False),
        ("blinarefs (Crossref + PubMed)", with_doi_label, with_doi, True),
    ]
    rows, runs, details = [], [], []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for n, (client, label, refs, pubmed) in enumerate(blinarefs_cases):
            cache = folder / f"cache-{n}"

            def enrich(refs=refs, cache=cache, pubmed=pubmed):
                return run_blinarefs(refs, folder, cache, pubmed)

            first, rerun = Measured(server, enrich), Measured(server, enrich)
            rows.append(first.row(f"{client}, {label}", len(refs)))
            rows.append(rerun.row("  rerun from the cache", len(refs)))
            runs.append((client, label, first, rerun))
            details.append(describe(f"{client}, {label}", first))
        baselines = {}
        if not args.skip_baseline:
            for label, refs in ((printed_label, printed), (with_doi_label, with_doi)):
                seq = Measured(
                    server, lambda refs=refs: sequential_client(f"{base}/crossref", refs)
                )
                rows.append(seq.row(f"sequential, {label}", len(refs)))
                baselines[label] = seq
    server.stop()

    ncbi_limit = NCBI_KEY_LIMIT if args.api_key else NCBI_LIMIT
    print(
        f"{args.n} synthetic entries, {args.latency * 1000:.0f} ms latency; Crossref: "
        f"{RATE_LIMIT} requests/s advertised and enforced; NCBI: {ncbi_limit} requests/s "
        f"enforced ({'with' if args.api_key else 'without'} api_key); {RANDOM_429:.0%} "
        "random 429s from each"
    )
    print_table(
        ["client", "entries", "requests", "Crossref", "NCBI", "429s", "updated", "wall s"], rows
    )
    print()
    for line in details:
        print(line)
    print()
    for client, label, first, rerun in runs:
        if label != printed_label:
            continue
        failed = first.failed() + rerun.failed()
        checks = f"rerun {rerun.total} requests, {failed} entries failed"
        seq = baselines.get(label)
        if seq is None:
            print(f"{client}: {checks}; target not checked (--skip-baseline)")
            continue
        fewer = seq.total / max(first.total, 1)
        faster = seq.seconds / first.seconds
        met = fewer >= TARGET and faster >= TARGET and rerun.total == 0 and failed == 0
        verdict = ("meets" if met else "MISSES") + " the target"
        if client != blinarefs_cases[0][0]:  # the target is for the default options
            verdict = "for comparison"
        print(
            f"{verdict}, {client}: sequential/blinarefs "
            f"requests {fewer:.1f}x, wall time {faster:.1f}x (target >= {TARGET:.0f}x each); "
            f"{checks} (target 0 and 0)"
        )
    if server.errors:
        print(f"\nthe mock itself failed {len(server.errors)} times; the first:", file=sys.stderr)
        print(server.errors[0], file=sys.stderr)
        return 1
    return 0


def main_2025(args: argparse.Namespace, server: MockServer, base: str, printed: list) -> int:
    """blinarefs in the polite pool against Crossref's December 2025 limits: 429s, requests
    and wall time against the sequential client and against the limits' floor."""
    assert server.limits is not None
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        folder, cache = Path(tmp), Path(tmp) / "cache"
        kinds, refused_before = Counter(server.by_kind), sum(server.limits.refused.values())
        first = Measured(server, lambda: run_blinarefs(printed, folder, cache, True))
        kinds = server.by_kind - kinds
        rerun = Measured(server, lambda: run_blinarefs(printed, folder, cache, True))
        crossref_429 = sum(server.limits.refused.values()) - refused_before
        rows += [first.row("blinarefs, polite pool", len(printed)),
                 rerun.row("  rerun from the cache", len(printed))]  # fmt: skip
        seq = None
        if not args.skip_baseline:
            seq = Measured(server, lambda: sequential_client(f"{base}/crossref", printed))
            rows.append(seq.row("sequential client, polite pool", len(printed)))
    server.stop()
    single, listed = LIMITS["single", "polite"][0], LIMITS["list", "polite"][0]
    ncbi_limit = NCBI_KEY_LIMIT if args.api_key else NCBI_LIMIT
    floor = max(kinds["single"] / single, kinds["list"] / listed, first.ncbi / ncbi_limit)
    rows.append(("limits' floor for blinarefs's requests", len(printed), first.total,
                 first.crossref, first.ncbi, 0, "-", floor))  # fmt: skip
    print(
        f"{args.n} synthetic entries, {args.latency * 1000:.0f} ms latency; Crossref's limits "
        f"since 1 December 2025 enforced per endpoint (polite: single {single}/s, 3 at once; "
        f"list {listed}/s, 3 at once; 429 beyond); NCBI {ncbi_limit}/s"
    )
    print_table(
        ["client", "entries", "requests", "Crossref", "NCBI", "429s", "updated", "wall s"], rows
    )
    print(f"\nblinarefs's Crossref requests: {kinds['single']} single, {kinds['list']} list; "
          f"wall time {first.seconds / floor:.2f}x the limits' floor")  # fmt: skip
    if seq is not None:
        print(f"sequential/blinarefs: requests {seq.total / max(first.total, 1):.1f}x, "
              f"wall time {seq.seconds / first.seconds:.1f}x; the sequential client met "
              f"{seq.rejected} 429s")  # fmt: skip
    met = crossref_429 == 0 and rerun.total == 0 and first.failed() == 0
    print(f"{'meets' if met else 'MISSES'} the target: {crossref_429} Crossref 429s for "
          f"blinarefs in the polite pool (target 0; the 429s column also counts NCBI's random "
          f"ones), rerun {rerun.total} requests, {first.failed()} failed")  # fmt: skip
    return 0 if not server.errors else 1


if __name__ == "__main__":
    sys.exit(main())
