"""Session 51's superscript and bare-number set: only articles whose markup cites so, however
many references they print, none an earlier set drew, each in the half its id draws."""

from __future__ import annotations

from pathlib import Path

import pytest
from corpora import extra_dev, extra_sup3

from .test_extra_dev import LICENCE, REF, committed

# a reference tagged as an element citation only: the list's size counts, nothing is printed
ELEMENT = (
    '<ref id="r{n}"><label>{n}</label><element-citation publication-type="journal">'
    "<person-group><name><surname>Doe</surname><given-names>P</given-names></name>"
    "</person-group><article-title>A made-up trial {n}</article-title><source>J Example Med"
    "</source><year>2030</year></element-citation></ref>"
)


def cites(how: str) -> str:
    """A body citing references 1 to 3 as ``how`` prints them (superscript, bare, bracket)."""
    x = '<xref ref-type="bibr" rid="r{n}">{n}</xref>'
    one, two, three = (x.format(n=n) for n in (1, 2, 3))
    if how == "superscript":
        return f"<p>Cells divide.<sup>{one}</sup> Roots grow.<sup>{two},{three}</sup></p>"
    if how == "bare":
        return f"<p>Cells divide.{one} Roots grow.{two},{three}</p>"
    return f"<p>Cells divide [{one}]. Roots grow [{two},{three}].</p>"


def article(doi: str, pmcid: str, how: str, ref: str = REF) -> bytes:
    back = "".join(ref.format(n=n) for n in range(1, 4))
    return (
        '<article xmlns:xlink="http://www.w3.org/1999/xlink"><front><article-meta>'
        f'<article-id pub-id-type="doi">{doi}</article-id>'
        f'<article-id pub-id-type="pmc">{pmcid}</article-id>{LICENCE}</article-meta></front>'
        f"<body>{cites(how)}</body><back><ref-list>{back}</ref-list></back></article>"
    ).encode()


def test_superscript_and_bare_articles_come_in_however_few_references_they_print(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    origin = tmp_path / "someone+papers"
    files = {
        "a/PMC1.xml": article("10.1038/fict.1", "PMC1", "superscript", ELEMENT),  # kept
        "a/PMC2.xml": article("10.1002/fict.2", "PMC2", "bare"),  # kept
        "a/PMC3.xml": article("10.3390/fict.3", "PMC3", "bracket"),  # cites in brackets
        "a/PMC4.xml": article("10.1038/fict.4", "PMC4", "superscript"),  # in the manifest
    }
    commit = committed(origin, files)
    manifest = [
        {"doi": "10.1038/FICT.4", "file": "jats/x/PMC4.xml", "path_in_repo": "p",
         "sha256": "", "repo": "o/r", "split": "dev"},
    ]  # fmt: skip
    monkeypatch.setattr(extra_dev, "load_manifest", lambda: manifest)
    monkeypatch.setattr(extra_sup3, "drawn_identities", lambda *_: extra_dev.manifest_identities())
    monkeypatch.setattr(extra_sup3, "WEAK2", [])
    monkeypatch.setattr(extra_sup3, "SUP3", [("someone/papers", commit, r"\.xml$")])
    target = tmp_path / "s8"
    counts = extra_sup3.build(f"{tmp_path}/{{owner}}+{{name}}/.git", tmp_path / "cache", target)
    written = sorted(str(p.relative_to(target)) for p in target.rglob("*.xml"))
    assert written == [
        f"{extra_sup3.half('PMC1')}/nature/PMC1.xml",
        f"{extra_sup3.half('PMC2')}/wiley/PMC2.xml",
    ]
    assert sum(counts.values()) == 2
