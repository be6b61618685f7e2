"""Shared fixtures: the seed case and its verified metadata.

The seed manuscript is embedded in ``references/``; the verified metadata lives in
``../shared/data/seed-references.json`` beside the checkout (CI places it there), or in the
folder ``BLINAREFS_SHARED`` names.
"""

from __future__ import annotations

import atexit
import itertools
import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

# Property tests: 100 examples each by default (fast enough for every commit); run
# `pytest --hypothesis-profile=thorough` for 2,000 each.
settings.register_profile(
    "default", max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile("thorough", parent=settings.get_profile("default"), max_examples=2000)
settings.load_profile("default")

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
SHARED = Path(os.environ.get("BLINAREFS_SHARED") or ROOT.parent / "shared")
SEED_TEXT = ROOT / "references" / "commentary.txt"

# caches (formatted entries, HTTP replies) go to a throwaway folder, never the user's
if "BLINAREFS_CACHE_DIR" not in os.environ:
    os.environ["BLINAREFS_CACHE_DIR"] = tempfile.mkdtemp(prefix="blinarefs-tests-")
    atexit.register(shutil.rmtree, os.environ["BLINAREFS_CACHE_DIR"], True)

# The CLI run in a subprocess, as a user runs it, compiles every module it imports afresh
# when PYTHONDONTWRITEBYTECODE is set (as some shells and runners set it): about a third of
# a short command's time. The subprocesses keep their bytecode in a throwaway folder
# instead, shared by all of them, never beside the sources.
if os.environ.pop("PYTHONDONTWRITEBYTECODE", None):
    os.environ["PYTHONPYCACHEPREFIX"] = tempfile.mkdtemp(prefix="blinarefs-tests-pyc-")
    atexit.register(shutil.rmtree, os.environ["PYTHONPYCACHEPREFIX"], True)


def pytest_configure(config: pytest.Config) -> None:
    """Stop before collection, with what to do, when the fixtures' source is missing: several
    modules build their cases from it at import time."""
    seed = SHARED / "data" / "seed-references.json"
    if not seed.exists():
        pytest.exit(
            f"{seed} is missing: the tests' verified metadata comes from it. Clone the "
            "project beside its shared/ folder, or set BLINAREFS_SHARED to that folder.",
            returncode=4,
        )


CSL_KEYS = {
    "id",
    "type",
    "title",
    "container-title",
    "container-title-short",
    "author",
    "issued",
    "available-date",
    "volume",
    "issue",
    "page",
    "DOI",
    "PMID",
    "PMCID",
}


@pytest.fixture(scope="session", autouse=True)
def _no_fsync() -> Iterator[None]:
    """``os.fsync`` makes a write last through a power cut, which no test can observe; on a
    busy disk each call waits milliseconds, and the suite writes thousands of files. In the
    tests' own process it checks its file descriptor (a bad one still fails) and waits for
    nothing. The kill tests that stop a write at its fsync replace it themselves."""

    def fsync(fd: int) -> None:
        os.fstat(fd)

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(os, "fsync", fsync)
        yield


@pytest.fixture(scope="session")
def _caches(tmp_path_factory) -> Iterator[Path]:
    """One folder for every test's cache folder, each named by a number of its own."""
    root = tmp_path_factory.mktemp("caches")
    return (root / str(n) for n in itertools.count())


@pytest.fixture(autouse=True)
def _no_network(_caches, monkeypatch):
    """No test reaches a real service: enrichment answers from an empty cache only, and no
    user setting (mailto, config file, API key) leaks in. Enrichment tests that mock the
    services with ``responses`` switch BLINAREFS_OFFLINE off themselves.

    The cache folder is a new path, not made yet: blinarefs makes it when it first writes
    there. (A numbered folder per test from ``tmp_path_factory.mktemp`` costs a listing of
    the whole base folder each, which grows with every test: quadratic over the suite.)"""
    cache = next(_caches)
    monkeypatch.setenv("BLINAREFS_OFFLINE", "1")
    monkeypatch.setenv("BLINAREFS_CACHE_DIR", str(cache))
    monkeypatch.setenv("BLINAREFS_CONFIG", str(cache / "no-config.toml"))
    for name in (
        "BLINAREFS_MAILTO",
        "NCBI_API_KEY",
        "BLINAREFS_CROSSREF_API",
        "BLINAREFS_DOI_RESOLVER",
        "BLINAREFS_EUTILS_API",
        "BLINAREFS_IDCONV_API",
    ):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED_TEXT.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_verified() -> list[dict]:
    """The ten verified CSL items (non-CSL keys kept: printed_reference, notes, sources)."""
    path = SHARED / "data" / "seed-references.json"
    if not path.exists():
        pytest.fail(f"{path} is missing: clone the project with ../shared beside it")
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def seed_parsed(seed_text):
    from blinarefs.parse import parse_reference_list

    return parse_reference_list(seed_text)


def run_cli(
    *args: str,
    input: str | None = None,
    env: dict | None = None,
    cwd: str | Path | None = None,
    timeout: float = 300,
    cpu_seconds: int | None = None,
) -> subprocess.CompletedProcess:
    """Run ``python -m blinarefs`` from this checkout's sources, as a user would.

    Raises ``subprocess.TimeoutExpired`` (after killing the process) past ``timeout``. With
    ``cpu_seconds`` the process is stopped by SIGXCPU past that much CPU time: unlike wall
    time, it does not depend on what else the machine is running."""
    full_env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "NO_COLOR": "1", **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "blinarefs", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        input=input,
        env=full_env,
        cwd=cwd,
        preexec_fn=None if cpu_seconds is None else lambda: _limit_cpu(cpu_seconds),
    )


def run_main(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    """As ``run_cli``, but calling the CLI's ``main`` in this process: for tests of what a
    command prints and returns, where a subprocess would only add a Python start-up and
    the imports. An exception escaping ``main`` propagates (a user would see a traceback)."""
    import contextlib
    import io
    from unittest import mock

    from blinarefs.cli import main

    out, err = io.StringIO(), io.StringIO()
    with (
        mock.patch.dict(os.environ, {"NO_COLOR": "1", **(env or {})}),
        contextlib.redirect_stdout(out),
        contextlib.redirect_stderr(err),
    ):
        try:
            code = main(list(args))
        except SystemExit as exc:  # argparse: --help or a usage error
            code = exc.code if isinstance(exc.code, int) else 2
    return subprocess.CompletedProcess(["blinarefs", *args], code, out.getvalue(), err.getvalue())


def _limit_cpu(seconds: int) -> None:
    import resource

    resource.setrlimit(resource.RLIMIT_CPU, (seconds, seconds + 5))


@pytest.fixture
def files(tmp_path, monkeypatch, request):
    """The working folder, holding the test module's ``REFLIST`` (l.txt), ``MANUSCRIPT``
    (ms.txt) and ``BIB`` (s.bib): the command-line tests' inputs, named alike in each."""
    monkeypatch.chdir(tmp_path)
    for name, attr in (("l.txt", "REFLIST"), ("ms.txt", "MANUSCRIPT"), ("s.bib", "BIB")):
        (tmp_path / name).write_text(getattr(request.module, attr), encoding="utf-8")
    return tmp_path
