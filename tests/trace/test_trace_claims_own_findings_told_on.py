"""The Discussion goes on with a result the authors have just claimed as theirs (stop 52).

- "We found that X predicted Y. However, Z was not associated with Y." The second
  sentence goes on with the study's own results, in the past tense the Discussion tells
  them in, without "we": no source to ask for. So after "In our study, ...", "Our data
  showed ...", "The results from this study ...".
- Not after a cited sentence or a borrowed cue ("Previous studies reported ..."), not in
  the present tense ("Mutants of this kind are associated with ..." turns to what is
  known), and not past the paragraph.

Passages are written for these tests (no real study is described); the references are
placeholders with a number and a key only.
"""

from __future__ import annotations

from tracedata import STUDY_TO_DISCUSSION, flagged


def test_a_past_finding_after_we_found_is_the_studys_own():
    text = STUDY_TO_DISCUSSION + (
        "Made-up fever worries many families [1]. "
        "We found that invented anxiety was a strong predictor of made-up worry. "
        "However, neither the caregivers' score nor their income were associated with the "
        "made-up worry score.\n"
    )
    assert flagged(text) == []


def test_a_past_finding_after_the_results_from_this_study_is_the_studys_own():
    text = STUDY_TO_DISCUSSION + (
        "Although this small study will need a larger trial, the results from this study "
        "are encouraging. "
        "Invented tablets were well tolerated and were associated with made-up activity in "
        "untreated patients.\n"
    )
    assert flagged(text) == []


def test_in_our_study_goes_on_too():
    text = STUDY_TO_DISCUSSION + (
        "In our study, invented tablets lowered made-up worry. "
        "The effect was significant in older patients only.\n"
    )
    assert flagged(text) == []


def test_the_present_tense_turns_to_what_is_known():
    text = STUDY_TO_DISCUSSION + (
        "We found that invented tablets lowered made-up worry. "
        "Made-up worry is associated with invented fever in older adults. "
        "Roe studied worry [3].\n"
    )
    assert flagged(text) == ["Made-up worry is associated wi"]


def test_a_borrowed_cue_still_asks_for_a_source():
    text = STUDY_TO_DISCUSSION + (
        "We found that invented tablets lowered made-up worry. "
        "Previous studies reported that made-up worry was associated with invented fever.\n"
    )
    assert flagged(text) == ["Previous studies reported that"]


def test_the_next_paragraph_is_not_carried():
    text = STUDY_TO_DISCUSSION + (
        "We found that invented tablets lowered made-up worry.\n\n"
        "Roe studied worry [3]. "
        "Made-up worry was associated with invented fever in older adults.\n"
    )
    assert flagged(text) == ["Made-up worry was associated w"]
