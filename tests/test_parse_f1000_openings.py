"""F1000's house style on a short list: a body's acronym closed by a colon before the
title, and a year glued to the mark after a year or a date before it. The references are
made up."""

from __future__ import annotations

import pytest

from blinarefs.parse import parse_reference_list
from blinarefs.parse.acronym_colons import close_acronym_colon
from blinarefs.parse.glued_years import unglued_years


def _read(*items: str):  # type: ignore[no-untyped-def]
    text = "\n".join(f"{k}. {item}" for k, item in enumerate(items, 1))
    return parse_reference_list(text).references


@pytest.mark.parametrize(
    ("printed", "author", "title"),
    [
        (
            "EXMPL: Examplia empfiehlt Richtwerte fuer Dinge. EXMPL Pressedienst: Springfield,"
            "2030. Reference Source",
            "EXMPL",
            "Examplia empfiehlt Richtwerte fuer Dinge",
        ),
        (
            "ExA: State of the Examplia Report 2029. The Ministry of Examples,2030.",
            "ExA",
            "State of the Examplia Report 2029",
        ),
    ],
)
def test_an_acronym_closed_by_a_colon_and_printed_again_is_the_author(
    printed: str, author: str, title: str
) -> None:
    # before: no author, the acronym read into the title ("EXMPL: Examplia empfiehlt ...")
    (ref,) = _read(printed)
    assert [n.literal for n in ref.author] == [author]
    assert ref.title.startswith(title)


@pytest.mark.parametrize(
    "printed",
    [
        "DNA: The double helix of examples. Springfield Press; 2030.",
        "HIV: A review of made-up cases. J Examp. 2030;12:1-9.",
        "COVID-19: The Springfield Institute of Examples. Springfield; 2030.",
        "Review: Examples of made-up things. Ministry of Examples; 2030.",
    ],
)
def test_a_title_opening_with_an_acronym_and_a_colon_stays_the_title(printed: str) -> None:
    # guard: nothing names a body after it, the acronym holds a digit, or it is a word
    assert close_acronym_colon(printed) == printed


@pytest.mark.parametrize(
    ("printed", "year", "title"),
    [
        (
            "Doe K, Roe J: Scenarios for the examplia scientific report 2029.2030."
            " Reference Source",
            2030,
            "Scenarios for the examplia scientific report 2029",
        ),
        (
            "Doe K: A review of example things. accessed on 2031-03-29,2030. Reference Source",
            2030,
            "A review of example things",
        ),
    ],
)
def test_a_year_glued_to_a_year_or_a_date_is_the_year(printed: str, year: int, title: str) -> None:
    # before: no year ("2029.2030" and "2031-03-29,2030" read as one number)
    (ref,) = _read(printed)
    assert ref.issued is not None and ref.issued[0] == year
    assert ref.title == title


@pytest.mark.parametrize(
    "text",
    [
        "https://doi.org/10.5555/2029.2030",
        "Examplia version 1.2029.2030 notes",
        "Doe K: Things of examples.2030. Reference Source",
    ],
)
def test_links_versions_and_years_after_letters_keep_their_marks(text: str) -> None:
    # guard: a link's or a version's digits, and a year a letter's mark precedes, as they were
    assert unglued_years(text) == text
