"""A citation glued to an abbreviation of two capitals at a clause end: "do DE9.", "no SE1.",
"in FM3,".

A text that abbreviates its own terms in two capitals ("DE" for a nursing diagnosis, "SE" for
an emergency service) prints them alone again and again, and a flattened superscript glued to
one at a clause end leaves a token that looks like a gene's or a cell line's ("CD4", "PC3").
The text tells them apart: a name carries its digit wherever it is named, in mid-clause too
("CD4 cells", "CD4+"), and its letters seldom stand alone; an abbreviation stands alone three
times as often as it carries any digits (:data:`~blinarefs.trace.alone.MOSTLY`), counted in
capitals only (the Portuguese "de", "se" are no abbreviation), and the token never sits in
mid-clause. A formula of two one-letter elements and a count of atoms ("CO2", "NO3", "SO4") is
no abbreviation.
Pure; the text's two-capital words are counted once.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from .alone import MOSTLY, OFTEN
from .textpos import at_clause_end, word_before

# Two capitals standing alone ("DE", not "DEX", "CD-4" nor "De"), and with their digits
_ALONE = re.compile(r"(?<![^\W_])[A-Z]{2}(?![^\W_]|[-‐]\d)")
_WITH_DIGITS = re.compile(r"(?<![^\W_])([A-Z]{2})\d+(?!\d)")
_ELEMENTS = frozenset("HBCNOFPSKVYIWU")  # the elements of one letter: "CO2", "NO3", "SO4"
_ATOMS = frozenset("234")  # a formula's count of its last element's atoms
ABBREVIATION = 2  # letters of the abbreviations read here


@dataclass(frozen=True)
class _Counts:
    alone: Counter[str]  # "DE" -> how often it stands alone
    carried: Counter[str]  # "DE" -> how often digits are glued to it
    mid_clause: frozenset[str]  # "CD4": tokens printed once at least where no clause ends


@lru_cache(maxsize=2)
def _counts(text: str) -> _Counts:
    carried: Counter[str] = Counter()
    mid_clause = set()
    for m in _WITH_DIGITS.finditer(text):
        carried[m.group(1)] += 1
        if not at_clause_end(text, m.end()):
            mid_clause.add(m.group())
    return _Counts(Counter(_ALONE.findall(text)), carried, frozenset(mid_clause))


def after_an_abbreviation(text: str, start: int, end: int) -> bool:
    """Whether the one digit ``text[start:end]`` glued to two capitals at a clause end is a
    citation after an abbreviation the text uses alone (see the module's docstring)."""
    word, ws = word_before(text, start)
    if len(word) != ABBREVIATION or not word.isupper() or end - start != 1:
        return False
    formula = word[0] in _ELEMENTS and word[1] in _ELEMENTS and text[start] in _ATOMS
    if formula or not at_clause_end(text, end):
        return False
    counts = _counts(text)
    if counts.alone[word] < max(OFTEN, MOSTLY * counts.carried[word]):
        return False
    return text[ws:end] not in counts.mid_clause
