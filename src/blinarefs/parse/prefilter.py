"""Cheap tests, in C, of what a case-blind pattern needs before it is searched for.

Every reference is asked whether it is a patent, a thesis or a preprint, and few are: a
case-blind pattern reads the whole text, position by position, where ``str.lower`` and a
substring test scan it in C. A pattern is searched only where one of the words it cannot
match without is there, so what it finds is what it found before, in a fraction of the time.
"""

from __future__ import annotations

import re
from collections.abc import Callable

# The characters re.IGNORECASE reads as an ASCII letter that str.lower() does not give:
# the dotless i, the dotted capital I (lower-cased with a combining dot after the "i") and
# the long s. A text holding one of them is searched whatever its words.
CASE_TWINS = ("ı", "İ", "ſ")


# The text last lower-cased by :func:`may_hold`, and its lower case. One entry: a reference
# is asked in turn whether it may hold a DOI, a PMID, an accession, a date's cue, a medium,
# a note, an online date..., each time in the same text (the grammar asks ten times before
# its text changes), and ``str.lower`` walked the whole text each time.
_LOWERED = ("", "")


def may_hold(text: str, words: tuple[str, ...]) -> bool:
    """Whether ``text`` may hold one of ``words`` (lower-case ASCII) as a case-blind pattern
    reads them: False only when it cannot."""
    global _LOWERED
    seen, low = _LOWERED
    if text != seen:  # (the same object, or another text: told in C, mostly at once)
        low = text.lower()
        _LOWERED = (text, low)
    for w in words:  # a loop: any() over a generator takes half as long again
        if w in low:
            return True
    # (three substring tests in C: a set's isdisjoint hashes every character of the text)
    return not text.isascii() and any(map(text.__contains__, CASE_TWINS))


def holds_any(text: str, words: tuple[str, ...]) -> bool:
    """Whether ``text`` holds one of ``words`` as they are written: what a pattern that
    heeds case cannot match without."""
    return any(map(text.__contains__, words))


def searched_where(
    pattern: re.Pattern[str], words: tuple[str, ...], case_blind: bool = True
) -> Callable[[str], re.Match[str] | None]:
    """``pattern.search``, asked only of a text that may hold one of ``words``: the words
    every match of ``pattern`` holds (in any case, or as written where ``case_blind`` is
    False: the pattern heeds case)."""
    holds = may_hold if case_blind else holds_any

    def search(text: str) -> re.Match[str] | None:
        return pattern.search(text) if holds(text, words) else None

    return search
