"""Sentences that state no fact to source (issue 14, stop 58, found on the tune halves of the
fresh sets 61-63): a topic sentence whose paragraph cites, in its very next sentence, the study
it announces ("Several studies have examined X. Roe et al. [2] found ..."), and a gap in what is
written about a subject ("To our knowledge, no X has been reported for Y", "there are only a
few reports about X", "there is a lack of understanding of how ...", "X remains to be
demonstrated").

Passages are written for these tests (no real study is described); the references are
placeholders with a number and a key only.
"""

from __future__ import annotations

import pytest
from tracedata import claims_by_opening as claims
from tracedata import flagged

OPENING = "Invented fever is the most common made-up disease of Springfield [1]. "


@pytest.mark.parametrize(
    "topic",
    [
        "Several studies have reported that made-up kinases drive invented fever.",
        "In recent years, a number of studies demonstrated that Roe cells take part in it.",
        "Several recent studies have indicated that Examplia factors are likely candidates.",
        "Recent studies have investigated made-up mechanisms of the fever.",
        # the count in other words (stop 59)
        "A growing number of studies have demonstrated a link between made-up kinases and it.",
        "An increasing number of reports have described made-up kinases in the fever.",
        # the count after "there are", on a topic (stop 60)
        "There are many studies related to made-up kinases in invented towns.",
    ],
)
def test_a_topic_sentence_opening_the_cited_study_is_no_claim(topic):
    text = OPENING + topic + " Roe et al. [2] found that made-up kinase 4 is raised in mice.\n"
    claim = claims(text)[topic[:30]]
    assert not claim.needs_citation
    assert "topic sentence" in claim.reason


@pytest.mark.parametrize(
    "topic",
    [
        # a count of unnamed things the literature holds, told in the perfect passive (stop 60)
        "Several approaches have been proposed to keep made-up kinases out of the fever.",
        "Although there have been no studies on made-up ligands for Roe5, several made-up "
        "ligands for Roe4 have been identified.",
        "In addition to these tablets, several invented moulds have been described as sources "
        "of made-up drugs.",
    ],
)
def test_a_topic_sentence_counting_the_cited_items_is_no_claim(topic):
    # the items come next, each with its marker, as examples: no study need be told
    text = OPENING + topic + " For example, invented fibres [2] and made-up gels [3] bind it.\n"
    claim = claims(text)[topic[:30]]
    assert not claim.needs_citation
    assert "topic sentence" in claim.reason


@pytest.mark.parametrize(
    "text",
    [
        # "there are" studies that found something: a finding (stop 60)
        OPENING + "There are many studies showing that made-up kinases drive invented fever. "
        "Roe et al. [2] found it in mice.\n",
        # a count of items with nothing cited after it, or what was found of them (stop 60)
        OPENING + "Several made-up ligands for Roe4 have been identified in goats. "
        "Made-up kinase 4 is raised in mice.\n",
        OPENING + "Several made-up ligands for Roe4 have been shown to drive invented fever. "
        "For example, invented fibres [2] bind it.\n",
        # the next sentence cites nothing: what the studies reported is left to source
        OPENING + "Several studies have reported that made-up kinases drive invented fever. "
        "Made-up kinase 4 is raised in mice.\n",
        OPENING + "A growing number of studies have demonstrated a link between made-up kinases "
        "and invented fever. Made-up kinase 4 is raised in mice.\n",
        # the next sentence states a cited fact, it tells no study
        OPENING + "Numerous recent studies have explored made-up kinases, showing two paths. "
        "The fate of made-up cells is set early [2].\n",
        # the cited study comes in the next paragraph
        OPENING + "Several studies have reported that made-up kinases drive invented fever.\n\n"
        "Roe et al. [2] found that made-up kinase 4 is raised in mice.\n",
        # a figure or a year is a fact of its own
        OPENING + "Several studies have reported that 40% of Springfield workers carry it. "
        "Roe et al. [2] found it in mice.\n",
        OPENING + "Several studies have shown since 2009 that made-up kinases drive it. "
        "Roe et al. [2] found it in mice.\n",
        # without a count of studies, a finding is what recent work established
        OPENING + "Recent studies have shown that made-up kinases drive invented fever. "
        "Building on this, Roe et al. [2] found it in mice.\n",
        OPENING + "However, recent studies suggested that made-up kinases drive it. "
        "For instance, Roe et al. [2] found it in mice.\n",
        # named findings are not an announcement of the unnamed studies ("Studies show ...")
        OPENING + "Made-up kinases have been reported to drive invented fever. "
        "Roe et al. [2] found it in mice.\n",
    ],
)
def test_what_is_not_a_topic_sentence_stays_flagged(text):
    assert len(flagged(text)) == 1


@pytest.mark.parametrize(
    "gap",
    [
        "To the best of our knowledge, no fluorimetric method has been reported for roelukast.",
        "However, there are only a few reports about the relationship between Doe1 and zinc.",
        "There has existed a significant lack of understanding of how made-up cells arise.",
        "However, the use of Examplia polymerases in sequencing remains to be demonstrated.",
        # what the authors know of (stop 60)
        "Despite the weight of made-up kinases, we are aware of only one previous study "
        "investigating them in invented fever.",
        "We are not aware of any previous studies that have examined Doe1 in Springfield goats.",
    ],
)
def test_a_gap_in_what_is_written_is_no_claim(gap):
    assert flagged(OPENING + gap + "\n") == []


@pytest.mark.parametrize(
    "sentence",
    [
        # a concession after the gap holds a fact
        "There are few reports on roelukast, although it is the most prescribed drug in "
        "Springfield.",
        # a finding in a clause before the gap
        "Made-up lipases have also been found in Springfield mice, but their role remains to "
        "be fully understood.",
        # "remains to be" + noun is no open question
        "Doe1 has been reported to remain the main target of roelukast.",
        # a fact with "no" and "reported", but no gap in what is written
        "No made-up kinase has been reported in Springfield since 2009.",
        # what the authors are aware of is a fact, not a gap (stop 60)
        "We are aware that made-up kinases have been shown to drive invented fever.",
        "We are aware of only one previous study, which showed that Doe1 binds zinc, although "
        "it is the most studied kinase.",
    ],
)
def test_a_fact_beside_or_without_a_gap_stays_flagged(sentence):
    assert flagged(OPENING + sentence + "\n") == [sentence[:30]]
