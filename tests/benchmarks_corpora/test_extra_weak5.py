"""Stop 55's set: the articles session 54's set found worth reading and left over its cap of one
journal's articles, none it took and none an earlier set drew, each in the half its id draws
with this set's own salt."""

from __future__ import annotations

from pathlib import Path

import pytest
from corpora import extra_dev, extra_weak4, extra_weak5

from .test_extra_dev import committed
from .test_extra_sup3 import article
from .test_extra_weak4 import in_journal


def build(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, files: dict[str, bytes]
) -> tuple[list[str], list[str]]:
    """Both sets built from one made-up origin, the manifest holding one made-up DOI, at most
    two articles of one journal in session 54's; the files each wrote, relative to its
    target."""
    commit = committed(tmp_path / "someone+papers", files)
    manifest = [
        {"doi": "10.1590/FICT.9", "file": "jats/scielo/x.xml", "path_in_repo": "p",
         "sha256": "", "repo": "o/r", "split": "heldout"},
    ]  # fmt: skip
    monkeypatch.setattr(extra_dev, "load_manifest", lambda: manifest)
    monkeypatch.setattr(extra_weak4, "drawn_identities", lambda *_: extra_dev.manifest_identities())
    monkeypatch.setattr(extra_weak4, "WEAK4", [("someone/papers", commit, r"\.xml$")])
    monkeypatch.setattr(extra_weak4, "PER_JOURNAL", 2)
    written = []
    for recipe, folder in ((extra_weak4, "s10"), (extra_weak5, "s11")):
        target = tmp_path / folder
        recipe.build(f"{tmp_path}/{{owner}}+{{name}}/.git", tmp_path / "cache", target)
        written.append(sorted(str(p.relative_to(target)) for p in target.rglob("*.xml")))
    return written[0], written[1]


def test_the_articles_over_the_earlier_cap_come_in_and_no_other(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    volume = {
        f"v/{n}.xml": in_journal(
            article(f"10.1590/fict.{n}", f"PMC{n}", "superscript"), "Revista Exemplar"
        )
        for n in range(1, 6)
    }
    other = in_journal(article("10.1590/fict.7", "PMC7", "superscript"), "Acta Springfield")
    s10, s11 = build(tmp_path, monkeypatch, {**volume, "w/7.xml": other})
    lowest = sorted(
        (f"PMC{n}" for n in range(1, 6)), key=lambda i: extra_dev._draw(i, "weak4 keep")
    )
    assert s10 == sorted(f"{extra_weak4.half(i)}/scielo/{i}.xml" for i in [*lowest[:2], "PMC7"])
    assert s11 == sorted(f"{extra_weak5.half(i)}/scielo/{i}.xml" for i in lowest[2:])


def test_drawn_and_unwanted_articles_stay_out(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # a journal of four articles, three of them left out of the earlier set for a reason
    # other than its cap: none of them comes in here either
    files = {
        "a/1.xml": article("10.1590/fict.9", "PMC9", "superscript"),  # in the manifest
        "a/2.xml": article("10.3390/fict.2", "PMC2", "superscript"),  # not wanted
        "a/3.xml": article("10.1093/fict.3", "PMC3", "bracket", ""),  # prints nothing
        "a/4.xml": article("10.1093/fict.4", "PMC4", "superscript"),  # taken before
    }
    s10, s11 = build(tmp_path, monkeypatch, files)
    assert s10 == [f"{extra_weak4.half('PMC4')}/oup/PMC4.xml"]
    assert s11 == []


def test_the_halves_draw_with_the_set_s_own_salt() -> None:
    idents = [f"PMC{n}" for n in range(1, 60)]
    assert [extra_weak5.half(i) for i in idents] == [
        extra_dev.check_or_tune("weak5", i) for i in idents
    ]
    assert [extra_weak5.half(i) for i in idents] != [extra_weak4.half(i) for i in idents]
