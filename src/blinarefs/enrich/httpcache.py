"""The persistent HTTP cache: one SQLite file, a requests-cache session per thread.

Cache keys leave out who asks (mailto, email, tool, api_key): a new contact address does
not empty the cache, and no secret reaches the file. A batched answer is stored item by item
under the URL that would ask for each alone (:func:`stored_response`), so a later run finds
every item whatever batches it forms. A cache that cannot be written mid-run (a full disk,
a read-only file, a lock held elsewhere) is the client's to handle: see
:class:`blinarefs.enrich.http.HttpClient`.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from datetime import UTC, datetime, timedelta
from io import BytesIO
from pathlib import Path
from typing import Any

import requests
import requests_cache
from urllib3 import HTTPResponse

from .transport import MAX_REDIRECTS, WholeAnswerAdapter, user_agent

log = logging.getLogger(__name__)

CACHE_FILE = "http-cache.sqlite"
CACHE_LIFETIME = timedelta(days=90)  # metadata of published work rarely changes
# Parameters that identify the caller, not the question: left out of cache keys (so a new
# mailto does not empty the cache) and redacted from what the cache stores.
UNKEYED = ("api_key", "mailto", "email", "tool")
# ms a writer waits for another thread's write: writes take milliseconds, so a longer wait
# means a lock held elsewhere, which is reported instead of waited out.
BUSY_TIMEOUT_MS = 5_000


def cache_key(request: requests.PreparedRequest, **kwargs: Any) -> str:
    """requests-cache's key without the caller's identity: it only redacts ignored
    parameters, so a request with a mailto and one without would be two entries."""
    from requests_cache.cache_keys import create_key

    stripped = request.copy()
    base, _, query = (request.url or "").partition("?")
    kept = [p for p in query.split("&") if p and p.split("=", 1)[0] not in UNKEYED]
    stripped.url = base + ("?" + "&".join(kept) if kept else "")
    return create_key(stripped, **kwargs)


def new_session(path: Path, mailto: str | None, *, wal: bool) -> requests_cache.CachedSession:
    """A session over the cache file. Each thread has its own: an SQLite connection shared
    between threads is not safe under concurrent reads."""
    session = requests_cache.CachedSession(
        str(path),
        backend="sqlite",
        expire_after=CACHE_LIFETIME,
        allowable_codes=(200, 404),
        ignored_parameters=UNKEYED,  # redacted from what the cache stores
        key_fn=cache_key,
        match_headers=["Accept"],
        stale_if_error=True,
        # a cache, not a record: losing its last writes to a power cut costs a request,
        # while a synced commit per answer would cost ~20 ms each
        wal=wal,
        fast_save=True,
        busy_timeout=BUSY_TIMEOUT_MS,
    )
    session.headers["User-Agent"] = user_agent(mailto)
    session.max_redirects = MAX_REDIRECTS
    for scheme in ("http://", "https://"):
        session.mount(scheme, WholeAnswerAdapter())
    return session


def stored_response(
    request: requests.PreparedRequest, url: str, body: str | None, content_type: str
) -> requests.Response:
    """The response a request would have had: ``body`` with a 200, or a 404 for None."""
    data = (body if body is not None else "Resource not found.").encode("utf-8")
    response = requests.Response()
    response.status_code = 200 if body is not None else 404
    response.reason = "OK" if body is not None else "Not Found"
    response._content = data
    response.headers["Content-Type"] = content_type
    response.url = request.url or url
    response.request = request
    response.raw = HTTPResponse(
        body=BytesIO(data),
        headers={"Content-Type": content_type},
        status=response.status_code,
        preload_content=False,
        request_url=response.url,
    )
    return response


class CacheAccess:
    """The HTTP client's reads and writes of the cache outside a request: lookups before a
    rate slot is waited for, items of batched answers stored one by one, unusable answers
    dropped. Any SQLite failure gives the cache up for the rest of the run, said once."""

    cache_path: Path
    cache_problem: str
    stats: Any
    _stats_lock: threading.Lock

    def _session(self, *, wal: bool = False) -> requests_cache.CachedSession:
        raise NotImplementedError

    def _cache_failed(self, exc: Exception) -> None:
        if not self.cache_problem:
            self.cache_problem = (
                f"{self.cache_path}: the HTTP cache cannot be written ({exc}); going on without it"
            )
            log.warning("%s", self.cache_problem)

    def _key(self, url, params, headers) -> str:
        session = self._session()
        request = session.prepare_request(
            requests.Request("GET", url, params=params, headers=headers)
        )
        return session.cache.create_key(request)

    def _cached(self, url, params, headers, stale: bool = False) -> requests.Response | None:
        """A cached answer, looked up before waiting for a rate slot (cache hits are free);
        an expired one only when ``stale`` (offline, where nothing fresher can be had)."""
        if self.cache_problem:
            return None
        try:
            response = self._session().cache.get_response(self._key(url, params, headers))
        except sqlite3.Error as exc:
            self._cache_failed(exc)
            return None
        if response is None or (response.is_expired and not stale):
            return None
        return response  # a CachedResponse: its from_cache is True

    def cached(
        self, url: str, params: dict[str, str] | None = None, *, accept: str = ""
    ) -> tuple[bool, requests.Response | None]:
        """(True, answer) when the cache holds the answer to this request (None for a 404),
        (False, None) when it does not. Asks nothing."""
        response = self._cached(url, params, {"Accept": accept} if accept else {})
        if response is None:
            return False, None
        with self._stats_lock:
            self.stats.cached += 1
        return True, None if response.status_code == 404 else response

    def remember(
        self,
        url: str,
        params: dict[str, str] | None,
        body: str | None,
        *,
        content_type: str = "application/json",
        accept: str = "",
    ) -> None:
        """Cache ``body`` as the answer to a request not made: one item of a batched answer,
        stored under the URL that asks for it alone (None stores "not found"), so that a
        later run finds every item in the cache whatever batches it forms."""
        if self.cache_problem:
            return
        headers = {"Accept": accept} if accept else {}
        session = self._session()
        request = session.prepare_request(
            requests.Request("GET", url, params=params, headers=headers)
        )
        response = stored_response(request, url, body, content_type)
        try:
            session.cache.save_response(
                response,
                session.cache.create_key(request),
                expires=datetime.now(UTC) + CACHE_LIFETIME,
            )
        except sqlite3.Error as exc:
            self._cache_failed(exc)

    def _forget(self, url: str, params: dict[str, str] | None, accept: str) -> None:
        """Drop an unusable answer from the cache: the next run asks again."""
        if self.cache_problem:
            return
        try:
            self._session().cache.delete(
                self._key(url, params, {"Accept": accept} if accept else {})
            )
        except sqlite3.Error as exc:
            self._cache_failed(exc)
