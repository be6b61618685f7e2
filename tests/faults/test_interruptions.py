"""SIGKILL ``blinarefs enrich`` and ``blinarefs import --merge`` at many points (seeded) and
show that the store is always the old file or a fully valid newer one: it loads without a
problem, and each entry is either as it was or exactly as a complete run leaves it, never
half-written. Then a rerun completes the job.

Kill points: inside the process, during the N-th write of the store (half of the temporary
file written; the temporary file complete but not renamed; just after the rename), see
killer.py; and from outside, at a random moment (seeded fractions of an uninterrupted run's
duration, so they spread over the run on a slow machine too): of the whole run for import,
of what follows the first save for enrich (before it, the store is always the old one).
``enrich`` saves every 2 entries here (10 entries, 6 of them updated: 4 saves), so kills
land between saves as well as inside them.
The single kill at 0.8 s of tests/enrich/test_cli_enrich.py is not repeated.
"""

from __future__ import annotations

import json
import math
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from blinarefs.cli import main as blinarefs
from blinarefs.store import Store
from conftest import ROOT
from enrich.fakes import SEED_BIB, FakeServices, unpaced
from exchange_data import verified_references

from .server import MisbehavingServer

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="reads /proc/self/fd")

KILLER = Path(__file__).with_name("killer.py")
SEED = 8  # the number: the kill points below are drawn from it
PHASES = ("mid-write", "before-rename", "after-rename")
rng = random.Random(SEED)
ENRICH_POINTS = [f"save:{rng.randint(1, 4)}:{p}" for p in (*PHASES, rng.choice(PHASES))]
ENRICH_POINTS += [f"later:{rng.uniform(0.0, 1.0):.2f}" for _ in range(2)]
IMPORT_POINTS = [f"save:1:{p}" for p in PHASES]
IMPORT_POINTS += [f"at:{rng.uniform(0.2, 1.0):.2f}" for _ in range(3)]
TRIED: dict[str, list[str]] = {}  # for the record: command -> kill points and outcomes


