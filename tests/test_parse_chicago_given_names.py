"""Chicago's and the ASA's author-date names (T&F's and SAGE's social-science journals):
the first name inverted, its family after a lower-case particle ("de Roe, Jane, and Kim
Doe") or its given name written out after an initial ("Roe, J. Michael, and Kim Doe. 2030.")
(made-up references)."""

from __future__ import annotations

import pytest

from blinarefs.parse import parse_reference_list
from blinarefs.parse.printed_names import read_names

_AFTER = " 2030. “Made-up Widgets in Rural Clinics.” Journal of Examples 12 (3): 45–67."


def _families(text: str) -> list[str]:
    return [n.literal or n.full_family for n in read_names(text)[0]]


@pytest.mark.parametrize(
    ("printed", "families"),
    [
        # the first family name after its particles: one family word all the same
        ("de Roe, Jane, and Kim Doe", ["de Roe", "Doe"]),
        ("van der Roe, Jane, Kim Doe, and Lee Poe", ["van der Roe", "Doe", "Poe"]),
        ("de Roe, Jane", ["de Roe"]),
        # an initial before the given name written out
        ("Roe, M. Jane, and Kim Doe", ["Roe", "Doe"]),
        ("Roe, J. Michael, Kim Doe, and Lee Poe", ["Roe", "Doe", "Poe"]),
        # guards: APA's inverted names, each with its initials, as before
        ("de Roe, J., & Doe, K.", ["de Roe", "Doe"]),
        ("Roe, M., Doe, K.", ["Roe", "Doe"]),
        ("Roe, Jane M., and Kim Doe", ["Roe", "Doe"]),
    ],
)  # fmt: skip
def test_chicago_first_name(printed: str, families: list[str]) -> None:
    assert _families(printed) == families


@pytest.mark.parametrize(
    ("names", "families"),
    [
        ("Roe, M. Jane, and Kim Doe.", ["Roe", "Doe"]),
        ("Roe, J. Michael, Kim Doe, and Lee Poe.", ["Roe", "Doe", "Poe"]),
        ("de Roe, Jane, and Kim Doe.", ["de Roe", "Doe"]),
    ],
)
def test_chicago_names_before_the_year(names: str, families: list[str]) -> None:
    (ref,) = parse_reference_list(f"1. {names}{_AFTER}").references
    assert [n.full_family for n in ref.author] == families
    assert ref.title == "Made-up Widgets in Rural Clinics"


@pytest.mark.parametrize(
    ("item", "families", "title"),
    [
        # Nature's names, then a title whose first word a comma follows: no year after it
        (
            "Roe, J. Primary, secondary and tertiary widgets. Nat. Exampl. 12, 45–67 (2030).",
            ["Roe"],
            "Primary, secondary and tertiary widgets",
        ),
        (
            "Roe, J. & Doe, K. Primary, Secondary and Tertiary Widgets. Nat. Exampl. 12, "
            "45–67 (2030).",
            ["Roe", "Doe"],
            "Primary, Secondary and Tertiary Widgets",
        ),
    ],
)
def test_titles_after_dotted_names_stay_titles(item: str, families: list[str], title: str) -> None:
    (ref,) = parse_reference_list(f"1. {item}").references
    assert [n.full_family for n in ref.author] == families
    assert ref.title == title
