"""Session 53's set: the wanted publishers' articles that either benchmark reads (five
references printed, or citing by superscript or bare numbers however few are printed), an
article wrapped in a PMC article set read on its own, none an earlier set drew, each in the
half its id draws."""

from __future__ import annotations

from pathlib import Path

import pytest
from corpora import extra_dev, extra_weak3

from . import test_extra_dev
from .test_extra_dev import committed
from .test_extra_sup3 import ELEMENT, article


def wrapped(blob: bytes) -> bytes:
    """An article as PMC's service returns it: alone in a ``<pmc-articleset>``."""
    inner = blob.decode().removeprefix('<?xml version="1.0"?>')
    return f"<pmc-articleset>{inner}</pmc-articleset>".encode()


def test_either_benchmark_reads_what_comes_in_and_article_sets_are_opened(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    origin = tmp_path / "someone+papers"
    files = {
        "p/PMC1.nxml": wrapped(article("10.1038/fict.1", "PMC1", "superscript", ELEMENT)),
        "p/PMC2.xml": test_extra_dev.article("10.1177/fict.2", "PMC2"),  # prints five: kept
        "p/PMC3.xml": article("10.1177/fict.3", "PMC3", "bracket", ELEMENT),  # nothing read
        "p/PMC4.xml": article("10.3390/fict.4", "PMC4", "superscript"),  # not a wanted one
        "p/PMC5.xml": article("10.1093/fict.5", "PMC5", "superscript"),  # in the manifest
        "p/broken.xml": b"<article><front>",  # does not parse: refused, nothing raised
    }
    commit = committed(origin, files)
    manifest = [
        {"doi": "10.1093/FICT.5", "file": "jats/x/PMC5.xml", "path_in_repo": "p",
         "sha256": "", "repo": "o/r", "split": "dev"},
    ]  # fmt: skip
    monkeypatch.setattr(extra_dev, "load_manifest", lambda: manifest)
    monkeypatch.setattr(extra_weak3, "drawn_identities", lambda *_: extra_dev.manifest_identities())
    monkeypatch.setattr(extra_weak3, "WEAK3", [("someone/papers", commit, r"\.n?xml$")])
    target = tmp_path / "s9"
    counts = extra_weak3.build(f"{tmp_path}/{{owner}}+{{name}}/.git", tmp_path / "cache", target)
    written = sorted(str(p.relative_to(target)) for p in target.rglob("*.xml"))
    assert written == sorted(
        [
            f"{extra_weak3.half('PMC1')}/nature/PMC1.xml",
            f"{extra_weak3.half('PMC2')}/sage/PMC2.xml",
        ]
    )
    assert sum(counts.values()) == 2
    # the wrapped article is written on its own, as an <article>
    assert b"<pmc-articleset" not in next(target.rglob("PMC1.xml")).read_bytes()
