"""A book printed in two cities, its places joined by a semicolon before the place's colon
("Berlin; Heidelberg: Press", "New York; London: Press"), as many books print them: the
title ends at its full stop, and the first place is no part of it (made-up references)."""

from __future__ import annotations

import pytest

from blinarefs.parse import parse_reference_list


def _read(printed: str):
    return parse_reference_list(f"References\n1. {printed}").references[0]


@pytest.mark.parametrize(
    ("printed", "title", "place"),
    [
        ("Roe J, Doe KL. The Book of Widgets. Springfield; Shelbyville: Examplia Press; 2030.",
         "The Book of Widgets", "Springfield; Shelbyville"),
        ("Roe J, Doe KL. The Book of Widgets. 5th ed. Springfield; Shelbyville: Examplia "
         "Press; 2030.", "The Book of Widgets", "Springfield; Shelbyville"),
        ("Roe J, Doe KL. The Book of Widgets. 2nd ed. New York; North Haverbrook: Examplia "
         "Press; 2030. p. 34–45.", "The Book of Widgets", "New York; North Haverbrook"),
    ],
)  # fmt: skip
def test_two_places_before_the_publisher(printed: str, title: str, place: str) -> None:
    ref = _read(printed)
    assert (ref.title, ref.publisher_place, ref.publisher) == (title, place, "Examplia Press")
    assert ref.type == "book"


def test_a_chapter_s_book_printed_in_two_cities() -> None:
    ref = _read(
        "Roe J, Doe KL. Widgets in mice. In: Poe L, editor. The Book of Widgets. Springfield; "
        "Shelbyville: Examplia Press; 2030. p. 34–45."
    )
    assert (ref.title, ref.container_title) == ("Widgets in mice", "The Book of Widgets")


@pytest.mark.parametrize(
    ("printed", "title", "place"),
    [
        # guards: one place, with a colon or a semicolon; a title's own semicolon
        ("Roe J, Doe KL. The Book of Widgets. Springfield: Examplia Press; 2030.",
         "The Book of Widgets", "Springfield"),
        ("Roe J, Doe KL. The Book of Widgets. Springfield; Examplia Press; 2030.",
         "The Book of Widgets", "Springfield"),
        ("Roe J, Doe KL. Widgets, gadgets; sprockets: a review. Springfield: Examplia Press; "
         "2030.", "Widgets, gadgets; sprockets: a review", "Springfield"),
    ],
)  # fmt: skip
def test_guards(printed: str, title: str, place: str) -> None:
    ref = _read(printed)
    assert (ref.title, ref.publisher_place) == (title, place)
