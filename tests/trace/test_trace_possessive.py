"""Flattened superscripts glued to an author's possessive ("In Roe et al’s10 study",
"Doe's12 model"): the "s" of a possessive is no name's part, so the digits are the
citation of the work the author's name points to.

Passages are written for these tests; the references behind them are placeholders with a
number and a key only (no bibliographic facts).
"""

from __future__ import annotations

from tracedata import numbers_after_opening as numbers


def test_a_number_glued_to_et_als_possessive_cites_also_as_a_repeat():
    text = (
        "Diets were studied.9 In Roe et al’s10 study, women ate less. Later work agrees.11 "
        "In Roe et al’s10 study, a diet helped.12"
    )
    assert numbers(text) == [(9,), (10,), (11,), (10,), (12,)]


def test_a_number_glued_to_an_authors_possessive_cites():
    text = (
        "Diets were studied.9 We followed Doe and Roe's10 model of coding. Later work agrees.11 "
        "Roe's10 model has three steps."
    )
    assert numbers(text) == [(9,), (10,), (11,), (10,)]


def test_a_decades_s_and_a_lower_case_possessive_are_not_read_so():
    # "the 1990's" is a decade's, "the patient’s2" no author's: no rule of this kind
    text = "Diets were studied.9 In the patient’s2 chart, doses fell. Later work agrees.10"
    assert numbers(text) == [(9,), (10,)]
