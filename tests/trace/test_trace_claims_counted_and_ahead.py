"""Claims that read as borrowed by their words alone (issue 14, stop 57, found on the tune
halves of the fresh sets and dev): a survey's respondents counted as they report ("23 (54.8%)
reported that"), which are the study's own people, and a prediction or plan ("will provide"),
an outlook with no fact to source.

Passages are written for these tests (no real study is described); the references are
placeholders with a number and a key only.
"""

from __future__ import annotations

import pytest
from tracedata import STUDY_TO_DISCUSSION, flagged
from tracedata import claims_by_opening as claims

from blinarefs.trace.factual import factual_reasons
from blinarefs.trace.provenance import borrowed_reasons, own_reason
from blinarefs.trace.stances import stance

SURVEY = (
    "Introduction\n\n"
    "Invented fever is the most common made-up disease of Springfield [1].\n\n"
    "Methods\n\n"
    "The made-up registry listed 80 invented clinics; 12 of them reported that they were "
    "closed.\n\n"
    "Results\n\n"
    "Of the 42 made-up nurses, 23 (54.8%) reported that they slept badly, and 9.5% reported "
    "having a second job.\n\n"
    "Discussion\n\n"
    "Invented fever was reported by five made-up nurses (11.9%). Night shifts are associated "
    "with invented fever [2].\n"
)


def test_respondents_counted_as_they_report_are_the_studys_own():
    found = claims(SURVEY)
    for start in (
        "The made-up registry listed 80",
        "Of the 42 made-up nurses, 23 (",
        "Invented fever was reported by",
    ):
        assert found[start].own.startswith("the study's participants"), start
        assert not found[start].needs_citation, start


@pytest.mark.parametrize(
    "sentence",
    [
        # in the Introduction: another survey's respondents, a borrowed finding
        "Introduction\n\nIn Examplia, 45% of made-up nurses reported that they slept badly.\n",
        # in the Discussion, a survey of others named beside them
        STUDY_TO_DISCUSSION
        + "In the Examplia survey, 23 (54.8%) reported that they slept badly.\n",
        # the share of a thing, not of people who report ("reported cases")
        "Results\n\nOnly 120 of 300 (40.0%) reported associations were confirmed before.\n"
        "Introduction\n\nPrevious studies found 120 of 300 (40.0%) reported cases.\n",
    ],
)
def test_others_respondents_stay_borrowed(sentence):
    assert flagged(sentence), sentence


def test_a_counted_share_is_no_respondent_outside_the_study():
    sentence = "Overall, 45% reported that invented fever had worsened."
    borrowed = borrowed_reasons(sentence)
    assert own_reason(sentence, "background", borrowed) == ""
    assert own_reason(sentence, "results", borrowed).startswith("the study's participants")


AHEAD = [
    "An invented archive will provide a made-up home for data and reduces the costs.",
    "Made-up registries will remain a popular tool that has achieved invented savings.",
    "Made-up sequencing will continue to replace invented barcodes at decreased costs.",
]


@pytest.mark.parametrize("sentence", AHEAD)
def test_a_prediction_states_no_fact(sentence):
    reasons = factual_reasons(sentence) + borrowed_reasons(sentence)
    assert reasons, "the sentence reads as factual by words alone"
    assert stance(sentence, reasons).startswith("looks ahead")


STILL_FACTS_AHEAD = [
    # a projection of record: a figure or a year
    "Made-up clinics will increase from 7 in 2016 to nearly 20 in 2018.",
    "Up to 0.6% of invented patients will develop made-up rashes.",
    # a law of nature marked as known
    "It is well known that adding made-up salt will accelerate invented decay.",
    # others' work behind the prediction, in a leading clause
    "As observed in many previous studies, invented towns will reduce made-up deaths.",
    # what the manuscript sets out to do is said so
    "The made-up costs will be discussed, and invented fever is associated with rashes.",
]


@pytest.mark.parametrize("sentence", STILL_FACTS_AHEAD)
def test_a_prediction_with_a_fact_of_record_stays_a_fact(sentence):
    reasons = factual_reasons(sentence) + borrowed_reasons(sentence)
    assert not stance(sentence, reasons).startswith("looks ahead")


def test_the_claims_reader_gives_the_outlook_as_its_reason():
    text = (
        "Introduction\n\nInvented fever is the most common made-up disease of Springfield "
        "[1]. An invented archive will provide a made-up home for data and reduces the "
        "costs. Made-up archives reduced the costs in Examplia.\n"
    )
    found = claims(text)
    archive = found["An invented archive will provid"[:30]]
    assert archive.reason.startswith("no marker; looks ahead ('will provide')")
    assert flagged(text) == ["Made-up archives reduced the c"]
