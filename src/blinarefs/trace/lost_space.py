"""Flattened superscripts a copy glued to the word after them: the space after the raised
run was lost ("funding)⁷and", "(NCHS)¹⁶was", "plans³¹need", "Roe et al.²analyze").

A Word file whose raised run stands between two words with no space of its own (the space
was typed before the run, or not at all: the raised digits look set apart on the page)
exports to plain text as letters, digits and letters in one word. Digits inside a word are
a name's ("Cyp2d6", "H1N1", "lag15") when the letters around them are few; a closed
parenthesis that holds a word, a word of four lowercase letters or more, or "et al.",
then a lowercase word of three letters or more, is how no name or quantity is printed, and
how a copy that lost the space prints a citation. The function word a clause goes on with
("and", "was", "que") is medium evidence, as after a word (:mod:`blinarefs.trace.sitting`);
any other word weak, for the order of first citations to decide. Pure: a few characters
looked at around the run.
"""

from __future__ import annotations

import re

from .candidates import MEDIUM, ORDER_ONLY, STRONG, WEAK, Candidate, expand_numbers
from .numberwords import CLAUSE_WORDS, LABEL_WORDS, QUANTITY_WORDS, UNIT_WORDS
from .punctuated import is_et_al

# The lowercase word glued after the run, whole (no digits, no capitals inside it)
_WORD_AFTER = re.compile(r"[a-zà-öø-ÿ]{3,}(?![\w\-‐])")
_CLAUSE_WORD = re.compile(rf"(?:{CLAUSE_WORDS}|has|have)$")
# A closed parenthesis that holds a word ("(NCHS)", "(ICD-O)", "funding)"), no formula's
# group ("(CH3)", "(OH)" hold digits or two capitals only)
_WORD_IN_PARENS = re.compile(r"(?:\([A-Z][A-Z\-‐]{2,}|[a-zà-öø-ÿ]{3})\)$")
# A word of four lowercase letters or more before the run ("plans", "Malaysia")
_LONG_WORD = re.compile(r"(?<![\w\-‐])[A-Za-zà-öø-ÿ]?[a-zà-öø-ÿ]{4,}$")
_LEFT_ALONE = LABEL_WORDS | QUANTITY_WORDS | UNIT_WORDS  # "stage4disease", "figure3shows"


def glued_before_a_word(text: str, start: int, end: int) -> int | None:
    """How strong the run ``text[start:end]`` sits as a superscript whose space after it a
    copy lost: strong after "et al." (as glued after it with the space kept), medium after
    a parenthesis that holds a word, or after a long word and before a clause's function
    word (see the module's docstring); else None."""
    after = _WORD_AFTER.match(text, end)
    if after is None or after.group() in UNIT_WORDS:
        return None
    if text[start - 1 : start] == "." and text[start - 3 : start - 1] == "al":
        return STRONG if is_et_al(text, start - 3) else None  # as "Roe et al.2 found"
    if _WORD_IN_PARENS.search(text, max(0, start - 12), start):
        return MEDIUM
    return MEDIUM if _CLAUSE_WORD.match(after.group()) and _long_word(text, start) else None


def order_only_before_a_word(text: str, start: int, end: int) -> Candidate | None:
    """A weak reading, for the order of first citations alone to take, of the run
    ``text[start:end]`` between a long word and a lowercase word that is no function word
    ("plans31need", "Malaysia14reports"; see the module's docstring)."""
    after = _WORD_AFTER.match(text, end)
    numbers = expand_numbers(text[start:end])
    if after is None or after.group() in UNIT_WORDS or not numbers:
        return None
    if not _long_word(text, start):
        return None
    return Candidate(start, end, "superscript", WEAK, numbers, why=(ORDER_ONLY,))


def _long_word(text: str, start: int) -> bool:
    """Whether a word of four lowercase letters or more, no label's or quantity's, ends at
    ``start``."""
    word = _LONG_WORD.search(text, max(0, start - 40), start)
    return word is not None and word.group().lower() not in _LEFT_ALONE
