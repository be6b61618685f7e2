"""A gap told by what has never been reported, at the end of its clause (issue 14, stop 61):
"To date, X has not been reported.", "However, a made-up Y that does Z has never been
reported." states nothing to source, as "not reported to date" does; the same words with a
place, a year or a contrast after them still carry a fact.

Passages are written for these tests (no real study is described); the references are
placeholders with a number and a key only.
"""

from __future__ import annotations

import pytest
from tracedata import flagged

_METHODS = "Methods\n\nWe wrapped forty invented pipes.\n\n"


def _intro(sentence: str) -> str:
    return "Introduction\n\nMade-up pipes leak in Springfield [1]. " + sentence + "\n\n" + _METHODS


@pytest.mark.parametrize(
    "sentence",
    [
        "To date, the effect of invented wool, measured by the loss of heat, on made-up pipes "
        "has not been reported.",
        "However, a made-up wrap that both heats and cools invented pipes has never been reported.",
    ],
)
def test_what_has_never_been_reported_states_nothing_to_source(sentence):
    assert flagged(_intro(sentence)) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # a place after the gap: it may rest on a study elsewhere
        "Frost cracks in made-up pipes have not been reported in Springfield houses.",
        # a year: a dated fact
        "Frost cracks in made-up pipes have not been reported since 2019.",
        # a contrast after the gap holds a fact of its own
        "Frost cracks have never been reported in invented pipes, although copper pipes "
        "were shown to crack.",
        # a finding told, not a gap
        "Frost cracks have been reported in made-up pipes.",
    ],
)
def test_a_gap_with_a_fact_beside_it_keeps_its_flag(sentence):
    assert flagged(_intro(sentence)) == [sentence[:30]]
