"""A Chinese name printed family first in pinyin, in mixed case, in a list that prints its
people family first: "Liu Xun, Wu Xiaoming" among "Poe A, Loe B".

Two capitalised words with no initials say little of their order on their own: "Xun Liu"
is given-first, "Liu Xun" family-first, and both readers take such a pair for a given name
and a family, as most lists that print whole given names print them ("John Roe and Peter
Doe", Chicago's "Roe, John, and Peter Doe"). A list whose people are printed family first
with initials (Vancouver's "Roe J", PLOS's "Roe J, Doe P (2030)") says more, but not enough
alone: such lists hold names copied given-first too ("Eran Roe, Roy Doe"). Pinyin settles
it, as Chinese authors print their names in such lists: each name a family name of one
syllable, then a given name ("Liu Xun, Wu Xiaoming, Cui Zhi-Feng"). A name whose first
word is a given name of two syllables or hyphened ("Xiaohong Wu", "Yu-xian Pan") shows the
reference prints them given-first, and none of its names is turned. (The same names in
capitals, "LIU Xun", are :mod:`.pinyin_names`'s.)
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..model import Name, Reference
from ..names import PARTICLES, is_initials
from .one_name import SUFFIX_WORDS, is_organisation
from .pinyin_names import pinyin_family_given
from .read import Reading

# One written-out word of a name: a capital and small letters, perhaps hyphenated ("Yi-Wei")
WORD = re.compile(r"[^\W\d_a-z][^\W\d_A-Z]+(?:[-‐][^\W\d_][^\W\d_A-Z]+)?")
# Items whose names open with a family name before initials, at least this many and more
# than half of the list's, make a list that prints its people family first
FAMILY_FIRST_MIN = 5


# Where the names an item opens with end: its first mark
_NAMES_END = re.compile(r"[,.;:(]")


def _opens_family_first(text: str) -> bool:
    """Whether a printed item opens with a person family first and initials, nothing
    between them: "Roe J,", "van der Roe JA.", "Roe J (2030)". Not APA's "Roe, J.", whose
    comma Chicago and the Ecological Society print too, before names printed given-first
    ("Roe, J., Peter Doe, and A. Poe")."""
    # (the words before the first mark, read where they are printed: the whole text is not
    # copied for them, as every item of a list is asked)
    mark = _NAMES_END.search(text)
    words = (text[: mark.start()] if mark else text).split()
    return 2 <= len(words) <= 4 and is_initials(words[-1]) and not is_initials(words[0])


def prints_family_first(texts: list[str]) -> bool:
    """Whether a list prints its people family first with initials (:data:`FAMILY_FIRST_MIN`
    of its items at least, and more than half)."""
    count = sum(_opens_family_first(text) for text in texts)
    return count >= FAMILY_FIRST_MIN and 2 * count > len(texts)


def given_first(name: Name, head: str) -> bool:
    """Whether ``name`` was read given-first from two written-out words printed so in
    ``head`` (the text before the title): "John Roe", given "John", family "Roe"."""
    given, family = name.given, name.family
    if name.literal or name.non_dropping_particle or name.dropping_particle or name.suffix:
        return False
    if not (WORD.fullmatch(given) and WORD.fullmatch(family)):
        return False
    if given.lower() in PARTICLES or given in SUFFIX_WORDS or is_organisation(f"{given} {family}"):
        return False
    pair = rf"(?<![\w'’\-‐]){re.escape(given)} {re.escape(family)}(?![\w'’\-‐])"
    return bool(re.search(pair, head))


def names_head(ref: Reference) -> str:
    """The printed text of ``ref`` before its title (all of it when no title was read, or
    none is printed where it was): where its names are printed."""
    printed = ref.source_text or ""
    at = printed.find(ref.title) if ref.title else -1
    return printed[:at] if at > 0 else printed


def family_first_written_out(readings: list[Reading], texts: list[str]) -> list[Reading]:
    """The readings of a list's items (``texts``), the Chinese names printed family first
    in pinyin read so where the list prints its people family first."""
    if not prints_family_first(texts):
        return readings
    out = []
    for reading in readings:
        ref = reading.reference
        head = names_head(ref)
        turned = [n for n in ref.author if given_first(n, head)]
        if turned and all(pinyin_family_given(n.given, n.family) for n in turned):
            names = tuple(
                Name(family=n.given, given=n.family) if n in turned else n for n in ref.author
            )
            reading = replace(reading, reference=ref.with_fields(author=names))
        out.append(reading)
    return out
