"""A body's name that PubMed or a reference manager inverted as a person's, the last word as
the family and the others' initials as the given names (issue 13): "(FGA) FGA" of "Fictional
Goat Agency (FGA)", "Committee on Infectious Goat Diseases AAoE" of "Committee on Infectious
Goat Diseases, American Academy of Examples". One author, kept as printed. Made-up
references."""

from __future__ import annotations

import pytest

from blinarefs.parse.inverted_groups import group_initials, inverted_group
from blinarefs.parse.read import read_item


def _read(printed: str):
    return read_item(printed, 1, 1).reference


@pytest.mark.parametrize(
    ("printed", "group", "title"),
    [
        ("(FGA) FGA. Goat fever (Seasonal) 2030. Available from: http://www.example.org/goat/",
         "(FGA) FGA", "Goat fever (Seasonal)"),
        ("(MCGF) MCfGFaP. GoatVaxView 2030. Available from: http://www.example.org/goatvax/.",
         "(MCGF) MCfGFaP", "GoatVaxView"),
        ("Committee on Infectious Goat Diseases AAoE. Recommendations for Prevention and "
         "Control of Goat Fever in Kids, 2030-2031. Pediatr Fict. 2030;136(4):792–808. "
         "PubMed PMID: 99999999. doi: 10.9999/fict.2030-2920",
         "Committee on Infectious Goat Diseases AAoE", "Recommendations for Prevention"),
        ("Committee on Infectious Goat Diseases AAE. Recommendations for Prevention and "
         "Control of Goat Fever in Kids, 2030-2031. Pediatr Fict. 2030;136(4):792–808.",
         "Committee on Infectious Goat Diseases AAE", "Recommendations for Prevention"),
        ("Example Health Organization EHO. Made-up report on goat fever 2030. Geneva: EHO; "
         "2030.", "Example Health Organization EHO", "Made-up report on goat fever"),
        ("Health NIoE, 2030 Research made-up criteria (RDoX). Available: "
         "https://www.example.org/x", "Health NIoE", "Research made-up criteria"),
        ("Roe J, Doe K, (EHO) EHO. Made-up goat fever in kids. Fict Vet J. 2030;3:1-9.",
         None, "Made-up goat fever in kids"),
    ],
)  # fmt: skip
def test_a_group_inverted_as_a_person_is_one_author_as_printed(
    printed: str, group: str | None, title: str
) -> None:
    ref = _read(printed)
    if group is None:  # after the people
        assert [n.literal or n.family for n in ref.author] == ["Roe", "Doe", "(EHO) EHO"]
    else:
        assert [n.literal for n in ref.author] == [group]
    assert ref.title and ref.title.startswith(title)


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("(FGA) FGA", True),  # the bracketed acronym as the family
        ("(MCGF) MCfGFaP", True),
        ("Committee on Infectious Goat Diseases AAoE", True),  # a body's word, "of"'s "o"
        ("Roe MaM", False),  # a person's initials with a particle's letter
        ("Growth of TiO", False),  # a title's formula: no body's word
        ("(FGA) Roe", False),  # no initials after the acronym
        ("Committee on Goat Diseases", False),  # no initials at all
        ("Example Health Organization EHO", True),  # the initials of the words before
        ("Example Health Organization XY", False),
        ("Committee on Infectious Goat Diseases AAE", True),  # a body's, joined by "on"
        ("Report of the Committee on AIDS", False),  # a title: no body's word first
        ("Example Health Organization", False),
        ("Della Starza DS", False),  # a person's family name: no body's word
        ("Health NIoE", True),  # the "o" of "of", which no person's particle gives
        ("Roe MdeL", False),  # PubMed's "de" among a person's initials
        ("Growth of MoO", False),  # two capitals: a formula
    ],
)
def test_what_is_an_inverted_group(words: str, expected: bool) -> None:
    assert inverted_group(words.split()) is expected


@pytest.mark.parametrize(
    ("word", "expected"),
    [("CfDCaP", True), ("AAoE", True), ("FGA", True), ("ZnO", False), ("Roe", False),
     ("AoE", True), ("ABc", False), ("A", False)],
)  # fmt: skip
def test_a_group_s_initials(word: str, expected: bool) -> None:
    assert group_initials(word) is expected


def test_people_and_a_title_opening_with_a_formula_are_read_as_before() -> None:
    ref = _read("Roe MaM, Doe J. A made-up title. Made Up J. 2030;3:1-9.")
    assert [n.family for n in ref.author] == ["Roe", "Doe"]
    assert not _read("Growth of TiO. Made Up J Mater. 2030;3:1-9.").author


def test_the_names_end_at_the_group_in_an_author_year_list() -> None:
    """Wiley's "Group . 2030 Title": the labeller runs the names on past the group."""
    ref = _read("Physiology ESfG . 2030 GOAT-Q & YOU.")
    assert [n.literal for n in ref.author] == ["Physiology ESfG"]
    assert ref.title == "GOAT-Q & YOU"
    assert ref.issued is not None and "2030" in str(ref.issued)


def test_a_title_opening_with_a_year_keeps_it_when_the_item_prints_its_own_year() -> None:
    ref = _read("(FGA) FGA. 2030 Global goat report. Springfield: FGA; 2031.")
    assert [n.literal for n in ref.author] == ["(FGA) FGA"]
    assert ref.title == "2030 Global goat report"
