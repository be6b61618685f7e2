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
any other word weak, for the order of first citations to decide.

A journal whose markup left no space after ``<sup>`` prints the same in a web copy ("food
groups15tends", "Roe et al.31also", "Doe et al.19(2031) showed", "(SGS – Springfield
Garden Survey)11is"): where the words either side are words the text prints on their own
elsewhere, or the run follows "et al." or a closed aside and comes before such a word or a
year's parenthesis, the reading is medium, whatever the words (a name that carries digits
is printed again with them, a formula's or a gene's letters are no words of the text). One
reading serves both copies (:func:`glued_to_the_next_word`). Pure: a few characters looked
at around the run, and the text's words counted once.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

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


def glued_to_the_next_word(text: str, start: int, end: int) -> Candidate | None:
    """A reading of the run ``text[start:end]`` glued to the word after it, which
    :func:`glued_before_a_word` left unread: medium between two words the text prints on
    their own, or after "et al." or a closed aside ("groups15tends", "et al.19(2031)",
    "Survey)11is"); else weak, for the order of first citations alone to take, between a
    long word and a lowercase word that is no function word ("plans31need",
    "Malaysia14reports"; see the module's docstring)."""
    numbers = expand_numbers(text[start:end])
    if not numbers:
        return None
    if _between_words_alone(text, start, end):
        return Candidate(start, end, "superscript", MEDIUM, numbers, why=(_GLUED_NEXT,))
    after = _WORD_AFTER.match(text, end)
    if after is None or after.group() in UNIT_WORDS or not _long_word(text, start):
        return None
    return Candidate(start, end, "superscript", WEAK, numbers, why=(ORDER_ONLY,))


_GLUED_NEXT = "glued to the next word"
# The word before the run, of three letters or more, in lower case but for its first
# letter ("groups", "Malaysia"); or "et al." ("al." then the run); or an aside's close after
# a letter ("Survey)")
_ALONE_BEFORE = re.compile(r"(?<![^\W_])([^\W\d_][^\W\d_A-Z]{2,})$")
_AL_BEFORE = re.compile(r"(?<![^\W_])al\.$")
_CLOSE_BEFORE = re.compile(r"[^\W\d_]\)$")
# The word after the run, whole, in lower case, or a year's parenthesis: "tends ", "(2031)"
_ALONE_AFTER = re.compile(r"([^\W\d_A-Z]{2,})(?![\w-])")
_YEAR_AFTER = re.compile(r"\((?:19|20)\d\d[a-z]?\)")
# A word as printed on its own, in any case
_A_WORD = re.compile(r"(?<![\w-])[^\W\d_]+(?![\w-])")
ASIDE_LENGTH = 120  # characters an aside's parenthesis is looked back for


@lru_cache(maxsize=2)
def _words(text: str) -> Counter[str]:
    """How often each word stands on its own in ``text``, in lower case."""
    return Counter(w.lower() for w in _A_WORD.findall(text))


def _between_words_alone(text: str, start: int, end: int) -> bool:
    """Whether the run sits after a word the text prints on its own, "et al." or a closed
    aside, and before a lower-case word the text prints on its own or a year's
    parenthesis."""
    if start < 3 or (not text[end : end + 1].isalpha() and text[end : end + 1] != "("):
        return False
    after = _ALONE_AFTER.match(text, end)
    words = _words(text)
    if after is not None:
        if words[after.group(1)] == 0:
            return False
    elif not _YEAR_AFTER.match(text, end):
        return False
    lo = max(0, start - 40)
    word = _ALONE_BEFORE.search(text, lo, start)
    if word is not None:
        return words[word.group(1).lower()] > 0
    return bool(
        (_AL_BEFORE.search(text, lo, start) and is_et_al(text, start - 3))
        or (_CLOSE_BEFORE.search(text, lo, start) and _an_aside_closes(text, start - 1))
    )


def _an_aside_closes(text: str, close: int) -> bool:
    """Whether the parenthesis closing at ``close`` closes a prose aside, opened after a
    space ("the survey (SGS – Springfield Garden Survey)"), not a formula's group glued to
    what comes before it ("0.0077(Age)2", "f(x)2": a square)."""
    opening = text.rfind("(", max(0, close - ASIDE_LENGTH), close)
    return opening > 0 and text[opening - 1].isspace()


def _long_word(text: str, start: int) -> bool:
    """Whether a word of four lowercase letters or more, no label's or quantity's, ends at
    ``start``."""
    word = _LONG_WORD.search(text, max(0, start - 40), start)
    return word is not None and word.group().lower() not in _LEFT_ALONE
