"""Stop 58's set: the articles the earlier origins' histories hold that no earlier recipe read,
of any publisher, when their markup cites by number, each in the half its id draws with this
set's own salt."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from corpora import extra_dev, extra_history, extra_weak4

from .test_extra_dev import committed
from .test_extra_sup3 import ELEMENT, article

AUTHOR_YEAR = (
    '<body><p>Cells divide (<xref ref-type="bibr" rid="r1">Doe, 2030</xref>). Roots grow '
    '(<xref ref-type="bibr" rid="r2">Roe, 2031</xref>; <xref ref-type="bibr" rid="r3">Poe, '
    "2032</xref>).</p></body>"
)


def by_author_and_year(blob: bytes) -> bytes:
    """The article citing its references by author and year instead."""
    return re.sub(rb"<body>.*</body>", AUTHOR_YEAR.encode(), blob, flags=re.S)


def build(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    earlier: dict[str, bytes],
    later: dict[str, bytes],
) -> list[str]:
    """The set built from a made-up repository's later commit (``later``), an earlier recipe
    having read another commit of it (``earlier``), the manifest holding one made-up DOI; the
    files written, relative to the target."""
    first = committed(tmp_path / "someone+old", earlier)
    second = committed(tmp_path / "someone+papers", later)
    manifest = [
        {"doi": "10.1186/FICT.9", "file": "jats/bmc/x.xml", "path_in_repo": "p",
         "sha256": "", "repo": "o/r", "split": "heldout"},
    ]  # fmt: skip
    monkeypatch.setattr(extra_dev, "load_manifest", lambda: manifest)
    monkeypatch.setattr(extra_weak4, "drawn_identities", lambda *_: extra_dev.manifest_identities())
    monkeypatch.setattr(extra_weak4, "WEAK4", [("someone/old", first, r"\.xml$")])
    monkeypatch.setattr(extra_history, "HISTORY", [("someone/papers", second, r"\.xml$")])
    target = tmp_path / "s12"
    extra_history.build(f"{tmp_path}/{{owner}}+{{name}}/.git", tmp_path / "cache", target)
    return sorted(str(p.relative_to(target)) for p in target.rglob("*.xml"))


def test_numbered_articles_of_any_publisher_come_in_however_few_they_print(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    later = {
        "a/1.xml": article("10.1186/fict.1", "PMC1", "bracket"),  # BMC, in brackets
        "a/2.xml": article(
            "10.3390/fict.2", "PMC2", "superscript", ELEMENT
        ),  # MDPI, prints nothing
        "a/3.xml": article("10.1155/fict.3", "PMC3", "bare"),  # Hindawi, bare numbers
    }
    other = {"a/8.xml": article("10.1186/fict.8", "PMC8", "bracket")}  # the earlier commit's own
    written = build(tmp_path, monkeypatch, other, later)
    assert written == sorted(
        [
            f"{extra_history.half('PMC1')}/bmc/PMC1.xml",
            f"{extra_history.half('PMC2')}/mdpi/PMC2.xml",
            f"{extra_history.half('PMC3')}/hindawi/PMC3.xml",
        ]
    )


def test_what_an_earlier_recipe_read_or_cites_by_author_and_year_stays_out(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # read by the earlier recipe, though never written there (not a publisher it wanted)
    read_before = article("10.3390/fict.4", "PMC4", "bracket")
    later = {
        "b/4.xml": read_before,
        "b/5.xml": article("10.3390/fict.5", "PMC4", "bracket"),  # its PMCID again
        "b/9.xml": article("10.1186/fict.9", "PMC9", "bracket"),  # in the manifest
        "b/6.xml": by_author_and_year(article("10.1186/fict.6", "PMC6", "bracket")),
        "b/7.xml": article("10.1186/fict.7", "PMC7", "bracket"),  # new: comes in
    }
    written = build(tmp_path, monkeypatch, {"a/4.xml": read_before}, later)
    assert written == [f"{extra_history.half('PMC7')}/bmc/PMC7.xml"]


def test_the_halves_draw_with_the_set_s_own_salt() -> None:
    idents = [f"PMC{n}" for n in range(1, 60)]
    assert [extra_history.half(i) for i in idents] == [
        extra_dev.check_or_tune("history", i) for i in idents
    ]
    assert [extra_history.half(i) for i in idents] != [extra_weak4.half(i) for i in idents]
