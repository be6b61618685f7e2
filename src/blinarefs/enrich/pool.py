"""A small thread pool whose threads never hold the process open.

``concurrent.futures.ThreadPoolExecutor`` joins its threads at interpreter exit, so after a
Ctrl-C the process would wait for every request under way to time out (up to the read
timeout, 20 s and more). These threads are daemons: an interrupted run ends at once, and
the store is intact because it is only ever written whole, between batches.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable, Iterable
from concurrent.futures import Future
from typing import Any, TypeVar

T = TypeVar("T")
R = TypeVar("R")


class DaemonPool:
    """``submit`` and ``map`` as in ``concurrent.futures``, on daemon threads."""

    def __init__(self, workers: int, name: str) -> None:
        self._jobs: queue.SimpleQueue[tuple[Future[Any], Callable[..., Any], tuple] | None]
        self._jobs = queue.SimpleQueue()
        self._threads = [
            threading.Thread(target=self._work, name=f"{name}_{i}", daemon=True)
            for i in range(workers)
        ]
        for thread in self._threads:
            thread.start()

    def submit(self, fn: Callable[..., R], *args: Any) -> Future[R]:
        future: Future[R] = Future()
        self._jobs.put((future, fn, args))
        return future

    def map(self, fn: Callable[[T], R], items: Iterable[T]) -> list[R]:
        return [f.result() for f in [self.submit(fn, item) for item in items]]

    def shutdown(self, *, wait: bool = True) -> None:
        """No more work; queued jobs not started are cancelled. With ``wait``, the jobs
        under way are waited for; without, they are left to their daemon threads."""
        while True:
            try:
                job = self._jobs.get_nowait()
            except queue.Empty:
                break
            if job is not None:
                job[0].cancel()
        for _ in self._threads:
            self._jobs.put(None)
        if wait:
            for thread in self._threads:
                thread.join()

    def _work(self) -> None:
        while (job := self._jobs.get()) is not None:
            future, fn, args = job
            if not future.set_running_or_notify_cancel():
                continue
            try:
                future.set_result(fn(*args))
            except BaseException as exc:  # handed to whoever waits on the future
                future.set_exception(exc)
