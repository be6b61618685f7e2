"""A name printed with its abbreviation in parentheses and its number after them: "human
epidermal growth factor receptor (HER)2", "T helper (Th)17 cells". A flattened citation
glued to a parenthesised abbreviation looks the same ("engager (BiTE)1 molecules"), and
the order of first citations cannot tell the two apart where the digits happen to be the
next number. The text can: a name so printed is named whole elsewhere ("HER2-positive",
"Th17"), its digits glued to the abbreviation; a citation's digits are not, unless the
same citation is glued to the abbreviation again, which then stands alone far more often
than it carries digits ("(MOFA)35", "MOFA35", "MOFA" alone in every paragraph). Pure and
linear: one pass over the text, only where such a candidate exists.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from .alone import word_counts
from .candidates import SYNTAX, Candidate

NAMED_WHOLE = -4.0  # as strong as a list item's number: the name is printed in the text
_ABBREVIATION = re.compile(r"\(([A-Z][A-Za-z]{0,5})\)$")  # "(HER)", "(Th)" before the run
_DIGITS = re.compile(r"\d+")
_GLUED_NAME = re.compile(r"(?<![^\W_])[^\W\d_]+\d+(?!\d)")  # "HER2", "Th17": a word, digits


def names_printed_whole(text: str, candidates: Sequence[Candidate]) -> list[Candidate]:
    """``candidates`` with a name's prior on each flattened run glued after a parenthesised
    abbreviation whose letters and digits the text also prints as one word."""
    named: dict[int, str] = {}
    for i, cand in enumerate(candidates):
        if cand.kind != "superscript" or cand.printed or cand.strength >= SYNTAX:
            continue
        abbreviation = _ABBREVIATION.search(text, max(0, cand.start - 9), cand.start)
        digits = _DIGITS.match(text, cand.start)
        if abbreviation and digits:
            named[i] = abbreviation.group(1) + digits.group()
    if not named:
        return list(candidates)
    printed = {m.group() for m in _GLUED_NAME.finditer(text)}
    counts = word_counts(text)
    out = list(candidates)
    for i, name in named.items():
        # "analysis (MOFA)35," then "MOFA35 was used" where "MOFA" stands alone again and
        # again: the same citation glued twice to a word, no name numbered each time
        if name in printed and not counts.mostly_alone(name.rstrip("0123456789")):
            cand = out[i]
            reason = f"the name {name}, printed whole elsewhere"
            out[i] = replace(cand, prior=cand.prior + NAMED_WHOLE, why=(*cand.why, reason))
    return out
