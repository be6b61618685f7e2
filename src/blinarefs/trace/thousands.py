"""A count printed with a thousands separator in parentheses: "MSM (1,673)", "(12,450)".
Read as a group, it cites 1 and 673; but a citation group past the list's end by hundreds
is no group at all, where its digits after the comma are exactly three, unspaced, as a
thousands group prints them. Pure: a look at each parenthesised candidate's own text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from .candidates import Candidate

A_COUNT = -6.0  # as a label's superscript (features.LABEL): no order makes it a citation
_THOUSANDS = re.compile(r"\(\d{1,3}(?:,\d{3})+\)")


def thousands_counts(
    text: str, candidates: Sequence[Candidate], size: int | None
) -> list[Candidate]:
    """``candidates`` with a count's prior on each parenthesised group printed as a number
    with thousands separators, one of whose three-digit groups runs past the list."""
    if not size:
        return list(candidates)
    out = list(candidates)
    for i, cand in enumerate(candidates):
        if cand.kind != "paren" or not _THOUSANDS.fullmatch(text, cand.start, cand.end):
            continue
        if any(n > size for n in cand.numbers):
            reason = "a count with a thousands separator"
            out[i] = replace(cand, prior=cand.prior + A_COUNT, why=(*cand.why, reason))
    return out
