"""A person's name in the author-date house styles that print the first name inverted:
APA's and Harvard's "Board, P." (a family name that is also an organisation's word, which
the initials after its comma show is a person's), and Chicago's names after the inverted
first, printed initials first ("Roe, KB, and SI Doe", "Roe, KB, HR Oh, and L Ng"), which
neither GB/T 7714's capitals-first nor Vancouver's lower-cased initials explain (all
made-up text)."""

from __future__ import annotations

import pytest

from blinarefs.parse.one_name import is_organisation
from blinarefs.parse.printed_names import read_names


def _families(text: str) -> list[str]:
    names, _ = read_names(text)
    return [n.literal or n.full_family for n in names]


@pytest.mark.parametrize("family", ["Board", "Service", "College", "Bank", "Union", "Panel"])
@pytest.mark.parametrize(
    "printed",
    [
        "Roe, J., {}, P., & Doe, A.",  # APA
        "Roe, J., {}, P.A., and Doe, A.",  # Harvard
        "{}, P. J., & Doe, A.",
    ],
)
def test_an_inverted_name_with_dotted_initials_is_a_person(printed: str, family: str) -> None:
    families = _families(printed.format(family))
    assert family in families
    assert len(families) == (3 if printed.startswith("Roe") else 2)


@pytest.mark.parametrize("body", ["Example Board", "Ministry of Examples, J.", "Board"])
def test_a_body_with_no_initials_after_its_comma_is_still_a_body(body: str) -> None:
    assert is_organisation(body)


@pytest.mark.parametrize(
    ("printed", "families"),
    [
        ("Roe, KB, and SI Doe", ["Roe", "Doe"]),  # "SI Doe" is no GB/T "ZHANG San"
        ("Roe, TA, and DA Loe", ["Roe", "Loe"]),
        ("Roe, J, and MAV Doe", ["Roe", "Doe"]),
        ("Roe, KB, H Doe, HR Oh, et al.", ["Roe", "Doe", "Oh"]),  # "Oh": no initials "O. H."
        ("Roe, I, M Doe, L Ng, and D Poe", ["Roe", "Doe", "Ng", "Poe"]),
        ("Roe, RC, PG Board, and AC Doe", ["Roe", "Board", "Doe"]),
    ],
)
def test_chicagos_names_after_an_inverted_first_are_initials_first(
    printed: str, families: list[str]
) -> None:
    assert _families(printed) == families


@pytest.mark.parametrize(
    ("printed", "families"),
    [
        ("ZHANG San, LI Si, WANG Wu", ["ZHANG", "LI", "WANG"]),  # GB/T 7714 as before
        ("Roe Jk, Doe AB, Poe C", ["Roe", "Doe", "Poe"]),  # Vancouver's "Jk" as before
    ],
)
def test_lists_with_no_inverted_first_name_read_as_before(
    printed: str, families: list[str]
) -> None:
    assert _families(printed) == families


@pytest.mark.parametrize(
    ("printed", "families"),
    [
        ("Fernández de las Roe, L., Doe, V., & Poe, O.", ["Fernández de las Roe", "Doe", "Poe"]),
        (
            "Roe, J., Berkelbach van der Doe, J. W., & Poe, A.",
            ["Roe", "Berkelbach van der Doe", "Poe"],
        ),
        ("de Vos van Roe, P., Doe, T., and Poe, R.", ["de Vos van Roe", "Doe", "Poe"]),
    ],
)
def test_an_inverted_family_name_with_particles_inside_keeps_its_initials(
    printed: str, families: list[str]
) -> None:
    """APA's and Harvard's family names of two words with particles between them (Spanish
    "Fernández de las Roe", Dutch "Berkelbach van der Doe") are one person with the
    initials after their comma."""
    assert _families(printed) == families
