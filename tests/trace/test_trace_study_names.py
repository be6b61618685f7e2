"""Flattened superscripts glued to a study's or a trial's name in capitals ("in the
ZORBAN9,10 and QUELLO11 trials"): the whole group cites where the order of first citations
takes it, not the name's digit then the rest ("ZORBAN9" and 10) as a gene's ("NOTCH1,2").

Passages are written for these tests; the references behind them are placeholders with a
number and a key only (no bibliographic facts).
"""

from __future__ import annotations

from tracedata import numbers_after_opening as numbers


def test_a_group_glued_to_a_trials_name_in_capitals_cites_as_a_whole():
    text = (
        "Two agents were compared in the ZORBAN9,10 and QUELLO11 trials, which enrolled adults. "
        "The VELORA12,13 trial found less.14"
    )
    assert numbers(text) == [(9, 10), (11,), (12, 13), (14,)]


def test_a_genes_number_then_a_citation_stays_so_where_the_order_says_so():
    text = (
        "Receptors were studied.9 Both NOTCH1,10 and its ligand were raised. NOTCH1 is common. "
        "Cells grew.11"
    )
    assert numbers(text) == [(9,), (10,), (11,)]


def test_a_group_glued_again_to_a_trials_name_printed_alone_is_a_repeat_citation():
    # "ZORBAN" stands alone ("(ZORBAN),9,10"); later "results from ZORBAN9,10" repeats the
    # trial's citation, as the order cannot tell: a tight group, no gene's digits
    text = (
        "The first trial (ZORBAN),9,10 enrolled adults. Others followed.11 The results from "
        "ZORBAN9,10 suggested a benefit. Later work agrees.12"
    )
    assert numbers(text) == [(9, 10), (11,), (9, 10), (12,)]
