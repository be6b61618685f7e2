"""The one place that talks HTTP: polite, bounded, retrying, cached.

Every metadata service is reached through :class:`HttpClient`. It sends a User-Agent that
names blinarefs, its version and the user's mailto; keeps a fixed cap on concurrent requests
per service (rate-limit headers alone are not trusted to protect the service) and spaces
requests by the service's rate, lowered when Crossref's ``X-Rate-Limit-*`` headers say so;
retries 429 and 5xx answers with exponential backoff and jitter, honouring ``Retry-After``;
and keeps every good answer in a persistent SQLite cache, so a second run asks nothing and
``offline`` answers from the cache alone. Secrets (NCBI's ``api_key``) never reach the cache
key, the cached request or a log line.

A bad answer must not cost more than its entries: the read timeout bounds the whole answer
(a server trickling bytes never trips a per-read timeout), resets and cut-off bodies are
retried like timeouts, a redirect to another host is not followed (unless the service is a
resolver whose job is to redirect), and an answer its reader cannot use is dropped from the
cache, so a rerun asks again instead of failing on it for 90 days.
"""

from __future__ import annotations

import email.utils
import logging
import random
import re
import sqlite3
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from io import BytesIO
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import urljoin, urlsplit

import requests
import requests_cache
from requests.adapters import HTTPAdapter
from urllib3 import HTTPResponse
from urllib3.exceptions import HTTPError as Urllib3Error

from .. import __version__
from ..errors import EnrichError, ServiceError
from ..fsio import default_cache_dir

log = logging.getLogger(__name__)

CACHE_FILE = "http-cache.sqlite"
CACHE_LIFETIME = timedelta(days=90)  # metadata of published work rarely changes
# Parameters that identify the caller, not the question: left out of cache keys (so a new
# mailto does not empty the cache) and redacted from what the cache stores.
_UNKEYED = ("api_key", "mailto", "email", "tool")
_RETRY_STATUS = frozenset({429, 500, 502, 503, 504})
MAX_REDIRECTS = 5
T = TypeVar("T")


class OfflineMiss(ServiceError):
    """Offline, and the answer is not in the cache."""


class Unreachable(ServiceError):
    """The service could not be reached at all (no network, DNS failure, refused)."""


@dataclass(frozen=True)
class ServicePolicy:
    """How hard one service may be asked: requests a second and requests at once; and
    whether its redirects may lead to other hosts (doi.org sends each DOI to its agency)."""

    rate: float
    concurrency: int
    other_hosts: bool = False


def user_agent(mailto: str | None) -> str:
    contact = f" (mailto:{mailto})" if mailto else ""
    return f"blinarefs/{__version__}{contact}"


def redact(url: str) -> str:
    """A URL fit for a message or a log: secrets and contact details removed."""
    return re.sub(r"([?&](?:api_key|email|mailto)=)[^&]*", r"\1***", url)


