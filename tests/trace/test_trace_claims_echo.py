"""The Discussion echoing the study's own Results (issue 14, stop 56): the same shares and
counts, or the same variables named together, told again without the first person. A
borrowed fact that shares one figure with the Results by chance, a figure the introduction
prints too, and a fact told in the present with the topic's words stay flagged.

Passages are written for these tests (no real study is described); the references are
placeholders with a number and a key only.
"""

from __future__ import annotations

from tracedata import claims_by_opening as claims
from tracedata import flagged

from blinarefs.trace.echo import echo_terms, echoes

STUDY = (
    "Introduction\n\n"
    "Cereal crops feed much of the world [1]. Their losses after harvest are large [2].\n\n"
    "Methods\n\n"
    "We surveyed the mills of Springfield in one season. Each mill was visited twice.\n\n"
    "Results\n\n"
    "Of the 50 mills, 32 (64.0%) kept no written records and 18 (36.0%) kept them weekly. "
    "Longer storage of the grain was associated with lower flour yields (Table 2).\n\n"
)


# A Discussion paragraph that cites nothing is the authors' own talk whatever it says
# (test_trace_claims_between_citations.py): the guards below open theirs with a cited
# comparison, so that only the echo can make their sentence the study's own.
CITED = "Mills elsewhere store grain for months [3]. "


def test_shares_and_counts_of_the_results_told_again_are_the_studys_own():
    text = STUDY + "Discussion\n\nAbout 64% (n = 32) of the mills kept no written records.\n"
    echoed = claims(text)["About 64% (n = 32) of the mill"]
    assert not echoed.needs_citation
    assert echoed.own == "echoes the Results' figures '64%', 'n = 32'"


def test_the_variables_the_results_name_together_told_again_are_the_studys_own():
    text = STUDY + "Discussion\n\nLonger grain storage was associated with lower flour yields.\n"
    echoed = claims(text)["Longer grain storage was assoc"]
    assert not echoed.needs_citation
    assert echoed.own.startswith("names the Results' ")


def test_a_borrowed_share_that_matches_one_figure_of_the_results_stays_flagged():
    # one whole share recurs by chance: 64% is printed in the Results, once
    text = (
        STUDY
        + "Discussion\n\n"
        + CITED
        + "In most regions 64% of the harvest is sold within a month.\n"
    )
    assert flagged(text) == ["In most regions 64% of the har"]


def test_a_figure_the_introduction_prints_too_is_not_the_studys_own():
    # the national rate quoted in the introduction and found again in the Results
    text = STUDY.replace(
        "Their losses after harvest are large [2].", "About 64% of mills keep no records [2]."
    ) + ("Discussion\n\n" + CITED + "About 64% (n = 32) of mills keep no written records.\n")
    assert flagged(text) == ["About 64% (n = 32) of mills ke"]


def test_a_fact_told_in_the_present_with_the_topics_words_stays_flagged():
    # three of the Results' words named together, in the present: what is known
    text = (
        STUDY
        + "Discussion\n\n"
        + CITED
        + "Damp storage reduces grain and flour quality in humid years.\n"
    )
    assert flagged(text) == ["Damp storage reduces grain and"]


def test_the_same_sentences_before_the_results_stay_flagged():
    # no Results before them: nothing to echo
    text = (
        "Introduction\n\n"
        "About 64% (n = 32) of the mills kept no written records. "
        "Longer grain storage was associated with lower flour yields.\n"
    )
    assert flagged(text) == ["About 64% (n = 32) of the mill", "Longer grain storage was assoc"]


def test_a_whole_share_may_round_the_results_one_a_decimal_one_must_match():
    terms = echo_terms(["Of the 50 mills, 32 (64.2%) kept no records (n = 18; 36.0%)."], "")
    assert echoes("About 64% (n = 32) of the mills kept none.", terms, past=False)
    assert echoes("In all, 36% and 64% kept none.", terms, past=False)
    assert not echoes("About 64.5% (n = 32) of the mills kept none.", terms, past=False)
    assert not echoes("About 64% (n = 31) of the mills kept none.", terms, past=False)
    # an interval's level is no share: every study prints it
    terms = echo_terms(["Storage cut yields by a third (95% CI, 20 to 40) in 64% of mills."], "")
    assert not echoes("In 64% of regions, 95% CI widths exceed a third.", terms, past=False)


def test_a_plain_manuscript_with_numbered_headings_echoes_the_same():
    # a plain copy keeps its headings as short lines, numbered and in capitals
    text = (
        STUDY.replace("Introduction\n", "1. INTRODUCTION\n")
        .replace("Methods\n", "2. METHODS\n")
        .replace("Results\n", "3. RESULTS\n")
    ) + "4. DISCUSSION\n\nAbout 64% (n = 32) of the mills kept no written records.\n"
    assert flagged(text) == []
