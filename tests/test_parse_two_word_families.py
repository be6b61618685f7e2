"""A first family name of two words printed inverted, as Chicago and the ASA print the
first author (SAGE's and T&F's social-science journals) and as Harvard lists that invert
every name do: a particle with a capital ("Da Silva, Ana") or a Spanish or Portuguese
family of two names ("Ruiz Gómez, María") before a given name of one word (made-up
references)."""

from __future__ import annotations

import pytest

from blinarefs.parse import parse_reference_list
from blinarefs.parse.printed_names import read_names

_ASA = " 2030. “Made-up Widgets in Rural Clinics.” Journal of Examples 12(3):45–67."
_HARVARD = " (2030) Made-up widgets in rural clinics. Journal of Examples 12(3): 45–67."


def _families(text: str) -> list[str]:
    return [n.literal or n.full_family for n in read_names(text)[0]]


@pytest.mark.parametrize(
    ("printed", "families"),
    [
        # Chicago's first name inverted, its family two words
        ("Da Silva, Ana, and Yan Li", ["Da Silva", "Li"]),
        ("Da Silva, Ana B., and Yan Li", ["Da Silva", "Li"]),
        ("Van der Berg, Hans, Kim Doe, and Lee Poe", ["Van der Berg", "Doe", "Poe"]),
        ("Ruiz Gómez, María, and Kim Doe", ["Ruiz Gómez", "Doe"]),
        ("Ruiz Gómez, María", ["Ruiz Gómez"]),
        # every name inverted, one of them two words
        ("Da Silva, Ana, Doe, Kim and Poe, Lee", ["Da Silva", "Doe", "Poe"]),
        ("Roe, Jane, Ruiz Gómez, María and Poe, Lee", ["Roe", "Ruiz Gómez", "Poe"]),
    ],
)  # fmt: skip
def test_two_word_family_inverted(printed: str, families: list[str]) -> None:
    assert _families(printed) == families


@pytest.mark.parametrize(
    ("printed", "families"),
    [
        # guards: people printed given-first, two words each, are not turned
        ("Jane Roe, Kim Doe, and Lee Poe", ["Roe", "Doe", "Poe"]),
        ("Jane Roe and Kim Doe", ["Roe", "Doe"]),
        # a one-word family, as before
        ("Roe, Jane, and Kim Doe", ["Roe", "Doe"]),
        ("de la Roe, Jane, and Kim Doe", ["de la Roe", "Doe"]),
        # APA's initials and ABNT's capitals, as before
        ("Da Silva, A. B., & Li, Y.", ["Da Silva", "Li"]),
        ("DA SILVA, Ana", ["DA SILVA"]),
        # a body and its place are no family and given name
        ("Ministry of Widgets, Springfield", ["Ministry of Widgets"]),
    ],
)  # fmt: skip
def test_guards(printed: str, families: list[str]) -> None:
    assert _families(printed) == families


@pytest.mark.parametrize(
    ("names", "after", "families"),
    [
        ("Da Silva, Ana B., and Yan Li.", _ASA, ["Da Silva", "Li"]),
        ("Ruiz Gómez, María, Kim Doe, and Lee Poe.", _ASA, ["Ruiz Gómez", "Doe", "Poe"]),
        ("Da Silva, Ana, Doe, Kim and Poe, Lee", _HARVARD, ["Da Silva", "Doe", "Poe"]),
    ],
)
def test_whole_reference(names: str, after: str, families: list[str]) -> None:
    (ref,) = parse_reference_list(f"1. {names}{after}").references
    assert [n.full_family for n in ref.author] == families
    assert ref.title.lower() == "made-up widgets in rural clinics"
    assert ref.container_title == "Journal of Examples"
