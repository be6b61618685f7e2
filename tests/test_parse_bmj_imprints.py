"""BMJ's imprint, "Place: Publisher 2030." with no mark before the year: the publisher is
read (made-up references)."""

from __future__ import annotations

import pytest

from blinarefs.model import Reference
from blinarefs.parse import parse_reference_list

_ARTICLE = "Roe J. Made-up care in example populations. J Example Med 2030;12:101-9."


def _first(item: str) -> Reference:
    return parse_reference_list(f"1. {item}\n2. {_ARTICLE}\n").references[0]


@pytest.mark.parametrize(
    ("item", "place", "publisher"),
    [
        ("Roe J. Example Book of Things. Springfield: Example Press 2030.",
         "Springfield", "Example Press"),
        ("Roe J. A Manual for the Practical Study of Example Bacteria. Oxford: Blackwell 2030.",
         "Oxford", "Blackwell"),
        ("Roe J, Doe P. Example Book of Things. Springfield, MA: Example Associates 2030.",
         "Springfield, MA", "Example Associates"),
    ],
)  # fmt: skip
def test_a_books_publisher_before_the_year(item: str, place: str, publisher: str) -> None:
    ref = _first(item)
    assert (ref.type, ref.publisher_place, ref.publisher) == ("book", place, publisher)


@pytest.mark.parametrize(
    "book", ["Methods in Example Epidemiology", "Methods in example epidemiology"]
)
def test_a_chapter_with_no_in_is_a_chapter(book: str) -> None:
    ref = _first(f"Roe J, Doe P. Multilevel examples. {book}. Springfield: Example Press "
                 "2030:316–40.")  # fmt: skip
    assert (ref.type, ref.title, ref.container_title, ref.publisher, ref.page) == (
        "chapter", "Multilevel examples", book, "Example Press", "316-340"
    )  # fmt: skip


def test_a_journals_article_has_no_imprint() -> None:
    ref = _first("Roe J, Doe P. Made-up trial of examples. J Example Med 2030;12:316–40.")
    assert (ref.type, ref.publisher, ref.container_title) == (
        "article-journal", "", "J Example Med"
    )  # fmt: skip


def test_a_publisher_read_cut_short_is_read_whole() -> None:
    ref = _first(
        "Roe J, Doe P. Arthropod-Borne Examples of Vertebrates in Europe. Prague, Czech "
        "Republic: Institute of Example Ecology of the Academy of Sciences 2030."
    )
    assert ref.publisher == "Institute of Example Ecology of the Academy of Sciences"


def test_the_place_read_inside_the_publisher() -> None:
    ref = _first(
        "Roe J, Doe P. Guide to the frogs of the Example region, Amazonian Exampleland. "
        "Lawrence: Natural History Museum of the University of Example 2030."
    )
    assert (ref.publisher_place, ref.publisher) == (
        "Lawrence",
        "Natural History Museum of the University of Example",
    )