class _RedactSecrets(logging.Filter):
    """urllib3 and requests-cache log request URLs, query strings and all, at DEBUG level:
    NCBI's api_key would reach any log a caller keeps at that level."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.msg, str):
            record.msg = redact(record.msg)
        if isinstance(record.args, tuple):
            record.args = tuple(redact(a) if isinstance(a, str) else a for a in record.args)
        return True


_REDACT = _RedactSecrets()
_LIBRARY_LOGGERS = ("urllib3.connectionpool", "urllib3.util.retry", "requests_cache.session",
                    "requests_cache.policy.actions")  # fmt: skip


# Requests spaced exactly 1/rate apart put every (rate+1)-th on the edge of the server's
# one-second window, and latency jitter pushes some past it: NCBI answers those with a 429
# and no Retry-After. A tenth more room costs a tenth of the pace and saves the backoffs.
HEADROOM = 1.1


@dataclass
class _Gate:
    """Per-service pacing: a semaphore for concurrency and a next-slot clock for rate."""

    policy: ServicePolicy
    semaphore: threading.BoundedSemaphore = field(init=False)
    lock: threading.Lock = field(default_factory=threading.Lock)
    interval: float = 0.0
    last_slot: float | None = None  # when the last request was let through
    paused_until: float = 0.0  # a 429 holds every request of the service until then
    down: str = ""  # why the service is unreachable; set once, fails the rest fast

    def __post_init__(self) -> None:
        self.semaphore = threading.BoundedSemaphore(self.policy.concurrency)
        self.interval = HEADROOM / self.policy.rate if self.policy.rate else 0.0


@dataclass
class HttpStats:
    network: int = 0  # requests that went out on the wire (retries included)
    cached: int = 0  # answers served from the cache
    retries: int = 0
    by_service: dict[str, int] = field(default_factory=dict)


class HttpClient:
    """Shared by all services of one enrichment run; safe to use from many threads."""

    def __init__(
        self,
        *,
        mailto: str | None = None,
        offline: bool = False,
        cache_dir: Path | None = None,
        policies: dict[str, ServicePolicy],
        timeout: tuple[float, float] = (5.0, 30.0),
        max_retries: int = 4,
        backoff_base: float = 1.0,
        max_wait: float = 120.0,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        for name in _LIBRARY_LOGGERS:
            logging.getLogger(name).addFilter(_REDACT)  # once: the same filter is not re-added
        self.mailto = mailto
        self.offline = offline
        self.timeout = timeout
        self.max_retries = max_retries
        self.backoff_base = backoff_base
        self.max_wait = max_wait
        self._sleep = sleep
        self._clock = clock
        self._gates = {name: _Gate(p) for name, p in policies.items()}
        self.stats = HttpStats()
        self._stats_lock = threading.Lock()
        folder = cache_dir or default_cache_dir()
        self.cache_path = folder / CACHE_FILE
        self._local = threading.local()
        self._sessions: list[requests_cache.CachedSession] = []
        try:
            folder.mkdir(parents=True, exist_ok=True)
            self._session(wal=True)  # WAL mode is kept in the file: set it once, from one thread
        except (OSError, sqlite3.Error) as exc:
            raise EnrichError(
                f"{self.cache_path}: cannot open the HTTP cache ({exc})",
                hint="set BLINAREFS_CACHE_DIR to a folder you can write",
            ) from None

    def _session(self, *, wal: bool = False) -> requests_cache.CachedSession:
        """This thread's session. Each thread has its own SQLite connection to the one cache
        file: a connection shared between threads is not safe under concurrent reads."""
        session = getattr(self._local, "session", None)
        if session is None:
            session = requests_cache.CachedSession(
                str(self.cache_path),
                backend="sqlite",
                expire_after=CACHE_LIFETIME,
                allowable_codes=(200, 404),
                ignored_parameters=_UNKEYED,  # redacted from what the cache stores
                key_fn=_cache_key,
                match_headers=["Accept"],
                stale_if_error=True,
                # a cache, not a record: losing its last writes to a power cut costs a
                # request, while a synced commit per answer would cost ~20 ms each
                wal=wal,
                fast_save=True,
                busy_timeout=30_000,  # ms: threads take turns to write
            )
            session.headers["User-Agent"] = user_agent(self.mailto)
            session.max_redirects = MAX_REDIRECTS
            for scheme in ("http://", "https://"):
                session.mount(scheme, _WholeAnswerAdapter())
            self._local.session = session
            with self._stats_lock:
                self._sessions.append(session)
        return session

    def down(self, service: str) -> str:
        """Why ``service`` cannot be reached, once a request found out ("" until then)."""
        gate = self._gates.get(service)
        return gate.down if gate else ""

    def close(self) -> None:
        """Close every thread's session; call once no request is under way."""
        with self._stats_lock:
            sessions, self._sessions = self._sessions, []
        for session in sessions:
            session.close()

    # -- the request loop ----------------------------------------------------------------------

    def get(
        self, service: str, url: str, params: dict[str, str] | None = None, *, accept: str = ""
    ) -> requests.Response | None:
        """GET with pacing, retries and the cache. Returns None for a 404 (the thing does not
        exist); raises ServiceError (OfflineMiss, Unreachable) when no answer can be had."""
        gate = self._gates[service]
        headers = {"Accept": accept} if accept else {}
        shown = _ShownUrl(url, params)
        if gate.down:
            raise Unreachable(f"{service}: {gate.down}")
        attempt = 0
        while True:
            response = self._send(gate, service, url, params, headers, shown)
            if isinstance(response, str):  # a transient transport failure: retry
                attempt += 1
                if attempt > self.max_retries:
                    raise ServiceError(
                        f"{service}: no answer from {shown} ({response}, {attempt} tries)"
                    )
                self._sleep(self._backoff(attempt))
                continue
            if getattr(response, "from_cache", False):
                with self._stats_lock:
                    self.stats.cached += 1
            if response.status_code == 404:
                return None
            if response.status_code in _RETRY_STATUS:
                attempt += 1
                wait = self._retry_wait(response, attempt)
                if attempt > self.max_retries or wait > self.max_wait:
                    raise ServiceError(
                        f"{service}: HTTP {response.status_code} from {shown} after {attempt} tries"
                    )
                with self._stats_lock:
                    self.stats.retries += 1
                log.info("%s: HTTP %s, retrying in %.2fs", service, response.status_code, wait)
                if response.status_code == 429:  # the whole service waits, not only this thread
                    with gate.lock:
                        gate.paused_until = max(gate.paused_until, self._clock() + wait)
                else:
                    self._sleep(wait)
                continue
            if response.status_code >= 400:
                raise ServiceError(f"{service}: HTTP {response.status_code} from {shown}")
            return response

    def _send(self, gate, service, url, params, headers, shown) -> requests.Response | str:
        """The answer, or why a try failed in a way worth retrying (a timeout, a reset, a
        cut-off body); raises for failures a retry cannot mend."""
        if self.offline:  # any answer the cache holds, even a stale one, as only_if_cached does
            cached = self._cached(url, params, headers, stale=True)
            if cached is None:
                raise OfflineMiss(f"{service}: offline, and this answer is not in the cache")
            return cached
        with gate.semaphore:
            cached = self._cached(url, params, headers)
            if cached is not None:
                return cached
            self._wait_turn(gate)
            try:
                response = self._session().get(
                    url,
                    params=params,
                    headers=headers,
                    timeout=self.timeout,
                    hooks={"response": _redirect_guard(service, gate.policy.other_hosts)},
                )
            except requests.exceptions.Timeout:
                log.info("%s: timeout on %s", service, shown)
                return "timed out"
            except requests.exceptions.ChunkedEncodingError:
                log.info("%s: answer cut off on %s", service, shown)
                return "the answer was cut off"
            except requests.exceptions.ConnectionError as exc:
                reason = _unreachable_reason(exc)
                if not reason:  # a reset or an aborted connection: worth another try
                    log.info("%s: %s on %s", service, _dropped_reason(exc), shown)
                    return _dropped_reason(exc)
                gate.down = f"cannot reach {_host(url)} ({reason})"
                raise Unreachable(f"{service}: {gate.down}") from None
            except requests.exceptions.TooManyRedirects:
                raise ServiceError(f"{service}: {shown}: over {MAX_REDIRECTS} redirects") from None
            except requests.exceptions.RequestException as exc:
                raise ServiceError(f"{service}: {shown}: {type(exc).__name__}") from None
            if not getattr(response, "from_cache", False):
                with self._stats_lock:
                    self.stats.network += 1
                    self.stats.by_service[service] = self.stats.by_service.get(service, 0) + 1
                self._learn_rate(gate, response)
            return response

    def _key(self, url, params, headers) -> str:
        session = self._session()
        request = session.prepare_request(
            requests.Request("GET", url, params=params, headers=headers)
        )
        return session.cache.create_key(request)

    def _cached(self, url, params, headers, stale: bool = False) -> requests.Response | None:
        """A cached answer, looked up before waiting for a rate slot (cache hits are free);
        an expired one only when ``stale`` (offline, where nothing fresher can be had)."""
        response = self._session().cache.get_response(self._key(url, params, headers))
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
        headers = {"Accept": accept} if accept else {}
        session = self._session()
        request = session.prepare_request(
            requests.Request("GET", url, params=params, headers=headers)
        )
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
        session.cache.save_response(
            response, session.cache.create_key(request), expires=self._expires()
        )

    def _expires(self) -> datetime:
        return datetime.now(UTC) + CACHE_LIFETIME

    def _wait_turn(self, gate: _Gate) -> None:
        with gate.lock:
            now = self._clock()
            slot = max(now, gate.paused_until)
            if gate.last_slot is not None:
                slot = max(slot, gate.last_slot + gate.interval)
            gate.last_slot = slot
        if slot > now:
            self._sleep(slot - now)

    def _learn_rate(self, gate: _Gate, response: requests.Response) -> None:
        """Crossref advertises its current limit; follow it when it is stricter than ours."""
        limit = response.headers.get("X-Rate-Limit-Limit")
        interval = response.headers.get("X-Rate-Limit-Interval", "1s")
        try:
            per = HEADROOM * float(interval.rstrip("s")) / float(limit) if limit else 0.0
        except (ValueError, ZeroDivisionError):
            return
        if per > gate.interval:
            with gate.lock:
                gate.interval = per

    def _backoff(self, attempt: int) -> float:
        base = self.backoff_base * 2 ** (attempt - 1)
        return base + random.uniform(0, base / 2)

    def _retry_wait(self, response: requests.Response, attempt: int) -> float:
        header = response.headers.get("Retry-After")
        if header:
            seconds = _parse_retry_after(header)
            if seconds is not None:
                return seconds + random.uniform(0, self.backoff_base / 10)
        return self._backoff(attempt)

    # -- decoding --------------------------------------------------------------------------------

    def get_json(
        self,
        service: str,
        url: str,
        params: dict[str, str] | None = None,
        *,
        accept: str = "",
        read: Callable[[Any], T] = lambda data: data,
    ) -> T | None:
        """``read`` applied to the decoded JSON answer; None for a 404. An answer that is not
        JSON, or that ``read`` cannot use (it raises ServiceError, or trips on a value of
        the wrong type), is a ServiceError, and is dropped from the cache."""
        response = self.get(service, url, params, accept=accept)
        if response is None:
            return None
        try:
            data = response.json()
        except ValueError:
            self._forget(url, params, accept)
            raise ServiceError(f"{service}: the answer from {redact(url)} is not JSON") from None
        return self._read(service, url, params, accept, read, data)

    def get_text(
        self,
        service: str,
        url: str,
        params: dict[str, str] | None = None,
        *,
        read: Callable[[str], T],
    ) -> T | None:
        """Like :meth:`get_json` for a text answer (XML)."""
        response = self.get(service, url, params)
        if response is None:
            return None
        return self._read(service, url, params, "", read, response.text)

    def _read(self, service, url, params, accept, read: Callable[[Any], T], data: Any) -> T:
        try:
            return read(data)
        except ServiceError:
            self._forget(url, params, accept)
            raise
        except (TypeError, ValueError, KeyError, AttributeError, IndexError) as exc:
            # the service's data, not ours: a value of the wrong type where a field belongs
            self._forget(url, params, accept)
            raise ServiceError(
                f"{service}: cannot read the answer from {redact(url)} "
                f"({type(exc).__name__}: {str(exc)[:80]})"
            ) from None

    def _forget(self, url: str, params: dict[str, str] | None, accept: str) -> None:
        """Drop an unusable answer from the cache: the next run asks again."""
        self._session().cache.delete(self._key(url, params, {"Accept": accept} if accept else {}))


