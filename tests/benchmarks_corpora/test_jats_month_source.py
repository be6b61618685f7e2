"""A journal's source tag holding the month printed before the year, as a preprint converter
tags EndNote's AMA-like "Journal. Dec 1 2030;" in some references, on small JATS articles
written for these tests (the people and journals in them are made up)."""

from __future__ import annotations

from pathlib import Path

from corpora import jats_title_slips

from benchmarks_corpora.jats_made import refs_of


def cited(n: int, source_and_date: str) -> str:
    return (
        f'<ref id="R{n}"><label>{n}</label><mixed-citation publication-type="journal">'
        "<string-name><surname>Roe</surname> <given-names>JA</given-names></string-name>. "
        f"<article-title>Made-up findings</article-title>. {source_and_date};"
        "<volume>12</volume>:<fpage>45</fpage>&#x2013;<lpage>67</lpage>.</mixed-citation></ref>"
    )


def test_a_month_tagged_in_the_source_is_the_dates(tmp_path: Path) -> None:
    refs = "".join(
        (
            cited(1, "<source>Examplia Rev. Dec</source> 1 <year>2030</year>"),
            cited(2, "<source>J Exampl. Sep</source> <year>2030</year>"),
        )
    )
    got = [(t.container, t.notes) for t in refs_of(tmp_path, refs)]
    note = (jats_title_slips.MONTH_IN_SOURCE,)
    assert got == [("Examplia Rev", note), ("J Exampl", note)]


def test_a_journal_whose_name_ends_in_a_months_word_keeps_it(tmp_path: Path) -> None:
    """Guard: no stop before the word, or the month printed outside the tag."""
    refs = "".join(
        (
            cited(1, "<source>Rev Biol Mar</source> <year>2030</year>"),
            cited(2, "<source>Examplia Rev</source>. Dec <year>2030</year>"),
        )
    )
    got = [(t.container, t.notes) for t in refs_of(tmp_path, refs)]
    assert got == [("Rev Biol Mar", ()), ("Examplia Rev", ())]
