"""Author lists printed given names first with no comma inside a name, BibTeX's plainnat
with full names ("Jane A Roe, John B Doe, and Mary Poe. Title. Journal, 41:163–183, Jul
2030."): read so when the whole list prints its people so (issue 13). Every reference here
is made up."""

from __future__ import annotations

from blinarefs.parse.given_first import given_first, prints_given_first
from list_reading import people, read_numbered

_LIST = [
    "Jane A Roe, Ralf D Doe, and Michael M Poe. Widgets of the northern plains. J Examples, "
    "41:163–183, Jul 2030.",
    "S Anna Doe and P Q Roe. Sprockets in motion: a survey. Example Lett, 12(3):45–67, Sep 2029.",
    "Tom Examplia, Rita M Springfield, Carl Poe, and Dana Roe. Counting widgets in the field. "
    "Nat Examples, 20(7):987–996, Jul 2028.",
    "Edward G Roe. Gears and levers. Examplia Press, Springfield, 2027.",
    "Oscar Doe, Vera Poe, and Ian K Roe. Counting widgets with sprockets. Neuron, 5:1–10, 2031.",
    "Michael M Doe and S Lena Poe. Levers of the south. Curr Opin Examples, 44:127–131, Jun 2027.",
    "Anna van der Roe, David C Doe, and Mary Poe. Sprocket atlas. Example Rev, 3:1–2, 2026.",
    "Mia Roe and Paul Doe. Widget counts. Example Lett, 9:4–5, 2025.",
]


def test_a_given_name_and_an_initial_are_no_family_and_initials() -> None:
    """ "Michael M Doe and S Lena Poe." was read as Vancouver's family "Michael" and initial
    "M", the rest of the names run into the title; "Edward G Roe." as "Edward" alone, "Roe."
    the title's."""
    refs = read_numbered(_LIST)
    assert people(refs[0]) == [("Jane A", "Roe"), ("Ralf D", "Doe"), ("Michael M", "Poe")]
    assert refs[0].title == "Widgets of the northern plains"
    assert (refs[0].container_title, refs[0].volume, refs[0].page) == (
        "J Examples",
        "41",
        "163-183",
    )
    assert people(refs[3]) == [("Edward G", "Roe")]
    assert refs[3].title == "Gears and levers"
    assert people(refs[5]) == [("Michael M", "Doe"), ("S Lena", "Poe")]
    assert refs[5].title == "Levers of the south"
    assert people(refs[1]) == [("S Anna", "Doe"), ("P Q", "Roe")]


def test_two_names_without_initials_and_particles_keep_their_families() -> None:
    refs = read_numbered(_LIST)
    assert people(refs[7]) == [("Mia", "Roe"), ("Paul", "Doe")]
    assert refs[7].title == "Widget counts"
    assert [family for _, family in people(refs[6])] == ["van der Roe", "Doe", "Poe"]
    assert refs[6].title == "Sprocket atlas"


def test_the_twin_keeps_the_printed_text() -> None:
    read = given_first("Jane A Roe, Ralf Doe, and Mary Poe. Widgets. J Examples, 4:1–2, 2030.")
    assert read is not None
    assert read.twin == "Roe JA, Doe R, Poe M. Widgets. J Examples, 4:1–2, 2030."
    assert read.people == (("Jane A", "Roe"), ("Ralf", "Doe"), ("Mary", "Poe"))
    assert read_numbered(_LIST)[0].source_text == _LIST[0]


def test_the_list_decides_not_one_reference() -> None:
    """Guards: a list too short to say, one of Vancouver's names, one whose names have no
    initial between words (family first in pinyin), and titles that open an item."""
    assert prints_given_first(_LIST)
    assert not prints_given_first(_LIST[:4])
    vancouver = [f"Roe JA, Doe B, Poe C. Widgets {i}. J Examples. 2030;{i}:1-9." for i in range(9)]
    assert not prints_given_first(vancouver)
    pinyin = [f"Wang Wei and Li Na. Widgets {i}. J Examples. 2030;{i}:1-9." for i in range(9)]
    assert not prints_given_first(pinyin)
    assert given_first("The Widget Atlas and Gear Guide. Examplia Press, 2030.") is None
    assert given_first("Example Study Group. Widgets. J Examples, 4:1–2, 2030.") is None


def test_a_vancouver_list_reads_as_before() -> None:
    """Guard: the same works printed Vancouver's way are read as they always were."""
    items = [
        "Roe JA, Doe RD, Poe MM. Widgets of the northern plains. J Examples. 2030;41:163-83.",
        "Doe SA, Roe PQ. Sprockets in motion: a survey. Example Lett. 2029;12(3):45-67.",
    ] * 3
    refs = read_numbered(items)
    assert people(refs[0]) == [("J. A.", "Roe"), ("R. D.", "Doe"), ("M. M.", "Poe")]
    assert refs[1].title == "Sprockets in motion: a survey"


def test_a_long_list_of_names_that_is_none_fails_in_linear_time() -> None:
    """64,000 characters of given-first names closed by a dotted initial ("Carl R. Doe."):
    each person's words split every way over many people grew exponentially (ten seconds
    for a dozen names before the patterns took words, people and their run whole)."""
    import time

    text = "Anna B Roe, Ralf Doe, " * (64_000 // 22) + "and Carl R. Doe. Widgets."
    start = time.process_time()
    assert given_first(text) is None
    assert time.process_time() - start < 1.0
