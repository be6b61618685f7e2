"""Interruptions: a store being saved and killed (SIGKILL) at any point is the old file or the
new one, never half-written, and saving again completes.

Three ways of killing: a forked process saving a large store, killed after a random delay
(many kill points, spread over the whole save); the same process killed deterministically
inside each step of the atomic write (after the temporary file is created, half-way through
writing it, at fsync, just before and just after the rename); and the command line
(``blinarefs build`` adding to an existing store, ``blinarefs parse -o``) killed at random
moments. The kill-point counts are printed with ``pytest -s``.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from blinarefs.store import Store
from conftest import ROOT, SEED_TEXT, run_main

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork and SIGKILL")

RANDOM_KILLS = 120
CLI_KILLS = 5  # each is a build and its rerun; the random points are also tried in-process


@pytest.fixture(scope="module")
def two_versions(seed_parsed) -> tuple[Store, bytes, bytes]:
    """A store of 1,000 entries (the seed's ten, under other keys) in an old and a new
    version: the new one has a note on every entry, so every byte range differs. The new
    one is loaded from its text, as a store usually is, so that saving it is mostly the
    write itself."""
    refs = [
        ref.with_fields(id=f"{ref.id}{i}") for i in range(100) for ref in seed_parsed.references
    ]
    old = Store.from_references(refs).dumps().encode()
    new = Store.from_references([r.with_fields(note="checked") for r in refs]).dumps().encode()
    return Store.loads(new.decode()), old, new


def _save_in_child(store: Store, path: Path, sabotage: str | None = None) -> int:
    """Fork a process that saves ``store`` to ``path``; with ``sabotage``, it kills itself
    at that step of the atomic write. Returns the child's pid."""
    pid = os.fork()
    if pid:
        return pid
    try:  # the child: never return into pytest
        if sabotage:
            _arm(sabotage)
        store.save(path, force=True)  # replaces the old version on purpose
    finally:
        os._exit(0)


def _arm(step: str) -> None:
    """Make the child SIGKILL itself at ``step`` of fsio.atomic_write."""
    import tempfile

    from blinarefs import fsio

    die = lambda: os.kill(os.getpid(), signal.SIGKILL)  # noqa: E731
    if step == "after-mkstemp":
        real_mkstemp = tempfile.mkstemp

        def mkstemp(*a, **kw):
            result = real_mkstemp(*a, **kw)
            die()
            return result

        fsio.tempfile.mkstemp = mkstemp
    elif step == "mid-write":
        real_fdopen = os.fdopen

        def fdopen(fd, *a, **kw):
            handle = real_fdopen(fd, *a, **kw)
            real_write = handle.write

            def write(data):
                real_write(data[: len(data) // 2])
                handle.flush()
                die()

            handle.write = write
            return handle

        fsio.os.fdopen = fdopen
    elif step == "at-fsync":
        fsio.os.fsync = lambda fd: die()
    elif step == "before-rename":
        fsio.os.replace = lambda a, b: die()
    elif step == "after-rename":
        real_replace = os.replace

        def replace(a, b):
            real_replace(a, b)
            die()

        fsio.os.replace = replace


def _reset(path: Path, data: bytes) -> None:
    path.write_bytes(data)


def _state(path: Path, old: bytes, new: bytes) -> str:
    data = path.read_bytes()
    return "old" if data == old else "new" if data == new else f"TORN ({len(data)} bytes)"


def test_killed_at_random_points_while_saving(two_versions, tmp_path):
    store, old, new = two_versions
    path = tmp_path / "library.bib"
    _reset(path, old)
    durations = []
    for _ in range(3):  # how long a child takes to save, from fork to exit
        started = time.perf_counter()
        os.waitpid(_save_in_child(store, path), 0)
        durations.append(time.perf_counter() - started)
    duration = sorted(durations)[1]
    rng = random.Random(20261125)
    # Where each kill landed: before the temporary file, while it was being written (it is
    # left behind), or after the rename.
    landed = {"before the write": 0, "during the write": 0, "after the rename": 0}
    for _ in range(RANDOM_KILLS):
        _reset(path, old)
        pid = _save_in_child(store, path)
        time.sleep(rng.uniform(0, duration * 1.2))
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        state = _state(path, old, new)
        assert state in ("old", "new"), f"a killed save left a {state} store"
        temp = [p for p in tmp_path.glob(".library.bib.*.tmp") if str(pid) in p.name]
        where = "after the rename" if state == "new" else "during the write" if temp else None
        landed[where or "before the write"] += 1
    print(f"\n{RANDOM_KILLS} random kill points over a {duration * 1000:.0f} ms save: {landed}")
    # A rerun completes: the store is saved whole, reads back, and what a killed writer
    # left behind is cleaned up.
    (tmp_path / ".library.bib.999999999.abc.tmp").write_bytes(old[:100])  # no such process
    store.save(path, force=True)
    assert path.read_bytes() == new
    assert len(Store.load(path)) == len(store)
    assert [p.name for p in tmp_path.iterdir()] == ["library.bib"]


@pytest.mark.parametrize(
    "step", ["after-mkstemp", "mid-write", "at-fsync", "before-rename", "after-rename"]
)
def test_killed_inside_each_step_of_the_atomic_write(two_versions, tmp_path, step):
    store, old, new = two_versions
    path = tmp_path / "library.bib"
    _reset(path, old)
    pid = _save_in_child(store, path, sabotage=step)
    _, status = os.waitpid(pid, 0)
    assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL
    assert _state(path, old, new) == ("new" if step == "after-rename" else "old")
    store.save(path, force=True)  # the rerun
    assert path.read_bytes() == new


def _cli(*args: str) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "NO_COLOR": "1"}
    return subprocess.Popen(
        [sys.executable, "-m", "blinarefs", *args],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def test_killed_command_line_runs_leave_a_whole_store(tmp_path, seed_parsed):
    outdir = tmp_path / "out"
    store_path = outdir / "references.bib"
    manuscript = tmp_path / "paper.txt"
    manuscript.write_text(SEED_TEXT.read_text(encoding="utf-8"), encoding="utf-8")
    # The old store holds five of the ten references; a build adds the other five.
    outdir.mkdir()
    Store.from_references(seed_parsed.references[:5]).save(store_path)
    old = store_path.read_bytes()
    started = time.perf_counter()
    assert _cli("build", str(manuscript), "-o", str(outdir)).wait(60) in (0, 1)
    duration = time.perf_counter() - started
    new = store_path.read_bytes()
    assert len(Store.load(store_path)) == 10
    rng = random.Random(7)
    seen: dict[str, int] = {}
    for _ in range(CLI_KILLS):
        store_path.write_bytes(old)
        process = _cli("build", str(manuscript), "-o", str(outdir))
        time.sleep(rng.uniform(duration * 0.3, duration * 1.1))
        process.send_signal(signal.SIGKILL)
        process.wait(60)
        state = _state(store_path, old, new)
        seen[state] = seen.get(state, 0) + 1
        assert state in ("old", "new")
        # the rerun, in this process: what is under test is the killed run's store
        assert run_main("build", str(manuscript), "-o", str(outdir)).returncode in (0, 1)
        assert store_path.read_bytes() == new
    print(f"\n{CLI_KILLS} kills of 'blinarefs build' ({duration * 1000:.0f} ms a run): {seen}")


def test_killed_parse_output_is_absent_or_whole(tmp_path):
    out = tmp_path / "refs.bib"
    reference = _cli("parse", str(SEED_TEXT), "-o", str(tmp_path / "reference.bib"))
    assert reference.wait(60) == 0
    whole = (tmp_path / "reference.bib").read_bytes()
    rng = random.Random(11)
    for _ in range(CLI_KILLS // 2):
        if out.exists():
            out.unlink()
        process = _cli("parse", str(SEED_TEXT), "-o", str(out))
        time.sleep(rng.uniform(0.05, 0.4))
        process.send_signal(signal.SIGKILL)
        process.wait(60)
        assert not out.exists() or out.read_bytes() == whole
