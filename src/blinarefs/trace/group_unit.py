"""A citation group read as a unit: "12–16,20", "4,7,9", "(4, 7, 9)" after a word or a
clause's punctuation, within the list.

The order model (:mod:`blinarefs.trace.infer`) credits each number's first citation once,
wherever it falls: where a review cites a dense group's numbers again one by one, a path
that drops the group collects the same credit later and loses only the group's prior,
while taking it costs a skip for its tail cited past a hole ("20" before 17, about 1.4).
Whole groups were dropped so at full precision (``bench_mode_stress.py --only dense``).
But digits that are no citation seldom print three or more rising numbers within the list
where nothing in how they sit speaks against a citation: such a group carries evidence of
its own, as a unit (:data:`UNIT`, about what a clean single citation's sitting gives),
whatever was cited before it. A credit that needed a number not cited before paid a path
for dropping an earlier citation, so that a later group had a "new" number (a glued
"GD7,9." was lost so). Not where its sitting speaks against it (a quantity's "on days 1–5,
8", a late "lanes 1–3, 5" glued in a text that cites after the punctuation, a cell's
"(17–22)": a prior under 0), nor where it prints otherwise than the manuscript cites
(:mod:`blinarefs.trace.infer`). Pure.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

UNIT = 2.5  # log-odds that a clean group of rising numbers is a citation
SMALLEST = 3  # numbers a group names, at least ("2,5" is as often two counts)


def unit_credit(numbers: Sequence[int], size: int | None, clean: bool) -> float:
    """:data:`UNIT` for a candidate naming ``numbers`` that is a group of at least
    :data:`SMALLEST` rising numbers, all within a list of ``size``, and ``clean`` (nothing
    in how it sits speaks against it); else 0. Whatever the numbers cited before: a credit
    that needed a new number would pay a path for dropping an earlier citation, so that a
    later group had one."""
    if not clean or len(numbers) < SMALLEST:
        return 0.0
    if size is not None and numbers[-1] > size:
        return 0.0
    return UNIT if all(a < b for a, b in pairwise(numbers)) else 0.0
