"""The one place that talks HTTP: polite, bounded, retrying, cached.

Every metadata service is reached through :class:`HttpClient`. It sends a User-Agent that
names blinarefs, its version and the user's mailto; paces each lane of each service by its
published limits, lowered when the service's headers say so (:mod:`.pacing`); retries 429
and 5xx answers with exponential backoff and jitter, honouring ``Retry-After``; and keeps
every good answer in a persistent SQLite cache (:mod:`.httpcache`), so a second run asks
nothing and ``offline`` answers from the cache alone. Secrets (NCBI's ``api_key``) never
reach the cache key, the cached request or a log line.

A bad answer must not cost more than its entries: the read timeout bounds the whole answer
(:mod:`.transport`), resets and cut-off bodies are retried like timeouts, a redirect to
another host is not followed (unless the service is a resolver whose job is to redirect),
and an answer its reader cannot use is dropped from the cache (:mod:`.answers`), so a
rerun asks again. A service that never answers costs the run at most its stall budget:
after two timeouts in a row (or once the budget is spent) it is marked slow and every later
request to it fails at once. A cache that cannot be written (a full disk, a read-only
file, a lock held elsewhere) is said once (:attr:`HttpClient.cache_problem`) and the run
goes on without it.
"""

from __future__ import annotations

import logging
import random
import sqlite3
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import requests
import requests_cache

from ..errors import EnrichError, ServiceError
from ..fsio import default_cache_dir
from .answers import AnswerReading
from .httpcache import CACHE_FILE, new_session
from .pacing import (
    HEADROOM,
    TIMEOUTS_IN_A_ROW,
    Gate,
    ServicePolicy,
    StallBudget,
    service_of,
)
from .transport import (
    LIBRARY_LOGGERS,
    MAX_REDIRECTS,
    REDACT,
    ShownUrl,
    dropped_reason,
    host,
    parse_retry_after,
    redact,
    redirect_guard,
    unreachable_reason,
    user_agent,
)

__all__ = [
    "CACHE_FILE", "HEADROOM", "HttpClient", "HttpStats", "OfflineMiss", "ServicePolicy",
    "Stopped", "Unreachable", "redact", "user_agent",
]  # fmt: skip

log = logging.getLogger(__name__)
_RETRY_STATUS = frozenset({429, 500, 502, 503, 504})
STALL_BUDGET = 25.0  # seconds a run may wait on services that never answer, in all


class OfflineMiss(ServiceError):
    """Offline, and the answer is not in the cache."""


class Unreachable(ServiceError):
    """The service could not be reached at all (no network, DNS failure, refused), or it
    was marked slow after its requests timed out: the rest of the run does without it."""


class Stopped(ServiceError):
    """The run was interrupted: no new request is made."""


@dataclass
class HttpStats:
    network: int = 0  # requests that went out on the wire (retries included)
    cached: int = 0  # answers served from the cache
    retries: int = 0
    by_service: dict[str, int] = field(default_factory=dict)
    status_429: int = 0  # answers that said "too many requests"


