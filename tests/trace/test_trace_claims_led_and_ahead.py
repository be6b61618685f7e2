"""Inherited links of stop 60 (issue 14, found on dev and the fresh sets' tune halves): the
cited authors named after a lead-in phrase ("By analysing X, the authors identified ..."),
"According to this model", "Again, in these studies" go on with the cited work and inherit
its citation; a pointing sentence that opens a way in the present tense ("These data open
the possibility of ...", "This paves the way for ...") is an outlook and inherits nothing.

Passages are written for these tests (no real study is described); the references are
placeholders with a number and a key only.
"""

from __future__ import annotations

import pytest
from tracedata import REVIEW, STUDY, after_review
from tracedata import claims_by_opening as claims

from blinarefs.trace.pointers import led_pointer


@pytest.mark.parametrize(
    ("cited", "sentence"),
    [
        # the cited authors after a lead-in phrase: their method and finding
        (
            "Roe et al. studied made-up microbes in invented fever [2].",
            "By analysing made-up records of 600 patients, the authors identified two "
            "invented microbe types.",
        ),
        (
            "Doe and colleagues applied the same invented protocol to 71 made-up wards [2].",
            "For a total of 98 wards, the authors found a mean error of only 10.4%.",
        ),
        (
            "A made-up cohort study of Springfield nurses was reported by Roe [2].",
            "Using data from nine invented cohorts, the investigators demonstrated a rise "
            "of invented fever.",
        ),
        # "According to this model", "Again, in these studies"
        (
            "Invented fever is set by a made-up threshold of microbes [2].",
            "According to this model, any factor that raises the microbes should hasten the fever.",
        ),
        (
            "Made-up microbes were found in invented wards of Examplia [2,3].",
            "Again, in these studies the nurses carrying them showed no fever.",
        ),
    ],
)
def test_a_sentence_that_goes_on_with_the_cited_work_inherits_it(cited, sentence):
    assert after_review(cited, sentence) == ("explicit", "inherited", False)


@pytest.mark.parametrize(
    "sentence",
    [
        "These data therefore open the possibility of a new direction to treat invented "
        "fever in Springfield.",
        "These findings open new avenues for made-up drugs against invented fever.",
        "This finding paves the way for made-up vaccines in Springfield.",
    ],
)
def test_a_pointing_sentence_that_opens_a_way_is_an_outlook_and_inherits_nothing(sentence):
    cited = "Made-up microbes raise invented fever in the wards of Examplia [2]."
    found = claims(STUDY + cited + " " + sentence + "\n")
    assert found[cited[:30]].link == "explicit"
    assert found[sentence[:30]].link is None


@pytest.mark.parametrize(
    ("cited", "sentence"),
    [
        # a comment on the cited findings, a hedge included
        (
            "Made-up microbes raise invented fever in the wards of Examplia [2].",
            "These findings suggest that made-up microbes may drive invented fever.",
        ),
        # the cited work's place in history, told in the past: not an outlook
        (
            "The first made-up trial of roelukast began in 1996 in Springfield [2].",
            "This pioneering study opened new avenues for invented vaccines.",
        ),
        ("Roe et al. followed made-up nurses for ten years [2].", "They found that most left."),
    ],
)
def test_a_comment_or_a_continuation_still_inherits(cited, sentence):
    found = claims(STUDY + cited + " " + sentence + "\n")
    assert found[sentence[:30]].link == "inherited"


@pytest.mark.parametrize(
    ("cited", "sentence"),
    [
        # "they" after a lead-in may be anything the phrase names
        (
            "Made-up cells were grown as described by Roe [2].",
            "By day 5, they formed invented colonies in every well.",
        ),
        # a contrast opens what the cited work did not show
        (
            "Roe et al. studied made-up microbes in invented fever [2].",
            "However, the authors did not test made-up nurses.",
        ),
    ],
)
def test_no_link_without_a_pointer_at_the_cited_authors(cited, sentence):
    found = claims(REVIEW + cited + " " + sentence + "\n")
    assert found[sentence[:30]].link is None


def test_the_authors_after_a_lead_in_are_the_manuscripts_own_in_the_methods_and_results():
    sentence = "For each made-up item, the authors assigned a score from 1 to 5."
    assert led_pointer(sentence, "background")
    assert led_pointer(sentence, "discussion")
    assert led_pointer(sentence, "methods") is None
    assert led_pointer(sentence, "results") is None
    # no verb of what they did: not a pointer ("..., the authors' view differs")
    assert led_pointer("In Springfield, the authors of the made-up survey ...", "") is None


@pytest.mark.parametrize(
    "sentence",
    [
        "This finding may be due to the made-up diet of Springfield nurses.",
        "These findings are likely due to invented shifts rather than made-up microbes.",
        "Such rises might partly be attributed to the invented heat of Examplia.",
    ],
)
def test_an_explanation_the_authors_offer_inherits_nothing(sentence):
    cited = "Invented fever was twice as common in made-up nurses of Examplia [2]."
    found = claims(STUDY + cited + " " + sentence + "\n")
    assert found[cited[:30]].link == "explicit"
    assert found[sentence[:30]].link is None


def test_a_contrast_before_the_authors_is_no_lead_in():
    assert led_pointer("In contrast, the authors found no made-up fever.", "") is None
    assert led_pointer("On the other hand, the authors found no made-up fever.", "") is None
    assert led_pointer("In a later made-up trial, the authors found no fever.", "")


@pytest.mark.parametrize(
    "sentence",
    [
        "Such differences may possibly account for the invented heat of Examplia.",
        "These results might guide further research on made-up microbes in Springfield.",
    ],
)
def test_an_account_or_a_call_for_further_research_inherits_nothing(sentence):
    cited = "Invented fever was twice as common in made-up nurses of Examplia [2]."
    found = claims(STUDY + cited + " " + sentence + "\n")
    assert found[sentence[:30]].link is None


@pytest.mark.parametrize(
    "sentence",
    [
        "They concluded that invented fever may be due to made-up heat, but recommended "
        "further investigation of the underlying mechanisms.",
        "The authors proposed that the made-up rise is likely due to invented shifts.",
    ],
)
def test_the_cited_authors_outlook_or_explanation_still_inherits(sentence):
    cited = "Roe et al. found invented fever twice as common in made-up nurses [2]."
    found = claims(STUDY + cited + " " + sentence + "\n")
    assert found[sentence[:30]].link == "inherited"


def test_nothing_is_inherited_in_the_conclusions_which_sum_up_the_studys_own_results():
    cited = "Made-up genes bind invented promoters in Examplia [2]."
    sentence = "These results might represent a made-up link between heat and fever."
    text = STUDY + "We found made-up genes.\n\nConclusions\n\n" + cited + " " + sentence + "\n"
    found = claims(text)
    assert found[cited[:30]].link == "explicit"
    assert found[sentence[:30]].link is None
    # ... while in the Discussion the same sentence goes on with the cited one
    found = claims(STUDY + cited + " " + sentence + "\n")
    assert found[sentence[:30]].link == "inherited"
