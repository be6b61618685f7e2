"""Flattened superscripts a copy glued to the word after them (trace/lost_space.py): a Word
file whose raised run has no space of its own after it exports "(ROI)⁷ was" as
"(ROI)7was", "the plans³¹ need" as "plans31need". Read as citations where the order of
first citations agrees; a name's digits ("Cyp2d6", "stage4disease") stay text.

Passages are written for these tests; the references are placeholders with a number only.
"""

from __future__ import annotations

import pytest
from tracedata import placeholder_refs as refs

from blinarefs.trace.candidates import MEDIUM, ORDER_ONLY, STRONG
from blinarefs.trace.decode import decode_citations
from blinarefs.trace.lost_space import glued_before_a_word, glued_to_the_next_word


def _text(passage: str) -> str:
    """Twelve sentences that cite 1 to 12 by glued superscripts in order, the passage in
    the place of the eighth's."""
    sentences = [
        f"The survey of Springfield gardens number {k} found a clear effect on the crops{k}."
        for k in range(1, 13)
    ]
    sentences[7] = passage
    return " ".join(sentences)


@pytest.mark.parametrize(
    "passage",
    [
        "The grading follows the Examplia Soil Board (ESB)8was used for each plot.",
        "Both the lists kept by the growers (seed funding)8and the rules were read.",
        "Local surveys in Examplia8reports a lack of seed for the growers.",
        "Roe et al.8analyze the link between rain and the harvest.",
    ],
)
def test_a_superscript_glued_to_the_next_word_is_read(passage: str) -> None:
    text = _text(passage)
    at = text.index(passage)
    found = decode_citations(text, refs(12))
    inside = [c.numbers for c in found if at <= c.start < at + len(passage)]
    assert inside == [(8,)]


@pytest.mark.parametrize(
    "passage",
    [
        "The crop at stage8disease was left out of the count.",
        "The gene Cyp8d6 was read in every plot.",
        "The plots got 8mg of seed each on the first day.",
    ],
)
def test_a_names_or_a_quantitys_digits_stay_text(passage: str) -> None:
    text = _text(passage)
    at = text.index(passage)
    assert not [c for c in decode_citations(text, refs(12)) if at <= c.start < at + len(passage)]


def test_how_each_sits() -> None:
    text = "the board (ESB)8was used, the plans31need more, Roe et al.2analyze it"
    at = text.index("8was")
    assert glued_before_a_word(text, at, at + 1) == MEDIUM
    at = text.index("2analyze")
    assert glued_before_a_word(text, at, at + 1) == STRONG
    at = text.index("31need")
    assert glued_before_a_word(text, at, at + 2) is None  # no function word: the order's
    reading = glued_to_the_next_word(text, at, at + 2)
    assert reading is not None and reading.numbers == (31,) and ORDER_ONLY in reading.why
    # a hyphenated word, a label's or a quantity's word, a unit after: no reading
    for glued in ("meta-analyses2conclude", "figure3shows", "visits4mg"):
        at = next(i for i, ch in enumerate(glued) if ch.isdigit())
        assert glued_to_the_next_word(glued, at, at + 1) is None