class HttpClient(AnswerReading):
    """Shared by all services of one enrichment run; safe to use from many threads.

    ``policies`` maps each lane ("crossref", "crossref:list", "eutils", ...) to its limits;
    ``stall_budget`` is the seconds the whole run may spend waiting on answers that never
    come (see :class:`.pacing.StallBudget`)."""

    def __init__(
        self,
        *,
        mailto: str | None = None,
        offline: bool = False,
        cache_dir: Path | None = None,
        policies: dict[str, ServicePolicy],
        timeout: tuple[float, float] = (5.0, 20.0),
        max_retries: int = 4,
        backoff_base: float = 1.0,
        max_wait: float = 120.0,
        stall_budget: float = STALL_BUDGET,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        for name in LIBRARY_LOGGERS:
            logging.getLogger(name).addFilter(REDACT)  # once: the same filter is not re-added
        self.mailto = mailto
        self.offline = offline
        self.timeout = timeout
        self.max_retries = max_retries
        self.backoff_base = backoff_base
        self.max_wait = max_wait
        self._sleep = sleep
        self._clock = clock
        self._gates = {name: Gate(p) for name, p in policies.items()}
        self._down: dict[str, str] = {}  # service -> why the rest of the run does without it
        self._timeouts: dict[str, int] = {}  # service -> timeouts in a row
        self.budget = StallBudget(stall_budget, clock)
        self.stats = HttpStats()
        self._stats_lock = threading.Lock()
        self._in_flight: dict[int, tuple[str, str, float]] = {}  # thread -> lane, host, since
        self._stopped = False
        self.cache_problem = ""  # why the cache was given up mid-run ("" while it works)
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
        """This thread's session (each has its own SQLite connection to the one file)."""
        session = getattr(self._local, "session", None)
        if session is None:
            session = new_session(self.cache_path, self.mailto, wal=wal)
            self._local.session = session
            with self._stats_lock:
                self._sessions.append(session)
        session.settings.disabled = bool(self.cache_problem)
        return session

    def down(self, service: str) -> str:
        """Why ``service`` is done with for this run ("" while it is not)."""
        return self._down.get(service_of(service), "")

    def waiting(self) -> tuple[str, str, float] | None:
        """The request waited on longest: (lane, host, seconds), or None when none is."""
        with self._stats_lock:
            oldest = min(self._in_flight.values(), key=lambda v: v[2], default=None)
        return None if oldest is None else (oldest[0], oldest[1], self._clock() - oldest[2])

    def stop(self) -> None:
        """Make no new request (an interrupt): requests under way end by their timeout."""
        self._stopped = True

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
        """GET with pacing, retries and the cache. ``service`` names the lane ("crossref",
        "crossref:list"). Returns None for a 404 (the thing does not exist); raises
        ServiceError (OfflineMiss, Unreachable, Stopped) when no answer can be had."""
        gate = self._gates[service]
        name = service_of(service)
        headers = {"Accept": accept} if accept else {}
        shown = ShownUrl(url, params)
        attempt = timeouts = 0
        while True:
            self._check(name)
            response = self._send(gate, service, url, params, headers, shown)
            if isinstance(response, str):  # a transient transport failure: retry
                attempt += 1
                timeouts += response == "timed out"
                if timeouts >= TIMEOUTS_IN_A_ROW:  # a second wait as long would be no better
                    self._slow_request(name, shown)
                if attempt > self.max_retries:
                    raise ServiceError(
                        f"{name}: no answer from {shown} ({response}, {attempt} tries)"
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
                        f"{name}: HTTP {response.status_code} from {shown} after {attempt} tries"
                    )
                with self._stats_lock:
                    self.stats.retries += 1
                    self.stats.status_429 += response.status_code == 429
                log.info("%s: HTTP %s, retrying in %.2fs", name, response.status_code, wait)
                if response.status_code == 429:  # the whole lane waits, not only this thread
                    gate.pause(self._clock() + wait)
                else:
                    self._sleep(wait)
                continue
            if response.status_code >= 400:
                raise ServiceError(f"{name}: HTTP {response.status_code} from {shown}")
            return response

    def _send(self, gate, service, url, params, headers, shown) -> requests.Response | str:
        """The answer, or why a try failed in a way worth retrying (a reset, a cut-off
        body); raises for failures a retry cannot mend, and marks a slow service."""
        name = service_of(service)
        if self.offline:  # any answer the cache holds, even a stale one, as only_if_cached does
            cached = self._cached(url, params, headers, stale=True)
            if cached is None:
                raise OfflineMiss(f"{name}: offline, and this answer is not in the cache")
            return cached
        with gate.slot():
            cached = self._cached(url, params, headers)
            if cached is not None:
                return cached
            self._check(name)  # found out while this request waited for its place
            slot = gate.turn(self._clock)
            if (wait := slot - self._clock()) > 0:
                self._sleep(wait)
            gate.went(slot, self._clock())
            self._check(name)
            start = self._clock()
            me = threading.get_ident()
            with self._stats_lock:
                self._in_flight[me] = (service, host(url), start)
            try:
                response = self._fetch(service, url, params, headers, gate)
            except requests.exceptions.Timeout:
                self._timed_out(name, start, shown)
                return "timed out"
            except requests.exceptions.ChunkedEncodingError:
                log.info("%s: answer cut off on %s", name, shown)
                return "the answer was cut off"
            except requests.exceptions.ConnectionError as exc:
                reason = unreachable_reason(exc)
                if not reason:  # a reset or an aborted connection: worth another try
                    log.info("%s: %s on %s", name, dropped_reason(exc), shown)
                    return dropped_reason(exc)
                self._down.setdefault(name, f"cannot reach {host(url)} ({reason})")
                raise Unreachable(f"{name}: {self._down[name]}") from None
            except requests.exceptions.TooManyRedirects:
                raise ServiceError(f"{name}: {shown}: over {MAX_REDIRECTS} redirects") from None
            except requests.exceptions.RequestException as exc:
                raise ServiceError(f"{name}: {shown}: {type(exc).__name__}") from None
            finally:
                with self._stats_lock:
                    self._in_flight.pop(me, None)
            self._timeouts[name] = 0
            if not getattr(response, "from_cache", False):
                with self._stats_lock:
                    self.stats.network += 1
                    self.stats.by_service[name] = self.stats.by_service.get(name, 0) + 1
                gate.learn(response.headers)
            return response

    def _check(self, name: str) -> None:
        """Raise at once when the run was interrupted or the service is done with."""
        if self._stopped:
            raise Stopped(f"{name}: interrupted")
        if self._down.get(name):
            raise Unreachable(f"{name}: {self._down[name]}")

    def _fetch(self, service, url, params, headers, gate) -> requests.Response:
        """One request on the wire, its read timeout cut to the run's stall budget; an
        answer the cache cannot store is kept anyway, and the cache given up."""
        timeout = (self.timeout[0], self.budget.read_timeout(self.timeout[1]))
        hooks = {"response": redirect_guard(service_of(service), gate.policy.other_hosts)}
        session = self._session()
        try:
            return session.get(url, params=params, headers=headers, timeout=timeout, hooks=hooks)
        except sqlite3.Error as exc:  # answered, but not saved: ask again without the cache
            self._cache_failed(exc)
            session = self._session()
            return session.get(url, params=params, headers=headers, timeout=timeout, hooks=hooks)

    def _timed_out(self, name: str, start: float, shown: ShownUrl) -> None:
        """Charge the wait to the budget; once it is spent, the service is done with."""
        self.budget.charge(start)
        log.info("%s: timeout on %s", name, shown)
        if self.budget.exhausted:
            self._down.setdefault(
                name,
                f"{host(shown.url)} did not answer in time and the run's "
                f"{self.budget.seconds:.0f} s for waiting on services is spent; "
                "marked slow for the rest of the run",
            )
            raise Unreachable(f"{name}: {self._down[name]}")

    def _slow_request(self, name: str, shown: ShownUrl) -> None:
        """A request timed out on every try: it fails, and a service whose requests keep
        timing out (two in a row, no answer between) is done with for the run."""
        with self._stats_lock:
            count = self._timeouts[name] = self._timeouts.get(name, 0) + 1
        if count >= TIMEOUTS_IN_A_ROW:
            self._down.setdefault(
                name,
                f"{host(shown.url)} timed out on {count} requests in a row; "
                "marked slow for the rest of the run",
            )
            raise Unreachable(f"{name}: {self._down[name]}")
        raise ServiceError(f"{name}: no answer from {shown} (timed out, {TIMEOUTS_IN_A_ROW} tries)")

    def _backoff(self, attempt: int) -> float:
        base = self.backoff_base * 2 ** (attempt - 1)
        return base + random.uniform(0, base / 2)

    def _retry_wait(self, response: requests.Response, attempt: int) -> float:
        header = response.headers.get("Retry-After")
        if header:
            seconds = parse_retry_after(header)
            if seconds is not None:
                return seconds + random.uniform(0, self.backoff_base / 10)
        return self._backoff(attempt)
