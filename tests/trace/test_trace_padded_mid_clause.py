"""Flattened superscripts a copy padded on both sides in mid-clause (trace/padded.py): where
the markup held a space beside the raised number's own on each side, a Word file shows
"doenças; ⁸ assim" and its text export writes "doenças;  8  assim", two spaces either side
of the digits. Read where the manuscript pads its superscripts, as one space before them
is read ("doenças; 8  assim"); a count printed with the prose's single spaces stays a count.

Passages are written for these tests; the references are placeholders with a number only.
"""

from __future__ import annotations

import pytest
from tracedata import placeholder_refs as refs

from blinarefs.trace.decode import decode_citations
from blinarefs.trace.padded import padded_candidates


def _cited_in(passage: str) -> list[tuple[int, ...]]:
    """The citations read in ``passage``, put in the place of the eighth of twenty
    sentences that cite 1 to 20 padded between sentences, in order."""
    sentences = [
        f"O estudo de Springfield número {k} mostrou um efeito claro na população.  {k}  "
        for k in range(1, 21)
    ]
    sentences[7] = passage
    text = "".join(sentences)
    at = text.index(passage)
    found = decode_citations(text, refs(20))
    return [c.numbers for c in found if at <= c.start < at + len(passage)]


@pytest.mark.parametrize(
    "passage",
    [
        "As mulheres de Examplia relatam melhor suas doenças;  8  assim, usam mais remédios.  ",
        "Os sintomas mais vistos (dores, febre),  8  e o uso de remédios foram medidos.  ",
    ],
)
def test_padded_on_both_sides_after_a_clauses_punctuation_is_read(passage: str) -> None:
    assert _cited_in(passage) == [(8,)]


def test_padded_after_one_space_reads_as_before() -> None:
    passage = "As mulheres de Examplia relatam melhor suas doenças; 8  assim, usam mais remédios.  "
    assert _cited_in(passage) == [(8,)]


def test_a_count_with_the_proses_single_spaces_stays_a_count() -> None:
    assert _cited_in("O grupo de Examplia reuniu 8 pacientes em Springfield.  ") == []


def test_the_candidate_starts_at_the_digits() -> None:
    text = "suas doenças;  8  assim"
    (cand,) = padded_candidates(text)
    assert (cand.start, cand.end, cand.numbers) == (15, 16, (8,))
