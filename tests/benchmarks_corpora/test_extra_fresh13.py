"""Stop 60's set: the numbered articles of repositories no earlier recipe read, outside every
article an earlier recipe read (``extra_history``'s own origins included), each in the half its
id draws with this set's own salt."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

import pytest
from corpora import extra_dev, extra_fresh13, extra_history, extra_weak4

from .test_extra_dev import committed
from .test_extra_history import by_author_and_year
from .test_extra_sup3 import ELEMENT, article


def build_chained(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    recipe: ModuleType,
    origins: list[tuple[ModuleType, str, dict[str, bytes]]],
) -> list[str]:
    """``recipe``'s set built with each ``(module, list name, files)`` of ``origins`` reading
    a made-up repository of its own (the earlier recipes' first, the recipe's own last) and
    the manifest holding one made-up DOI; the files written, relative to the target."""
    manifest = [
        {"doi": "10.1371/FICT.9", "file": "jats/plos/x.xml", "path_in_repo": "p",
         "sha256": "", "repo": "o/r", "split": "heldout"},
    ]  # fmt: skip
    monkeypatch.setattr(extra_dev, "load_manifest", lambda: manifest)
    monkeypatch.setattr(extra_weak4, "drawn_identities", lambda *_: extra_dev.manifest_identities())
    monkeypatch.setattr(extra_weak4, "WEAK4", [])
    monkeypatch.setattr(extra_history, "HISTORY", [])
    for n, (module, name, files) in enumerate(origins):
        repo = committed(tmp_path / f"someone+r{n}", files)
        monkeypatch.setattr(module, name, [(f"someone/r{n}", repo, r"\.xml$")])
    target = tmp_path / "set"
    recipe.build(f"{tmp_path}/{{owner}}+{{name}}/.git", tmp_path / "cache", target)
    return sorted(str(p.relative_to(target)) for p in target.rglob("*.xml"))


def build(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    history: dict[str, bytes],
    fresh: dict[str, bytes],
) -> list[str]:
    """The set built from a made-up new repository (``fresh``), ``extra_history`` having read
    another one (``history``)."""
    origins = [(extra_history, "HISTORY", history), (extra_fresh13, "FRESH13", fresh)]
    return build_chained(tmp_path, monkeypatch, extra_fresh13, origins)


def test_new_numbered_articles_come_in_and_what_stop_58_read_stays_out(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    in_history = article("10.1371/fict.4", "PMC4", "bracket")
    fresh = {
        "a/1.xml": article("10.1371/fict.1", "PMC1", "bracket"),  # PLOS, in brackets: in
        "a/2.xml": article("10.3390/fict.2", "PMC2", "superscript", ELEMENT),  # prints none: in
        "a/4.xml": in_history,  # extra_history read it
        "a/5.xml": article("10.1371/fict.5", "PMC4", "bracket"),  # its PMCID again
        "a/9.xml": article("10.1371/fict.9", "PMC9", "bracket"),  # in the manifest
        "a/6.xml": by_author_and_year(article("10.1371/fict.6", "PMC6", "bracket")),
    }
    written = build(tmp_path, monkeypatch, {"h/4.xml": in_history}, fresh)
    assert written == sorted(
        [
            f"{extra_fresh13.half('PMC1')}/plos/PMC1.xml",
            f"{extra_fresh13.half('PMC2')}/mdpi/PMC2.xml",
        ]
    )


def test_the_halves_draw_with_the_set_s_own_salt() -> None:
    idents = [f"PMC{n}" for n in range(1, 60)]
    halves = [extra_fresh13.half(i) for i in idents]
    assert halves == [extra_dev.check_or_tune("fresh13", i) for i in idents]
    assert halves != [extra_history.half(i) for i in idents]
    assert 10 < halves.count("check") < 30
