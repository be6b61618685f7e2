"""A word the text uses mostly alone carries no digits of its own: two glued to it cite.

"the AMOC30 shows", "within this stage24.": a gene's or a strain's symbol comes with its
number each time it is named, a word that stands alone again and again does not. Pure: the
text and the counts of its words (:class:`blinarefs.trace.features.Vocabulary`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from .candidates import Candidate
from .textpos import word_before


def mostly_alone(
    text: str,
    cand: Candidate,
    alone: Mapping[str, int],
    names: Mapping[str, int],
    digits: Mapping[str, set[str]],
) -> bool:
    """Whether ``cand`` names more than a family member's one digit (a group, or two
    digits) and the word glued to it stands alone (``alone``, lower-cased) three times as
    often as it carries digits (``names``: each word with its ``digits``), and three times
    at least. Not a letter's or a unit's digits ("column C18,", "0.3 MPa49."), a short
    lower-case word's ("ppk, ppk26,", "(aba2-11,": a gene's or an allele's symbol) nor a
    study's named with its number ("the AML17 trial")."""
    word, ws = word_before(text, cand.start)
    if (
        not past_a_members(cand)
        or len(word) < 2
        or (word.islower() and len(word) <= SHORT_NAME)
        or _AFTER_A_VALUE.search(text, max(0, ws - 3), ws)
        or _A_NUMBERED_STUDY.match(text, cand.end)
    ):
        return False
    carried = sum(names.get(word + d, 0) for d in digits.get(word, ()))
    return alone_far_more(alone.get(word.lower(), 0), carried)


MOSTLY, OFTEN = 3, 3  # alone three times as often as with digits, and three times at least


def alone_far_more(alone: int, carried: int) -> bool:
    """The one measure of "used mostly alone", for the candidates' stage (raw counts) and
    the features' (the vocabulary's): a word seen ``alone`` times on its own and
    ``carried`` times with digits glued to it."""
    return alone >= max(OFTEN, MOSTLY * carried)


SHORT_NAME = 4  # letters of a lower-case word that may be a gene's symbol ("ppk", "leu")
_A_NUMBERED_STUDY = re.compile(r" (?:trials?|study|studies|cohorts?|protocols?)\b")
_AFTER_A_VALUE = re.compile(r"\d[ \u00a0]?$")  # "0.3 MPa": a unit after its value


def past_a_members(cand: Candidate) -> bool:
    """A group, or a number of two digits: no family member's one digit ("Notch1")."""
    return len(cand.numbers) > 1 or (bool(cand.numbers) and cand.numbers[0] >= 10)
