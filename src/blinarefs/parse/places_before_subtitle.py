"""A title that names a place and the years it covers before its subtitle: "Widget fever
in Springfield, Examplia, 2029-2031: epidemiology and control" (as surveillance reports
are titled).

The labeller reads the place and the span of years as a book's place (or as pages, or a
date) and splits the title in two at them; the reference then keeps only one part, the
subtitle after the colon in the author-year styles (OUP's, SAGE's Harvard, APA). Between
a title's words and a colon that its subtitle follows, a comma, capitalised words, commas
and a year or span of years closing them before the colon are the title's: no field is
printed inside a title's sentence, and a place with its year before a colon is a book's
imprint only where a publisher, not a subtitle, follows the colon.
"""

from __future__ import annotations

import re

from .labeller import Labelled
from .token_index import where
from .years import YEAR

# a year, or a span of years as one token: "2030", "2029-2031", "2029–31"
_YEARS = re.compile(rf"{YEAR.pattern}(?:[-–](?:{YEAR.pattern}|\d\d))?")
_READ_AS = frozenset({"other", "place", "pages", "year", "date"})
_LONGEST = 8  # tokens between the title's words and its colon


def place_and_years_in_title(labelled: list[Labelled]) -> list[Labelled]:
    """``labelled`` with a place and the years a title names before its colon ("...
    Springfield, Examplia, 2029-2031: subtitle") given to the title."""
    out = list(labelled)
    for i in where(labelled, ":"):  # (the colons, found in C: the rest are passed over)
        if not 2 <= i < len(out) - 1 or out[i + 1].label != "title":
            continue
        if not _YEARS.fullmatch(out[i - 1].token.text) or out[i - 2].token.text != ",":
            continue
        k = i - 1
        while k > 0 and i - k <= _LONGEST and out[k - 1].label in _READ_AS and _placed(out[k - 1]):
            k -= 1
        if out[k - 1].label == "title" and out[k].token.text == ",":
            out[k : i + 1] = [x._replace(label="title") for x in out[k : i + 1]]
    return out


def _placed(x: Labelled) -> bool:
    """A comma or a capitalised word: a place's, "Springfield, Examplia"."""
    text = x.token.text
    return text == "," or (text[:1].isupper() and text.isalpha())
