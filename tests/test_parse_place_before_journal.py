"""A title that closes on the place of its study ("..., Nakhon Sawan, Thailand.") keeps the
place; the journal after it starts at its own name. Every reference here is made up."""

from __future__ import annotations

import pytest

from blinarefs.model import Reference
from blinarefs.parse import parse_reference_list


def _read(text: str) -> Reference:
    return parse_reference_list(f"1. {text}\n").references[0]


@pytest.mark.parametrize(
    ("text", "title", "journal"),
    [
        (
            "Moreno KL, Patel R, Quinn T, et al. Exposure to dust among bakery workers, "
            "Nakhon Sawan, Thailand. Occup Med Lond 2011; 5: 36–45.",
            "Exposure to dust among bakery workers, Nakhon Sawan, Thailand",
            "Occup Med Lond",
        ),
        (
            "Lindqvist A, Ortega P. (2005). Noise in primary classrooms of Lakeside City, "
            "Norway. Indoor and Built Spaces, 12, 111–125.",
            "Noise in primary classrooms of Lakeside City, Norway",
            "Indoor and Built Spaces",
        ),
    ],
)
def test_a_place_closing_the_title_is_the_titles(text: str, title: str, journal: str) -> None:
    ref = _read(text)
    assert (ref.title, ref.container_title) == (title, journal)


def test_a_journal_of_abbreviations_after_a_title_is_left_whole() -> None:
    ref = _read("Roe J, Doe K. Lamps and night work. J. Am. Lamp Soc. 2002;8(7):747–8.")
    assert (ref.title, ref.container_title) == ("Lamps and night work", "J. Am. Lamp Soc.")
    # the comma style: an abbreviated journal after the title's comma is no place
    ref = _read(
        "Quill S., Rubb L., Jakes S. E., Pell M. 2011, Counting lamp profiles using sequencing, "
        "Methods Mol. Biol., p 223–38."
    )
    assert ref.title == "Counting lamp profiles using sequencing"
