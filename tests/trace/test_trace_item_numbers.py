"""A list item's number that opens its line ("    1. County", as LibreOffice and Word write
a numbered paragraph saved as text) is no flattened superscript, even in a manuscript
whose byline prints its superscripts after a space (the habit that makes a bare number
after a space a citation elsewhere)."""

from __future__ import annotations

from blinarefs.trace.superscripts import flattened_candidates

QUESTIONNAIRE = (
    "Table 1. The questions asked of the wardens\nAnswers\n"
    "    1. Valley of the park\n40 valleys (n=80)\n"
    "    2) Otters seen in the year?\n12 otters (n=40)\n"
)


def test_an_items_number_opening_its_line_is_no_superscript():
    for spaced in (True, False):
        assert flattened_candidates(QUESTIONNAIRE, spaced=spaced) == []
