"""A legislature's bill cited by its number, its state and day after the title (made-up
bills)."""

from __future__ import annotations

import pytest

from blinarefs.parse import parse_reference_list


def _read(item: str) -> tuple[list[str], str, int | None]:
    ref = parse_reference_list(f"1. {item}\n").references[0]
    return [n.literal or n.full_family for n in ref.author], ref.title, ref.year


@pytest.mark.parametrize(
    ("item", "title", "year"),
    [
        (
            "HR 4321 Example Made-up Services Act of 2031. Introduced 4 March 2031.",
            "HR 4321 Example Made-up Services Act of 2031",
            2031,
        ),
        (
            "HR 1234 Pretend Relief Act. Introduced 12 January 2030.",
            "HR 1234 Pretend Relief Act",
            2030,
        ),
        # the year in the act's name is the title's; the bill's year is the day it passed
        (
            "HR 2222 Made-up Appropriations Act, 2030. Passed by the US House of "
            "Representatives 19 June 2029.",
            "HR 2222 Made-up Appropriations Act, 2030",
            2029,
        ),
        # the Senate's number is no person's initial
        ("S. 987 Example Care Act. Introduced May 3, 2030.", "S. 987 Example Care Act", 2030),
    ],
)
def test_a_bill_ends_its_title_before_its_state_and_takes_its_year(
    item: str, title: str, year: int
) -> None:
    assert _read(item) == ([], title, year)


def test_a_bill_read_online_ends_its_title_before_the_address() -> None:
    item = (
        "HR 1865 - Pretend Consolidated Appropriations Act, 2030 "
        "http://www.example.gov/cgi/z?d116. Accessed 2 January 2031."
    )
    assert _read(item)[:2] == ([], "HR 1865 - Pretend Consolidated Appropriations Act, 2030")


def test_a_state_sentence_without_a_bill_number_is_left_as_read() -> None:
    authors, title, _ = _read("Roe J. Example title. Introduced 3 May 2030.")
    assert authors == ["Roe"]
    assert "Introduced" in title