class _ShownUrl:
    """A request's URL as messages show it, secrets redacted. Preparing a request costs a
    third of a cache lookup, and only failures and log lines need the URL: it is made when
    a message formats it."""

    __slots__ = ("params", "url")

    def __init__(self, url: str, params: dict[str, str] | None) -> None:
        self.url, self.params = url, params

    def __str__(self) -> str:
        prepared = requests.Request("GET", self.url, params=self.params).prepare()
        return redact(prepared.url or self.url)


def _cache_key(request: requests.PreparedRequest, **kwargs: Any) -> str:
    """requests-cache's key without the caller's identity: it only redacts ignored
    parameters, so a request with a mailto and one without would be two entries."""
    from requests_cache.cache_keys import create_key

    stripped = request.copy()
    base, _, query = (request.url or "").partition("?")
    kept = [p for p in query.split("&") if p and p.split("=", 1)[0] not in _UNKEYED]
    stripped.url = base + ("?" + "&".join(kept) if kept else "")
    return create_key(stripped, **kwargs)


class _WholeAnswerAdapter(HTTPAdapter):
    """Bounds the whole answer by the read timeout. urllib3's read timeout bounds each wait
    for bytes, so a server sending one byte a second would hold a request for as long as
    its body lasts; here the body is read piece by piece against a deadline instead."""

    def send(
        self,
        request: requests.PreparedRequest,
        stream: bool = False,
        timeout: float | tuple[float, float] | tuple[float, None] | None = None,
        verify: bool | str = True,
        cert: bytes | str | tuple[bytes | str, bytes | str] | None = None,
        proxies: Mapping[str, str] | None = None,
    ) -> requests.Response:
        response = super().send(request, True, timeout, verify, cert, proxies)
        limit = timeout[1] if isinstance(timeout, tuple) else timeout
        raw = response.raw
        if stream or limit is None or not isinstance(raw, HTTPResponse):
            return response
        deadline = time.monotonic() + limit
        chunks = []
        try:
            while chunk := raw.read1(65536, decode_content=False):
                chunks.append(chunk)
                if time.monotonic() > deadline:
                    break
        except Urllib3Error as exc:  # a cut-off body, a reset or a timeout mid-body
            response.close()
            if "timed out" in str(exc).lower():
                raise requests.exceptions.ReadTimeout(exc, request=request) from None
            raise requests.exceptions.ChunkedEncodingError(exc, request=request) from None
        except OSError as exc:
            response.close()
            raise requests.exceptions.ConnectionError(exc, request=request) from None
        if time.monotonic() > deadline:
            response.close()
            raise requests.exceptions.ReadTimeout(
                f"the whole answer took more than {limit}s", request=request
            )
        response.raw = HTTPResponse(  # the body, read, in place of the socket
            body=BytesIO(b"".join(chunks)),
            headers=raw.headers,
            status=raw.status,
            reason=raw.reason,
            preload_content=False,
            decode_content=raw.decode_content,
            request_url=raw.geturl(),
        )
        raw.release_conn()
        return response


