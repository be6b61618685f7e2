"""A title of capitalised words parted by commas, printed after names closed by a full stop
("Roe J. Stress, Appraisal, and Coping. Springfield: Example Press 2030."), is the title:
no name follows the stop that closes a Vancouver list (made-up references)."""

from __future__ import annotations

import pytest

from blinarefs.parse import parse_reference_list

_ARTICLE = "Roe J. Made-up care in example populations. J Example Med 2030;12:101–9."


@pytest.mark.parametrize(
    ("item", "families", "title"),
    [
        (
            "Roe J. Stress, Appraisal, and Coping. Springfield: Example Press 2030.",
            ["Roe"],
            "Stress, Appraisal, and Coping",
        ),
        (
            "Roe J, Doe P. Anatomy, Physiology, and Disease. New York, NY: Example Press 2030.",
            ["Roe", "Doe"],
            "Anatomy, Physiology, and Disease",
        ),
        (
            "Roe J, Doe P. Anatomy, Physiology and Disease. Springfield: Example Press 2030.",
            ["Roe", "Doe"],
            "Anatomy, Physiology and Disease",
        ),
        (
            "Roe J. Stress, Appraisal, and Coping. 2nd ed. Springfield: Example Press 2030.",
            ["Roe"],
            "Stress, Appraisal, and Coping",
        ),
        (
            "Roe J. Stress, Appraisal, and Coping. J Example Med 2030;12:1–9.",
            ["Roe"],
            "Stress, Appraisal, and Coping",
        ),
    ],
)
def test_the_title_after_the_names(item: str, families: list[str], title: str) -> None:
    ref = parse_reference_list(f"1. {item}\n2. {_ARTICLE}\n").references[0]
    assert ([a.family for a in ref.author], ref.title) == (families, title)


def test_a_group_after_the_names_is_unchanged() -> None:
    ref = parse_reference_list(
        f"1. Roe J, Doe P; Example Study Group. Made-up care of examples. J Example Med "
        f"2030;12:1–9.\n2. {_ARTICLE}\n"
    ).references[0]
    assert ref.title == "Made-up care of examples"


@pytest.mark.parametrize(
    "item",
    [
        # a stop inside the names: dotted initials, a suffix
        "Roe J, Doe Z-M. E, Moe K, Poe L 2030 Made-up care of examples. J Example Med 12:1–9.",
        "Roe J. A., Doe K. B., Moe L. III, Poe N. L. (2030) Made-up care of examples, and "
        "more. J Example Med, 12, 1–9.",
        # names go on after the stop, "et al" closing them
        "Roe J, Doe A. Moe, et al. Made-up care of examples, and more. J Example Med 2030;12:1–9.",
    ],
)
def test_a_stop_inside_the_names_is_unchanged(item: str) -> None:
    ref = parse_reference_list(f"1. {item}\n2. {_ARTICLE}\n").references[0]
    assert not ref.title.startswith(("E,", "III", "A.,", "Moe"))
