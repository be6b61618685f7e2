"""A flattened superscript group glued to a study's or a trial's name in capitals: "in the
ZORBAN9,10 and QUELLO11 trials". A name that ends in digits before a comma ("hNXF2,13") is
read as the name, then the rest (:func:`~blinarefs.trace.glued.after_a_name`), and the
whole group, if at all, as a name never seen alone would be: all but lost. A study's name of
five capitals or more is no gene symbol's stem, and the group is tight, as a citation's is:
the whole group is a reading as good as the split one, and the order of first citations
decides between them ("NOTCH1,10" where 10 is the next number stays NOTCH1 and 10)."""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from .candidates import DASHES, LIST_STEP, MEDIUM, ORDER_ONLY, Candidate, expand_numbers
from .textpos import word_before

LONG_NAME = 5  # capitals of a study's name, longer than a gene symbol's stem ("NOTCH1")
_GROUP = re.compile(rf"\d+ ?[{DASHES},]")  # a group: a comma or a dash after the first number


def a_studys_group(word: str, run: str) -> bool:
    """Whether ``run`` is a tight group (a comma or a dash) glued to ``word``, a long word in
    capitals that the text prints alone elsewhere: a study's citation ("the results from
    ZORBAN9,10 suggested" beside "(ZORBAN),9,10"), which the order takes even as a repeat;
    a gene's digits come one to a name ("NOTCH1"), and its stem is shorter."""
    numbers = expand_numbers(run) if _GROUP.match(run) else None
    return bool(numbers) and len(word) >= LONG_NAME and word.isupper() and _tight(numbers)


def _tight(numbers: tuple[int, ...] | None) -> bool:
    """Whether a group rises by small steps, as a citation's numbers do."""
    return bool(numbers) and all(0 < b - a <= LIST_STEP for a, b in pairwise(numbers or ()))


def with_the_whole_group(
    text: str, start: int, end: int, cand: Candidate | None
) -> Candidate | None:
    """``cand``, read as a name's digits then a citation, with the whole run
    ``text[start:end]`` as a reading beside it as good as its own, where the run is a tight
    group glued to a long word in capitals."""
    if cand is None or cand.start <= start or not _GROUP.match(text, start, end):
        return cand
    word, _ = word_before(text, start)
    numbers = expand_numbers(text[start:end])
    if len(word) < LONG_NAME or not word.isupper() or not numbers:
        return cand
    if not _tight(numbers):
        return cand  # "ZORBAN9,310": no citation's group
    whole = Candidate(start, end, "superscript", MEDIUM, numbers, why=(ORDER_ONLY,))
    others = tuple(a for a in cand.alternatives if (a.start, a.end) != (start, end))
    return replace(cand, alternatives=(*others, whole))
