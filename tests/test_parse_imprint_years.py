"""A book's or a chapter's year printed after its publisher with no mark between
("Springfield: Example Press 2030.", "... 2030:101–9."), as BMJ's journals print their
imprints: the year, not the publisher's last word (made-up books)."""

from __future__ import annotations

import pytest

from blinarefs.parse import parse_reference_list


@pytest.mark.parametrize(
    ("item", "publisher"),
    [
        (
            "Roe J, Doe P. Made-up care of example disease. Springfield: Example Institute "
            "for Metallurgy 2030.",
            "Example Institute for Metallurgy",
        ),
        (
            "Roe J. Example method in made-up care. In: Doe P, Poe K, eds. Handbook of "
            "Example Medicine. Springfield: Example Academic Publishers 2030:101–9.",
            "Example Academic Publishers",
        ),
        (
            "Roe J. Made-up care of example disease. PhD thesis. Springfield: University of "
            "Example 2030.",
            "University of Example",
        ),
        (
            "Roe J, Doe P. Made-up care of example disease. New York: Example & Sons 2030.",
            "Example & Sons",
        ),
    ],
)
def test_the_year_after_the_publisher_is_the_year(item: str, publisher: str) -> None:
    text = (
        f"1. {item}\n2. Roe J. Made-up care in example populations. J Example Med 2030;12:101–9.\n"
    )
    ref = parse_reference_list(text).references[0]
    assert (ref.publisher, ref.issued) == (publisher, (2030,))


def test_an_acronym_publisher_then_the_year_is_no_part_of_the_title() -> None:
    ref = parse_reference_list(
        "1. Example Agency. Made-up guidance on example care. Rome: EXA 2030.\n"
    ).references[0]
    assert (ref.title, ref.publisher, ref.issued) == (
        "Made-up guidance on example care",
        "EXA",
        (2030,),
    )


def test_a_publisher_named_with_a_year_keeps_it_when_a_year_follows() -> None:
    ref = parse_reference_list(
        "1. Roe J. Made-up care of example disease. Springfield: Example 2030 Press, 2031.\n"
    ).references[0]
    assert ref.issued == (2031,)


def test_a_year_read_into_the_publishers_name_is_the_year() -> None:
    text = (
        "1. Roe J. Example Adult Intelligence Scale-Third Edition. San Antonio, TX: The "
        "Example Corporation 2030.\n"
        "2. Roe J. Made-up care in example populations. J Example Med 2030;12:101–9.\n"
    )
    ref = parse_reference_list(text).references[0]
    assert (ref.publisher, ref.issued) == ("The Example Corporation", (2030,))


def test_an_acronym_imprint_with_a_country_after_the_town() -> None:
    ref = parse_reference_list(
        "1. Roe J. Made-Up Data 2030. Geneva, Exampleland: EXA 2030.\n"
        "2. Roe J. Made-up care in example populations. J Example Med 2030;12:101–9.\n"
    ).references[0]
    assert (ref.title, ref.publisher_place, ref.issued) == (
        "Made-Up Data 2030",
        "Geneva, Exampleland",
        (2030,),
    )
