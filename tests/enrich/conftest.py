"""Fixtures for the enrichment tests: mocked services, options that never sleep."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import responses

from blinarefs.enrich import EnrichOptions

from .fakes import SEED_BIB, FakeServices


@pytest.fixture
def fake(monkeypatch):
    """The services answering from fixtures; any other request fails the test."""
    monkeypatch.delenv("BLINAREFS_OFFLINE", raising=False)
    with responses.RequestsMock(assert_all_requests_are_fired=False) as rsps:
        yield FakeServices(rsps)


@pytest.fixture
def sleeps() -> list[float]:
    return []


@pytest.fixture
def options(tmp_path, sleeps):
    """Options for a run against the fakes: own cache, fixed date, recorded sleeps."""

    def make(**changes) -> EnrichOptions:
        values = {
            "offline": False,
            "mailto": "tests@example.org",
            "today": "2026-01-01",
            "cache_dir": tmp_path / "cache",
            "sleep": sleeps.append,
            "backoff_base": 0.01,
            "save_every": 0.0,  # save after every batch
        }
        values.update(changes)
        return EnrichOptions(**values)

    return make


@pytest.fixture
def seed_bib(tmp_path) -> Path:
    """A copy of the seed's store as parsed from the printed list (no DOIs, "et al")."""
    path = tmp_path / "refs.bib"
    shutil.copy(SEED_BIB, path)
    return path
