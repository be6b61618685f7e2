"""A body's name opening an entry that no reader took for its author: left unread before
the title or the page's address, or read into the title when the reference prints it
again as the publisher (made-up text)."""

from __future__ import annotations

import pytest

from blinarefs.parse import parse_reference_list


def _read(item: str) -> tuple[list[str], str]:
    ref = parse_reference_list(f"1. {item}\n").references[0]
    return [n.literal or n.full_family for n in ref.author], ref.title


def test_a_body_printed_again_as_the_publisher_is_the_author() -> None:
    item = (
        "Example Academies of Tests, Checks, and Trials. Made-up responses to made-up "
        "questions: proceedings of a workshop. Springfield, XY: Example Academies of Tests, "
        "Checks, and Trials, 2030."
    )
    assert _read(item) == (
        ["Example Academies of Tests, Checks, and Trials"],
        "Made-up responses to made-up questions: proceedings of a workshop",
    )


@pytest.mark.parametrize(
    ("item", "title"),
    [
        # a web page's title in sentence case after the body's full stop, its address next
        (
            "Alcohol and Example Foundation. Made-up supervised centres "
            "https://example.org/centres/. Accessed 3 September 2030.",
            "Made-up supervised centres",
        ),
        # a site cited by its owner's name alone, then its address
        (
            "EXAMPLE Foundation Springfield. Available at: https://www.example.org/. "
            "Accessed 17 July 2030.",
            "",
        ),
    ],
)
def test_a_body_left_unread_before_the_title_or_the_address_is_the_author(
    item: str, title: str
) -> None:
    assert _read(item)[0] == [item.split(". ", 1)[0]]
    assert _read(item)[1] == title


@pytest.mark.parametrize(
    "item",
    [
        # a title's first sentence that is no body's name stays the title's
        "Examples of testing. Made-up notes on checks https://example.org/notes/. Accessed "
        "3 September 2030.",
        # a publisher that is not the title's first sentence takes nothing from the title
        "Made-up guide to tests. Second thoughts. Springfield: Example Press, 2030.",
    ],
)
def test_no_body_is_made_of_a_title(item: str) -> None:
    assert _read(item)[0] == []


@pytest.mark.parametrize(
    "item",
    [
        # the company's name run into the title, its name with its legal form read as the
        # journal (or, in a real list, the program's name read as a person's, "Software")
        "ExamCorp. Exam Statistical Software: Release 14. College Station, TX: ExamCorp LP, 2014.",
        # ... or read as the title's first sentence
        "TestaCorp. Testa Statistical Software: Release 14. Springfield, TX: TestaCorp LP, 2030.",
    ],
)
def test_a_program_s_company_printed_again_as_its_publisher_is_the_author(item: str) -> None:
    ref = parse_reference_list(f"1. {item}\n").references[0]
    company = item.split(".", 1)[0]
    assert [n.literal for n in ref.author] == [company]
    assert ref.title == item.split(". ")[1]
    assert (ref.publisher, ref.container_title) == (f"{company} LP", "")


@pytest.mark.parametrize(
    ("item", "body"),
    [
        # a committee's subcommittee, a unit of the body before it
        (
            "Exampleland. Parliament. House. Committee on Examples and Tests. Subcommittee on "
            "Checks and the Trials. Made-Up Issues: Cost and Availability of Tests. "
            "Springfield: EX GPO, 2030.",
            "Subcommittee on Checks and the Trials",
        ),
    ],
)
def test_a_subcommittee_is_a_body(item: str, body: str) -> None:
    authors, title = _read(item)
    assert authors[-1] == body
    assert title == "Made-Up Issues: Cost and Availability of Tests"
