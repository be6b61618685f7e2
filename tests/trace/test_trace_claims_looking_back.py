"""The Discussion and the Conclusions restate the study's own results without the first
person (session 45, found on articles of journals no earlier round had judged): the
Conclusions as a whole, a statistic, the study's own groups and the measures its Methods
define, "The pooled data indicated". A review's Discussion, the introduction and anything
that says it is borrowed stay flagged (a review's Conclusions sum up its own argument, stop
52).

Passages are written for these tests (no real study is described); the references are
placeholders with a number and a key only.
"""

from __future__ import annotations

from tracedata import claims_by_opening as claims
from tracedata import flagged

STUDY = (
    "Introduction\n\n"
    "Cold pipes lose heat through their walls [1]. Thick wool slows the loss [2].\n\n"
    "Methods\n\n"
    "Forty pipes were randomised to the wool group or the control group. Our outcome was "
    "the heat lost in a week (HLW). Each pipe was wrapped by hand.\n\n"
    "Results\n\n"
    "The wool group lost less heat than the control group. HLW fell by a third.\n\n"
)


def test_the_conclusions_after_the_results_sum_up_the_studys_own_results():
    text = STUDY + (
        "Conclusions\n\n"
        "Wrapped pipes lost 40% less heat than bare ones. "
        "Wool pipes were first described in 1950.\n"
    )
    found = claims(text)
    wrapped = found["Wrapped pipes lost 40% less he"]
    assert wrapped.section == "conclusions" and wrapped.own and not wrapped.needs_citation
    assert found["Wool pipes were first describe"].needs_citation  # a borrowed sign still wins


def test_a_reviews_conclusions_sum_up_its_argument():
    # stop 52: judged on nine fresh sets, no flag in a review's Conclusions needed a source
    text = (
        "Introduction\n\nCold pipes lose heat through their walls [1].\n\n"
        "Conclusions\n\nWrapped pipes lose 40% less heat than bare ones. "
        "Wrapped pipes lose less heat than bare ones.\n"
    )
    found = claims(text)
    assert found["Wrapped pipes lose less heat t"].section == "closing"
    # a figure there is a cited study's
    assert flagged(text) == ["Wrapped pipes lose 40% less he"]


def test_a_statistic_in_the_discussion_is_the_studys_own():
    restated = "Wrapping cut the weekly loss (P = .01)."
    text = STUDY + "Discussion\n\n" + restated + "\n"
    assert claims(text)["Wrapping cut the weekly loss ("].section == "discussion"
    assert flagged(text) == []
    # the same sentence before the study's Methods is a cited study's statistic
    assert flagged("Introduction\n\n" + restated + "\n") == ["Wrapping cut the weekly loss ("]


def test_the_studys_own_groups_and_measures_name_its_results():
    text = STUDY + (
        "Discussion\n\n"
        "The wool group lost 30% less heat than expected. "
        "HLW was 12% lower in winter. "
        "Steel pipes lose 25% of their heat in most cities. Roe wrapped steel pipes [3].\n"
    )
    assert flagged(text) == ["Steel pipes lose 25% of their "]


def test_a_measure_the_introduction_already_named_is_not_the_studys_own():
    text = (
        "Introduction\n\nThe heat lost in a week (HLW) guides repairs [1].\n\n"
        "Methods\n\nWe measured the heat lost in a week (HLW).\n\n"
        "Discussion\n\nRoe wrapped steel pipes [2]. HLW was 12% lower in most cities.\n"
    )
    assert flagged(text) == ["HLW was 12% lower in most citi"]


def test_the_pooled_data_told_in_the_discussion_are_the_studys_own():
    told = "The pooled data indicated that wool improved the loss by 20%."
    assert flagged(STUDY + "Discussion\n\n" + told + "\n") == []
    assert flagged("Introduction\n\n" + told + "\n") == ["The pooled data indicated that"]


def test_an_appendix_after_the_conclusions_is_no_summing_up():
    text = STUDY + (
        "Conclusions\n\nWool helped.\n\n"
        "Appendix A\n\nSteel pipes lose 25% of their heat in most cities.\n"
    )
    assert flagged(text) == ["Steel pipes lose 25% of their "]


def test_a_sentence_that_goes_on_with_a_cited_one_keeps_its_link():
    text = STUDY + (
        "Discussion\n\n"
        "Roe found that foam halves the loss [3]. These results showed a 50% cut in winter.\n"
    )
    these = claims(text)["These results showed a 50% cut"]
    assert these.link == "inherited" and these.numbers == (3,)


def test_a_precise_figure_of_the_results_restated_in_the_discussion_is_the_studys_own():
    text = STUDY.replace("HLW fell by a third.", "HLW fell by 31.4% over the winter.") + (
        "Discussion\n\n"
        "A fall of 31.4% is large for such pipes. "
        "Steel pipes lose 31.5% of their heat in most cities. Roe wrapped steel pipes [3].\n"
    )
    assert flagged(text) == ["Steel pipes lose 31.5% of thei"]


def test_the_study_told_in_the_discussion_is_this_one():
    assert flagged(STUDY + "Discussion\n\nThe study also shows a 20% fall in winter.\n") == []


def test_the_results_told_after_a_longer_lead_in_or_named_measures_are_the_studys_own():
    # stop 57: a longer lead-in, the measures named around "results", a denied finding, in a
    # Discussion paragraph that compares them with cited work (before or after them)
    cited = "Roe found a similar fall in steel pipes [3]."
    for told, cited_first in (
        ("With regard to heat loss, the results did not show a 20% fall.", False),
        ("The wool and foam results among the participants showed a fall.", True),
        ("The study in question revealed a significant fall in the heat lost.", False),
    ):
        paragraph = f"{cited} {told}" if cited_first else f"{told} {cited}"
        assert flagged(STUDY + "Discussion\n\n" + paragraph + "\n") == [], told
        assert flagged("Introduction\n\n" + told + "\n") == [told[:30]], told


def test_a_cited_studys_results_told_after_it_stay_borrowed():
    text = STUDY + (
        "Discussion\n\n"
        "Roe wrapped steel pipes [3]. The results of previous trials showed a 20% fall.\n"
    )
    assert flagged(text) == ["The results of previous trials"]
