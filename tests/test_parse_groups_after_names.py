"""A group or a body listed last among the people, before the title (all made-up text):
closed by its full stop after a comma or a semicolon ("Roe J, Doe P, Example Network for
Made-up Imaging. Title"), or left open in a list that leaves its names open ("Roe J, Doe P,
Example Network for Made-up Imaging Visualization of ...", "Roe J, Doe P Example COVID-19
team. Title")."""

from __future__ import annotations

import pytest

from blinarefs.parse import parse_reference_list
from blinarefs.parse.closing import NameHabits, close_names

_OPEN = NameHabits(open=True)


def _read(printed: str):
    return parse_reference_list(f"References\n1. {printed}").references[0]


@pytest.mark.parametrize(
    ("printed", "group"),
    [
        ("Roe J, Doe P, Poe K, Example Network for Invented Transplantation. Visualization of "
         "made-up engraftment by imaging. J Example Med 2030;356:2754–2755.",
         "Example Network for Invented Transplantation"),
        ("Roe J, Doe P, Poe K; Example Committee on Invented Tests. Visualization of made-up "
         "engraftment by imaging. J Example Med 2030;356:2754–2755.",
         "Example Committee on Invented Tests"),
    ],
)  # fmt: skip
def test_a_body_closed_by_its_full_stop_after_the_people_is_the_last_author(
    printed: str, group: str
) -> None:
    ref = _read(printed)
    assert [n.literal or n.family for n in ref.author] == ["Roe", "Doe", "Poe", group]
    assert ref.title == "Visualization of made-up engraftment by imaging"


@pytest.mark.parametrize(
    ("printed", "group", "title"),
    [
        # a team's name in small letters, a number in it
        ("Roe J, Doe P, Poe K Example-pediatric COVID-19 team. Toward a made-up "
         "classification of invented severity. J Example Med. 2030;4:1-9.",
         "Example-pediatric COVID-19 team",
         "Toward a made-up classification of invented severity"),
        # the group's acronym in brackets among its words
        ("Roe J, Doe P, Poe K Invented Infection in Example Departments (INVENT) Research "
         "Group. Children with made-up fever. J Example Med. 2030;4:1-9.",
         "Invented Infection in Example Departments (INVENT) Research Group",
         "Children with made-up fever"),
    ],
)  # fmt: skip
def test_a_group_after_open_names_is_the_last_author(printed: str, group: str, title: str) -> None:
    ref = _read(printed)
    assert [n.literal or n.family for n in ref.author] == ["Roe", "Doe", "Poe", group]
    assert ref.title == title


@pytest.mark.parametrize(
    ("printed", "closed"),
    [
        ("Roe J, Doe P, Example Network for Invented Transplantation Visualization of made-up "
         "engraftment. J Example Med 2030;356:2754–2755",
         "Roe J, Doe P, Example Network for Invented Transplantation. Visualization of"),
        ("Roe J, Doe A, Example Centre for Tests Made-up findings. Example Press, 2030.",
         "Roe J, Doe A, Example Centre for Tests. Made-up findings."),
    ],
)  # fmt: skip
def test_a_body_left_open_after_the_people_is_closed_before_a_sentence_case_title(
    printed: str, closed: str
) -> None:
    assert close_names(printed, None, _OPEN).startswith(closed)


@pytest.mark.parametrize(
    "printed",
    [
        # a title's first sentence after the people's full stop is no group of theirs
        "Roe J, Doe P. Centers for Made-up Control. Title of it. J Example Med. 2030;5:1-9.",
        # nor a title in title case ending with a lower-case phrase
        "Roe J, Doe A Growth of the made-up network. J Made Up 2030;1:2-3.",
    ],
)
def test_what_is_no_group_after_the_people(printed: str) -> None:
    assert [n.family for n in _read(printed).author] == ["Roe", "Doe"]


@pytest.mark.parametrize(
    ("printed", "authors"),
    [
        (
            "Roe J and Example Study Group (2030) Made-up title of a study. J Example Med "
            "12(3): 45–67.",
            ["Roe", "Example Study Group"],
        ),
        (
            "Roe J and Example Trial Investigators (2030) Made-up title of a study. J Example "
            "Med 12(3): 45–67.",
            ["Roe", "Example Trial Investigators"],
        ),
        (
            "Food and Agriculture Organization (2030) Made-up title of a report. Rome: FAO.",
            ["Food and Agriculture Organization"],
        ),
    ],
)
def test_a_group_joined_to_a_person_by_and_is_an_author_of_its_own(
    printed: str, authors: list[str]
) -> None:
    """SAGE's Harvard joins its last author by "and", a group too ("Roe J and Example Study
    Group (2030)"): a person then a group, not one body's name."""
    assert [n.literal or n.full_family for n in _read(printed).author] == authors
