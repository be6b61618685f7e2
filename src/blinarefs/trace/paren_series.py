"""A word the text follows with "(1)", "(2)" and "(3)" again and again numbers its own
things: "model (1)", "model (3)", "scenario (2)", "condition (3)". A text that numbers its
models, equations or conditions so names the same few numbers many times, and where it
cites in some other convention, or cites little, those parentheses outnumber its citations
and made it read as one citing in parentheses: every "model (3)" was taken as a citation of
reference 3 (a whole article's precision). A word before parenthesised citations ("as
reported (12)") is followed by whatever numbers the list gives its works, each once or
twice; a label's word comes back with 1, 2 and 3, a series numbered from one, each named
again and again, and the clause goes on after one of them at least ("model (3) has").
Such a number is marked a label before the candidates are weighed (``features.weigh``
gives a label's penalty, and counts it towards no convention). Pure and linear: one pass
over the text, only where a parenthesised candidate exists.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from functools import partial

from .candidates import SYNTAX, Candidate
from .series import SERIES, numbered_words, words_before

AGAIN = 2  # a label's word names its numbers this many times each, on average, at least
_WORD_THEN_PAREN = re.compile(r"(?<![^\W\d_])([^\W\d_]{3,})[^\S\n]?\((\d{1,2})\)")
_WORD_BEFORE = re.compile(r"(?<![^\W\d_])([^\W\d_]{3,})[^\S\n]?$")


def _single_in_parentheses(text: str, cand: Candidate) -> bool:
    return (
        cand.kind == "paren"
        and cand.strength < SYNTAX
        and len(cand.numbers) == 1
        and text[cand.start : cand.start + 1] == "("
    )


def labels_in_parentheses(text: str, candidates: Sequence[Candidate]) -> list[Candidate]:
    """``candidates`` with a label's reason on each parenthesised single number after a word
    that the text follows with "(1)", "(2)" and "(3)", each of its numbers named
    :data:`AGAIN` times on average, once at least in mid-clause."""
    after = words_before(text, candidates, partial(_single_in_parentheses, text), _WORD_BEFORE)
    if not after:
        return list(candidates)
    named, within = numbered_words(text, _WORD_THEN_PAREN)
    out = list(candidates)
    for i, word in after.items():
        numbers = named.get(word, Counter())
        if (
            word in within
            and all(numbers[n] for n in SERIES)
            and numbers.total() >= AGAIN * len(numbers)
        ):
            cand = out[i]
            # features.py reads the reason by its opening words, a label's
            reason = f"a label of a series of the text's own ({word} (1), (2), (3))"
            out[i] = replace(cand, why=(*cand.why, reason))
    return out
