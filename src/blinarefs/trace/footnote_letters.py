"""Footnote letters a copy printed after a superscript's citations: "in the census.
12,e,f", "for anaemia, 4,7,k the cost": a journal that raises the citations and the
letters of its own footnotes in one superscript (SciELO's ",a" to the notes under the
text) loses the raising in a web copy, and the letters stay glued to the digits by their
commas. Prose never glues a single letter to a number's comma ("12, e" or
"12 and" have a space), so the digits before them are a superscript however the clause goes
on. Pure: a few characters either side of the run.
"""

from __future__ import annotations

import re

from .textpos import HSPACE

# A comma and one lower-case letter, once or more, glued to the run and ending where a word
# would: ",e,f", ",k" (not ",e o", nor the ",a2" of a label's part)
_LETTERS = re.compile(r"(?:,[a-z])+(?![^\W_]|[.,]?\d)")
_BEFORE_THE_SPACE = ".,;:)”’\"'"  # a word's end, its punctuation, an aside's or a quote's close


def before_footnote_letters(text: str, start: int, end: int) -> bool:
    """Whether the run ``text[start:end]``, after a word (or its punctuation) and a space,
    has footnote letters glued after it by their commas ("census. 12,e,f", "rates, 10,c
    with"): the superscript's citations, then its notes' letters."""
    if not _LETTERS.match(text, end):
        return False
    space = start - 1
    if space < 1 or text[space] not in HSPACE:
        return False
    before = text[space - 1]
    return before.isalpha() or before in _BEFORE_THE_SPACE
