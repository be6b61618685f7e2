"""The cheap tests before case-blind patterns never hide a match (parse/prefilter.py)."""

from __future__ import annotations

import re

import pytest

from blinarefs.parse.patents import PATENT, patent_in
from blinarefs.parse.prefilter import may_hold, searched_where


def test_a_word_in_any_case_may_be_there_and_its_absence_is_sure() -> None:
    assert may_hold("An Invented THESIS of tests", ("thesis",))
    assert not may_hold("An invented study of tests", ("thesis", "preprint"))


@pytest.mark.parametrize("text", ["A thesİs [dİssertation]", "Roe J. ſurvey of tests", "Fıeld"])
def test_letters_a_case_blind_pattern_reads_as_ascii_keep_the_text_searched(text: str) -> None:
    # the dotted capital I, the dotless i and the long s match "i" and "s" in any case
    pattern = re.compile(r"thesis|dissertation|survey|field", re.I)
    assert pattern.search(text)
    assert may_hold(text, ("thesis", "dissertation", "survey", "field"))
    assert searched_where(pattern, ("thesis", "dissertation", "survey", "field"))(text)


@pytest.mark.parametrize(
    "text",
    [
        "Roe J. Invented widget. US Patent 1234567. 2030.",
        "Roe J. Invented widget. Patent WO2030123456. 2030.",
        "Roe J. Invented widget. US 20300087469 A1. 2030.",
        "Roe J. Invented widget. EP 1234567 B1; 2030.",
        "Roe J. Invented widget. US 7,654,321 B2.",
        "Roe J. Invented widget. WO/2030/040040.",
        "Roe J. Invented widget. PAT. 12345678.",
        "Roe J. A patent foramen ovale in invented hearts. J Ex. 2030;1:1-9.",
        "Roe J. Invented widgets in the US 2030 census. J Ex. 2030;1:1-9.",
    ],
)
def test_a_patent_is_found_where_the_pattern_finds_it(text: str) -> None:
    want = PATENT.search(text)
    got = patent_in(text)
    assert (got and got.span()) == (want and want.span())
