"""Inherited links that turn from the cited work (issue 14, stop 59, found on the fresh sets'
tune halves): a pointing sentence that sets the cited data beside the study's own ("These data
are reaffirmed in the survey"), one that sets itself against the studies just cited ("In this
trial, in contrast to the aforementioned studies, ..."), "They" after the authors' own cited
sentence ("The mice that we generated ... [1]. They represent ..."), and "The study of <a
topic>", research on a topic rather than the cited study; and the authors' own finding set
against previous studies with "we" ("In contrast to previous studies, we did not observe ...").

Passages are written for these tests (no real study is described); the references are
placeholders with a number and a key only.
"""

from __future__ import annotations

import pytest
from tracedata import STUDY, flagged
from tracedata import claims_by_opening as claims

from blinarefs.trace.turning import set_beside, turns_away


@pytest.mark.parametrize(
    ("cited", "sentence"),
    [
        # the cited data beside the study's own
        (
            "Made-up doctors crowd into the capitals of Examplia [2].",
            "These data are reaffirmed in the survey, in which most nurses work in capitals.",
        ),
        (
            "Made-up doctors crowd into the capitals of Examplia [2].",
            "These findings are consistent with our results in made-up nurses.",
        ),
        # ... or beside earlier work: the agreement is the authors' observation
        (
            "Made-up doctors crowd into the capitals of Examplia [2].",
            "These findings are consistent with previous research on invented clinics.",
        ),
        # set against the studies just cited
        (
            "The design of the Springfield trial resembled that of the Roe trials [2,3].",
            "In this trial, in contrast to the aforementioned studies, roelukast was replaced "
            "with doelukast.",
        ),
        # "They" after the authors' own cited sentence: their own things
        (
            "The made-up mice that we have generated offer a new tool for invented imaging [2].",
            "They represent a resource for studying invented fever in Springfield.",
        ),
        # "The study of <a topic>": research on it, not the cited study
        (
            "Made-up networks have been described in invented fever [2].",
            "The study of made-up networks in Springfield clinics has only just begun.",
        ),
    ],
)
def test_a_pointing_sentence_that_turns_from_the_cited_work_inherits_nothing(cited, sentence):
    found = claims(STUDY + cited + " " + sentence + "\n")
    assert found[cited[:30]].link == "explicit"
    assert found[sentence[:30]].link is None
    assert sentence[:30] not in flagged(STUDY + cited + " " + sentence + "\n")


@pytest.mark.parametrize(
    ("cited", "sentence"),
    [
        ("Roe et al. followed made-up nurses for ten years [2].", "They found that most left."),
        # "They" after the authors' own sentence that names the cited authors
        (
            "We used the made-up scale of Roe and colleagues [2].",
            "They validated it in invented clinics of Examplia.",
        ),
        # ... or "Their study", which names the cited work
        ("We used the made-up Examplia cohort [2].", "Their study enrolled 900 made-up nurses."),
        ("Made-up doctors crowd into capitals [2].", "These data come from invented registries."),
        # a comment on the cited findings, a hedge included
        (
            "Made-up doctors crowd into capitals [2].",
            "These findings suggest that invented salaries may drive the move.",
        ),
        # "unlike previous studies" about the cited trial itself, not the studies just cited
        (
            "The Roe trial enrolled made-up nurses [2].",
            "In that trial, unlike previous studies, nurses chose their shifts.",
        ),
        ("A made-up trial of roelukast was run in Springfield [2].", "The study found no gain."),
        ("A made-up trial was run in Springfield [2].", "The study of Roe enrolled 50 nurses."),
    ],
)
def test_a_pointing_sentence_that_goes_on_with_the_cited_work_inherits_it(cited, sentence):
    found = claims(STUDY + cited + " " + sentence + "\n")
    assert found[sentence[:30]].link == "inherited"


def test_the_study_or_the_survey_are_the_studys_own_in_the_discussion_only():
    sentence = "These data are confirmed by the study in invented clinics."
    assert set_beside(sentence, "discussion")
    assert not set_beside(sentence, "background")
    assert set_beside("These data are confirmed by our survey.", "background")
    assert not set_beside("These data are confirmed by the study of Roe.", "discussion")


def test_they_after_the_authors_own_sentence():
    mine = "The mice that we generated offer a tool [2]."
    assert turns_away("They represent a resource.", mine, True, "They represent a resource.")
    assert not turns_away("They represent a resource.", mine, False, "They represent a resource.")
    named = "We used the tool of Roe et al. [2]."
    assert not turns_away("They found X.", named, True, "They found X.")


@pytest.mark.parametrize(
    "sentence",
    [
        "Interestingly, in contrast to previous studies, we did not observe increased invented "
        "fever in made-up mice.",
        "Different with previous studies, made-up genes did not bind directly, and we found "
        "that both mutants could bind in the absence of roelukast.",
        "Unlike other studies, we found no rise of invented fever in Springfield.",
    ],
)
def test_the_authors_finding_set_against_previous_studies_is_their_own(sentence):
    text = STUDY + "Invented fever rises in made-up mice [2]. " + sentence + "\n"
    claim = claims(text)[sentence[:30]]
    assert not claim.needs_citation
    assert "beside others'" in claim.own


@pytest.mark.parametrize(
    "sentence",
    [
        # no "we": what previous studies found
        "In contrast to previous studies, invented fever rose in made-up mice of Springfield.",
        # expected from, or like, others' reports: what they found
        "As expected from previous reports, our made-up strain showed increased fever.",
        "Similar to previous studies, we found that invented fever rose in made-up mice.",
    ],
)
def test_previous_studies_still_hold_without_a_contrast_and_we(sentence):
    text = STUDY + "Invented fever rises in made-up mice [2]. " + sentence + "\n"
    assert sentence[:30] in flagged(text)
