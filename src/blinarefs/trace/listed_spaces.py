"""A superscript list a journal prints with spaces and no commas, flattened: BMJ's
"survival.52 53 colorectal", where the glued run goes on over each number or range after a
space that rises. Kept apart from :mod:`.superscripts`, which finds the glued run itself.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .candidates import DASHES, LIST_STEP, MEDIUM, Candidate, expand_numbers

# A number of the list, or a range of them ("8 9 15–20")
_ITEM = rf"\d{{1,3}}(?:[{DASHES}]\d{{1,3}})?(?!\d)"
# Numbers after spaces up to where the next sentence begins, or the line ends
_LISTED_TO_A_SENTENCE = re.compile(rf"(?: {_ITEM})+(?= [A-Z][a-z]|[^\S\n]*(?:\n|$))")
# One more number or range after a space, before a mark or the end
_NEXT_IN_LIST = re.compile(rf" ({_ITEM})(?=[\s.,;:)]|$)")
MID_CLAUSE = re.compile(r" [a-z]")  # the clause goes on: a word in lower case after a space


def listed_with_spaces(text: str, cand: Candidate) -> tuple[Candidate, int]:
    """A superscript list a journal prints with spaces and no commas (BMJ: "survival.52 53
    colorectal", "reported9 10 12–14 and"): the glued run goes on over each number or range
    after a space that rises."""
    if cand.strength < MEDIUM or text[cand.start - 1 : cand.start].isspace():
        return cand, cand.end
    numbers, end = list(cand.numbers), cand.end
    listed = _LISTED_TO_A_SENTENCE.match(text, end)
    if listed:
        # numbers and ranges that rise however far, up to where the next sentence begins:
        # "activation.10 126 The", "model.50 138 139 Therefore", "lower.9 11–13 Smoking"
        more = [expand_numbers(item) for item in listed.group().split()]
        if _rises(numbers[-1], more):
            numbers += [n for item in more if item for n in item]
            end = listed.end()
    while m := _NEXT_IN_LIST.match(text, end):
        item = expand_numbers(m.group(1))
        if not item:
            break
        # in mid-clause only the next number: "co-workers,17 32 structures" is a count; once
        # the list went on over a spaced number, it may jump ("reported9 10 12–14 and")
        listing = end > cand.end
        step = 1 if MID_CLAUSE.match(text, m.end()) and not listing else LIST_STEP
        if not numbers[-1] < item[0] <= numbers[-1] + step:
            break
        numbers += item
        end = m.end()
    if end == cand.end:
        return cand, end
    return replace(cand, end=end, numbers=tuple(numbers)), end


def _rises(last: int, items: list[tuple[int, ...] | None]) -> bool:
    """Whether each item (a number, a range) starts past where the one before it ends."""
    for item in items:
        if not item or item[0] <= last:
            return False
        last = item[-1]
    return True
