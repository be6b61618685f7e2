"""Chicago's author-date books (T&F's Chicago author-date prints them so): "Roe, J. 2030.
Title. Place: Publisher." The labeller, which has seen few such books, reads one inverted
name and its year as the title's opening, and leaves the year of a list of names in the
title. Every name and title here is made up."""

from __future__ import annotations

import pytest

from blinarefs.parse import read_item
from blinarefs.parse.name_runs import inverted_name_opens_title
from labelled import labelled_parts


@pytest.mark.parametrize("name", ["Arbour, Q. ", "Arbour, Quentin. ", "Arbour, Q. W. "])
def test_an_inverted_name_and_its_year_opening_the_title_are_the_author_and_year(
    name: str,
) -> None:
    labelled, _ = labelled_parts(
        (f"{name}2030. Invented results of care", "title"),
        (". ", "other"),
        ("Springfield", "place"),
        (": ", "other"),
        ("Example Press", "publisher"),
        (".", "other"),
    )
    mended = " ".join(f"{x.token.text}/{x.label}" for x in inverted_name_opens_title(labelled))
    assert mended.startswith("Arbour/author ,/author")
    assert "2030/year ./other Invented/title" in mended


def test_a_title_without_a_year_after_its_opening_words_is_left_as_read() -> None:
    labelled, _ = labelled_parts(
        ("Arbour, Quentin. Invented results of care in 2030", "title"),
        (". ", "other"),
        ("Example Press", "publisher"),
        (".", "other"),
    )
    assert inverted_name_opens_title(labelled) == labelled


@pytest.mark.parametrize(
    ("printed", "families"),
    [
        ("Roe, J. 2030. Global Report on Made-up Care. Springfield: Example Press.", ["Roe"]),
        ("Roe, Jane. 2030. Global Report on Made-up Care. Springfield: Example Press.", ["Roe"]),
        (
            "Roe, J., and P. Doe. 2030. Global Report on Made-up Care. Springfield: Example Press.",
            ["Roe", "Doe"],
        ),
    ],
)
def test_chicago_book(printed: str, families: list[str]) -> None:
    ref = read_item(printed, 1, 1).reference
    assert [n.family for n in ref.author] == families
    assert ref.title == "Global Report on Made-up Care"
    assert ref.issued[:1] == (2030,)
