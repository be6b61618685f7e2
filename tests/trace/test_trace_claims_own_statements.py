"""The authors' own work told with no "we" that the cue words read as borrowed (issue 14,
stop 59, found on the tune halves of the fresh sets of journals no rule had seen): a pointer at
data the article leaves out ("(data not shown)"), an ethics statement that names the
Declaration of Helsinki with its dates and guidelines but no consent or approval, a rank
beside the first person ("To our minds, this is the most striking result of our made-up
work"), and the authors' meta-analysis named as "the current meta-analysis".

Passages are written for these tests (no real study is described); the references are
placeholders with a number and a key only.
"""

from __future__ import annotations

import pytest
from tracedata import claims_by_opening as claims
from tracedata import flagged

STUDY = (
    "Introduction\n\n"
    "Invented fever is common in made-up mice of Springfield [1]. "
    "We studied made-up mice.\n\n"
    "Methods\n\n"
    "Made-up mice were infected with invented fever.\n\n"
    "Results\n\n"
    "Invented fever doubled the made-up spleen in 12 of 20 mice.\n\n"
    "Discussion\n\n"
    # a paragraph that cites: one that cites nothing is the authors' own talk as a whole
    "Invented fever spreads in made-up rats [2]. "
)


@pytest.mark.parametrize(
    ("section", "sentence"),
    [
        # the authors' control analysis, left out of the article
        (
            "Discussion",
            "Examplia analysis confirmed the status of the made-up strain (data not shown).",
        ),
        # beside a comparison with earlier work, the durations are still the authors'
        (
            "Discussion",
            "Made-up mice took roelukast for 30 weeks (detailed data not shown) and grew "
            "less than the made-up cohorts of previous studies.",
        ),
        ("Results", "Roelukast is the most potent made-up drug in this assay (results not shown)."),
    ],
)
def test_data_left_out_are_the_authors_own(section, sentence):
    if section == "Discussion":
        text = STUDY + sentence + "\n"
    else:
        text = STUDY.replace("Results\n\n", "Results\n\n" + sentence + " ")
    claim = claims(text)[sentence[:30]]
    assert not claim.needs_citation
    assert "left out" in claim.own


def test_an_ethics_statement_naming_the_declaration_of_helsinki_is_the_authors_own():
    sentence = (
        "This study was run in line with its protocol, the Declaration of Helsinki (revised "
        "October 2030) and the Examplia Handbook of Clinical Practice (May 2031), and "
        "with the WHO guidelines."
    )
    text = STUDY.replace("Methods\n\n", "Methods\n\n" + sentence + " ")
    claim = claims(text)[sentence[:30]]
    assert not claim.needs_citation
    assert claim.own == "an ethics statement"


def test_a_rank_beside_the_first_person_is_the_authors_own():
    sentence = "To our minds, this is the most striking result of our made-up mouse work."
    claim = claims(STUDY + sentence + "\n")[sentence[:30]]
    assert not claim.needs_citation
    assert claim.own.startswith("first person")


def test_the_current_meta_analysis_is_the_authors_own():
    sentence = (
        "Perhaps more made-up pathways were identified by the current meta-analysis because "
        "the invented cohorts were pooled."
    )
    claim = claims(STUDY + "\n\nConclusions\n\n" + sentence + "\n")[sentence[:30]]
    assert not claim.needs_citation
    assert "current meta-analysis" in claim.own


@pytest.mark.parametrize(
    "sentence",
    [
        # a rank with no first person: a background fact
        "Invented fever is the most common made-up disease of Springfield rats.",
        # the first person beside a rank and a cue that names others' work
        "In our opinion this is the most probable cause, based on previous work in rats.",
        # ... or a named study of others beside the authors' own
        "The made-up SAMPLE trial is most comparable to the current trial, with 81.5% responses.",
        # another group's data, credited as unpublished: a source of its own, not the authors'
        "Previous studies found invented fever in made-up rats (Roe, unpublished data).",
        # "shown" alone, with nothing left out
        "Invented fever has been shown to double the made-up spleen in rats.",
        # the Declaration of Helsinki as an event, not the study's conduct
        "The Declaration of Helsinki was first adopted in 1964 by an invented assembly.",
        # a meta-analysis that is not the authors' own
        "A previous meta-analysis of made-up cohorts found that invented fever doubled.",
    ],
)
def test_others_work_keeps_its_flag(sentence):
    assert sentence[:30] in flagged(STUDY + sentence + "\n")


@pytest.mark.parametrize(
    "sentence",
    [
        "Two made-up genes, Roe1 and Doe2, were identified in the invented spleen-size interval.",
        # a rule the study followed (own before this change too: the guard beside it)
        "According to the invented score, made-up mice fared worse in 12 of 20 cases.",
    ],
)
def test_the_conclusions_tell_what_the_study_identified(sentence):
    claim = claims(STUDY + "\n\nConclusions\n\n" + sentence + "\n")[sentence[:30]]
    assert not claim.needs_citation
    assert "Conclusions" in claim.own


@pytest.mark.parametrize(
    "sentence",
    [
        # a discovery by named people, long ago: others' work summed up
        "As a final remark, made-up clusters were discovered by Roe and Doe 50 years ago.",
        # a year beside "identified" still dates another's finding
        "Roe1 was identified in 2005 within a made-up locus for spleen size.",
        # "according to" a named source
        "According to Roe, made-up mice fare worse in Springfield.",
    ],
)
def test_the_conclusions_keep_others_work_flagged(sentence):
    assert sentence[:30] in flagged(STUDY + "\n\nConclusions\n\n" + sentence + "\n")
