"""Forms of publishers the labeller was not trained on, read by rule (docs/parser.md,
"Leaving sources out"). Every reference here is made up for the test."""

from __future__ import annotations

import pytest

from blinarefs.model import Reference
from blinarefs.parse import parse_reference, parse_reference_list
from blinarefs.parse.assemble import _pages
from blinarefs.parse.reference import Unparsed


def _one(printed: str) -> Reference:
    [ref] = parse_reference_list(f"References\n1. {printed}\n").references
    return ref


def test_a_bare_doi_after_the_pages_is_the_doi() -> None:
    # BMJ's house style prints the DOI with no "doi:" after the pages
    ref = parse_reference(
        "Quillby EL, Rowan KG. Invented findings on imaginary cells. "
        "J Made Up Stud. 2030;12:S64–S70. 10.9999/jmus.2030.001"
    )
    assert isinstance(ref, Reference)
    assert (ref.doi, ref.page, ref.container_title) == (
        "10.9999/jmus.2030.001",
        "S64-S70",
        "J Made Up Stud",
    )


def test_a_journal_tail_without_a_full_stop_is_not_a_book() -> None:
    # "Journal 2030;2030:1-8": not "Publisher; Year:pages"
    printed = "Quillby EL. Invented findings on imaginary cells. J Made Up Stud 2030;2030:1–8."
    assert isinstance(parse_reference(printed), Unparsed)
    ref = _one(printed)
    assert ref.type == "article-journal" and ref.volume == "2030"


@pytest.mark.parametrize(
    ("printed", "pages"),
    [("S64–S70", "S64-S70"), ("pp. 12-19", "12-19"), ("S. 12-19", "12-19"), ("p 5-9", "5-9")],
)
def test_a_supplement_page_keeps_its_s(printed: str, pages: str) -> None:
    assert _pages(printed) == pages
