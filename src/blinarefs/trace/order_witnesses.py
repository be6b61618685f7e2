"""Which candidates of the first reading tell whether the list is numbered by first
citation (:func:`~blinarefs.trace.infer.order_trust`): those confident by themselves (a
prior of 1 or more) and, beside them, the flattened superscripts a copy left after a
sentence's full stop and a space, before the next sentence ("is rare. 13 Others"), with
nothing against them. Those weigh less (``features.BETWEEN_SENTENCES``), yet sit only where
a citation does; in a copy that spaced every superscript they are the only witnesses, and
without them a list numbered alphabetically ("costs. 13 Also ... rates. 2,4,17") was read
as one in citation order, whose every citation that jumped back was dropped, and the
reading that spaces its superscripts, which weighs them, was not tried or lost to it
(a whole article). Pure: a filter over the weighed candidates.
"""

from __future__ import annotations

from collections.abc import Sequence

from .candidates import SYNTAX, WEAK, Candidate
from .features import BASE, BETWEEN_SENTENCES
from .infer import order_trust

BETWEEN = "between two sentences, after a space"  # the reason features.weigh gives them
CONFIDENT = 1.0  # order_trust's own threshold


def first_reading_trust(candidates: Sequence[Candidate], size: int | None) -> float | None:
    """:func:`order_trust` over the candidates confident by themselves and the weak ones
    between two sentences with nothing against them; None where there are none of the
    latter (the decoder's own judgement then stands)."""
    between = BASE[WEAK] + BETWEEN_SENTENCES
    witnesses = [
        c
        for c in candidates
        if c.strength >= SYNTAX or c.prior >= CONFIDENT or (BETWEEN in c.why and c.prior >= between)
    ]
    if all(c.strength >= SYNTAX or c.prior >= CONFIDENT for c in witnesses):
        return None
    return order_trust(witnesses, size, confident=between)