def _redirect_guard(service: str, other_hosts: bool):
    """A response hook that refuses a redirect to another host: an answer from a host the
    user did not configure must not reach the store."""

    def check(response: requests.Response, *args: Any, **kwargs: Any) -> requests.Response:
        if other_hosts or not response.is_redirect:
            return response
        target = urljoin(response.url, response.headers.get("Location", ""))
        host, asked = urlsplit(target).netloc, urlsplit(response.url).netloc
        if host != asked:
            response.close()
            raise ServiceError(
                f"{service}: {redact(response.url)} redirects to another host ({host}); "
                "not followed"
            )
        return response

    return check


def _dropped_reason(exc: Exception) -> str:
    text = str(exc)
    if "reset" in text.lower():
        return "connection reset"
    if "without response" in text or "aborted" in text.lower():
        return "connection closed without an answer"
    return "connection failed"


def _parse_retry_after(value: str) -> float | None:
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


def _host(url: str) -> str:
    return re.sub(r"^\w+://([^/]+).*$", r"\1", url)


_UNREACHABLE = (
    "Name or service not known", "Connection refused", "Network is unreachable",
    "Temporary failure in name resolution", "No route to host", "nodename nor servname",
    "Failed to resolve",
)  # fmt: skip


def _unreachable_reason(exc: Exception) -> str:
    """Why the host cannot be reached at all, or "" for a failure worth retrying."""
    text = str(exc)
    for marker in _UNREACHABLE:
        if marker in text:
            return marker.lower()
    return ""
