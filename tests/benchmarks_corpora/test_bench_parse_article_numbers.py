"""How ``bench_parse.py`` scores an article number with its year that the markup split
into a first and a last page (made-up references, issue 13)."""

from __future__ import annotations

import pytest
from corpora.jats_truth import RefTruth
from parse_scoring import score

from blinarefs.parse.read import read_item

_PRINTED = "Roe J. Made-up goats. mExampl. 2031;12:e00123–20."


def _truth(fpage: str, lpage: str | None) -> RefTruth:
    return RefTruth(
        article="a", number=1, label=None, text=_PRINTED, authors=(), etal=False, title=None,
        container=None, year=None, volume=None, issue=None, fpage=fpage, lpage=lpage,
        pub_type=None, doi=None, pmid=None, tagged=True, markup_text=None,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("fpage", "lpage"),
    [("e00123-20", None), ("e00123", "20"), ("e00123", "e00120")],
)
def test_the_number_is_right_however_the_markup_tags_it(fpage: str, lpage: str | None) -> None:
    right = score(_truth(fpage, lpage), read_item(_PRINTED, 1, 1).reference)
    assert right["fpage"] and right.get("lpage", True)


def test_a_range_the_markup_splits_is_still_two_pages() -> None:
    printed = "Roe J. Made-up goats. Lancet Fict. 2031;12:e284–9."
    truth = _truth("e284", "9")
    ref = read_item(printed, 1, 1).reference
    assert score(truth, ref)["fpage"] and score(truth, ref)["lpage"]
    assert not score(_truth("e284", "e290"), ref)["lpage"]


def test_the_word_article_tagged_in_the_first_page_is_no_part_of_the_number() -> None:
    printed = "Roe J. Made-up goats. Fict Res. 2031;12: Article 101432."
    ref = read_item(printed, 1, 1).reference
    assert score(_truth("Article 101432", None), ref)["fpage"]
    # guard: a wrong number stays wrong
    assert not score(_truth("Article 101433", None), ref)["fpage"]
