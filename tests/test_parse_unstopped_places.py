"""A book's title with no full stop before its place, "Title of the book Springfield:
Examplia Press; 2030." (issue 13): the title ran on over the place or ended early. Every
name here is made up."""

from __future__ import annotations

import pytest

from blinarefs.parse import parse_reference_list


def _read(printed: str):  # type: ignore[no-untyped-def]
    (ref,) = parse_reference_list(f"References\n1. {printed}\n").references
    return ref


@pytest.mark.parametrize(
    ("printed", "title", "place"),
    [
        ("Roe J. Title of the book Springfield: Examplia Press; 2030.", "Title of the book",
         "Springfield"),
        ("Roe J, Doe K. A handbook of widgets Springfield: Examplia University Press; 2030.",
         "A handbook of widgets", "Springfield"),
        ("Roe J. Widget methods in practice New York: Examplia Books; 2029. 320 p.",
         "Widget methods in practice", "New York"),
        ("Roe J. Widget methods in practice Springfield (IL): Examplia Books; 2029.",
         "Widget methods in practice", "Springfield (IL)"),
        ("Roe J. Widget methods in practice Springfield, IL: Examplia Books; 2029.",
         "Widget methods in practice", "Springfield, IL"),
    ],
)  # fmt: skip
def test_the_place_after_an_unstopped_title_is_the_place(
    printed: str, title: str, place: str
) -> None:
    ref = _read(printed)
    assert (ref.title, ref.publisher_place) == (title, place)
    assert ref.type == "book"


@pytest.mark.parametrize(
    ("printed", "title", "place"),
    [
        ("Roe J. Title of the book. Springfield: Examplia Press; 2030.", "Title of the book",
         "Springfield"),
        ("Roe J. Widgets in Rio de Janeiro: Examplia Press; 2030.", "Widgets in Rio de Janeiro",
         ""),
        ("Roe J. Widget carnival in Springfield: a history. Springfield: Examplia Press; 2030.",
         "Widget carnival in Springfield: a history", "Springfield"),
    ],
)  # fmt: skip
def test_a_stopped_title_or_a_place_inside_one_stays(printed: str, title: str, place: str) -> None:
    ref = _read(printed)  # guard: the stop printed, a particle before the colon
    assert (ref.title, ref.publisher_place) == (title, place)


def test_a_name_after_by_is_no_place() -> None:  # guard
    ref = _read(
        "Roe J (2030) Widget tales: Second Edition, Revised with Preface by Moe Doe: Examplia"
        " University Press."
    )
    assert not ref.publisher_place
    assert ref.title.endswith("Preface by Moe Doe")
