"""How hard each service may be asked, and how long a run waits for one that does not answer.

Requests go through *lanes*: a lane is a service, or one kind of request of a service with
its own published limit (``crossref:list`` for Crossref's searches and ``filter=`` queries,
``crossref`` for its single-record ``/works/{doi}``). Each lane has a fixed cap on requests
at once (rate-limit headers alone are not trusted to protect the service) and a minimum
spacing, lowered when the service's headers ask for less: Crossref's ``x-rate-limit-limit``
over ``x-rate-limit-interval``, and ``x-api-pool: public`` when the polite pool was assumed.

A :class:`StallBudget` bounds what services that never answer cost a run: the time spent
in requests that ended in a timeout is summed (overlapping waits counted once), each
request's read timeout is cut to what is left, and a service whose requests time out twice
in a row, or once the budget is spent, is marked slow for the rest of the run.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field

# Requests spaced exactly 1/rate apart put every (rate+1)-th on the edge of the server's
# one-second window, and latency jitter pushes some past it: NCBI answers those with a 429
# and no Retry-After. A tenth more room costs a tenth of the pace and saves the backoffs.
HEADROOM = 1.1
TIMEOUTS_IN_A_ROW = 2  # a service whose requests time out this often is slow, not unlucky
# seconds: a server's one-second window, with room for when it counts a request (a busy
# server, or a slow network, sees a request later than it left; three list requests in a
# window of 1.05 s still met a 429 on a loaded 2-core machine)
WINDOW = 1.2
MIN_TRY = 1.0  # seconds: the shortest read timeout a request is given once the budget is low


@dataclass(frozen=True)
class ServicePolicy:
    """How hard one lane may be asked: requests a second and requests at once; and whether
    its redirects may lead to other hosts (doi.org sends each DOI to its agency). ``public``
    is the policy to fall back to when the service says the caller is in its public pool."""

    rate: float
    concurrency: int
    other_hosts: bool = False
    public: ServicePolicy | None = None


def service_of(lane: str) -> str:
    """The service a lane belongs to ("crossref:list" -> "crossref")."""
    return lane.split(":", 1)[0]


@dataclass
class Gate:
    """One lane's pacing: a cap on requests at once and a next-slot clock for rate."""

    policy: ServicePolicy
    lock: threading.Lock = field(default_factory=threading.Lock)
    interval: float = 0.0
    concurrency: int = 0
    active: int = 0  # requests of the lane under way
    last_slot: float | None = None  # when the last request was let through
    paused_until: float = 0.0  # a 429 holds every request of the lane until then
    sent: deque[float] = field(default_factory=deque)  # when the last requests went out
    _free: threading.Condition = field(init=False)

    def __post_init__(self) -> None:
        self.interval = HEADROOM / self.policy.rate if self.policy.rate else 0.0
        self.concurrency = self.policy.concurrency
        self._free = threading.Condition(self.lock)

    @contextmanager
    def slot(self) -> Iterator[None]:
        """Hold one of the lane's places for the length of a request."""
        with self._free:
            while self.active >= self.concurrency:
                self._free.wait()
            self.active += 1
        try:
            yield
        finally:
            with self._free:
                self.active -= 1
                self._free.notify()

    def turn(self, clock: Callable[[], float]) -> float:
        """Take the next slot; returns when it is (on ``clock``). Slots are spaced by the
        interval, and no more than the limit fall in any window of a second (the server's
        count) even when a request went out later than its slot (see :meth:`went`)."""
        with self.lock:
            now = clock()
            slot = max(now, self.paused_until)
            if self.last_slot is not None:
                slot = max(slot, self.last_slot + self.interval)
            cap = max(1, round(HEADROOM / self.interval)) if self.interval else 0
            if cap and len(self.sent) >= cap:
                slot = max(slot, self.sent[-cap] + WINDOW)
            self.last_slot = slot
            self.sent.append(slot)
            while len(self.sent) > 64:
                self.sent.popleft()
        return slot

    def went(self, slot: float, when: float) -> None:
        """The request of ``slot`` went out at ``when`` (later, on a busy machine): later
        slots are counted from when it really went."""
        if when <= slot:
            return
        with self.lock:
            for i in range(len(self.sent) - 1, -1, -1):
                if self.sent[i] == slot:
                    self.sent[i] = when
                    break
            self.last_slot = max(self.last_slot or when, when)

    def pause(self, until: float) -> None:
        with self.lock:
            self.paused_until = max(self.paused_until, until)

    def learn(self, headers: Mapping[str, str]) -> None:
        """Follow the service's advertised limits where they are stricter than ours."""
        per = 0.0
        limit = headers.get("x-rate-limit-limit")
        interval = headers.get("x-rate-limit-interval", "1s")
        try:
            per = HEADROOM * float(interval.strip().rstrip("s")) / float(limit) if limit else 0.0
        except (ValueError, ZeroDivisionError):
            per = 0.0
        public = self.policy.public
        in_public = headers.get("x-api-pool", "").strip().lower() == "public"
        with self.lock:
            if public and in_public:  # no polite pool for us after all: its limits apply
                per = max(per, HEADROOM / public.rate)
                self.concurrency = min(self.concurrency, public.concurrency)
            self.interval = max(self.interval, per)


@dataclass
class StallBudget:
    """Seconds a run may spend waiting on answers that never come, over all services."""

    seconds: float
    clock: Callable[[], float]
    spent: float = 0.0
    _until: float = 0.0  # the end of the last charged wait: overlaps are counted once
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def left(self) -> float:
        with self._lock:
            return max(0.0, self.seconds - self.spent)

    def read_timeout(self, wanted: float) -> float:
        """The read timeout a request gets: its own, cut to what the budget has left."""
        return max(MIN_TRY, min(wanted, self.left()))

    def charge(self, start: float) -> None:
        """A request that began at ``start`` has just timed out."""
        with self._lock:
            end = self.clock()
            self.spent += max(0.0, end - max(start, self._until))
            self._until = max(self._until, end)

    @property
    def exhausted(self) -> bool:
        return self.left() <= 0.0
