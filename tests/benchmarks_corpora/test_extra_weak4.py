"""Session 54's set: what either benchmark reads of the wanted publishers, an article of one of
SciELO's repositories filed under SciELO whatever its DOI prefix, at most a set number of one
journal from one origin (the lowest draws), none an earlier set drew, each in the half its id
draws."""

from __future__ import annotations

from pathlib import Path

import pytest
from corpora import extra_dev, extra_weak4

from .test_extra_dev import committed
from .test_extra_sup3 import article


def in_journal(blob: bytes, journal: str) -> bytes:
    """The article with a journal title in its front matter."""
    meta = f"<journal-meta><journal-title>{journal}</journal-title></journal-meta>"
    return blob.replace(b"<front>", f"<front>{meta}".encode(), 1)


def build(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, origins: dict[str, dict[str, bytes]]
) -> list[str]:
    """Build the set from made-up origins (``owner/name`` -> files), the manifest holding one
    made-up DOI; the files written, relative to the target."""
    weak4 = []
    for repo, files in origins.items():
        commit = committed(tmp_path / repo.replace("/", "+"), files)
        weak4.append((repo, commit, r"\.xml$"))
    manifest = [
        {"doi": "10.1590/FICT.9", "file": "jats/scielo/x.xml", "path_in_repo": "p",
         "sha256": "", "repo": "o/r", "split": "heldout"},
    ]  # fmt: skip
    monkeypatch.setattr(extra_dev, "load_manifest", lambda: manifest)
    monkeypatch.setattr(extra_weak4, "drawn_identities", lambda *_: extra_dev.manifest_identities())
    monkeypatch.setattr(extra_weak4, "WEAK4", weak4)
    target = tmp_path / "s10"
    extra_weak4.build(f"{tmp_path}/{{owner}}+{{name}}/.git", tmp_path / "cache", target)
    return sorted(str(p.relative_to(target)) for p in target.rglob("*.xml"))


def test_a_scielo_repository_s_articles_are_scielo_s_whatever_their_doi_prefix(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(extra_weak4, "SCIELO_ORIGINS", frozenset({"scieloorg/samples"}))
    own_prefix = article("10.99999/rsx.2030.1", "", "superscript")  # a journal's own prefix
    written = build(
        tmp_path,
        monkeypatch,
        {
            "scieloorg/samples": {"a/one.xml": own_prefix},
            # the same kind of article elsewhere is its journal's, not a wanted publisher
            "someone/papers": {"b/two.xml": article("10.99999/rsx.2030.2", "", "superscript")},
        },
    )
    ident = "10.99999_rsx.2030.1"
    assert written == [f"{extra_weak4.half(ident)}/scielo/{ident}.xml"]


def test_at_most_a_set_number_of_one_journal_the_lowest_draws(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(extra_weak4, "PER_JOURNAL", 2)
    volume = {
        f"v/{n}.xml": in_journal(
            article(f"10.1590/fict.{n}", f"PMC{n}", "superscript"), "Revista Exemplar"
        )
        for n in range(1, 5)
    }
    other = in_journal(article("10.1590/fict.7", "PMC7", "superscript"), "Acta Springfield")
    written = build(tmp_path, monkeypatch, {"someone/papers": {**volume, "w/7.xml": other}})
    lowest = sorted(
        (f"PMC{n}" for n in range(1, 5)), key=lambda i: extra_dev._draw(i, "weak4 keep")
    )
    assert written == sorted(f"{extra_weak4.half(i)}/scielo/{i}.xml" for i in [*lowest[:2], "PMC7"])


def test_drawn_and_unwanted_articles_stay_out(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    written = build(
        tmp_path,
        monkeypatch,
        {
            "someone/papers": {
                "a/1.xml": article("10.1590/fict.9", "PMC9", "superscript"),  # in the manifest
                "a/2.xml": article("10.3390/fict.2", "PMC2", "superscript"),  # not wanted
                "a/3.xml": article("10.1093/fict.3", "PMC3", "superscript"),  # kept
            }
        },
    )
    assert written == [f"{extra_weak4.half('PMC3')}/oup/PMC3.xml"]
