"""A superscript glued to a year where the clause goes on: how much the year vouches for it.

"a study in 201223 reported", "(see Roe 200915)": no year has five digits or more, so the
digits after the year's four are a superscript's. Where a space stands before the year and
the clause goes on with the aside's parenthesis, its verb or a word a citation is followed
by, every such run in the dev and tune sets (16 in 14 articles) is a citation, repeats too,
which the order cannot vouch for. A count printed without a separator ("of 19853
patients", "201223 samples") goes on with its noun or unit, and a catalogue's or an
identifier's number ("plasmid #19359)", "Data 5:180079") has no space before it: those
stay weak, for the order alone.
"""

from __future__ import annotations

import re

from .candidates import MEDIUM, WEAK
from .numberwords import FOLLOWERS
from .quantities import GOES_ON_AFTER_A_YEAR

_NEXT_WORD = re.compile(r"[^\S\n]([^\W\d_]+)\b")


def year_glued_strength(text: str, start: int, end: int) -> int:
    """MEDIUM for the run ``text[start:end]`` (a year, then a superscript's digits) where a
    space stands before it and it is followed by a closing parenthesis, a verb or a word a
    citation is followed by ("in 201223 reported", "Roe 20094)", "de 199116 mostrou");
    WEAK otherwise."""
    if text[start - 1 : start] != " ":
        return WEAK
    word = _NEXT_WORD.match(text, end)
    if (
        text[end : end + 1] == ")"
        or GOES_ON_AFTER_A_YEAR.match(text, end)
        or (word is not None and word.group(1) in FOLLOWERS)
    ):
        return MEDIUM
    return WEAK
