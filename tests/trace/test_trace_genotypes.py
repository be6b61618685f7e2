"""A gene's digit before its genotype's raised signs ("Hootr1−/− mice") is no citation.

Passages are written for these tests; the references behind them are placeholders with a
number and a key only (no bibliographic facts). Gene names are made up.
"""

from __future__ import annotations

from tracedata import placeholder_refs

from blinarefs.trace.decode import decode_citations
from blinarefs.trace.superscripts import flattened_candidates

KNOCKOUT = (
    "Owls carry the hoot gene1. Mice lacking its receptor live longer2,3. We bred Hootr1−/− "
    "mice and Hootr1+/− mice, crossed Hootr1 −/− lines, and kept Hootr1+/+ ones4."
)


def test_a_genes_digit_before_its_genotype_is_no_candidate():
    # a copy flattens "Hootr1<sup>−/−</sup>" to "Hootr1−/−": the gene's digit, then its genotype
    found = [KNOCKOUT[c.start : c.end] for c in flattened_candidates(KNOCKOUT)]
    assert found == ["1", "2,3", "4"]


def test_citations_beside_a_genotype_are_still_read():
    # a range's dash and a slash between numbers are no genotype's signs
    text = KNOCKOUT + " Owls differ5–7, and 2/3 of them call8."
    cited = [c.numbers for c in decode_citations(text, placeholder_refs(10))]
    assert cited == [(1,), (2, 3), (4,), (5, 6, 7), (8,)]
