"""What BibTeX's plainnat prints after a journal article's pages, fed from PubMed: the date
("41(3):163–183, Jul 2030."), then the journal's ISSNs with their media and the DOI
(issue 13). Every reference here is made up."""

from __future__ import annotations

import pytest

from blinarefs.model import Reference
from blinarefs.parse import parse_reference_list
from blinarefs.parse.issn_notes import without_issn_note

_HEAD = "Roe JA, Doe B. Widgets of the northern plains. J Examples, 41(3):163–183, Jul 2030."


def _read(text: str) -> Reference:
    refs = parse_reference_list(f"1. {text}\n").references
    assert len(refs) == 1
    return refs[0]


@pytest.mark.parametrize(
    "tail",
    [
        " ISSN 1234-5678 (Electronic); 1234-5679 (Print); 1234-5679 (Linking). doi: 10.5555/x.1.",
        " ISSN 1234-567X (Electronic). doi: 10.5555/x.1.",
        # as a copy one token a line is rebuilt: no space after the semicolon
        " ISSN 1234-5678 (Electronic);1234-5679 (Linking). doi: 10.5555/x.1.",
        " doi: 10.5555/x.1.",
    ],
)
def test_the_date_after_the_pages_and_the_issns(tail: str) -> None:
    """The ISSNs were read as the pages, and the date (the labeller thrown by what follows
    it) as the title's words: no year."""
    ref = _read(_HEAD + tail)
    assert (ref.issued, ref.page, ref.volume, ref.issue) == ((2030, 7), "163-183", "41", "3")
    assert (ref.title, ref.container_title) == ("Widgets of the northern plains", "J Examples")
    assert ref.source_text == _HEAD + tail  # the entry keeps the text as printed
    assert ref.doi == "10.5555/x.1"


def test_a_reference_without_the_tail_reads_as_before() -> None:
    """Guards: the same reference with nothing after its date, a year before the pages, and
    an ISSN printed alone (its number is no field, as before)."""
    assert _read(_HEAD).issued == (2030, 7)
    ref = _read("Roe JA, Doe B. Widgets. J Examples. 2029;41(3):163-83.")
    assert (ref.issued, ref.page) == ((2029,), "163-183")
    assert (
        without_issn_note("Title. J Ex, 2030. ISSN 1234-5678.")
        == "Title. J Ex, 2030. ISSN 1234-5678."
    )
