"""The weak publishers' extra set: only their articles, none of the manifest's (either
split), each in the half its id draws, about a third in ``check``."""

from __future__ import annotations

from pathlib import Path

import pytest
from corpora import extra_dev, extra_weak

from .test_extra_dev import article, committed


def test_only_the_weak_publishers_articles_outside_the_manifest_come_in(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    origin = tmp_path / "someone+papers"
    files = {
        "a/PMC1/fulltext.xml": article("10.1177/fict.1", "PMC1"),  # SAGE, in the manifest
        "a/PMC2/fulltext.xml": article("10.1177/fict.2", "PMC2"),  # SAGE: kept
        "a/PMC3/fulltext.xml": article("10.1530/fict.3", "PMC3"),  # Bioscientifica: kept
        "a/PMC4/fulltext.xml": article("10.1371/fict.4", "PMC4"),  # PLOS: not a weak one
        "a/PMC5/fulltext.xml": article("10.1136/fict.5", "PMC5", refs=2),  # too few printed
    }
    commit = committed(origin, files)
    manifest = [
        {"doi": "10.1177/FICT.1", "file": "jats/x/PMC100.xml", "path_in_repo": "p",
         "sha256": "", "repo": "o/r", "split": "heldout"},
    ]  # fmt: skip
    monkeypatch.setattr(extra_dev, "load_manifest", lambda: manifest)
    monkeypatch.setattr(extra_weak, "ORIGINS", [("someone/papers", commit, r"fulltext\.xml$")])
    monkeypatch.setattr(extra_weak, "EXTRA", {"someone/papers": "test"})
    monkeypatch.setattr(extra_weak, "SUPERSCRIPT_ORIGINS", [])
    monkeypatch.setattr(extra_weak, "MORE_ORIGINS", [])
    monkeypatch.setattr(extra_weak, "LATER_ORIGINS", [])
    target = tmp_path / "weak"
    counts = extra_weak.build(f"{tmp_path}/{{owner}}+{{name}}/.git", tmp_path / "cache", target)
    written = sorted(str(p.relative_to(target)) for p in target.rglob("*.xml"))
    assert written == [
        f"{extra_weak.half('PMC3')}/bioscientifica/PMC3.xml",
        f"{extra_weak.half('PMC2')}/sage/PMC2.xml",
    ]
    assert sum(counts.values()) == 2


def test_about_a_third_of_the_ids_are_the_check_half() -> None:
    halves = [extra_weak.half(f"PMC{n}") for n in range(3000)]
    assert 0.28 < halves.count("check") / len(halves) < 0.38


def test_a_later_origin_adds_only_articles_the_others_do_not_hold(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = committed(tmp_path / "someone+papers", {"a/PMC2.xml": article("10.1177/f.2", "PMC2")})
    later = committed(
        tmp_path / "other+data",
        {
            "b/PMC2-fulltxt.xml": article("10.1177/f.2", "PMC2", refs=6),  # drawn already
            "b/PMC6-fulltxt.xml": article("10.1136/f.6", "PMC6"),  # BMJ: kept
            "b/PMC7-fulltxt.xml": article("10.1371/f.7", "PMC7"),  # PLOS: not a weak one
        },
    )
    monkeypatch.setattr(extra_dev, "load_manifest", lambda: [])
    monkeypatch.setattr(extra_weak, "ORIGINS", [("someone/papers", first, r"\.xml$")])
    monkeypatch.setattr(extra_weak, "EXTRA", {"someone/papers": "test"})
    monkeypatch.setattr(extra_weak, "LATER_ORIGINS", [("other/data", later, r"fulltxt\.xml$")])
    monkeypatch.setattr(extra_weak, "SUPERSCRIPT_ORIGINS", [])
    monkeypatch.setattr(extra_weak, "MORE_ORIGINS", [])
    target = tmp_path / "weak"
    extra_weak.build(f"{tmp_path}/{{owner}}+{{name}}/.git", tmp_path / "cache", target)
    written = {p.name: p.read_bytes() for p in target.rglob("*.xml")}
    assert sorted(written) == ["PMC2.xml", "PMC6.xml"]
    assert written["PMC2.xml"] == article("10.1177/f.2", "PMC2")  # the earlier origin's copy
