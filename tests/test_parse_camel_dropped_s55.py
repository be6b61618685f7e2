"""A one-word journal opening in lower case ("eExample") that the labeller put in no field
(issue 13): read from the printed text between the title's end and the year and volume
(made-up references)."""

from __future__ import annotations

import pytest

from blinarefs.model import Reference, build_reference
from blinarefs.parse import parse_reference_list
from blinarefs.parse.camel_journals import camel_journal_out_of_title

_LIST = (
    "References\n"
    "1. Roe JA, Doe K. Made-up widgets in rural clinics. eExample 2030;4:e1.\n"
    "2. Poe L. Made-up gadgets. mExampl. 2031;5:e00123.\n"
    "3. Zoe M. Made-up cogs. Exampl J 2031;5:12-9.\n"
)


def test_an_unspaced_camel_journal_left_out_of_every_field_is_read() -> None:
    refs = parse_reference_list(_LIST).references
    assert [(r.title, r.container_title) for r in refs] == [
        ("Made-up widgets in rural clinics", "eExample"),
        ("Made-up gadgets", "mExampl"),
        ("Made-up cogs", "Exampl J"),
    ]
    assert (refs[0].type, refs[0].volume, refs[0].page) == ("article-journal", "4", "e1")


def test_a_spaced_camel_journal_after_a_glued_number_is_read() -> None:
    text = (
        "1Roe JA, Doe K. Made-up widgets in rural clinics. eExample 2030; 4: e1.\n"
        "2Poe L. Made-up gadgets. Exampl J 2031; 5: 12-9.\n"
    )
    ref = parse_reference_list(text).references[0]
    assert (ref.title, ref.container_title) == ("Made-up widgets in rural clinics", "eExample")


def _dropped(printed: str, **fields: str) -> Reference:
    values = {"type": "article-journal", "title": "Made-up widgets", "volume": "4",
              "page": "e1", "source_text": printed, **fields}  # fmt: skip
    return camel_journal_out_of_title(build_reference("", values))


def test_the_name_is_read_from_the_printed_text_after_the_title() -> None:
    ref = _dropped("Roe JA. Made-up widgets. eExample 2030 Mar; 4: e1.")
    assert ref.container_title == "eExample"


@pytest.mark.parametrize(
    "printed",
    [
        "Roe JA. Made-up widgets. mTOR 2030;4:e1.",  # a gene's name, not a journal's
        "Roe JA. Made-up widgets. eExample. Springfield: Examplia Press; 2030.",  # no volume
        "Roe JA. Made-up widgets, eExample 2030;4:e1.",  # no full stop closing the title
    ],
)
def test_a_word_that_is_no_camel_journal_before_a_volume_is_left(printed: str) -> None:
    assert _dropped(printed).container_title == ""


def test_a_journal_already_read_is_kept() -> None:
    ref = _dropped("Roe JA. Made-up widgets. eExample 2030;4:e1.", container_title="Exampl J")
    assert ref.container_title == "Exampl J"
