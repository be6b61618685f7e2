"""An article-number tag holding the range of pages or the volume, as a preprint converter
tags a Vancouver citation's place in its journal, on small JATS articles written for these
tests (the people and journals in them are made up)."""

from __future__ import annotations

import time
from pathlib import Path

from corpora import jats_numbers

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
    note = (jats_numbers.PAGES_IN_NUMBER,)
    assert got == [("12", "334", "47", note), ("12", "235", "47.e9", note)]


def test_a_number_printed_where_the_volume_is_is_the_volume_or_unknown(tmp_path: Path) -> None:
    got = places(
        tmp_path,
        "<elocation-id>511</elocation-id>(7509):341-3.",
        "<elocation-id>8</elocation-id>.",
    )
    volume, either = (jats_numbers.VOLUME_IN_NUMBER,), (jats_numbers.NUMBER_AT_END,)
    assert got == [("511", None, None, volume), (None, None, None, either)]


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


def test_a_volume_tag_holding_its_issue_is_the_volume_and_the_issue(tmp_path: Path) -> None:
    got = [
        (t.volume, t.issue, t.notes)
        for t in refs_of(
            tmp_path,
            cited(1, "<volume>242(3)</volume>:<fpage>421</fpage>.")
            + cited(2, "<volume>39 (Suppl 2)</volume>:<fpage>12</fpage>."),
        )
    ]
    note = (jats_numbers.ISSUE_IN_VOLUME,)
    assert got == [("242", "3", note), ("39", "Suppl 2", note)]


def test_a_volume_tagged_with_its_issue_stays(tmp_path: Path) -> None:
    """Guard: the issue tagged on its own, or a volume with no bracket."""
    got = [
        (t.volume, t.issue, t.notes)
        for t in refs_of(
            tmp_path,
            cited(1, "<volume>242</volume>(<issue>3</issue>):<fpage>421</fpage>.")
            + cited(2, "<volume>242(3)</volume>(<issue>3</issue>):<fpage>421</fpage>.")
            + cited(3, "<volume>12</volume>:<fpage>421</fpage>."),
        )
    ]
    assert got == [("242", "3", ()), ("242(3)", "3", ()), ("12", None, ())]


def test_the_patterns_are_linear_on_long_tags() -> None:
    """64,000 characters of a tag's text (digits, letters, brackets) are matched at once."""
    for pattern in (jats_numbers._RANGE, jats_numbers._VOLUME_ISSUE):
        for piece in ("1", "a1", "1 (", "(", "1-"):
            start = time.process_time()
            pattern.fullmatch(piece * (64_000 // len(piece)))
            assert time.process_time() - start < 0.5
