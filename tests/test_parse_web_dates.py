"""The dates a web page prints: its own year, and the day it was read, each once. Every
reference here is made up for the test."""

from __future__ import annotations

import pytest

from blinarefs.parse import read_item


def _read(text: str):
    return read_item(text, 1, 1).reference


def test_the_day_a_page_was_read_is_never_its_year() -> None:
    # "JEM Blogs 2030." ran into the title with no full stop between them, and the page
    # was dated 2031 by its note "(accessed 3 Jan 2031)", taken for a meeting's date
    ref = _read(
        "Roe J. Made-up thoughts on made-up care. JEM Blogs 2030. "
        "https://blogs.example.com/2030/01/01/roe (accessed 3 Jan 2031)."
    )
    assert ref.type == "webpage"
    assert ref.issued != (2031,)
    assert dict(ref.extra)["urldate"] == "2031-01-03"
    assert ref.note == ""


@pytest.mark.parametrize(
    "read_on", [" (accessed 3 Mar 2031)", ". Accessed 3 March 2031.", " (Accessed March 3, 2031)"]
)
def test_the_day_a_page_was_read_is_its_urldate_and_no_note_besides(read_on: str) -> None:
    # the labeller's note "Accessed 3 Mar 2031" was kept beside the urldate, so a
    # biblatex or CSL style printed the day twice
    ref = _read(f"Example Society. Example guidance. 2030. https://www.example.org/g{read_on}")
    assert dict(ref.extra)["urldate"] == "2031-03-03"
    assert ref.note == ""
    assert ref.issued == (2030,)
