"""Chinese names printed family first, the family name in capitals and the given name
written out in pinyin: "ZHANG San", "CHEN Zhi-gang", "OUYANG Xiaoming".

GB/T 7714 lists and many Chinese journals' English references print names this way. The
capitals look like a given-first name's undotted initials ("JA Smith"), so without a rule
"ZHANG San" is read as a person called San with five initials. What tells the two apart is
pinyin itself: a Chinese family name is one pinyin syllable (two for the few double
families), a given name one to three, and an English family name is rarely a run of pinyin
syllables ("Smith", "Jones" are not; "Lin" is). A list is read this way only when no name
in it is a given-first name that pinyin cannot spell, so "HE Lin" among "JA Smith" stays a
person called Lin, nor when one prints a single initial first ("V Roe, LA Sechi", as Chicago
prints the names after the first).
"""

from __future__ import annotations

import re

from ..model import Name

# Pinyin's syllables, loosely: an optional initial and a final (a few impossible pairs pass,
# which costs nothing here: the words tested are names already).
_INITIAL = r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])"
_FINAL = (
    r"(?:iang|iong|uang|ueng|ang|eng|ing|ong|iao|ian|uai|uan|van|ai|ei|ao|ou|an|en|er"
    r"|ia|ie|iu|in|ua|uo|ui|un|ve|ue|a|o|e|i|u|v)"
)
_SYLLABLE = rf"(?:{_INITIAL}?{_FINAL})"
_FAMILY = re.compile(rf"{_SYLLABLE}{{1,2}}")
_GIVEN = re.compile(rf"{_SYLLABLE}{{1,3}}(?:[-‐]{_SYLLABLE}{{1,2}})?")
# A piece of a list in the form: a word in capitals, then a word that is not ("ZHANG San")
_FORM = re.compile(r"(?<![A-Z])([A-Z]{2,})\s+([A-Z][a-z]+(?:[-‐][A-Za-z][a-z]*)?)")
# A name printed initials first with one initial ("V Roe", "V. Roe"): the list is given-first
_ONE_INITIAL_FIRST = re.compile(r"[A-Z]\.?\s+[A-Z][a-z]+(?:[-‐][A-Za-z][a-z]*)?")


def _pinyin_name(piece: str) -> Name | None:
    m = _FORM.fullmatch(piece.strip(" .,"))
    if m is None:
        return None
    family, given = m.groups()
    if _FAMILY.fullmatch(family.lower()) and _GIVEN.fullmatch(given.lower()):
        return Name(family=family, given=given)
    return None


def pinyin_family_first(pieces: list[str]) -> dict[str, Name]:
    """The pieces of a list that are pinyin names printed family first, each with its name;
    none when a piece of the same form is no pinyin name (the list is given-first)."""
    found: dict[str, Name] = {}
    for piece in pieces:
        if _ONE_INITIAL_FIRST.fullmatch(piece.strip(" .,")):
            return {}  # "V Roe, LA Sechi": given-first, "LA" the initials of "Sechi"
        if _FORM.fullmatch(piece.strip(" .,")) is None:
            continue
        name = _pinyin_name(piece)
        if name is None:
            return {}
        found[piece] = name
    return found


def pinyin_family_given(first: str, second: str) -> bool:
    """Whether two written-out words can be a Chinese name family first in pinyin, mixed
    case ("Liu Xun", "Cui Zhi-Feng"): a family name of one syllable, then a given name. A
    given name of two syllables or a hyphened one first ("Xiaohong Wu", "Yu-xian Pan") is
    the given name, printed first."""
    one = re.compile(_SYLLABLE)
    return bool(one.fullmatch(first.lower()) and _GIVEN.fullmatch(second.lower()))
