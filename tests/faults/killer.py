"""Run ``blinarefs`` with a SIGKILL planted at one point of the store's writes.

    python tests/faults/killer.py POINT STORE -- enrich refs.bib ...

POINT is ``save:N:PHASE``: the process kills itself during the N-th write of STORE, at
PHASE ``mid-write`` (half of the temporary file written), ``before-rename`` (the temporary
file complete, not yet renamed over STORE) or ``after-rename``; or ``none`` (the test kills
it from outside at a random time). ``BLINAREFS_TEST_BATCH=n`` makes ``enrich`` merge and
save every n entries, so a small store is written several times in one run, and drops its
pacing (the test server's latency is enough).

A test helper only: blinarefs itself has no such hook.
"""

from __future__ import annotations

import dataclasses
import os
import signal
import sys
from pathlib import Path


def _die() -> None:
    os.kill(os.getpid(), signal.SIGKILL)


class _HalfWriter:
    """A file whose first write stops half way, flushed to disk, and kills the process."""

    def __init__(self, handle) -> None:
        self._handle = handle

    def write(self, data: bytes) -> int:
        self._handle.write(data[: len(data) // 2])
        self._handle.flush()
        os.fsync(self._handle.fileno())
        _die()
        return 0  # never reached

    def __getattr__(self, name):
        return getattr(self._handle, name)

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self._handle.__exit__(*exc)


def plant(point: str, store: Path) -> None:
    if point == "none":
        return
    _, n, phase = point.split(":")
    target, writes = store.resolve(), 0

    def is_temp_of_store(fd: int) -> bool:
        name = Path(os.readlink(f"/proc/self/fd/{fd}"))
        return name.parent == target.parent and name.name.startswith(f".{target.name}.")

    if phase == "mid-write":
        real_fdopen = os.fdopen

        def fdopen(fd, *args, **kwargs):
            nonlocal writes
            handle = real_fdopen(fd, *args, **kwargs)
            if isinstance(fd, int) and is_temp_of_store(fd):
                writes += 1
                if writes == int(n):
                    return _HalfWriter(handle)
            return handle

        os.fdopen = fdopen
        return
    real_replace = os.replace

    def replace(src, dst, *args, **kwargs):
        nonlocal writes
        if Path(dst).resolve() != target:
            return real_replace(src, dst, *args, **kwargs)
        writes += 1
        if writes == int(n) and phase == "before-rename":
            _die()
        real_replace(src, dst, *args, **kwargs)
        if writes == int(n) and phase == "after-rename":
            _die()

    os.replace = replace


def small_batches(size: int) -> None:
    """``enrich`` saves every ``size`` entries, and does not pace its requests (the local
    server's latency paces them)."""
    import blinarefs.enrich as enrich
    from blinarefs.enrich import core

    real, real_policies = enrich.enrich_store, core.policies

    def enrich_store(store, options=None, **kwargs):
        options = dataclasses.replace(options, batch_size=size, save_every=0.0)
        return real(store, options, **kwargs)

    def policies(mailto):
        return {k: dataclasses.replace(p, rate=0.0) for k, p in real_policies(mailto).items()}

    enrich.enrich_store = enrich_store
    core.policies = policies


def main() -> int:
    point, store, dashes, *argv = sys.argv[1:]
    assert dashes == "--", "usage: killer.py POINT STORE -- ARGS"
    plant(point, Path(store))
    if os.environ.get("BLINAREFS_TEST_BATCH"):
        small_batches(int(os.environ["BLINAREFS_TEST_BATCH"]))
    from blinarefs.cli import main as blinarefs

    return blinarefs(argv)


if __name__ == "__main__":
    sys.exit(main())
