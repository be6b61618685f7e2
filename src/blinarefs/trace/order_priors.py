"""How likely a candidate's numbers are for a citation against digits that are no citation,
given how far the first citations have run before it (the state of
:mod:`blinarefs.trace.infer`, :mod:`blinarefs.trace.cited_ahead`).

The log-odds is linear in a few terms of how the numbers follow the state (:data:`TERMS`):

* ``next``: the lowest new number is the next one (state + 1);
* ``skip`` and ``gap``: it skips ``gap`` numbers (the term is ``log(1 + gap)``);
* ``repeat`` and ``room``: every number was cited before (``room`` is the ``log`` of how
  many there are to repeat, up to ``SETTLED``: past a few references, which one is
  repeated tells little, and the state must not be held low to make repeats likelier);
* ``value``: ``log`` of the number named (digits that are no citation name 1, 2 and 3 far
  more often than 21-50: a count, a figure, an item);
* ``past``: a number past the end of the list (its listed numbers are scored as above).

:data:`HAND` is the hand-set model, in these terms. ``benchmarks/fit_order_priors.py`` fits
the weights by maximum likelihood on the dev articles' true markers and the candidates that
are not citations, per convention and whether it is the manuscript's own (:func:`kind_of`),
each candidate's prior (:mod:`blinarefs.trace.features`) held as it is, and decodes dev
again with them. Weights go into :data:`PRIORS` only when that decoding beats
:data:`HAND`; the fit of stop 36 did not (its numbers and what they did are in that
script's docstring), so every convention uses :data:`HAND`. Pure.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from .candidates import Candidate, in_another_convention
from .features import convention

NEW = 0.6  # a citation brings in the next number ...
SPREAD = 20  # ... against digits that are no citation, which take about 20 small values
SETTLED = 10  # repeats: past this many numbers cited, how many there are tells no more
PAST_LIST = -2.0
TERMS = ("next", "skip", "gap", "repeat", "room", "value", "past")


@dataclass(frozen=True, slots=True)
class OrderPriors:
    """Weights of :data:`TERMS`: the log-odds, citation against not, of a candidate's numbers
    given the state."""

    next: float
    skip: float
    gap: float
    repeat: float
    room: float
    value: float
    past: float

    def weights(self) -> tuple[float, ...]:
        return tuple(getattr(self, t) for t in TERMS)

    def first(self, gap: int, number: int) -> float:
        """Log-odds of a number first cited after ``gap`` uncited ones."""
        return self.score(terms_of_first(gap, number))

    def score(self, terms: Sequence[float]) -> float:
        nxt, skip, gap, repeat, room, value, past = terms  # spelt out: the decoder's inner loop
        return (
            self.next * nxt
            + self.skip * skip
            + self.gap * gap
            + self.repeat * repeat
            + self.room * room
            + self.value * value
            + self.past * past
        )


def terms_of_first(gap: int, number: int) -> tuple[float, ...]:
    """:data:`TERMS` of a number first cited after ``gap`` numbers not yet cited."""
    if gap == 0:
        return (1.0, 0.0, 0.0, 0.0, 0.0, math.log(number), 0.0)
    return (0.0, 1.0, math.log(1 + gap), 0.0, 0.0, math.log(number), 0.0)


def terms_of(numbers: Sequence[int], high: int, size: int | None = None) -> tuple[float, ...]:
    """:data:`TERMS` of citing ``numbers`` after ``high``, the highest number first cited
    before them: by the lowest new number, or the lowest if none is new; any past the
    list (of ``size``) make it ``past``, and the others are scored as above."""
    listed = [n for n in numbers if size is None or n <= size]
    if len(listed) < len(numbers):
        inside = terms_of(listed, high)[:-1] if listed else (0.0,) * (len(TERMS) - 1)
        return (*inside, 1.0)
    fresh = [n for n in numbers if n > high]
    if fresh:
        low = min(fresh)
        return terms_of_first(low - high - 1, low)
    room = math.log(min(max(high, 1), SETTLED))
    return (0.0, 0.0, 0.0, 1.0, room, math.log(max(min(numbers), 1)), 0.0)


# A citation brings in the next number with NEW, skips k numbers with NEW / (1 + k), and
# repeats each of the min(state, SETTLED) numbers cited with (1 - NEW) / min(state, SETTLED);
# digits that are no citation take any of SPREAD small values evenly.
HAND = OrderPriors(
    next=math.log(NEW * SPREAD),
    skip=math.log(NEW * SPREAD),
    gap=-1.0,
    repeat=math.log((1 - NEW) * SPREAD),
    room=-1.0,
    value=0.0,
    past=PAST_LIST,
)
PRIORS: dict[tuple[str, bool], OrderPriors] = {}  # (convention, own) -> fitted weights


def priors_of(cand: Candidate) -> OrderPriors:
    """The weights for a candidate (:func:`kind_of`)."""
    return PRIORS.get(kind_of(cand), HAND)


def kind_of(cand: Candidate) -> tuple[str, bool]:
    """(convention, whether it is the manuscript's own) of a candidate: digits in another
    convention than the manuscript's are mostly no citation, and fall otherwise."""
    return convention(cand), not in_another_convention(cand)
