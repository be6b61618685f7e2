"""The physical-sciences forms as a journal's page copies them (issue 13, OUP's physics
journals): the DOI glued after the year's parenthesis, article numbers with a letter, a
journal's colon and section letter, and books whose titles hold commas. Every reference
here is made up."""

from __future__ import annotations

import pytest

from blinarefs.parse import parse_reference_list


def _read(text: str):
    refs = parse_reference_list(f"1. {text}\n").references
    assert len(refs) == 1
    return refs[0]


@pytest.mark.parametrize(
    ("text", "journal", "volume", "page"),
    [
        # the DOI glued to the reference's full stop, or after a space
        ("J. Roe, K. Doe, Nucl. Phys. A. 982, 715 (2031).10.1016/j.example.2031.09.075",
         "Nucl. Phys. A", "982", "715"),
        ("J. Roe, New Astron. Rev. 93, 101632 (2031).10.1016/j.example.2031.101632",
         "New Astron. Rev.", "93", "101632"),
        ("J. Roe, K. Doe, Phys. Rev. D. 109, 055045 (2031).10.1103/Example.109.055045",
         "Phys. Rev. D", "109", "055045"),
        ("J. Roe, K. Doe, J. Math. Phys. 56, 092501 (2031). 10.1063/1.0000001",
         "J. Math. Phys.", "56", "092501"),
        # a section letter and a colon inside the journal's name
        ("J. Roe, K.-A. Doe, J. Phys. A: Math. Gen. 34, 6301 (2031).10.1088/0000-0000/34/32/3",
         "J. Phys. A: Math. Gen.", "34", "6301"),
        # an article number with a letter inside, and a Rapid Communication's mark
        ("J. Roe, K. Doe, Prog. Theor. Exp. Phys. 2031, 013A01 (2031).",
         "Prog. Theor. Exp. Phys.", "2031", "013A01"),
        ("J. Roe, K. Doe, Phys. Rev. D 87, 101901(R) (2031).", "Phys. Rev. D", "87", "101901(R)"),
    ],
)  # fmt: skip
def test_a_physics_tail_is_read_before_its_doi(text, journal, volume, page):
    ref = _read(text)
    assert ref.author[0].family == "Roe"
    assert (ref.container_title, ref.volume, ref.page, ref.title) == (journal, volume, page, "")
    assert ref.issued and ref.issued[0] == 2031


def test_the_glued_doi_is_kept_as_the_identifier():
    ref = _read("J. Roe, Nucl. Phys. A. 982, 715 (2031).10.1016/j.example.2031.09.075")
    assert ref.doi == "10.1016/j.example.2031.09.075"


@pytest.mark.parametrize(
    ("text", "title", "edition", "page"),
    [
        ("J. Roe, K. Doe, Handbook of Made-up Functions with Formulas, Graphs, and Tables "
         "(Example Press, Springfield, 2031).",
         "Handbook of Made-up Functions with Formulas, Graphs, and Tables", "", ""),
        ("J. Roe, K. Doe, Table of Widgets, Gadgets, and Sprockets (Example Press, "
         "Springfield, 2031), 7th ed., p. 908.", "Table of Widgets, Gadgets, and Sprockets",
         "7", "908"),
    ],
)  # fmt: skip
def test_a_physics_book_keeps_its_titles_commas(text, title, edition, page):
    ref = _read(text)
    assert (ref.type, ref.title, ref.edition, ref.page) == ("book", title, edition, page)
    assert (ref.publisher, ref.publisher_place) == ("Example Press", "Springfield")
    assert [a.family for a in ref.author] == ["Roe", "Doe"]


@pytest.mark.parametrize(
    ("text", "title", "journal"),
    [
        # guards: a chapter's ", in " keeps the title the tail reads; a titled Vancouver
        # reference, a colon in its title, is no physics tail
        ("J. Roe, Widget counts, in Atlas of Widgets (Example Press, Springfield, 2031).",
         "in Atlas of Widgets", ""),
        ("Roe J, Doe K. Widgets: A study of gadgets. J Widget Res. 2031;4:1-9.",
         "Widgets: A study of gadgets", "J Widget Res"),
        ("J. Roe, K. Doe, Widget Theory (Example Press, Springfield, 2031).", "Widget Theory", ""),
    ],
)  # fmt: skip
def test_what_the_physics_forms_leave_alone(text, title, journal):
    ref = _read(text)
    assert (ref.title, ref.container_title) == (title, journal)
