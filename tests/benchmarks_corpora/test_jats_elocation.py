"""An article-number tag holding the range of pages or the volume, as a preprint converter
tags a Vancouver citation's place in its journal, on small JATS articles written for these
tests (the people and journals in them are made up)."""

from __future__ import annotations

from pathlib import Path

from corpora import jats_elocation

from benchmarks_corpora.jats_made import refs_of


def cited(n: int, place: str) -> str:
    return (
        f'<ref id="R{n}"><label>{n}</label><mixed-citation publication-type="journal">'
        "<string-name><surname>Roe</surname> <given-names>JA</given-names></string-name>. "
        "<article-title>Made-up findings</article-title>. <source>Examplia Rev</source>. "
        f"<year>2030</year>;{place}</mixed-citation></ref>"
    )


def places(tmp_path: Path, *forms: str) -> list[tuple[object, ...]]:
    refs = "".join(cited(n, form) for n, form in enumerate(forms, 1))
    return [(t.volume, t.fpage, t.lpage, t.notes) for t in refs_of(tmp_path, refs)]


def test_a_range_tagged_as_an_article_number_is_the_pages(tmp_path: Path) -> None:
    got = places(
        tmp_path,
        "<volume>12</volume>():<elocation-id>334-47</elocation-id>.",
        "<volume>12</volume>():<elocation-id>235-47.e9</elocation-id>.",
    )
    note = (jats_elocation.PAGES_IN_NUMBER,)
    assert got == [("12", "334", "47", note), ("12", "235", "47.e9", note)]


def test_a_number_printed_where_the_volume_is_is_the_volume(tmp_path: Path) -> None:
    got = places(
        tmp_path,
        "<elocation-id>511</elocation-id>(7509):341-3.",
        "<elocation-id>8</elocation-id>.",
    )
    note = (jats_elocation.VOLUME_IN_NUMBER,)
    assert got == [("511", None, None, note), ("8", None, None, note)]


def test_article_numbers_stay(tmp_path: Path) -> None:
    """Guard: an article number, one with its year after a dash, or a number printed after
    the volume is the first page."""
    got = places(
        tmp_path,
        "<volume>12</volume>():<elocation-id>e1234</elocation-id>.",
        "<volume>12</volume>:<elocation-id>e00123-20</elocation-id>.",
        "<volume>12</volume>():<elocation-id>4567</elocation-id>.",
        "<elocation-id>e4567</elocation-id>.",
    )
    assert got == [
        ("12", "e1234", None, ()),
        ("12", "e00123-20", None, ()),
        ("12", "4567", None, ()),
        (None, "e4567", None, ()),
    ]
