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


def test_a_lower_case_possessive_is_not_read_so():
    # "the patient’s2" is no author's: no rule of this kind
    text = "Diets were studied.9 In the patient’s2 chart, doses fell. Later work agrees.10"
    assert numbers(text) == [(9,), (10,)]


def test_a_number_glued_to_a_decades_s_cites_with_or_without_an_apostrophe():
    # a decade's "s" is no name's letter either, however many decades carry digits
    text = (
        "Diets were studied.9 Rye was first sown in the 1990’s10. Oats came in the 1980's11 "
        "and later. Diets changed in the 1970s12, and rye came back in the 1990’s10."
    )
    assert numbers(text) == [(9,), (10,), (11,), (12,), (10,)]


def test_a_name_ending_in_s_with_digits_stays_a_name():
    # not a decade: a strain's or a gene's "s" after letters, and a year's digits with no "s"
    text = (
        "Diets were studied.9 The strain Rgs2 and Rgs4 differ. Rye was sown in 1990,10 and 1991.11"
    )
    assert numbers(text) == [(9,), (10,), (11,)]