@pytest.fixture(autouse=True)
def one_day(monkeypatch):
    """Every run here stamps one day, so a run across midnight UTC compares like with like."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1935878399")  # 2031-05-06 23:59:59 UTC


def _run(point: str, store: Path, args: list[str], env: dict, timing=(0.0, 0.0)):
    """Run blinarefs through killer.py, watching the store. Returns the exit code, when
    the store was first replaced (inf: never) and when the run ended, in seconds.

    A timed point is a SIGKILL sent from here: ``at:F`` after F times the whole run's
    ``timing`` (seconds to the first save, seconds in all) of an uninterrupted run;
    ``later:F`` once the first save is seen, after F times what remained of that run."""
    planted = point if point.startswith("save:") else "none"
    command = [sys.executable, str(KILLER), planted, str(store), "--", *args]
    inode, first, kill_at = store.stat().st_ino, math.inf, None
    begin = time.monotonic()
    proc = subprocess.Popen(
        command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=store.parent
    )
    kind, _, fraction = point.partition(":")
    if kind == "at":
        kill_at = begin + float(fraction) * timing[1]
    while proc.poll() is None:
        now = time.monotonic()
        if first == math.inf and store.stat().st_ino != inode:
            first = now - begin
            if kind == "later":
                kill_at = now + float(fraction) * (timing[1] - timing[0])
        if kill_at is not None and now >= kill_at:
            proc.send_signal(signal.SIGKILL)
        assert now - begin < 60, "the run hangs"
        time.sleep(0.005)
    _, err = proc.communicate()
    assert proc.returncode in (0, -signal.SIGKILL), err.decode()
    return proc.returncode, first, time.monotonic() - begin


def _check(store: Path, old: dict, new: dict) -> str:
    """The store is whole: it loads cleanly, and each entry is the old one or the new one.
    Returns how far it got ("old", "new", or "k of n updated")."""
    loaded = Store.load(store)
    assert not loaded.problems, [str(p) for p in loaded.problems]
    now = {r.id: r for r in loaded}
    assert set(now) in (set(old), set(new))
    for key, ref in now.items():
        assert ref in (old.get(key), new.get(key)), f"{key} is half-updated"
    changed = sum(ref != old.get(key) for key, ref in now.items())
    return "old" if not changed else "new" if now == new else f"{changed} of {len(new)} updated"


def _env(extra: dict) -> dict:
    return {**os.environ, "PYTHONPATH": str(ROOT / "src"), "NO_COLOR": "1", **extra}


def _kill_all(points, tmp: Path, start: bytes, args, env: dict, timing) -> list[tuple]:
    """Each point's run on its own copy of the store, a few at a time: (point, store,
    exit code)."""

    def one(numbered):
        n, point = numbered
        folder = tmp / f"kill{n}"
        folder.mkdir()
        store = folder / "refs.bib"
        store.write_bytes(start)
        case_env = {**env, "BLINAREFS_CACHE_DIR": str(folder / "cache")}
        return point, store, _run(point, store, args(store), case_env, timing)[0]

    with ThreadPoolExecutor(max_workers=3) as pool:
        return list(pool.map(one, enumerate(points)))


def _rerun(store: Path, args: list[str], monkeypatch) -> None:
    """The same command again, in this process (its cache is the killed run's)."""
    monkeypatch.setenv("BLINAREFS_CACHE_DIR", str(store.parent / "cache"))
    assert blinarefs([*args, "-q"]) == 0


# -- enrich --------------------------------------------------------------------------------------


@pytest.fixture
def served(monkeypatch):
    fake = FakeServices()
    fake.delay = 0.05  # seconds per answer: the run lasts long enough to be hit anywhere
    with MisbehavingServer(fake, lifetime=120) as server:
        for name, value in {**server.env, "BLINAREFS_OFFLINE": "0",
                            "BLINAREFS_MAILTO": "t@example.org"}.items():  # fmt: skip
            monkeypatch.setenv(name, value)
        yield server


def test_sigkill_enrich_anywhere_leaves_a_whole_store_and_a_rerun_completes(
    served, tmp_path, monkeypatch
):
    def args(store: Path) -> list[str]:
        return ["enrich", str(store), "--no-pubmed"]

    env = _env({"BLINAREFS_TEST_BATCH": "2"})
    complete = tmp_path / "complete.bib"
    shutil.copy(SEED_BIB, complete)
    code, *timing = _run("none", complete, args(complete), env)
    assert code == 0
    old = {r.id: r for r in Store.load(SEED_BIB)}
    new = {r.id: r for r in Store.load(complete)}
    assert sum(old[k] != new[k] for k in old) == 6  # 6 entries updated, in 4 of 5 batches

    killed = _kill_all(ENRICH_POINTS, tmp_path, SEED_BIB.read_bytes(), args, env, timing)
    served.fake.delay = 0.0  # the reruns: no latency, no pacing (as in killer.py)
    unpaced(monkeypatch)
    outcomes = []
    for point, store, code in killed:
        state = _check(store, old, new)
        _rerun(store, args(store), monkeypatch)  # the rerun completes
        assert {r.id: r for r in Store.load(store)} == new
        outcomes.append(f"{point}: {'killed' if code else 'finished first'}, store {state}")
    TRIED["enrich"] = outcomes
    assert all("killed" in o for o in outcomes if o.startswith("save:")), outcomes
    assert any("of 10 updated" in o for o in outcomes), outcomes  # some died between saves


# -- import --merge ------------------------------------------------------------------------------


def test_sigkill_import_merge_anywhere_leaves_the_old_file_or_the_new_one(tmp_path, monkeypatch):
    """The seed's verified metadata (CSL-JSON) merged into its printed store: 3 entries
    completed, 6 added. Left out: ref5 and ref7, which have no DOI, PMID or author to be
    found by, so each import would add them again."""
    refs = [r for r in verified_references() if r.doi or r.pmid or r.author]
    source = tmp_path / "verified.json"
    source.write_text(json.dumps([r.to_csl() for r in refs]), encoding="utf-8")

    def args(store: Path) -> list[str]:
        return ["import", str(source), "--merge", str(store)]

    complete = tmp_path / "complete.bib"
    shutil.copy(SEED_BIB, complete)
    code, *timing = _run("none", complete, args(complete), _env({}))
    assert code == 0
    old_bytes, new_bytes = SEED_BIB.read_bytes(), complete.read_bytes()
    assert len(Store.load(complete)) == 16

    outcomes = []
    for point, store, code in _kill_all(IMPORT_POINTS, tmp_path, old_bytes, args, _env({}), timing):
        after = store.read_bytes()
        assert after in (old_bytes, new_bytes), "the store is neither the old file nor the new"
        assert not Store.load(store).problems
        _rerun(store, args(store), monkeypatch)
        assert store.read_bytes() == new_bytes
        state = "old" if after == old_bytes else "new"
        outcomes.append(f"{point}: {'killed' if code else 'finished first'}, store {state}")
    TRIED["import"] = outcomes
    assert all("killed" in o for o in outcomes if o.startswith("save:")), outcomes
    assert any(o.endswith("store old") for o in outcomes), outcomes
    assert any(o.endswith("store new") for o in outcomes), outcomes


def test_kill_points_tried():
    """Prints the kill points tried and what each left (``pytest -s`` shows them)."""
    for command, outcomes in TRIED.items():
        for outcome in outcomes:
            print(f"{command}: {outcome}")
    if TRIED:  # empty when this test runs alone
        assert sum(map(len, TRIED.values())) == len(ENRICH_POINTS) + len(IMPORT_POINTS)
