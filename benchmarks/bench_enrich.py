"""Enrichment of 1,000 synthetic entries against a local server that mimics Crossref.

    python benchmarks/bench_enrich.py            # 1,000 entries, 100 ms latency
    python benchmarks/bench_enrich.py --n 200    # a quicker look

The server (127.0.0.1, a free port) answers ``/works/{doi}``, ``/works?filter=doi:...`` and
``/works?query.bibliographic=...`` in Crossref's envelope after a fixed latency; it
advertises ``X-Rate-Limit-Limit: 20`` per second, answers 429 with ``Retry-After: 1`` above
that, and 2% of requests at random with a 429 too. It holds one work per synthetic entry
(synthetic DOIs under 10.5555); the store given to enrichment is that library as a printed
list leaves it: three authors and "et al", and no DOI for the entries synth.py made without
one (they must be found by search).

Compared: blinarefs enrich (batched DOI lookups, a few requests at once, paced, cached) and
a sequential client that asks one request per entry (``/works/{doi}``, or a search), waiting
out each 429; then blinarefs again on the same store with the cache of the first run.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

from synth import make_library
from timing import print_table

from blinarefs.enrich import EnrichOptions, enrich_store
from blinarefs.model import Reference
from blinarefs.store import Store

RATE_LIMIT = 20  # requests a second the mock advertises and enforces
RANDOM_429 = 0.02


def crossref_item(ref: Reference, doi: str) -> dict:
    return {
        "DOI": doi,
        "type": "journal-article" if ref.type == "article-journal" else ref.type,
        "title": [ref.title],
        "container-title": [ref.container_title] if ref.container_title else [],
        "short-container-title": [ref.container_title_short] if ref.container_title_short else [],
        "author": [
            {"given": n.given, "family": n.full_family, "sequence": "additional"}
            for n in ref.author
        ],
        "issued": {"date-parts": [list(ref.issued or ())]},
        "volume": ref.volume,
        "issue": ref.issue,
        "page": ref.page,
        "publisher": ref.publisher,
    }


class MockCrossref:
    """Works by DOI and a word index of their titles; counts what it is asked."""

    def __init__(self, library: list[Reference], latency: float, seed: int = 7) -> None:
        self.latency = latency
        self.items: dict[str, dict] = {}
        self.index: dict[str, set[str]] = {}
        for i, ref in enumerate(library):
            doi = (ref.doi or f"10.5555/synth-nodoi.{i}").lower()
            self.items[doi] = crossref_item(ref, ref.doi or f"10.5555/synth-nodoi.{i}")
            for word in set(re.findall(r"[a-z0-9]+", ref.title.lower())):
                self.index.setdefault(word, set()).add(doi)
        self.requests = 0
        self.rejected = 0
        self.lock = threading.Lock()
        self.window: list[float] = []
        self.rng = random.Random(seed)

    def admit(self) -> bool:
        """Sliding one-second window of RATE_LIMIT requests, plus random refusals."""
        with self.lock:
            self.requests += 1
            now = time.monotonic()
            self.window = [t for t in self.window if now - t < 1.0]
            ok = len(self.window) < RATE_LIMIT and self.rng.random() >= RANDOM_429
            if ok:
                self.window.append(now)
            else:
                self.rejected += 1
            return ok

    def answer(self, path: str, query: str) -> tuple[int, dict]:
        params = {k: v[0] for k, v in parse_qs(query).items()}
        if path.startswith("/works/"):
            item = self.items.get(unquote(path[len("/works/") :]).lower())
            if item is None:
                return 404, {}
            return 200, {"status": "ok", "message-type": "work", "message": item}
        rows = int(params.get("rows", "20"))
        dois = [f[4:].lower() for f in params.get("filter", "").split(",") if f.startswith("doi:")]
        if dois:
            items = [self.items[d] for d in dois if d in self.items]
        else:
            words = re.findall(r"[a-z0-9]+", params.get("query.bibliographic", "").lower())
            hits: dict[str, int] = {}
            for word in words:
                for doi in self.index.get(word, ()):
                    hits[doi] = hits.get(doi, 0) + 1
            best = sorted(hits, key=lambda d: (-hits[d], d))[:rows]
            items = [{**self.items[d], "score": float(hits[d])} for d in best]
        message = {"total-results": len(items), "items": items, "items-per-page": rows}
        return 200, {"status": "ok", "message-type": "work-list", "message": message}

    def serve(self) -> ThreadingHTTPServer:
        mock = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:
                time.sleep(mock.latency)
                parts = urlsplit(self.path)
                headers = {"X-Rate-Limit-Limit": str(RATE_LIMIT), "X-Rate-Limit-Interval": "1s"}
                if not mock.admit():
                    status, body = 429, {"status": "error", "message": "rate limited"}
                    headers["Retry-After"] = "1"
                else:
                    status, body = mock.answer(parts.path.removeprefix("/crossref"), parts.query)
                data = json.dumps(body).encode()
                self.send_response(status)
                for name, value in {**headers, "Content-Type": "application/json"}.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args) -> None:
                pass

        server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        server.daemon_threads = True
        threading.Thread(target=server.serve_forever, daemon=True).start()
        return server


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


def run_blinarefs(refs: list[Reference], folder: Path, cache: Path):
    store = Store.from_references(refs, folder / "refs.bib")
    store.save()
    store = Store.load(folder / "refs.bib")
    options = EnrichOptions(
        mailto="bench@example.org", pubmed=False, cache_dir=cache, offline=False
    )
    start = time.perf_counter()
    report = enrich_store(store, options)
    return time.perf_counter() - start, report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1000, help="entries (default 1000)")
    parser.add_argument("--latency", type=float, default=0.1, help="seconds per answer")
    parser.add_argument("--skip-baseline", action="store_true", help="skip the slow client")
    args = parser.parse_args()

    library = make_library(args.n)
    printed = as_printed(library)
    mock = MockCrossref(library, args.latency)
    server = mock.serve()
    base = f"http://127.0.0.1:{server.server_address[1]}/crossref"
    os.environ["BLINAREFS_CROSSREF_API"] = base
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        folder, cache = Path(tmp), Path(tmp) / "cache"
        cases = [
            ("printed list (no DOI for 13%)", printed),
            ("every entry has its DOI", [r for r in printed if r.doi]),
        ]
        for label, refs in cases:
            for old in cache.glob("*"):
                old.unlink()
            before, rejected = mock.requests, mock.rejected
            seconds, report = run_blinarefs(refs, folder, cache)
            asked, refused = mock.requests - before, mock.rejected - rejected
            done = report.count("updated")
            rows.append((f"blinarefs, {label}", len(refs), asked, refused, done, seconds))
            before = mock.requests
            again, report = run_blinarefs(refs, folder, cache)
            rerun = ("  rerun from the cache", len(refs), mock.requests - before, 0, 0, again)
            rows.append(rerun)
            if args.skip_baseline:
                continue
            before, rejected = mock.requests, mock.rejected
            start = time.perf_counter()
            sequential_client(base, refs)
            seconds = time.perf_counter() - start
            asked, refused = mock.requests - before, mock.rejected - rejected
            rows.append((f"sequential, {label}", len(refs), asked, refused, "-", seconds))
    server.shutdown()
    print(
        f"{args.n} synthetic entries, {args.latency * 1000:.0f} ms latency, "
        f"{RATE_LIMIT} requests/s advertised and enforced, {RANDOM_429:.0%} random 429s"
    )
    print_table(["client", "entries", "requests", "429s", "updated", "wall s"], rows)


if __name__ == "__main__":
    sys.exit(main())
