"""The Crossref mock of ``bench_enrich.py``: works in Crossref's REST envelope, behind the
rate limit Crossref advertises, with a sliding-window limiter the NCBI mock shares. Kept
apart from the benchmark so that each service's mock reads on its own."""

from __future__ import annotations

import json
import random
import re
import threading
import time
from collections import deque
from urllib.parse import parse_qs, unquote

from blinarefs.model import Reference

RATE_LIMIT = 20  # requests a second the Crossref mock advertises and enforces
RANDOM_429 = 0.02
Answer = tuple[int, dict[str, str], str]  # status, headers (Content-Type included), body


class Limiter:
    """A sliding one-second window of admitted requests, plus random refusals."""

    def __init__(self, seed: int) -> None:
        self.lock = threading.Lock()
        self.window: deque[float] = deque()
        self.rng = random.Random(seed)

    def admit(self, limit: int) -> tuple[bool, int]:
        """(admitted, requests in the last second counting this one)."""
        with self.lock:
            now = time.monotonic()
            while self.window and now - self.window[0] >= 1.0:
                self.window.popleft()
            ok = len(self.window) < limit and self.rng.random() >= RANDOM_429
            if ok:
                self.window.append(now)
            return ok, len(self.window) + (not ok)


def json_answer(status: int, body: object, headers: dict[str, str] | None = None) -> Answer:
    return status, {**(headers or {}), "Content-Type": "application/json"}, json.dumps(body)


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


def service_doi(i: int, ref: Reference) -> str:
    """The DOI both services hold for entry ``i``: its own, or one made up for it."""
    return ref.doi or f"10.5555/synth-nodoi.{i}"


class MockCrossref:
    """Works by DOI and a word index of their titles."""

    def __init__(self, library: list[Reference], seed: int = 7, limited: bool = True) -> None:
        self.limited = limited  # False: the server enforces the 2025 limits instead
        self.items: dict[str, dict] = {}
        self.index: dict[str, set[str]] = {}
        for i, ref in enumerate(library):
            doi = service_doi(i, ref).lower()
            self.items[doi] = crossref_item(ref, service_doi(i, ref))
            for word in set(re.findall(r"[a-z0-9]+", ref.title.lower())):
                self.index.setdefault(word, set()).add(doi)
        self.limiter = Limiter(seed)

    def handle(self, path: str, query: str) -> Answer:
        headers = {"X-Rate-Limit-Limit": str(RATE_LIMIT), "X-Rate-Limit-Interval": "1s"}
        if self.limited and not self.limiter.admit(RATE_LIMIT)[0]:
            body = {"status": "error", "message": "rate limited"}
            return json_answer(429, body, {**headers, "Retry-After": "1"})
        status, body = self.answer(path, query)
        return json_answer(status, body, headers)

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
