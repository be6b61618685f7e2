"""Issue 13: a DOI glued to the full stop after the page, as a copy of PMC's page prints a
reference whose markup puts no space before its identifier ("2030;12:e0123.10.5555/x"):
the page and the DOI were one number token, and both were lost. Every reference here is
made-up text, not a real record."""

from __future__ import annotations

import pytest

from blinarefs.parse import parse_reference_list
from blinarefs.parse.tokens import tokenize


@pytest.mark.parametrize(
    ("tail", "page", "doi"),
    [
        ("5:a018580.10.5555/fict.a018580", "a018580", "10.5555/fict.a018580"),
        ("2030:405310.10.5555/2030/405310", "405310", "10.5555/2030/405310"),
        ("11:e1004671.10.5555/journal.fict.1004671", "e1004671", "10.5555/journal.fict.1004671"),
    ],
)
def test_a_doi_glued_after_the_page_is_read_apart(tail: str, page: str, doi: str) -> None:
    text = f"1. Roe J, Doe K. Made-up findings in goats. Fict Dev Biol (2030) {tail}\n"
    (ref,) = parse_reference_list(text).references
    assert (ref.page, ref.doi) == (page, doi)


def test_numbers_with_points_stay_whole() -> None:
    # guard: a version, a section number, a decimal: no DOI follows, nothing is cut
    for number in ("1.10.2", "19.2.1", "3.14"):
        assert [t.text for t in tokenize(f"see {number} here")][1] == number
