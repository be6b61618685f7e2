"""Words whose glued digits cite, however often the text prints them so: the nouns a
citation points to. A name's signs (never alone, carries other digits, recurs, short) say
"gene" of "Trip13" printed again and again; they say nothing of "a recent paper27" or
"Haozhu Cave15", which a text cites each time it names them and no gene is called; nor
of the "s" of an author's possessive, "In Roe et al’s8 study", "Doe's12 model", nor of a
decade's, "in the 1980s13,", "in the 1990’s5.", however many decades the text cites.

Pure: the word and what precedes it.
"""

from __future__ import annotations

import re

from .candidates import MEDIUM, STRONG, words
from .punctuated import is_et_al
from .textpos import word_before

# A published work, what a citation points to: "a recent paper27", "our related work4",
# "earlier studies12"
WORK_NOUNS = words(
    "paper papers work works study studies article articles report reports review reviews "
    "publication publications literature"
)
# A place's kind, after its own capitalised name: "Haozhu Cave15", "the Intertropical
# Convergence Zone58", "the Labrador Sea33", "the Tarim Basin43"
PLACE_NOUNS = words(
    "cave caves lake lakes river sea ocean basin bay island islands mountains glacier zone "
    "valley desert plateau gulf strait peninsula current shelf coast"
)


def a_cited_noun(text: str, word: str, start: int) -> bool:
    """Whether ``word``, printed at ``start`` with digits glued after it, is a noun the
    digits cite: a work ("paper"), or a place's kind after its capitalised name ("Hulu
    Cave")."""
    if word in WORK_NOUNS or (
        word == "s" and (possessive_strength(text, start) or a_decades_s(text, start))
    ):
        return True
    if not (word[:1].isupper() and word[1:].islower() and word.lower() in PLACE_NOUNS):
        return False
    if not text[start - 1 : start].isspace():
        return False  # "Hm-Cave2": one name, whatever its last part
    before = text[max(0, start - 30) : start].split()
    return bool(before) and before[-1][:1].isupper() and before[-1].isalpha()


# A decade's year before its "s", with or without an apostrophe: "the 1980s", "the 1990’s"
_DECADE = re.compile(r"(?<!\d)(?:1[6-9]|20)\d0['’]?$")


def a_decades_s(text: str, start: int) -> bool:
    """Whether the "s" at ``start`` closes a decade ("in the 1980s13,", "in the 1990’s5."):
    the digits glued after it cite; no name ends so."""
    return _DECADE.search(text, max(0, start - 6), start) is not None


def possessive_strength(text: str, start: int) -> int | None:
    """The strength of digits glued to the "s" at ``start`` of an author's possessive:
    strong after "et al’s", medium after a capitalised name's ("Doe's12 model"), which a
    disease's name shares ("Crohn’s"); the "s" of a possessive is no name's part. None
    where the "s" is none ("the patient’s2 chart", "the 1990's")."""
    if text[start - 1 : start] not in ("'", "’"):
        return None
    owner, owner_start = word_before(text, start - 1)
    if owner == "al" and is_et_al(text, owner_start):
        return STRONG
    return MEDIUM if owner[:1].isupper() and owner[1:].islower() else None
