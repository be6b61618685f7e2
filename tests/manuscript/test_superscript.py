"""The numbers a superscript citation group names (own test groups)."""

from __future__ import annotations

import pytest

from blinarefs.manuscript.superscript import citation_numbers


@pytest.mark.parametrize(
    ("group", "numbers"),
    [
        ("2,11,e", (2, 11)),  # a footnote letter in the group
        ("2, 11, e", (2, 11)),
        ("3 ; b, 4", (3, 4)),
        ("1 ,a", (1,)),
        ("2;  c", (2,)),
        ("2,11,e,f", (2, 11)),
        ("16:60", (16,)),  # a page after a colon
        ("28b", (28,)),  # the second work of a numbered pair
        ("1a–c, 4", (1, 4)),  # the works a to c of a numbered set
        ("2b-d", (2,)),
        ("1a, 1b, 7", (1, 7)),  # parts of reference 1, its number named once
        ("6a, 6g", (6,)),
        ("1–3, 5", (1, 2, 3, 5)),
        ("12,ab", None),  # a word, not a footnote letter
        ("5,c 6", None),
        ("x", None),
    ],
)
def test_citation_numbers_leave_out_letters_and_pages(group, numbers):
    assert citation_numbers(group) == numbers
