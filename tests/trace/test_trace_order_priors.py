"""The order model's weights (``order_priors``): the hand-set model in its terms, numbers
past the list, and fitted weights per kind of candidate taking effect in the decoder.

Passages are written for these tests; the references are placeholders with a number only.
"""

from __future__ import annotations

import math

import pytest
from tracedata import placeholder_refs as refs

from blinarefs.trace import order_priors
from blinarefs.trace.candidates import MEDIUM, MOSTLY, Candidate
from blinarefs.trace.decode import decode_citations
from blinarefs.trace.order_priors import HAND, OrderPriors, kind_of, terms_of


@pytest.mark.parametrize(
    ("numbers", "high", "odds"),
    [
        ((1,), 0, 0.6 * 20),  # the next number
        ((5,), 1, 0.6 * 20 / 4),  # skips three
        ((2,), 30, 0.4 * 20 / 10),  # repeats one of many: the room is settled at ten
        ((2,), 3, 0.4 * 20 / 3),  # repeats one of three
    ],
)
def test_the_hand_set_model_in_its_terms(numbers: tuple[int, ...], high: int, odds: float):
    assert HAND.score(terms_of(numbers, high)) == pytest.approx(math.log(odds))


def test_numbers_past_the_list_cost_and_the_listed_ones_are_scored():
    inside = HAND.score(terms_of((4,), 3))
    assert HAND.score(terms_of((4, 40), 3, size=10)) == pytest.approx(inside - 2.0)
    assert HAND.score(terms_of((40,), 3, size=10)) == pytest.approx(-2.0)


TEXT = (
    "Owls hunt at dusk.1 Their hearing is keen.2 Voles are the usual prey.3 "
    "The species nests in Europe7 and further east."
)


def test_fitted_weights_of_a_kind_decide_its_candidates(monkeypatch: pytest.MonkeyPatch):
    # "Europe7" is medium evidence that skips three numbers: the hand-set order lets it
    # cite; weights that make a skip unlikely for flattened superscripts drop it
    assert [c.numbers for c in decode_citations(TEXT, refs(9))] == [(1,), (2,), (3,), (7,)]
    strict = OrderPriors(next=2.5, skip=-6.0, gap=-1.0, repeat=-6.0, room=0, value=0, past=-6)
    monkeypatch.setitem(order_priors.PRIORS, ("flattened", True), strict)
    # (another text: the decoder keeps its last answer for the same text)
    assert [c.numbers for c in decode_citations(TEXT + " ", refs(9))] == [(1,), (2,), (3,)]


def test_a_candidate_of_another_convention_is_a_kind_apart():
    glued = Candidate(0, 1, "superscript", MEDIUM, (3,))
    assert kind_of(glued) == ("flattened", True)
    other = Candidate(0, 1, "superscript", MEDIUM, (3,), why=(f"{MOSTLY} paren",))
    assert kind_of(other) == ("flattened", False)
