"""Manubot's reference form, the title first, the people given names first, the journal,
the ISO date in parentheses and the link ("Title, Jane A Roe, John Doe Journal of Examples
(2030-05-25) https://doi.org/..."): read so when most of the list closes so (issue 13).
Every reference here is made up."""

from __future__ import annotations

import time

from blinarefs.parse.manubot import manubot, prints_manubot
from list_reading import people, read_numbered

_LIST = [
    "The widget atlas of Springfield, Jane A Roe, John Doe, Mary K Poe Journal of Examples "
    "(2030-05-25) https://doi.org/10.5555/xyz1",
    "Widgets, gadgets and gizmos in Examplia, Jane Roe Examplia Letters (2029-11-02) "
    "https://doi.org/10.5555/abc DOI: 10.5555/abc · PMID: 12345",
    "Counting sprockets, Tom Examplia, Rita M Springfield Nature Examples (2028-01-15) "
    "https://doi.org/10.5555/def",
    "Levers of the south, Anna van der Roe, David C Doe Example Reviews (2027-06-30) "
    "https://doi.org/10.5555/ghi",
    "Gears in motion: a survey, Oscar Doe Current Opinion in Examples (2026-03-03) "
    "https://doi.org/10.5555/jkl",
    "A sprocket preprint, Mia Roe, Paul Doe bioRxiv (2025-12-01) https://doi.org/10.5555/mno",
]


def test_the_title_comes_first_and_the_last_name_ends_before_the_journal() -> None:
    """The title was read as the first author's name and the last person's name as the
    journal's first words ("Mary K Poe Journal of Examples")."""
    refs = read_numbered(_LIST)
    assert people(refs[0]) == [("Jane A", "Roe"), ("John", "Doe"), ("Mary K", "Poe")]
    assert refs[0].title == "The widget atlas of Springfield"
    assert refs[0].container_title == "Journal of Examples"
    assert (refs[0].year, refs[0].doi) == (2030, "10.5555/xyz1")
    assert people(refs[2]) == [("Tom", "Examplia"), ("Rita M", "Springfield")]
    assert refs[2].container_title == "Nature Examples"


def test_a_title_with_commas_and_one_author() -> None:
    refs = read_numbered(_LIST)
    assert refs[1].title == "Widgets, gadgets and gizmos in Examplia"
    assert people(refs[1]) == [("Jane", "Roe")]
    assert (refs[1].container_title, refs[1].year) == ("Examplia Letters", 2029)
    assert people(refs[3]) == [("Anna", "van der Roe"), ("David C", "Doe")]


def test_the_list_decides_not_one_reference() -> None:
    """One item so closed among others is no Manubot list."""
    assert prints_manubot(_LIST)
    assert not prints_manubot(_LIST[:4])
    vancouver = ["Roe JA, Doe J. Widgets. J Ex. 2030;5:1-9."] * 10
    assert not prints_manubot([*vancouver, *_LIST[:5]])


def test_a_vancouver_list_reads_as_before() -> None:
    """Guard: Vancouver and AMA lists, with their DOI links, are not read so."""
    items = [
        "Roe JA, Doe RD, Poe MM. Widgets of the northern plains. J Examples. 2030;41:163-83. "
        "https://doi.org/10.5555/abc",
        "Doe SA, Roe PQ. Sprockets in motion: a survey. Example Lett. 2029;12(3):45-67. "
        "doi:10.5555/def",
    ] * 3
    assert not prints_manubot(items)
    refs = read_numbered(items)
    assert people(refs[0]) == [("J. A.", "Roe"), ("R. D.", "Doe"), ("M. M.", "Poe")]
    assert refs[1].title == "Sprockets in motion: a survey"
    assert manubot(items[0]) is None


def test_a_long_item_fails_in_linear_time() -> None:
    """64,000 characters of names and dated closes with a parenthesis after each: every
    try stops at the next parenthesis, the names are cut at commas."""
    text = "Jane A Roe, John Doe (2030-05-25) https://doi.org/10.5555/x (" * (64_000 // 61)
    start = time.process_time()
    assert manubot(text) is None
    names = "Title, " + "Jane A Roe, " * (64_000 // 12) + "Mary K Poe J Ex (2030-05-25) https://x"
    assert manubot(names) is not None
    words = "Title, " + "Jane " * (64_000 // 5) + "(2030-05-25) https://x"
    manubot(words)
    assert time.process_time() - start < 1.0
