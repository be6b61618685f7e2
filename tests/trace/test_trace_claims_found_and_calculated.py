"""Own work read as borrowed by one cue (issue 14, stop 58, found on the tune halves of the
fresh sets): the Discussion telling again what the study identified or what its own test
gave ("two clusters were identified in the IA group", "According to the result of the fit
test, ..."), or setting it beside earlier work ("agrees with previous studies", "As
previously shown, ..."), which its Methods and Results set out; and a result "according to the DFT
calculation", a calculation the authors made.

Passages are written for these tests (no real study is described); the references are
placeholders with a number and a key only.
"""

from __future__ import annotations

import pytest
from tracedata import claims_by_opening as claims
from tracedata import flagged

from blinarefs.trace.provenance import borrowed_reasons

STUDY = (
    "Introduction\n\n"
    "Invented fever is the most common made-up disease of Springfield [1]. "
    "We studied made-up swabs.\n\n"
    "Methods\n\n"
    "Made-up swabs were taken from the invented arm (IA) and from the control arm. "
    "Each of the 49 made-up workers took the invented fit test.\n\n"
    "Results\n\n"
    "Two invented clusters differed between the IA and the control arm. "
    "The pass rate of the invented fit test was 73.5% (36 of 49).\n\n"
    "Discussion\n\n"
    # a paragraph that cites: one that cites nothing is the authors' own talk as a whole
    "Invented fever spreads in made-up mice [2]. "
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Using made-up swabs, two invented clusters were identified in the IA versus the "
        "control arm.",
        "According to the result of the invented fit test, the pass rate was 73.5% among "
        "the 49 made-up workers.",
        # set beside earlier work, or pointed back to within the article
        "The pass rate of 73.5% in the IA agrees with previous studies.",
        "As previously shown, the pass rate was 73.5% in the IA.",
    ],
)
def test_the_discussion_tells_again_what_the_study_found(sentence):
    found = claims(STUDY + sentence + "\n")
    claim = found[sentence[:30]]
    assert not claim.needs_citation
    assert "the study's own" in claim.own or "Results' figure" in claim.own


@pytest.mark.parametrize(
    "sentence",
    [
        # a reporting verb names others' report, whatever terms the sentence shares
        "Two invented clusters were reported in the IA of an earlier made-up cohort.",
        # "identified" with nothing of the study's own in the sentence
        "Two invented genes were identified in made-up mice of Springfield.",
        # "according to" a named source, not a rule the study followed
        "According to Roe, the pass rate was 73.5% among made-up workers.",
        # a cue that names others' work keeps its weight beside "identified"
        "Previous studies found that two invented clusters were identified in the IA.",
        # set beside earlier work, but nothing of the study's own in the sentence
        "Similar to previous studies, invented fever doubles in made-up mice of Springfield.",
        # "previous" beside another cue that names others' work
        "As previously shown, made-up studies have shown a pass rate of 73.5% in the IA.",
    ],
)
def test_the_discussion_keeps_others_work_flagged(sentence):
    assert sentence[:30] in flagged(STUDY + sentence + "\n")


def test_a_calculation_is_the_authors_own_work():
    text = (
        "Introduction\n\n"
        "Invented alloys store made-up ions [1]. Here we present an examplium alloy. "
        "Adding examplium enhances the binding of made-up ions according to the density "
        "functional theory (DFT) calculation.\n"
    )
    assert not flagged(text)
    assert not borrowed_reasons("The rate doubles according to our simulations.")


@pytest.mark.parametrize(
    "sentence",
    [
        "According to the calculations by Roe et al., the rate doubles.",
        "According to the previous calculations, the rate doubles.",
        "According to the published simulations, invented ions bind twice as fast.",
        "According to the Examplia guidelines, the dose is doubled.",
    ],
)
def test_a_calculation_of_others_stays_borrowed(sentence):
    assert "borrowed 'According to'" in borrowed_reasons(sentence)
