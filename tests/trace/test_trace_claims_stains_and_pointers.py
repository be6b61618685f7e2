"""Sentences the cue words read as borrowed that state the authors' own work or no fact
(issue 14, stop 61, found by tabulating the wrong flags of the fresh sets' tune halves): an
immunostain's antigen that is spelt like an agency ("positive for CD20 and EMA"), a pointer
back within the article in its Results ("As previously shown, ..."), a rank the Results tell
with a share or a P value in parentheses ("PC2 (10% of variance) is most associated with
..."), and unnamed studies set
beside the authors' own results with the cited study told next ("Some recent studies using X
supported our results. For example, ... [2] found ...").

Passages are written for these tests (no real study is described); the references are
placeholders with a number and a key only.
"""

from __future__ import annotations

import pytest
from tracedata import claims_by_opening as claims
from tracedata import flagged

STUDY = (
    "Introduction\n\n"
    "Invented fever is common in made-up goats of Springfield [1]. "
    "We studied made-up goats.\n\n"
    "Methods\n\n"
    "Made-up goats were infected with invented fever.\n\n"
    "Results\n\n"
    "Invented fever doubled the made-up spleen in 12 of 20 goats.\n\n"
    "Discussion\n\n"
    "Invented fever spreads in made-up sheep [2]. "
)


def _in_results(sentence: str) -> str:
    return STUDY.replace("Results\n\n", "Results\n\n" + sentence + " ")


@pytest.mark.parametrize(
    "sentence",
    [
        "The large made-up cells were positive for LCA, CD20 and EMA, and negative for CD15.",
        "The invented tumour cells were negative for EMA.",
        "Sections stained for Roe1 and EMA showed made-up nests.",
    ],
)
def test_an_antigen_spelt_like_an_agency_is_no_agency(sentence):
    claim = claims(_in_results(sentence))[sentence[:30]]
    assert not claim.needs_citation
    assert claim.own == "in the Results section"


@pytest.mark.parametrize(
    "sentence",
    [
        # the agency itself, in the Results as anywhere
        "The made-up drug was approved by the EMA for invented fever in goats.",
        # an agency after the list of antigens
        "The made-up cells were positive for CD20, as the EMA requires for invented fever.",
    ],
)
def test_an_agency_stays_an_agency(sentence):
    assert sentence[:30] in flagged(_in_results(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "As previously shown, made-up pollutants from the Roe group raised the spleen more.",
        "As previously described, invented fever doubled the spleen of the made-up goats.",
    ],
)
def test_a_pointer_back_in_the_results_is_the_authors_own(sentence):
    claim = claims(_in_results(sentence))[sentence[:30]]
    assert not claim.needs_citation
    assert claim.own == "in the Results section"


@pytest.mark.parametrize(
    "sentence",
    [
        # not opening the sentence: earlier work is named
        "Made-up pollutants, as previously shown, raise the spleen of goats.",
        # earlier work shown, in the Results
        "Made-up pollutants have previously been shown to raise the spleen of goats.",
    ],
)
def test_earlier_work_in_the_results_stays_flagged(sentence):
    assert sentence[:30] in flagged(_in_results(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "Made-up strain B is the most common strain of the spleens (41.2% of goats).",
        "Results showed that Roe1 and Doe2 are the most significantly (p = 0.012 and 0.031, "
        "resp.) enriched made-up factors.",
    ],
)
def test_a_rank_told_with_the_studys_measure_is_the_authors_own(sentence):
    claim = claims(_in_results(sentence))[sentence[:30]]
    assert not claim.needs_citation
    assert claim.own == "in the Results section"


@pytest.mark.parametrize(
    "sentence",
    [
        # a rank told bare, in the Results: a fact to source
        "Made-up spleens are the most common site of invented fever in goats.",
        # the share outside parentheses
        "Examplia is the main made-up component of invented dust, as 40% of goats show.",
    ],
)
def test_a_rank_told_bare_in_the_results_stays_flagged(sentence):
    assert sentence[:30] in flagged(_in_results(sentence))


@pytest.mark.parametrize(
    "topic",
    [
        "Some recent studies using made-up probes supported our results.",
        "Several studies have also confirmed our findings in other goats.",
        "Other reports are consistent with our observations.",
    ],
)
def test_studies_set_beside_the_authors_results_open_the_cited_study(topic):
    text = STUDY + topic + " For example, a made-up study of sheep [3] found the same.\n"
    claim = claims(text)[topic[:30]]
    assert not claim.needs_citation
    assert "topic sentence" in claim.reason


@pytest.mark.parametrize(
    "text",
    [
        # nothing cited next: which studies supported the results is left to source
        STUDY + "Some recent studies using made-up probes supported our results. "
        "Invented fever is rare in Examplia.\n",
        # the next sentence states a cited fact, it tells no study
        STUDY + "Some recent studies using made-up probes supported our results. "
        "The fever is rare in Examplia [3].\n",
        # what the studies found, not the authors' results beside them
        STUDY + "Some recent studies supported the view that made-up probes fail. "
        "For example, a made-up study of sheep [3] found the same.\n",
    ],
)
def test_what_does_not_open_the_cited_study_stays_flagged(text):
    assert len(flagged(text)) == 1
