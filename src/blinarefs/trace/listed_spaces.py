"""A superscript list a journal prints with spaces and no commas, flattened: BMJ's
"survival.52 53 colorectal", where the glued run goes on over each number after a space that
rises a little. Kept apart from :mod:`.superscripts`, which finds the glued run itself.
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from .candidates import LIST_STEP, MEDIUM, Candidate

# Numbers after spaces up to where the next sentence begins, or the line ends
_LISTED_TO_A_SENTENCE = re.compile(r"(?: \d{1,3}(?!\d))+(?= [A-Z][a-z]|[^\S\n]*(?:\n|$))")
# One more number after a space, before a mark or the end
_NEXT_IN_LIST = re.compile(r" (\d{1,3})(?=[\s.,;:)]|$)")
MID_CLAUSE = re.compile(r" [a-z]")  # the clause goes on: a word in lower case after a space


def listed_with_spaces(text: str, cand: Candidate) -> tuple[Candidate, int]:
    """A superscript list a journal prints with spaces and no commas (BMJ: "survival.52 53
    colorectal"): the glued run goes on over each number after a space that rises a little."""
    if cand.strength < MEDIUM or text[cand.start - 1 : cand.start].isspace():
        return cand, cand.end
    numbers, end = list(cand.numbers), cand.end
    listed = _LISTED_TO_A_SENTENCE.match(text, end)
    if listed:
        # numbers that rise however far, up to where the next sentence begins:
        # "activation.10 126 The", "model.50 138 139 Therefore"
        more = [int(n) for n in listed.group().split()]
        if all(a < b for a, b in pairwise([numbers[-1], *more])):
            numbers += more
            end = listed.end()
    while m := _NEXT_IN_LIST.match(text, end):
        n = int(m.group(1))
        # in mid-clause only the next number: "co-workers,17 32 structures" is a count
        step = 1 if MID_CLAUSE.match(text, m.end()) else LIST_STEP
        if not numbers[-1] < n <= numbers[-1] + step:
            break
        numbers.append(n)
        end = m.end()
    if end == cand.end:
        return cand, end
    return replace(cand, end=end, numbers=tuple(numbers)), end
