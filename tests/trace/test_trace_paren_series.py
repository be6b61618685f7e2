"""A word the text follows with "(1)", "(2)" and "(3)" again and again numbers its own
things ("model (1)" to "model (3)"): no citations, and no convention of the manuscript's,
even where it cites so little that they outnumber its citations. Passages written for these
tests; the references are placeholders with a number only."""

from __future__ import annotations

from blinarefs.model import Reference
from blinarefs.trace.decode import decode_citations

THIRTY = [Reference(id=f"r{n}", number=n) for n in range(1, 31)]

MODELS = (
    "In model (1), yield grows with the dose alone. In model (2), the dose and the water"
    " both count, and model (3) adds their product. The terms of model (2) were fitted"
    " first. The fit of model (3) was better at most sites, and model (1) was kept for"
    " the dry sites. The peak of model (3) lies at a dose that model (2) cannot show."
    " We therefore used model (3) for the maps, and model (1) for the dry plots."
)


def test_models_numbered_in_parentheses_are_no_citations_beside_few_superscripts():
    text = (
        "Made-up yields rise with nitrogen until the soil is spent.1 The response of a crop"
        " to its inputs is written as a sum of terms.\n\n" + MODELS + "\n\nSuch curves have"
        " been fitted on many farms.2,3 The residuals of model (3) were small, and model (1)"
        " gave the same ranking.4"
    )
    assert [c.numbers for c in decode_citations(text, THIRTY)] == [(1,), (2, 3), (4,)]


def test_models_numbered_in_parentheses_beside_parenthesised_citations():
    text = (
        "Made-up yields rise with nitrogen until the soil is spent (1). Such curves have"
        " been fitted on many farms (2, 3).\n\n" + MODELS + "\n\nThe residuals were small on"
        " loam (4), as on sand (5)."
    )
    assert [c.numbers for c in decode_citations(text, THIRTY)] == [(1,), (2, 3), (4,), (5,)]


def test_a_word_before_parenthesised_citations_once_each_still_cites():
    text = (
        "A made-up blight was first reported (1) in wheat. It was then reported (2) in"
        " barley and reported (3) in oats, and spread by wind (4)."
    )
    assert [c.numbers for c in decode_citations(text, THIRTY)] == [(1,), (2,), (3,), (4,)]
