"""Parenthesised citations as journals print them: beside other words in the same
parenthesis, after a number that is no value of theirs, after an abbreviation's full
stop; and the parentheses that stay values and list labels.

Passages are written for these tests; the references behind them are placeholders with a
number and a key only (no bibliographic facts).
"""

from __future__ import annotations

import pytest
from tracedata import FORTY, cited_after_lead, in_order

from blinarefs.trace.decode import decode_citations, decode_markers

# eight parenthesised citations in order, so that the manuscript's convention is settled
LEAD = in_order("({})")


def cited(text: str) -> list[tuple[int, ...]]:
    return cited_after_lead("({})", text)  # LEAD's citations left out


@pytest.mark.parametrize(
    ("sentence", "numbers"),
    [
        ("Voles were caught (Figure 1A; 9–11).", (9, 10, 11)),
        ("Voles were caught (9; Fig. 2).", (9,)),
        ("Voles were caught (e.g. 9, 10).", (9, 10)),
        ("Voles were caught (e.g.9, 10).", (9, 10)),
        ("Voles were caught (see also 9, 10).", (9, 10)),
        ("Voles were caught (Table 2 in 9).", (9,)),
        ("Voles were caught (9 and references therein).", (9,)),
    ],
)
def test_a_citation_that_shares_its_parenthesis(sentence, numbers):
    assert cited(sentence) == [numbers]


@pytest.mark.parametrize(
    "sentence",
    [
        "The owls left around 1990 (9, 10).",  # a year is no value of 9 to 10
        "It binds the owl protein Ow20 (9, 21).",  # a name's digits, though 20 lies between
        "Their dilution was 1:500 (9, 10).",
        "Its version 2.1 (9–11) was used.",
    ],
)
def test_a_citation_after_a_number_is_no_range_of_it(sentence):
    assert cited(sentence)[0][0] == 9


@pytest.mark.parametrize(
    "sentence",
    [
        "Broods held 6 (4–8) chicks.",
        "Fledging took 30 days (25, 35) in all.",
        "The span was 61 cm (48–69).",
        "Broods grew by 2%, 95% CrI (3–6), in wet years.",  # a credible interval
        "Roosts lost 7%, 95% UI (3–6), in all.",  # an uncertainty interval
    ],
)
def test_a_range_around_its_value_is_no_citation(sentence):
    assert cited(sentence) == []


def test_an_abbreviations_full_stop_is_no_sentence_end():
    text = "Pellets of Strix sp. (9), Tyto sp. (10) and Bubo sp. (11) were alike."
    assert cited(text) == [(9,), (10,), (11,)]


def test_a_list_label_after_a_sentence_still_opens_an_item():
    text = "Three steps followed. (1) Nests were cleaned. (2) Chicks were weighed."
    assert cited(text) == []


def test_citations_in_order_are_no_list_labels():
    # (19) and (20) follow each other, but no run of labels leads down to (1)
    text = "The barn owl (19) and the tawny owl (20) studies agree."
    decisions = decode_markers(LEAD + text, FORTY).decisions[8:]
    assert [d.candidate.numbers for d in decisions] == [(19,), (20,)]
    assert not any("list item" in why for d in decisions for why in d.candidate.why)


def test_a_list_runs_from_its_first_label():
    text = "Nests were: (1) cleaned, (2) weighed and (3) lined with moss."
    assert cited(text) == []


def test_a_citation_glued_to_the_next_clause_where_a_formula_was_dropped():
    assert cited("Flight follows the glide equation (9)where v is the speed.") == [(9,)]


def test_a_scales_points_are_no_repeated_citations():
    # eight citations first, then a coding from (0) a few words apart: repeats no one cites
    text = "Calls were rated never (0), rarely (1), often (2) or always (3) by each observer."
    assert cited(text) == []


def test_first_citations_a_few_words_apart_still_cite():
    text = "Smoking (1), obesity (2) and diabetes (3) raise it, as Lee and Park (4) found."
    assert [c.numbers for c in decode_citations(text, FORTY)] == [(1,), (2,), (3,), (4,)]


@pytest.mark.parametrize(
    ("sentence", "numbers"),
    [
        ("Voles were caught (Figure 1B, 9, 10).", (9, 10)),
        ("Voles were caught (supplemental Fig. S2A, and 9).", (9,)),
        ("Voles were caught (Table S3, provided by 9–11).", (9, 10, 11)),
    ],
)
def test_a_citation_after_a_panel_in_its_parenthesis(sentence, numbers):
    assert cited(sentence) == [numbers]


def test_a_second_figure_is_no_citation():
    assert cited("Voles were caught (Figure 1, 2).") == []
