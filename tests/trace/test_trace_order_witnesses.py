"""A list numbered in another order than first citation (alphabetically), cited by
superscripts a copy left after each sentence's full stop and a space ("is rare. 5 Most"):
those numbers tell the first reading that the order says nothing, so that none is dropped
for jumping back. Passages written for these tests; the references are placeholders with a
number only."""

from __future__ import annotations

from tracedata import placeholder_refs as refs

from blinarefs.trace.candidates import WEAK, Candidate
from blinarefs.trace.decode import decode_citations
from blinarefs.trace.order_witnesses import BETWEEN, first_reading_trust

SENTENCES = (
    "Fevers are common in young children",
    "They rise at night in most cases",
    "Most of them resolve without care",
    "Some need a visit to a doctor",
    "Few need a stay in hospital",
    "The cause is seldom found in the first days",
    "A rash may follow the fever",
    "Parents worry about the heat of the skin",
)


def _text(numbers: list[int]) -> str:
    cited = " ".join(f"{s}. {n}" for s, n in zip(SENTENCES, numbers, strict=True))
    return cited + "\n\nWe saw forty children in the ward over two winters."


def test_a_list_in_no_order_cited_between_sentences_loses_no_citation() -> None:
    numbers = [5, 1, 7, 2, 8, 3, 6, 4]
    found = [c.numbers for c in decode_citations(_text(numbers), refs(8))]
    assert found == [(n,) for n in numbers]


def test_a_list_in_citation_order_cited_between_sentences_still_reads_in_order() -> None:
    numbers = [1, 2, 3, 4, 5, 6, 7, 8]
    found = [c.numbers for c in decode_citations(_text(numbers), refs(8))]
    assert found == [(n,) for n in numbers]


def _between(at: int, number: int, prior: float = 0.5) -> Candidate:
    return Candidate(at, at + 1, "superscript", WEAK, (number,), prior=prior, why=(BETWEEN,))


def test_the_numbers_between_sentences_witness_the_order() -> None:
    jumping = [_between(10 * i, n) for i, n in enumerate([5, 1, 7, 2, 8, 3, 6, 4])]
    rising = [_between(10 * i, n) for i, n in enumerate(range(1, 9))]
    trust = first_reading_trust(jumping, 8)
    assert trust is not None and trust < 0.5
    assert first_reading_trust(rising, 8) == 1.0


def test_without_numbers_between_sentences_the_decoder_judges_alone() -> None:
    doubted = [_between(10 * i, n, prior=-1.0) for i, n in enumerate([5, 1, 7, 2])]
    assert first_reading_trust(doubted, 8) is None
