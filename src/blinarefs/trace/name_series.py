"""Names listed with their numbers, "nsp1, nsp2, nsp3" and "IL6 and IL8": each glued
number sits as cleanly at its comma as a flattened citation does, but the word named again
beside it with other digits says these are names, not citations."""

from __future__ import annotations

from .candidates import Candidate
from .textpos import word_before


def in_a_series_of_names(text: str, c: Candidate) -> bool:
    """Whether the word glued to these digits is named again with other digits right
    beside it: "nsp1, nsp2, nsp3", "IL6 and IL8" list names, not citations, however clean
    each looks at its comma."""
    word, i = word_before(text, c.start)
    if not word:
        return False
    after = text[c.end : c.end + len(word) + 8].lstrip(",; ").removeprefix("and ").lstrip()
    if after.startswith(word) and after[len(word) : len(word) + 1].isdecimal():
        return True
    before = text[max(0, i - len(word) - 12) : i].rstrip().removesuffix(" and").rstrip(",; ")
    return before.rstrip("0123456789").endswith(word) and before[-1:].isdecimal()
