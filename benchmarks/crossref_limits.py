"""Crossref's REST API limits since 1 December 2025, enforced the way a server would: per
endpoint kind (single record ``/works/{doi}``; list: ``/works?query...``, ``filter=``) and
per pool (polite with a mailto, public without), a sliding one-second window of requests and
a cap on requests under way; beyond either, a 429.

Shared by ``bench_enrich.py --crossref-2025`` and the tests of the client's pacing
(``tests/enrich/test_services.py``).
"""

from __future__ import annotations

import threading
import time
from collections import Counter, defaultdict, deque

# (requests a second, requests at once), as TOOLS-NOTES.md records Crossref's announcement
LIMITS = {
    ("single", "public"): (5, 1), ("single", "polite"): (10, 3),
    ("list", "public"): (1, 1), ("list", "polite"): (3, 3),
}  # fmt: skip


def kind_of(path: str) -> str:
    """ "single" for ``/works/{doi}``, "list" for ``/works?...`` (searches, filters)."""
    return "single" if path.rstrip("/").count("/") >= 2 and "/works/" in path else "list"


def pool_of(query: str, user_agent: str = "") -> str:
    return "polite" if "mailto=" in query or "mailto:" in user_agent else "public"


class EndpointLimits:
    """``enter`` admits a request or refuses it (a 429); ``leave`` when it is answered."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.windows: dict[tuple[str, str], deque[float]] = defaultdict(deque)
        self.active: Counter[tuple[str, str]] = Counter()
        self.refused: Counter[tuple[str, str]] = Counter()
        self.admitted: Counter[tuple[str, str]] = Counter()
        self.peak: Counter[tuple[str, str]] = Counter()

    def enter(self, kind: str, pool: str) -> bool:
        rate, at_once = LIMITS[kind, pool]
        with self.lock:
            now = time.monotonic()
            window = self.windows[kind, pool]
            while window and now - window[0] >= 1.0:
                window.popleft()
            if len(window) >= rate or self.active[kind, pool] >= at_once:
                self.refused[kind, pool] += 1
                return False
            window.append(now)
            self.active[kind, pool] += 1
            self.admitted[kind, pool] += 1
            self.peak[kind, pool] = max(self.peak[kind, pool], self.active[kind, pool])
            return True

    def leave(self, kind: str, pool: str) -> None:
        """Call before the answer is written: the client may send its next request as soon
        as it has the answer."""
        with self.lock:
            self.active[kind, pool] -= 1
