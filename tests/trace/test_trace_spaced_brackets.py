"""Bracketed citations as journals print them around other text: after a number that is
no value of theirs, with marks of key references, with a locator, nested, glued to a
parenthesis in words; and the brackets that stay values (a median's range).

Passages are written for these tests; the references behind them are placeholders with a
number and a key only (no bibliographic facts).
"""

from __future__ import annotations

import pytest
from tracedata import cited_after_lead


def cited(text: str) -> list[tuple[int, ...]]:
    # after eight bracketed citations in order, so that the convention is settled
    return cited_after_lead("[{}]", text)


@pytest.mark.parametrize(
    "sentence",
    [
        "The owls returned in 2013 [9, 30].",  # a year is no value of 9 to 30
        "The call rose in owl OW12 [9, 10].",  # a name's digits: no value
        "The roost held 3 [9, 10] chicks.",  # 3 lies outside 9 to 10
        "Its version 2.1 [9–11] was used.",
    ],
)
def test_a_citation_after_a_number_is_no_range_of_it(sentence):
    assert cited(sentence)[0][0] == 9


@pytest.mark.parametrize(
    "sentence",
    [
        "The broods were 6 [4–8] chicks.",  # a median and its range
        "Fledging took 30 days [25, 35].",
        "The weight was 4 g [3–5].",
        "Owls per roost had an IQR [3–5].",
        "Broods grew (95% CrI [3–6]) in wet years.",  # a credible interval
        "Roosts were lost (95% UI [3–6]) in all.",  # an uncertainty interval
    ],
)
def test_a_range_around_its_value_is_no_citation(sentence):
    assert cited(sentence) == []


def test_bullets_that_mark_key_references_are_read_through():
    text = "Voles fed them [9,10^•^]. Pellets [11^••^,12–14,15^••^] held bones."
    assert cited(text) == [(9, 10), (11, 12, 13, 14, 15)]


def test_a_locator_in_the_brackets():
    assert cited("As shown in [9, Theorem 3 and Lemma 2] and [10, Chapter 4].") == [(9,), (10,)]


def test_a_group_nested_in_an_outer_bracket():
    assert [n for c in cited("Roosts were shared [9,[10], [11]].") for n in c] == [9, 10, 11]


def test_a_parenthesis_in_words_after_a_bracket_is_no_link():
    text = "Mates call at night [9](see below). Roosts [10](https://example.org/r) are lit."
    assert cited(text) == [(9,)]


def test_a_dilution_in_brackets_is_no_citation():
    assert cited("Owl plasma was stained with anti-albumin [1:200] overnight.") == []


def test_supplementary_references_number_the_supplements_list():
    assert cited("Methods are in Supplementary References [25–27].") == []


def test_a_bracket_glued_to_a_word_at_a_clause_end_cites():
    assert cited("Voles carry the gene OWL1R[25]. Mates call at dusk.") == [(25,)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The test gave F[1,12] = 4.2 for the voles.",  # a statistic goes on
        "Character states: skull flat; 94[1], beak short.",  # a number's state
    ],
)
def test_a_glued_bracket_that_goes_on_or_follows_a_number_stays_a_value(sentence):
    assert cited(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The owl kinase fragment OwKA[310–482], was purified.",  # glued, at a clause end
        "We expressed OwKA[1–120] and [310–482] fragments.",  # spaced
        "Broods grew in 2019 (95% range [133–224]), then fell.",
        "The first half of the owl kinase, OwKA[1–120], was inert.",  # starts in the list
    ],
)
def test_a_range_past_the_end_of_the_list_is_residues_or_values(sentence):
    # forty references: no citation ranges to 120 or to 482, whatever its sitting
    assert cited(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "numbers"),
    [
        ("Voles carry the gene OWL1R[9–11]. Mates call at dusk.", (9, 10, 11)),
        ("Later reviews agree [39–42].", (39, 40, 41, 42)),  # a list cut short: dangling
        ("A lone survey counted them [75].", (75,)),  # one number past it: dangling too
        ("The skull is drawn from the left [9: 290–293].", (9,)),  # its pages
    ],
)
def test_a_range_in_or_near_the_list_still_cites(sentence, numbers):
    assert cited(sentence) == [numbers]
