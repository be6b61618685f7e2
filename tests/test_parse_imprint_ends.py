"""A book's closing imprint, "Place: Publisher.", run into the title by the readers in an
author-year list that prints the year after the names (made-up books)."""

from __future__ import annotations

import pytest

from blinarefs.parse import parse_reference_list


@pytest.mark.parametrize(
    ("item", "title", "place"),
    [
        (
            "Roe JM 2030 Made-up cell death in protozoa Springfield, TX: Example Bioscience",
            "Made-up cell death in protozoa",
            "Springfield, TX",
        ),
        (
            "Doe J. 2030 Animals as made-up things: a world view through history. East "
            "Springfield (MI): Example State University Press.",
            "Animals as made-up things: a world view through history",
            "East Springfield (MI)",
        ),
    ],
)
def test_the_closing_imprints_place_is_no_part_of_the_title(
    item: str, title: str, place: str
) -> None:
    ref = parse_reference_list(f"1. {item}\n").references[0]
    assert (ref.title, ref.publisher_place) == (title, place)


def test_a_vancouver_book_keeps_its_imprint_as_read() -> None:
    ref = parse_reference_list("1. Roe J. Made-up book. Springfield: Example Press; 2030.\n")
    got = ref.references[0]
    assert (got.title, got.publisher, got.publisher_place) == (
        "Made-up book",
        "Example Press",
        "Springfield",
    )


@pytest.mark.parametrize(
    ("item", "title"),
    [
        # a part's Roman number after a comma is no state's code
        (
            "Roe, D.R.; Doe, R.R. 2030. Made-up patterns in the example fishes of the western "
            "Exampleland, II: The Madefishes (Examplidae). Example Contributions to Zoology, "
            "Nr. 255. 36p.",
            "Made-up patterns in the example fishes of the western Exampleland, II: The "
            "Madefishes (Examplidae)",
        ),
        # a place never runs back across the title's sentences ("Volumen I. Springfield")
        (
            "Roe F (2030) Los peces inventados de Exampleland. Volumen I. Springfield: "
            "Fundación Científica Los Ejemplos.",
            "Los peces inventados de Exampleland. Volumen I",
        ),
        # a second sentence with a colon, before no publisher's name, is the title's
        (
            "Roe J 2030 Made-up study of things. Lessons Learned: A review of examples.",
            "Made-up study of things. Lessons Learned: A review of examples",
        ),
    ],
)
def test_a_colon_after_no_place_leaves_the_title_whole(item: str, title: str) -> None:
    assert parse_reference_list(f"1. {item}\n").references[0].title == title
