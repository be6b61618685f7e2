"""A book's volume printed as its own sentence after the book's title, as AMA's and NLM's
styles print it ("In: Doe P, ed. Example Book. Vol 2. Example Press; 2030:12-34."): the
volume, no part of the book's title (made-up references)."""

from __future__ import annotations

import pytest

from blinarefs.model import Reference
from blinarefs.parse import parse_reference_list

_ARTICLE = "Roe J. Made-up care in example populations. J Example Med. 2030;12:101-109."


def _first(item: str) -> Reference:
    return parse_reference_list(f"1. {item}\n2. {_ARTICLE}\n").references[0]


@pytest.mark.parametrize(
    ("item", "volume"),
    [
        ("Roe J. Made-up chapter of examples. In: Doe P, ed. Example Book of Things. Vol 2. "
         "Example Press; 2030:12-34.", "2"),
        ("Roe J. Made-up chapter of examples. In: Doe P, ed. Example Book of Things. Vol. 19. "
         "Example Press; 2030:249-282.", "19"),
        ("Roe J. Made-up chapter of examples. In: Doe P, editor. Example Book of Things. "
         "Vol. 2. Springfield: Example Press; 2030. p. 12-34.", "2"),
        ("Roe J. Made-up chapter of examples. In: Doe P, ed. Example Book of Things. Vol III. "
         "Example Press; 2030:12-34.", "III"),
    ],
)  # fmt: skip
def test_the_book_of_a_chapter_without_its_volume(item: str, volume: str) -> None:
    ref = _first(item)
    assert (ref.type, ref.container_title, ref.volume) == (
        "chapter",
        "Example Book of Things",
        volume,
    )


def test_a_book_without_its_volume() -> None:
    ref = _first("Roe J, Doe P. Made-up Book of Things. Vol 2. Example Press; 2030.")
    assert (ref.type, ref.title, ref.volume) == ("book", "Made-up Book of Things", "2")


def test_a_title_that_names_a_volume_inside_is_unchanged() -> None:
    ref = _first("Roe J, Doe P. Made-up Book of Things, Vol 2: The Examples. Example Press; 2030.")
    assert ref.title == "Made-up Book of Things, Vol 2: The Examples"
