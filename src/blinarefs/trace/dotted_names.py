"""A name whose parts a dot joins, its last part a number: "AAVrh.74", "TC0123.hg.1".

A flattened superscript after a sentence's full stop ("in rhesus.74 Next") is the commonest
citation of a flattened copy, and a vector's, a probe's or a build's name ending in a dotted
number looks just like it. Two printed forms tell the name: the name goes on after its number
somewhere in the text, with a dot or a hyphen and a letter ("AAVrh.74.MHCK7", "AAVrh.74-
CMV": no citation is followed by its sentence's next word glued), so that each mention of
it is the name; or the parts before the number carry digits and a dot of their own
("TC0123.hg.1 and"), where a sentence's last word ("al.", "e.g.", "cells.") has neither,
and the next sentence does not follow ("with AAV5.Bx.16 In turn" cites after a name).
Pure: the text around the candidate, and one search of the text for the name.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .candidates import Candidate

DOTTED_NAME = -3.0

# the token a number is glued to after its full stop: "AAVrh." of "AAVrh.74"
_TOKEN = re.compile(r"[\w.-]{1,40}\.$")


def a_dotted_name(text: str, c: Candidate) -> list[tuple[str, float]]:
    """Why the digits of ``c``, glued after a full stop, end a dotted name, with the
    weight (none: no such form)."""
    digits = text[c.start : c.end]
    token = _TOKEN.search(text, max(0, c.start - 40), c.start)
    if not digits.isdecimal() or token is None:
        return []
    parts = token.group().rstrip(".")
    if (
        "." in parts
        and any(ch.isdigit() for ch in parts)
        and parts[:1].isalpha()
        and not _sentence_follows(text, c.end)
    ):
        return [(f"'{parts}.{digits}' is a name of dotted parts with digits", DOTTED_NAME)]
    if parts[:1].isalpha() and _goes_on(text, token.group() + digits):
        return [(f"'{token.group()}{digits}' is a name that goes on after its number",
                 DOTTED_NAME)]  # fmt: skip
    return []


def _sentence_follows(text: str, end: int) -> bool:
    """Whether the next sentence, or none, follows ``end``: a space and a capital, or the
    paragraph's end, as after a citation at a full stop ("AAV5.Bx.16 In turn")."""
    i = end
    while i < len(text) and text[i] in " \t":
        i += 1
    return i == len(text) or text[i] == "\n" or (i > end and text[i].isupper())


@lru_cache(maxsize=256)
def _goes_on(text: str, name: str) -> bool:
    """Whether ``name`` is printed somewhere with more of the name glued after its number:
    a dot or a hyphen, then a letter ("AAVrh.74.MHCK7", "AAVrh.74-CMV")."""
    return re.search(rf"(?<![\w.-]){re.escape(name)}[.-][^\W\d_]", text) is not None
