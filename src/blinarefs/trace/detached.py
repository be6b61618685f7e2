"""Superscripts a copy detached from their punctuation ("of concern 1 .", "in 1994 4 , 2001
5 , and", "world” 14 , p. 7)", "( 19 , p. 1)"): where the markup held whitespace inside
each raised number's element (a pretty-printed ``<sup>`` around its link), a web copy keeps
a space on either side of the digits, so the full stop, comma, semicolon or parenthesis
after them stands apart. Prose puts no space before those marks; a text that prints five
numbers or more so, and little else before a detached mark, prints its superscripts so,
whatever its other superscripts do (the same copy glues those whose element held no
whitespace: "research1,33."). Each such number is then a strong candidate of the first
reading, where the habit vouches for it and the order of first citations still decides;
the spaced reading (:mod:`blinarefs.trace.spacing`) is for copies that space every
superscript, and would weigh the glued ones down. A ratio's "2 : 1", a decimal's "0 .5",
a label's "Figure 1 ." and a quantity's "aged 5 ," are no such numbers.
Pure: two regex passes over the text.
"""

from __future__ import annotations

import re

from .candidates import DASHES, STRONG, Candidate, expand_numbers
from .spaced import a_label_after_a_space, spaced_either_side

DETACHED_HABIT = 5  # numbers printed before a detached mark, at least
DETACHED_SHARE = 0.8  # ... and this share of every word or number before one
DETACHED = "between spaces before its punctuation, as the text prints its superscripts"
# A run of numbers with no space inside ("1,2,24–28"), after a space
_RUN = re.compile(rf"(?<=\S[^\S\n])\d+(?:[{DASHES}]\d+)?(?:,\d+(?:[{DASHES}]\d+)?)*")
# A space, then a clause's or an aside's mark (no ratio's colon, no decimal's point)
MARK_AFTER = re.compile(r"[^\S\n][.,;)](?!\d)")
_ANY_DETACHED = re.compile(r"\S[^\S\n][.,;)](?!\d)")  # anything before a detached mark


def _detached(body: str) -> list[Candidate]:
    out: list[Candidate] = []
    for m in _RUN.finditer(body):
        start, end = m.span()
        if not MARK_AFTER.match(body, end) or not spaced_either_side(body, start, end):
            continue  # not "concern 1 .", or a quantity's ("aged 5 ,", "Figure 2 )")
        numbers = expand_numbers(m.group())
        if numbers and not a_label_after_a_space(body, start, end):
            out.append(Candidate(start, end, "superscript", STRONG, numbers, why=(DETACHED,)))
    return out


def with_detached(body: str, candidates: list[Candidate]) -> list[Candidate]:
    """``candidates``, with every number printed between spaces before its punctuation
    strong in place of any reading of the same digits, where the text prints five or more
    so and they are most of what stands before a detached mark (the copy's habit, not a
    tokenised text's spacing of every comma)."""
    detached = _detached(body)
    marks = len(_ANY_DETACHED.findall(body))
    if len(detached) < DETACHED_HABIT or len(detached) < DETACHED_SHARE * marks:
        return candidates
    spans = [(c.start, c.end) for c in detached]
    kept = [c for c in candidates if not any(s < c.end and c.start < e for s, e in spans)]
    return sorted(kept + detached, key=lambda c: c.start)
