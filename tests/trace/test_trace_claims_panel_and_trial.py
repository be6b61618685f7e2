"""The study's own trial told where no heading says so (stop 50): a Lancet "Research in
context" panel printed inside the Introduction, and the Discussion naming the trial its
Methods name.

The Lancet journals print a panel in three parts, one paragraph each ("Evidence before this
study", "Added value of this study", "Implications of all the available evidence"), as BMJ
prints "What is already known" and "What this study adds": a summary box, which asks for no
citation. Printed inside the Introduction, the panel ends with its last part's paragraph,
and the Introduction goes on with no heading. In the Discussion, "The EXAMPLE programme was
feasible, with 71% ..." restates the trial the Methods introduced ("The EXAMPLE trial is a
single-arm trial"), not another study.

Passages are written for these tests (no real study is described); the references are
placeholders with a number and a key only.
"""

from __future__ import annotations

from tracedata import PLACEHOLDER_REFS, flagged

from blinarefs.trace.manuscript import trace_manuscript

_PANEL = (
    "Introduction\n\n"
    "Invented fever is the most common made-up disease of Springfield.\n\n"
    "Research in context\n\n"
    "Evidence before this study\n\n"
    "We searched a made-up database for invented trials. "
    "Existing made-up literature comprises only two invented trials of 30 patients.\n\n"
    "Added value of this study\n\n"
    "This trial showed that invented tablets were active in 58% of made-up patients.\n\n"
    "Implications of all the available evidence\n\n"
    "Combined with existing evidence, the results show that invented tablets are active.\n\n"
    "Invented fever affects 30% of made-up adults.\n\n"
    "Methods\n\n"
    "We enrolled 40 made-up patients.\n"
)


def test_a_research_in_context_panel_inside_the_introduction_asks_for_no_citation():
    # the panel is a summary box; the Introduction's facts before and after it keep their flags
    assert flagged(_PANEL) == [
        "Invented fever is the most com",
        "Invented fever affects 30% of ",
    ]


def test_a_panel_printed_before_the_introduction_asks_for_none_either():
    text = _PANEL.replace("Introduction\n\nInvented fever is the most common made-up disease "
                          "of Springfield.\n\n", "")  # fmt: skip
    # (an Introduction of three paragraphs: a short one could be one more part of an abstract)
    text = text.replace(
        "Invented fever affects 30%",
        "Introduction\n\nMade-up fever is rare.\n\nWe studied it.\n\nInvented fever affects 30%",
    )
    assert flagged(text) == ["Invented fever affects 30% of "]


_TRIAL = (
    "Introduction\n\n"
    "Invented fever is the most common made-up disease [1]. "
    "We therefore designed the EXAMPLE trial.\n\n"
    "Methods\n\n"
    "The EXAMPLE trial is a made-up, single-arm trial done in 12 invented hospitals.\n\n"
    "Results\n\n"
    "Of 40 made-up patients, 23 responded.\n\n"
    "Discussion\n\n"
    "The EXAMPLE programme was feasible, with 71% of made-up courses delivered. "
)


def test_the_discussion_naming_the_trial_its_methods_introduced_restates_it():
    # (a Discussion compares where it cites: a paragraph that cites nothing is the authors'
    # own talk, stop 56)
    text = _TRIAL.replace("Discussion\n\n", "Discussion\n\nRoe gave made-up tablets [2]. ")
    text += "Invented tablets are approved for made-up fever in 12 countries.\n"
    assert flagged(text) == ["Invented tablets are approved "]


def test_the_own_trial_set_beside_another_named_study_is_a_comparison():
    # the other trial's figures are its own: they need its citation
    text = _TRIAL + (
        "The safety of the EXAMPLE programme compares well with the SAMPLE trial, which "
        "recorded infections in 24% of made-up courses.\n"
    )
    assert flagged(text) == ["The safety of the EXAMPLE prog"]


def test_a_trial_the_methods_name_with_its_citation_is_not_the_own():
    text = _TRIAL.replace(
        "The EXAMPLE trial is a made-up",
        "The sample size followed the EXAMPLE trial [1]; ours is a made-up",
    ).replace("Discussion\n\n", "Discussion\n\nRoe gave made-up tablets [2]. ")
    assert flagged(text) == ["The EXAMPLE programme was feas"]


def test_this_trial_in_the_discussion_restates_the_own_unless_it_goes_on_with_a_cited_one():
    text = _TRIAL + (
        "This trial showed that invented tablets were active in most made-up patients.\n\n"
        "The SAMPLE trial enrolled made-up adults [1]. "
        "This trial showed that invented syrup was active in most of them.\n"
    )
    assert flagged(text) == []
    trace = trace_manuscript(text, PLACEHOLDER_REFS, body_end=len(text))
    links = [c.text[:22] for c in trace.claims if c.link == "inherited"]
    assert links == ["This trial showed that"]
