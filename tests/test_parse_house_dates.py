"""House forms of the date, the volume and a corporate author that the labeller misreads:
MEDLINE's journal date with no full stop before it, a month printed as a number, a volume
and issue with nothing between, an organisation closed by a colon. The references are
made up."""

from __future__ import annotations

import pytest

from blinarefs.parse import read_item
from blinarefs.parse.closing import close_names


def _read(printed: str):  # type: ignore[no-untyped-def]
    return read_item(printed, 1, 1).reference


@pytest.mark.parametrize(
    ("tail", "journal"),
    [
        ("Quillomics 2031 Jun;14(3):201-209.", "Quillomics"),
        ("J Imag Bot 2031 Jun;14(3):201-209.", "J Imag Bot"),
        ("J Imag Bot. 2031 6;14(3):201-209.", "J Imag Bot"),
        ("J Imag Bot. 2031 6 12;14(3):201-209.", "J Imag Bot"),
    ],
)
def test_a_medline_date_before_the_volume_is_the_year_and_its_journal_the_journal(
    tail: str, journal: str
) -> None:
    ref = _read(f"Fernhollow D, Quince AB. Invented roots of pretend trees. {tail}")
    assert (ref.container_title, ref.year, ref.volume, ref.issue, ref.page) == (
        journal, 2031, "14", "3", "201-209",
    )  # fmt: skip
    assert ref.title == "Invented roots of pretend trees"


def test_a_year_in_the_title_before_a_semicolon_is_not_taken_when_a_year_was_read() -> None:
    ref = _read("Fernhollow D. Pretend trees in 2030; a made-up survey. J Imag Bot. 2031;14:1-9.")
    assert (ref.year, ref.container_title) == (2031, "J Imag Bot")


def test_a_volume_and_issue_with_only_a_space_between_are_both_read() -> None:
    ref = _read(
        "Fernhollow D, Quince AB. Invented roots of pretend trees. J Imag Bot [Internet]. "
        "2031 [cited 2032 Jan 3]; 14 3: 201- 9. Available from: http://example.org/roots"
    )
    assert (ref.volume, ref.issue) == ("14", "3")


@pytest.mark.parametrize(
    ("printed", "author"),
    [
        ("Imaginary Advisory Committee on Pretend Safety: Made-up guidance. Nowhere; 2031.",
         "Imaginary Advisory Committee on Pretend Safety"),
        ("Centers for Invented Examples (CIE): Made-up guidance. Nowhere; 2031.",
         "Centers for Invented Examples (CIE)"),
    ],
)  # fmt: skip
def test_an_organisation_closed_by_a_colon_is_the_author(printed: str, author: str) -> None:
    assert close_names(printed).startswith(f"{author}. Made-up guidance.")
    ref = _read(printed)
    assert [n.literal for n in ref.author] == [author]
    assert ref.title == "Made-up guidance"


@pytest.mark.parametrize(
    "printed",
    [
        "Management of pretend trees in the Office: a made-up review. J Imag Bot. 2031;1:2-3.",
        "Pretend Trees and Their Roots: A Made-Up Survey. J Imag Bot. 2031;1:2-3.",
    ],
)
def test_a_title_with_a_colon_is_not_taken_for_an_organisation(printed: str) -> None:
    assert close_names(printed) == printed
