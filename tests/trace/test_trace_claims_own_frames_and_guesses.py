"""The study's own frame, a threshold the Methods set, and a guess about a changed quantity
(stop 51).

- A Discussion opens by restating the study in a frame with words between "this" and
  "study" ("In this phase III study of made-up tablets, ...") or names it "the current
  trial": the study's own results, not another's. After a cited sentence the same frame may
  go on with the cited study, so there it still asks for a source.
- "A P value below 0.05 is considered significant" in the Methods sets the authors' own
  threshold: "is considered" there borrows nothing.
- "An improved understanding of X may help ...", "that increased activity of X could
  promote ...": the finding word only describes the subject of a guess ("may", "could"),
  an outlook or a speculation, which needs no source (claims_judging.md); "Increased
  activity of X was found in ..." still reports a finding.

Passages are written for these tests (no real study is described); the references are
placeholders with a number and a key only.
"""

from __future__ import annotations

from tracedata import STUDY_TO_DISCUSSION, flagged

from blinarefs.trace.factual import factual_reasons


def test_the_discussion_opening_in_this_phase_iii_study_restates_the_own_study():
    text = STUDY_TO_DISCUSSION + (
        "In this phase III study of weekly invented tablets, the primary end point at "
        "month 4 was shown to be above the made-up target in 23 patients.\n"
    )
    assert flagged(text) == []


def test_the_current_trial_is_the_own_one():
    text = STUDY_TO_DISCUSSION + (
        "Invented tablets are cheap. "
        "In the current trial, all participants showed advanced made-up disease before "
        "intervention.\n"
    )
    assert flagged(text) == []


def test_the_same_frame_after_a_cited_sentence_goes_on_with_the_cited_study():
    text = STUDY_TO_DISCUSSION + (
        "Roe and colleagues ran a phase III trial of invented syrup [1]. "
        "In this phase III trial of weekly invented syrup, 30% of made-up patients "
        "showed a response.\n"
    )
    assert flagged(text) == ["In this phase III trial of wee"]


def test_a_threshold_the_methods_set_is_the_authors_own():
    text = STUDY_TO_DISCUSSION.replace(
        "We enrolled 40 made-up patients in 12 invented hospitals.",
        "We enrolled 40 made-up patients in 12 invented hospitals. "
        "A P value below 0.05 is considered significant, indicating a 95% confidence level.",
    )
    assert flagged(text + "Invented tablets worked.\n") == []


def test_is_considered_still_borrows_outside_a_threshold():
    assert flagged("Introduction\n\nInvented fever is considered a major cause of made-up "
                   "deaths in 2030.\n") == ["Invented fever is considered a"]  # fmt: skip


def test_an_improved_understanding_that_may_help_is_an_outlook():
    assert (
        factual_reasons(
            "In addition, an improved understanding of made-up fever may facilitate the "
            "development of invented tests."
        )
        == ()
    )


def test_increased_activity_that_could_promote_is_a_speculation():
    assert (
        factual_reasons(
            "These observations suggest that increased activity of this made-up factor could "
            "promote both invented growth and spread."
        )
        == ()
    )
    assert (
        factual_reasons(
            "However, by using an increased amount of made-up urine, more cells could be obtained."
        )
        == ()
    )


def test_increased_activity_that_was_found_is_still_a_finding():
    reasons = factual_reasons(
        "Increased activity of this made-up factor was seen in invented tumours."
    )
    assert reasons == ("reported finding 'increased'",)
    # the guess comes after the finding's own verb: the finding stands
    assert factual_reasons(
        "The increased activity of this made-up factor is linked to invented growth, which "
        "may explain its spread."
    ) == ("reported finding 'increased'",)
    # the finding word after a verb of its own clause is no guess's subject
    assert factual_reasons(
        "Invented readers need much material, and this can be a significant issue for made-up "
        "samples where the amount may be limited."
    ) == ("reported finding 'significant'",)
