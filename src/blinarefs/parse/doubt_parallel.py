"""The judge of doubt (:mod:`.doubt`) shared among processes for a long list.

It weighs each reading against the whole list (:func:`.doubt_case.list_context`), so it
runs after every item is read; done in the one process that gathered the readings, it
kept the other cores idle for about a second per 10,000 references. Here processes forked
after the list's context is known inherit the readings, the context and the weights (no
reading is pickled back to them), each judges a part of the list, and only the verdicts,
a confidence and the doubted fields, come back: the copies they make are made here, as
one process would make them, so the entries are the same.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from typing import TypeVar

from .doubt import Weights, rescored, verdict, weights
from .doubt_case import ListContext, list_context
from .read import Reading

__all__ = ["judged_by", "verdicts_by"]

T = TypeVar("T")

# The list being judged, with its context and weights, set before the processes are
# forked: what they inherit instead of being sent.
_JUDGING: tuple[list[Reading], ListContext, Weights] | None = None
# One list at a time in that slot: two threads parsing long lists at once take turns here.
_SLOT = threading.Lock()

# Parts of the list per process: small ones keep both processes busy to the end on a
# shared machine, as the readers' chunks do.
_PARTS_PER_WORKER = 8

Verdict = tuple[float, tuple[str, ...]] | None


def judged_by(readings: list[Reading], workers: int) -> list[Reading]:
    """:func:`.doubt.judged` of ``readings``, shared among ``workers`` processes where
    processes can be forked (Linux); elsewhere, and for one, judged here."""
    found, _ = verdicts_by(readings, workers, lambda: None)
    return [r if v is None else rescored(r, *v) for r, v in zip(readings, found, strict=True)]


def verdicts_by(
    readings: list[Reading], workers: int, meanwhile: Callable[[], T]
) -> tuple[list[Verdict], T]:
    """Each reading's :func:`.doubt.verdict`, found by ``workers`` processes as
    :func:`judged_by` finds them, and what ``meanwhile()`` gives, which this process works
    out while they judge (the list's keys: it would otherwise wait for them idle)."""
    if workers <= 1 or not sys.platform.startswith("linux"):
        said, model = list_context(readings), weights()
        return [verdict(r, said, model) for r in readings], meanwhile()
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    global _JUDGING
    size = -(-len(readings) // (workers * _PARTS_PER_WORKER))
    parts = [(i, min(i + size, len(readings))) for i in range(0, len(readings), size)]
    with _SLOT:
        _JUDGING = (readings, list_context(readings), weights())
        try:
            context = multiprocessing.get_context("fork")
            with ProcessPoolExecutor(workers, mp_context=context) as pool:
                judging = pool.map(_verdicts, parts)  # (all parts sent at once)
                got = meanwhile()
                found = [v for part in judging for v in part]
        finally:
            _JUDGING = None
    return found, got


def _verdicts(part: tuple[int, int]) -> list[Verdict]:
    """The verdicts on one part of the list, in a forked process that holds it."""
    assert _JUDGING is not None, "forked after the list was set"
    readings, context, model = _JUDGING
    return [verdict(r, context, model) for r in readings[part[0] : part[1]]]
