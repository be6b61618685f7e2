"""How long a reference list is, read from the citations when the manuscript lacks it.

A manuscript's list may be missing: printed in a separate file, not pasted with the text, or
cut off by a copy. The decoder then knows no bound on the numbers, and a text's ranges of
values (a median age's ``(19–82)``, a protein's residues ``[310–482]``) read as citing
dozens of references each. But a numbered manuscript cites nearly every reference it lists,
so its list is about as long as the stretch of numbers its candidates cover densely: every
number up to the list's end is cited, the digits of names and values past it are scattered.
The bound read so is a floor the decoder may treat as the list's length; it is never below
the highest number cited densely, so no citation is lost to it.
"""

from __future__ import annotations

from collections.abc import Sequence

from .candidates import NEXT_ONLY, Candidate

COVERED = 0.5  # a list's numbers up to its end: at least this share of them is cited
GROUP = 6  # a candidate naming more numbers than this (a range) counts none of them


def size_from_citations(candidates: Sequence[Candidate]) -> int | None:
    """The highest number up to which the candidates' numbers cover at least ``COVERED``
    of every number from 1, or None where they name none. Ranges of more than ``GROUP``
    numbers are left out: a value's range (``(19–82)``) would cover itself."""
    # a reading only the order's next number makes (a value's last digits, "H51") says
    # nothing of the list's length
    named = sorted(
        {
            n
            for c in candidates
            if 0 < len(c.numbers) <= GROUP and NEXT_ONLY not in c.why
            for n in c.numbers
            if n > 0
        }
    )
    best = None
    for count, n in enumerate(named, start=1):
        if count >= COVERED * n:
            best = n
    return best
