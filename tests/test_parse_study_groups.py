"""A study's group named in sentence case after the people, before the title, as BMJ and
PubMed list consortia ("Roe J, Doe P; Meta-analysis of widgets in older adults Consortium.
Title"): the group is the last author, not the title's first sentence (made-up
references)."""

from __future__ import annotations

import pytest

from blinarefs.parse import parse_reference_list

_AFTER = " Widgets in the ward. J Widget Res 2030;12:34–45."


def _read(printed: str):
    return parse_reference_list(f"References\n1. {printed}").references[0]


@pytest.mark.parametrize(
    ("names", "authors"),
    [
        ("Roe J, Doe KL, Poe L; Study of widgets in the ward (SWW) Investigators.",
         ["Roe", "Doe", "Poe", "Study of widgets in the ward (SWW) Investigators"]),
        ("Roe J, Doe KL, Poe L; Meta-analysis of widgets in older adults Consortium.",
         ["Roe", "Doe", "Poe", "Meta-analysis of widgets in older adults Consortium"]),
        ("Roe J, Doe KL, Poe L, Study of widgets in the ward (SWW) Investigators.",
         ["Roe", "Doe", "Poe", "Study of widgets in the ward (SWW) Investigators"]),
        # after another group: the one before it ends the people's run
        ("Roe J, Doe KL, Widget Consortium, Meta-analysis of widgets in older adults "
         "Consortium.",
         ["Roe", "Doe", "Widget Consortium",
          "Meta-analysis of widgets in older adults Consortium"]),
    ],
)  # fmt: skip
def test_study_group_is_the_last_author(names: str, authors: list[str]) -> None:
    ref = _read(names + _AFTER)
    assert [n.literal or n.family for n in ref.author] == authors
    assert ref.title == "Widgets in the ward"


@pytest.mark.parametrize(
    ("printed", "authors", "title"),
    [
        # a title printed with no stop after the names, ending in a group's word
        ("Roe J, Doe KL, Poe L Widgets for the care Team. A randomised trial. J Widget Res "
         "2030;12:34–45.", ["Roe", "Doe", "Poe"],
         "Widgets for the care Team. A randomised trial"),
        # a title after the names' full stop
        ("Roe J, Doe KL, Poe L. Widgets for the Examplia Study Group. Part 2. J Widget Res "
         "2030;12:34–45.", ["Roe", "Doe", "Poe"], "Widgets for the Examplia Study Group. Part 2"),
        # a group in title case, as before
        ("Roe J, Doe KL, Poe L; 4D Widget Study Group. Widgets in the ward. J Widget Res "
         "2030;12:34–45.", ["Roe", "Doe", "Poe", "4D Widget Study Group"], "Widgets in the ward"),
    ],
)  # fmt: skip
def test_guards(printed: str, authors: list[str], title: str) -> None:
    ref = _read(printed)
    assert [n.literal or n.family for n in ref.author] == authors
    assert ref.title == title
