"""A Discussion's guesses, its "present results", and an approved study protocol (stop 53).

- "It is thus possible that increased X may ...", "It is tempting to speculate that ...",
  "This may be the reason why the highest increases ...", "may explain why ...": the
  authors offer a guess, said so, and report nothing that needs a source. "It is possible
  to measure X" and a plain "Previous studies showed that X increased Y" still do.
- "The present results show that X ..." claims a result as the authors' own, as "Our
  results show" does: the past-tense findings told on in that paragraph are theirs.
- "The study was approved by the made-up regulator (Form No. 12) and the local review
  board", "the protocols were approved by the Invented Institute": the study's approval,
  an ethics statement; "The drug was approved by the FDA in 2030" is still a borrowed fact.

Passages are written for these tests (no real study is described); the references are
placeholders with a number and a key only.
"""

from __future__ import annotations

from tracedata import STUDY_TO_DISCUSSION, flagged


def test_it_is_possible_that_opens_a_guess():
    text = STUDY_TO_DISCUSSION + (
        "It is thus possible that chronic increases in made-up enzyme levels may contribute "
        "to lower invented stress.\n"
    )
    assert flagged(text) == []


def test_tempting_to_suggest_opens_a_guess():
    text = STUDY_TO_DISCUSSION + (
        "It is tempting to speculate that invented tablets act through a made-up pathway "
        "that buffers rapid increases in invented calcium.\n"
    )
    assert flagged(text) == []


def test_may_be_the_reason_why_opens_a_guess():
    text = STUDY_TO_DISCUSSION + (
        "This may be the reason why the highest increases in made-up enzyme were observed in "
        "the least injured invented tissue.\n"
    )
    assert flagged(text) == []


def test_may_explain_why_opens_a_guess():
    text = STUDY_TO_DISCUSSION + (
        "A made-up dose effect could explain why the response was significantly increased in "
        "older patients.\n"
    )
    assert flagged(text) == []


def test_a_reported_finding_beside_it_still_asks_for_a_source():
    text = STUDY_TO_DISCUSSION + (
        "Made-up fever worries many families [1]. "
        "With invented assays it is possible to detect increased made-up enzyme in blood. "
        "Previous studies showed that invented tablets increased made-up enzyme levels.\n"
    )
    assert flagged(text) == ["With invented assays it is pos", "Previous studies showed that i"]


def test_the_present_results_show_claims_the_result():
    text = STUDY_TO_DISCUSSION + (
        "Made-up fever worries many families [1]. "
        "The present results show that invented tablets lowered made-up worry. "
        "Invented tablets also increased the expression of a made-up enzyme.\n"
    )
    assert flagged(text) == []


def test_the_study_was_approved_is_an_ethics_statement():
    text = (
        "Methods\n\n"
        "The study was approved by the Springfield regulator (Form No. 12) and the local "
        "review board. "
        "The protocols were approved by the Invented Institute of Example Health.\n\n"
        "Background\n\n"
        "The drug was approved by the FDA in 2030.\n"
    )
    assert flagged(text) == ["The drug was approved by the F"]


def test_it_is_important_to_do_states_a_rationale():
    text = (
        "Introduction\n\n"
        "Therefore, it is important to determine the potency of invented creams to minimize "
        "the risks associated with made-up treatment. "
        "It is important to note that made-up creams increased invented irritation in 2030.\n"
    )
    assert flagged(text) == ["It is important to note that m"]


def test_advice_about_recommendations_is_the_authors_own_opinion():
    text = STUDY_TO_DISCUSSION + (
        "More efforts should be taken to explain invented health recommendations to families. "
        "Made-up radio also could be used to spread invented guidelines. "
        "Recommendations should also include made-up storage temperatures.\n"
    )
    assert flagged(text) == []


def test_what_guidelines_say_should_be_done_is_still_borrowed():
    text = STUDY_TO_DISCUSSION + (
        "Made-up fever worries many families [1]. "
        "Invented guidelines recommend that made-up patients should receive invented tablets. "
        "In the invented guidelines, made-up patients should receive two tablets.\n"
    )
    assert flagged(text) == ["Invented guidelines recommend ", "In the invented guidelines, ma"]


def test_increases_in_something_that_may_be_a_guess():
    text = STUDY_TO_DISCUSSION + (
        "Made-up fever worries many families [1]. "
        "Therefore, increases in made-up enzyme after invented injury may represent a "
        "protective response. "
        "Increases in made-up enzyme were reported after invented injury.\n"
    )
    assert flagged(text) == ["Increases in made-up enzyme we"]
