"""A word that numbers a series of the text's own things: "case 1" ... "case 4",
"Experiment 1", "Study 2". A manuscript that spaces its superscripts prints citations
after a word too ("as in patients 12."), and where it cites little the order of first
citations cannot tell "case 2" from a citation: both bring in the next small number. The
text can: a label's word comes back with 1, 2 and 3 after it, a series numbered from one,
or with 1 and 2 again and again (two things a text contrasts throughout), or names its
first two side by side ("study 1 and study 2", "Trial 1 or Trial 2": no text
cites two works so, the word printed again before each), and the clause goes on after one
of them at least ("case 4 has", "case 1's wife"), where a citation's word is followed by
whatever numbers the list gives its works, at a clause's end.
Pure and linear: one pass over the text, only where a spaced candidate exists.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import replace

from .candidates import SYNTAX, Candidate

A_SERIES = -3.0  # as a gene's name that carries other digits too (features.py)
SERIES = (1, 2, 3)  # a series numbered from one
_WORD_THEN_SPACE = re.compile(r"(?<![^\W\d_])([^\W\d_]{3,})[^\S\n]$")
_NUMBERED = re.compile(r"(?<![^\W\d_])([^\W\d_]{3,})[^\S\n](\d{1,3})(?!\d|[.,]\d)")
_CLAUSE_GOES_ON = re.compile(r"[^\S\n]?(?:'s\b|[a-z])")  # "case 4 has", "case 1's wife"
# "study 1 and study 2": the same word before 1 and before 2, joined as two things are
_PAIR = re.compile(
    r"(?<![^\W\d_])([^\W\d_]{3,})[^\S\n]1,?[^\S\n](?:and|or|vs\.?|versus)[^\S\n]\1[^\S\n]2(?!\d)",
    re.IGNORECASE,
)


def labels_in_series(text: str, candidates: Sequence[Candidate]) -> list[Candidate]:
    """``candidates`` with a label's prior on each flattened run after a space and a word
    that the text also follows with a series of its own (:func:`a_series`), once at least in
    mid-clause."""
    after = words_before(text, candidates, _flattened, _WORD_THEN_SPACE)
    if not after:
        return list(candidates)
    named, within = numbered_words(text, _NUMBERED)
    paired = {m.group(1).lower() for m in _PAIR.finditer(text)}
    out = list(candidates)
    for i, word in after.items():
        if word in within and (word in paired or a_series(named[word])):
            cand = out[i]
            reason = f"'{word}' numbers a series of the text's own ({word} 1, 2, ...)"
            out[i] = replace(cand, prior=cand.prior + A_SERIES, why=(*cand.why, reason))
    return out


def a_series(numbers: Counter[int]) -> bool:
    """Whether a word's ``numbers`` (how often the text names each after it) are a series
    of the text's own things: 1, 2 and 3, or 1 and 2 named again and again, twice each at
    least ("modo 1", "modo 2", then "o modo 2," and "do modo 1 e": two modes of research a
    text contrasts throughout), as no two works are cited after one word."""
    return all(numbers[n] for n in SERIES) or all(numbers[n] >= AGAIN for n in SERIES[:2])


AGAIN = 2  # times a pair's numbers are each named after their word


def _flattened(cand: Candidate) -> bool:
    return cand.kind == "superscript" and not cand.printed and cand.strength < SYNTAX


def words_before(
    text: str,
    candidates: Sequence[Candidate],
    kept: Callable[[Candidate], bool],
    word: re.Pattern[str],
) -> dict[int, str]:
    """The word (``word``'s group, in small letters, ending at the candidate's start and
    within 30 characters of it) before each candidate ``kept`` takes, by its index."""
    out: dict[int, str] = {}
    for i, cand in enumerate(candidates):
        if kept(cand) and (before := word.search(text, max(0, cand.start - 30), cand.start)):
            out[i] = before.group(1).lower()
    return out


def numbered_words(
    text: str, numbered: re.Pattern[str]
) -> tuple[dict[str, Counter[int]], set[str]]:
    """Each word ``numbered`` finds before a number (its two groups), with how often the
    text names each number after it, and the words whose number the clause goes on after
    ("case 4 has", "model (1)'s"). One pass over the text."""
    named: dict[str, Counter[int]] = {}
    within: set[str] = set()
    for m in numbered.finditer(text):
        word = m.group(1).lower()
        named.setdefault(word, Counter())[int(m.group(2))] += 1
        if _CLAUSE_GOES_ON.match(text, m.end()):
            within.add(word)
    return named, within
