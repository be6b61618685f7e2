"""The gates asked before the patterns that read a reference's end give the plain search's
answers (issue 13: parse speed).

A book's tail, a physics book's imprint and an imprint's closing year are patterns every
reference is searched with, and few end so. Each is now asked first whether the text's end
can hold a match (the last semicolon, the last parenthesis, the year's place), and searched
from there. Hypothesis checks each gate against the plain search, kept here as the
specification, on text made of the pieces those ends are printed with.
"""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from blinarefs.model import Reference
from blinarefs.parse.comma_owners import comma_owner
from blinarefs.parse.grammar_books import _BOOK_TAIL, TAIL_WINDOW, book_tail
from blinarefs.parse.imprint_ends import _CLOSING_YEAR, _closing_year
from blinarefs.parse.physics_books import _BOOK_TAIL as _PHYSICS_BOOK
from blinarefs.parse.physics_books import physics_book
from blinarefs.parse.reference import parse_reference


def _pieces(*pieces: str) -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(pieces), max_size=10).map("".join)


BOOK_TEXT = _pieces(
    "Roe J. Made-up title. ", "Springfield", "(XY)", ": ", ":", "; ", ";", " 2030", "2030",
    "1999", ": 12-19", ". p. 5-9", " p. 5-9", ", 627 p.", " 627 pp", ".", " ", "\n", "?",
    "Examplia Press", "W.B. Saunders", ")", "A",
)  # fmt: skip
PHYSICS_TEXT = _pieces(
    "A. Roe", ", ", "Made-up physics", " (", "Examplia Press", "Springfield", "2030", "1999",
    ")", ", p. 61", ", p. 5-9", ", 2nd ed", ".", " ", "(", "\n", ", 2030)",
)  # fmt: skip
YEAR_TEXT = _pieces("Press", ",", " ", "  ", "\t", "2030", "1599", "203", ".", "\n", "x", "12")


def _span(m: re.Match[str] | None) -> object:
    return m and (m.span(), m.groups())


@settings(max_examples=1000, deadline=None)
@given(BOOK_TEXT)
@example("Springfield; Springfield: ;  2030")  # two places opening the text: no barrier before
def test_a_book_tail_is_found_as_the_plain_search_finds_it(text):
    plain = _BOOK_TAIL.search(text, max(0, len(text) - TAIL_WINDOW))
    assert _span(book_tail(text)) == _span(plain)


@settings(max_examples=1000, deadline=None)
@given(PHYSICS_TEXT)
def test_a_physics_book_is_read_where_the_plain_search_finds_one(text):
    plain = _PHYSICS_BOOK.search(text, max(0, len(text) - 300))
    read = physics_book(text)
    assert (read and read[0]) == (plain and plain.start("title"))


@settings(max_examples=1000, deadline=None)
@given(YEAR_TEXT)
def test_an_imprints_closing_year_is_found_as_the_plain_search_finds_it(text):
    assert _span(_closing_year(text)) == _span(_CLOSING_YEAR.search(text))


def test_books_and_a_closing_year_are_still_read():
    book = parse_reference("Roe J. Made-up botany. 2nd ed. Springfield: Examplia Press; 2030.")
    assert isinstance(book, Reference) and book.publisher == "Examplia Press"
    found = book_tail("Made-up botany. Springfield (XY): Examplia Press; 2030. p. 5-9.")
    assert found is not None and found["ppages"] == "5-9" and found["year"] == "2030"
    assert book_tail("Roe J. Made-up title. J Fict Biol. 2030;12(4):311-8.") is None
    read = physics_book("A. Roe, Made-up physics (Examplia Press, Springfield, 2030), p. 61.")
    assert read is not None and read[1]["publisher_place"] == "Springfield"
    assert physics_book("A. Roe, Made-up physics (Examplia Press, Springfield, 2030) 61.") is None
    imprint = "Made-up report. Springfield: EXG"
    closing = _closing_year(imprint + ", 2030. ")
    assert closing is not None and closing["year"] == "2030" and closing.start() == len(imprint)
    assert _closing_year("Made-up report. Springfield: EXG, 12030.") is None


def test_a_page_read_online_is_still_a_bodys_when_the_day_read_is_printed():
    text = (
        "Examplia Agency, Made-up survey of things (2030). https://example.org/survey. "
        "Accessed 3 June 2030."
    )
    ref = Reference(id="", type="webpage", title="Made-up survey of things", source_text=text)
    assert [n.literal for n in comma_owner(ref).author] == ["Examplia Agency"]
    unread = Reference(id="", type="webpage", source_text=text.replace("Accessed", "Seen"))
    assert comma_owner(unread) is unread
