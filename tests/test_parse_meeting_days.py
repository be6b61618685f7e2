"""A paper of a meeting cited as NLM prints one (all made-up text): the meeting's name, its
days and its place apart by semicolons, with or without "In:" before the name."""

from __future__ import annotations

import pytest

from blinarefs.parse import parse_reference_list


def _read(printed: str):
    return parse_reference_list(f"References\n1. {printed}").references[0]


@pytest.mark.parametrize(
    ("printed", "meeting"),
    [
        ("Roe J, Doe P. Made-up trial results. Proceedings of the 12th Example Congress; "
         "3–5 May 2030; Springfield, USA. p. 45.", "Proceedings of the 12th Example Congress"),
        ("Roe J, Doe P. Made-up trial results. In: 12th Example Congress; 2030 May 3–5; "
         "Springfield, USA. p. 45.", "12th Example Congress"),
        ("Roe J, Doe P. Made-up trial results. Example Society Annual Meeting; 2030 May 3-5; "
         "Springfield, IL.", "Example Society Annual Meeting"),
    ],
)  # fmt: skip
def test_the_meeting_before_its_days_and_place_is_the_container(printed: str, meeting: str) -> None:
    ref = _read(printed)
    assert ref.title == "Made-up trial results"
    assert ref.container_title == meeting
    assert ref.issued[0] == 2030
    assert ref.publisher_place.startswith("Springfield")
    assert ref.type in ("paper-conference", "chapter")


@pytest.mark.parametrize(
    "meeting", ["Exampleland Thoracic Society Winter Meeting", "Example Society Annual Conference"]
)
def test_a_meeting_read_into_the_title_is_the_container(meeting: str) -> None:
    # the meeting's name, or its first word, read as the title's last sentence
    ref = _read(
        f"Roe J, Doe P. Made-up evaluation of made-up care. {meeting}; 3–5 Dec 2030; Springfield."
    )
    assert (ref.title, ref.container_title) == ("Made-up evaluation of made-up care", meeting)
    assert ref.type == "paper-conference"


def test_the_proceedings_publisher_keeps_its_own_place_and_year() -> None:
    ref = _read(
        "Roe J, Doe P. Made-up trial results. In: Proceedings of the 12th Example Congress; "
        "2029 May 3–5; Exampleton, USA. Springfield: Example Press; 2030. p. 45–9."
    )
    assert ref.container_title == "Proceedings of the 12th Example Congress"
    assert (ref.issued[0], ref.publisher_place, ref.publisher) == (
        2030,
        "Springfield",
        "Example Press",
    )


def test_a_journal_article_is_no_meeting_paper() -> None:
    ref = _read(
        "Roe J, Doe P. Made-up results of the Example Meeting; 2030 May 3-5; Springfield. "
        "J Example Med 2030;3:1-9."
    )
    assert ref.container_title == "J Example Med"
    assert ref.type == "article-journal"


def test_a_meeting_with_its_days_and_year_apart_is_not_cut_at_the_year() -> None:
    ref = _read(
        "Roe JL, Doe R, Poe R, et al Made-up solution for washing. Poster presented at: XIX "
        "Example Congress; 6–7 June; 2030; Springfield (Exampleland)."
    )
    assert "presented" not in ref.container_title
