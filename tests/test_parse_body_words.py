"""Bodies named without a word the readers knew as an organisation's (issue 13): an expert
consultation ("Examplia Expert Consultation.", as the WHO's and the FAO's joint meetings
are cited) and a German society or working group ("Gesellschaft", "Arbeitsgemeinschaft")
were read as a person, or their name as the title's opening. Every name here is made up."""

from __future__ import annotations

import pytest

from blinarefs.parse import parse_reference_list


def _authors(printed: str) -> list[str]:
    (ref,) = parse_reference_list(f"References\n1. {printed}\n").references
    return [a.literal or a.family or "" for a in ref.author]


def _title(printed: str) -> str | None:
    (ref,) = parse_reference_list(f"References\n1. {printed}\n").references
    return ref.title


_TAIL = "Appropriate widget index for gadget populations. Examplia J 2030;363:157-63."


@pytest.mark.parametrize(
    "body",
    [
        "EXA Expert Consultation",
        "Examplia Expert Consultation",
        "Joint EXA/EXB Expert Consultation",
        "Examplia Gesellschaft für Widgetkunde",
    ],
)
def test_a_body_without_an_organisation_word_before_it_is_one_author(body: str) -> None:
    assert _authors(f"{body}. {_TAIL}") == [body]
    assert _title(f"{body}. {_TAIL}") == "Appropriate widget index for gadget populations"


def test_a_german_working_group_after_et_al_colon_is_the_last_author() -> None:
    printed = (
        "Roe J, Doe K, Poe L, et al.: the Arbeitsgemeinschaft Leitende Beispielhafte"
        " Widgetärzte (ALBW). Predictors of widget failure in 1333 patients. Examplia J"
        " 2030;12:45-50."
    )
    assert _authors(printed)[-1] == (
        "the Arbeitsgemeinschaft Leitende Beispielhafte Widgetärzte (ALBW)"
    )
    assert _title(printed) == "Predictors of widget failure in 1333 patients"


@pytest.mark.parametrize(
    ("printed", "authors", "title"),
    [
        (  # guard: a consultation in a title stays the title's
            "Roe J, Doe K. Expert consultation on widgets in the ward. Examplia J 2030;12:1-9.",
            ["Roe", "Doe"],
            "Expert consultation on widgets in the ward",
        ),
        (  # guard: a group the readers knew already
            "EXA Study Group. Widgets in the ward. Examplia J 2030;12:1-9.",
            ["EXA Study Group"],
            "Widgets in the ward",
        ),
    ],
)
def test_people_and_known_groups_are_unchanged(
    printed: str, authors: list[str], title: str
) -> None:
    assert _authors(printed) == authors
    assert _title(printed) == title
