"""A citation glued to a decimal's places, told by the places the manuscript prints.

A copy that flattens superscripts glues a citation after a value that ends its clause:
"Cronbach's alpha was 0,8921." is 0,89 and citation 21 where the text prints its
coefficients and thresholds with two places ("0,93", "0,75", "0,05" again and again), and
no value of three or four places in mid-clause, where no citation is glued. Nothing in
the digits alone splits them (:mod:`blinarefs.trace.digit_tails` offers the last digits
to the order as exactly the next number first cited, and reads no decimal comma); the
manuscript's habit does: a journal prints one kind of value with one number of places.
The kind is a decimal below one ("0,89", "0.05"), which names a coefficient, a
threshold, a proportion or a p-value;
a decimal after a statistic's "=" ("r = 0.4512") or a p-value's sign ("p < 0.0312") is
no kind this reads (those print as many places as the test gives).

Weak, with no more than a weak reading's prior: the order takes it where it brings in a
new number, not as a repeat. Pure; the text's decimals are counted once.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from .candidates import WEAK, Candidate, expand_numbers
from .glued import LONGEST_RANGE
from .textpos import after_is_boundary, at_clause_end

# A decimal below one, whole: "0,89", "0.05"; not a part of "10.0,5" or "1.0.2"
_BELOW_ONE = re.compile(r"(?<![\d.,])0([.,])(\d+)(?!\d)")
# A statistic's value or a p-value before the decimal: "r = 0.4512", "p < 0,0312"
_A_STATISTIC = re.compile(r"(?:=|(?<![^\W_])[pP][^\S\n]?[<>≤≥])[^\S\n]?$")
# What ends an aside after a decimal, or a group or a range glued to it ("0,1016-17.")
_CLOSES_OR_GOES_ON = re.compile(r"[)\]]|[,;\-–]\d")
HABIT = 5  # decimals below one printed with the same places that make a habit
LONGER_SHARE = 10  # ... against each one printed longer in mid-clause
CITED = 3  # digits of a citation glued after the places, at most


@lru_cache(maxsize=2)
def places_habit(text: str) -> int | None:
    """The places ``text`` prints its decimals below one with, where it has a habit: the
    commonest count of places, printed :data:`HABIT` times at least, and ten times as
    often as any longer decimal in mid-clause (one that ends its clause or an aside, or
    runs on into a group, may be a value with a citation glued to it, so it tells
    nothing against the habit)."""
    counts: Counter[int] = Counter()
    longer_inside: list[int] = []
    for m in _BELOW_ONE.finditer(text):
        if _A_STATISTIC.search(text, max(0, m.start() - 4), m.start()):
            continue
        counts[len(m.group(2))] += 1
        if not (at_clause_end(text, m.end()) or _CLOSES_OR_GOES_ON.match(text, m.end())):
            longer_inside.append(len(m.group(2)))
    if not counts:
        return None
    places, seen = counts.most_common(1)[0]
    longer = sum(1 for n in longer_inside if n > places)
    if seen < HABIT or longer * LONGER_SHARE > seen:
        return None
    return places


def a_decimals_citation(text: str, start: int, end: int) -> Candidate | None:
    """A reading of the run ``text[start:end]`` (the decimal's places, "8921" of
    "0.8921.", or the whole "0,8921" a comma joins) that leaves the decimal the places
    the manuscript prints (:func:`places_habit`) and cites the digits after them, where
    the clause ends or an aside closes after the run: "foi de 0,8921." as 0,89 and 21."""
    decimal = _BELOW_ONE.match(text, start - 2) if text[start - 2 : start - 1] == "0" else None
    if decimal is None or decimal.start(2) != start:
        decimal = _BELOW_ONE.match(text, start)
    if decimal is None or decimal.end() > end or decimal.start(2) > end:
        return None
    if not (at_clause_end(text, end) or text[end : end + 1] == ")"):
        return None
    if not after_is_boundary(text, end):
        return None
    if _A_STATISTIC.search(text, max(0, decimal.start() - 4), decimal.start()):
        return None
    places = places_habit(text)
    digits = decimal.group(2)
    if places is None or not 0 < len(digits) - places <= CITED:
        return None
    at = decimal.start(2) + places
    if text[at] == "0":
        return None
    numbers = expand_numbers(text[at:end])
    if not numbers or len(numbers) > LONGEST_RANGE:
        return None
    why = (f"after '{text[decimal.start() : at]}', the places this text prints",)
    return Candidate(at, end, "superscript", WEAK, numbers, why=why)
