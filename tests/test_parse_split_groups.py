"""A group's name that a reference manager split at its "and" and printed as two people's
("Centers for Disease C, Prevention", of "Centers for Disease Control and Prevention"): one
group, as printed (issue 13). Made-up references."""

from __future__ import annotations

import pytest

from blinarefs.parse.read import read_item

GROUP = "Made-up Centers for Goat Fever C, Prevention"


@pytest.mark.parametrize(
    ("printed", "people"),
    [
        (f"Roe AE, Doe A, Poe D, {GROUP}. Made-up agents for the treatment of goat fever. "
         "Fict Wkly Rep. 2030;60(1):1-24. PubMed PMID: 99999999.", ["Roe", "Doe", "Poe"]),
        (f"Roe AE, Doe A, {GROUP}. Made-up agents for goat fever. Fict Wkly Rep. "
         "2030;60(1):1-24.", ["Roe", "Doe"]),
        (f"{GROUP}. Made-up agents for goat fever. Fict Wkly Rep. 2030;60(1):1-24.", []),
    ],
)  # fmt: skip
def test_a_group_split_at_its_and_is_one_group(printed: str, people: list[str]) -> None:
    ref = read_item(printed, 1, 1).reference
    assert [n.family for n in ref.author[:-1]] == people
    assert ref.author[-1].literal == GROUP
    assert ref.title and ref.title.startswith("Made-up agents")


def test_a_person_and_a_group_without_initials_are_read_as_before() -> None:
    printed = (
        "Roe AE, Doe A, Made-up Society of Goat Studies. Made-up agents for goat fever. "
        "Fict Goat J. 2030;60(1):1-24."
    )
    ref = read_item(printed, 1, 1).reference
    assert [n.literal or n.family for n in ref.author] == [
        "Roe",
        "Doe",
        "Made-up Society of Goat Studies",
    ]


@pytest.mark.parametrize(
    "marks", [("1", "2", "3"), ("01", "02", "03"), ("\u0661", "\u0662", "\u0663")]
)
def test_a_run_on_list_is_cut_whatever_figures_number_it(marks: tuple[str, str, str]) -> None:
    # the quick test for "1." / "2." / "3." before the whole line is searched must not
    # lose a list numbered "01." or in Arabic-Indic figures, which the numbers' \d reads
    from blinarefs.parse.run_on_lists import _cuts

    one, two, three = marks
    line = (
        f"References: {one}. Roe J, Doe P. A made-up title of a study. J Example Med. "
        f"2030;12:1-5. {two}) Doe P. Another made-up title of a study. J Example Med. "
        f"2030;13:6-9. {three}. Poe R. A third made-up title. J Example Med. 2030;14:10-19."
    )
    assert len(_cuts(line)) == 3
