"""Short titles after the names' year, as SAGE's Harvard and APA print them (issue 13,
SAGE's authors and titles): the title of a word or two is read, and the names before the
year are never read into it. Every reference here is made up."""

from __future__ import annotations

import pytest

from blinarefs.model import Name, Reference
from blinarefs.parse import parse_reference_list
from blinarefs.parse.misread import misread
from blinarefs.parse.short_titles import short_title_after_year

_ONLINE = "Journal of Widget Research. Epub ahead of print 7 March 2030. DOI: 10.1177/0000000001."


def _read(text: str) -> Reference:
    refs = parse_reference_list(f"1. {text}\n").references
    assert len(refs) == 1
    return refs[0]


@pytest.mark.parametrize(
    ("text", "families", "title", "container"),
    [
        # SAGE's Harvard, online first: the names were read into the title, or the date
        # after the journal was read as the title
        (f"Roe J, Doe K and Poe L (2030) Widgets. {_ONLINE}", ["Roe", "Doe", "Poe"], "Widgets",
         "Journal of Widget Research"),
        (f"van der Roe J-P and Doe K (2030) Widget use. {_ONLINE}", ["Roe", "Doe"],
         "Widget use", "Journal of Widget Research"),
        (f"Roe JA (2030) Widgets. {_ONLINE}", ["Roe"], "Widgets", "Journal of Widget Research"),
        (f"Roe J, Doe K, Poe L, et al. (2030) Widgets. {_ONLINE}", ["Roe", "Doe", "Poe"],
         "Widgets", "Journal of Widget Research"),
        # SAGE's Harvard and APA with volume and pages: a one-word title read as nothing or
        # as the journal's first word
        ("Roe J and Doe K (2030) Widgets. Journal of Widget Research 4(2): 1–9.",
         ["Roe", "Doe"], "Widgets", "Journal of Widget Research"),
        ("Roe, J., & Doe, K. (2030). Widgets. Journal of Widget Research, 4(2), 1–9.",
         ["Roe", "Doe"], "Widgets", "Journal of Widget Research"),
        ("Roe, J. (2030). Sprockets. Journal of Widget Research, 4(2), 1–9.", ["Roe"],
         "Sprockets", "Journal of Widget Research"),
        # the year after the last initial, as OUP's DNA Research and the author-year
        # Vancouver print it
        ("Roe J., Doe K. 2030, Widgets, DNA Res., 4, 1–9.", ["Roe", "Doe"], "Widgets",
         "DNA Res"),
        ("Roe J, Doe K. 2030. Widgets. J Widget Res. 4:1–9.", ["Roe", "Doe"], "Widgets",
         "J Widget Res"),
        # a book
        ("Roe J and Doe K (2030) Gadgetry. Springfield: Example Press.", ["Roe", "Doe"],
         "Gadgetry", ""),
    ],
)  # fmt: skip
def test_a_short_title_after_the_year_is_read(text, families, title, container):
    ref = _read(text)
    assert [a.family for a in ref.author] == families
    assert (ref.title, ref.container_title) == (title, container)


@pytest.mark.parametrize(
    "text",
    [
        # guards: titles of several words and Vancouver's one-word title are read as before
        "Roe J and Doe K (2030) Sprockets revisited. Journal of Widget Research 4(2): 1–9.",
        f"Roe J, Doe K and Poe L (2030) Widget use in rural clinics. {_ONLINE}",
        "Roe J, Doe K. Widgets. J Widget Res 2030; 4: 1–9.",
    ],
)
def test_longer_titles_and_vancouver_are_left_as_read(text):
    ref = _read(text)
    assert ref.title in text and ref.title.split()[0] in ("Sprockets", "Widget", "Widgets")
    assert ref.author[0].family == "Roe"


def test_the_grammar_reading_names_and_year_as_the_title_is_set_aside():
    read = Reference(id="a", title="Roe J, Doe K and Poe L (2030) Widgets")
    assert misread(read)
    # guards: the title read with its authors, or a title that holds a year in brackets
    assert not misread(Reference(id="b", title="Widgets", author=(Name(family="Roe"),)))
    assert not misread(Reference(id="c", title="The Widget Act (2030) and its effects"))


def test_a_title_read_is_kept():
    ref = Reference(
        id="a",
        author=(Name(family="Roe", given="J."),),
        title="Widget counts",
        container_title="Journal of Widget Research",
        source_text="Roe J (2030) Widgets. Journal of Widget Research 4(2): 1–9.",
    )
    assert short_title_after_year(ref) == ref


def test_a_one_word_title_read_is_kept_whatever_follows_a_year():
    ref = Reference(
        id="a",
        author=(Name(family="Roe", given="J."),),
        title="Editorial",
        container_title="Journal of Widget Research",
        source_text="Roe J. Editorial. Widget Act (2030). Gadgets. Journal of Widget Research.",
    )
    assert short_title_after_year(ref) == ref


def test_a_titles_own_comma_after_a_bracketed_year_is_no_parts_end():
    ref = Reference(
        id="a",
        author=(Name(family="Roe", given="J."),),
        container_title="Age, Sex, and Widgets in Springfield Widget J",
        source_text="Roe J (2030) Age, Sex, and Widgets in Springfield Widget J 5: 1–9.",
    )
    assert short_title_after_year(ref) == ref
