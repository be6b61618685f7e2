"""Inherited links of stop 61 (issue 14, found on dev and the fresh sets' tune halves): a
sentence that opens "This/These/Such" and a noun the cited sentence before it printed ("This
pathway" after "... a made-up pathway [4]") goes on with the cited object and inherits its
citation; a new noun ("This breakthrough lets nurses ...") does not, nor a guess, nor the literature
at large ("This X has also been observed in Y").

Passages are written for these tests (no real study is described); the references are
placeholders with a number and a key only.
"""

from __future__ import annotations

import time

import pytest
from tracedata import REVIEW, STUDY, after_review
from tracedata import claims_by_opening as claims

from blinarefs.trace.named_again import named_again


@pytest.mark.parametrize(
    ("cited", "sentence"),
    [
        (
            "Made-up microbes also signal through a second invented pathway in Examplia [2].",
            "This parallel pathway drives the fever of Springfield nurses.",
        ),
        (
            "Roe et al. showed that invented fever relies on made-up monocytes [2].",
            "These roe-activated monocytes kill the invented microbes within a day.",
        ),
        # the same word in another form: "activating" then "This activation"
        (
            "Made-up microbes raise invented fever by activating a sensor in the gut [2].",
            "This activation depends on the sugar of the invented diet.",
        ),
        # an acronym as printed
        (
            "Invented tablets release made-up ROS inside the microbes [2].",
            "Moreover, these excess ROS damage the walls of the microbes.",
        ),
        (
            "Doe combined invented tablets with a made-up serum in Springfield mice [2].",
            "These mice recovered from invented fever within a week.",
        ),
    ],
)
def test_a_noun_the_cited_sentence_named_again_inherits_its_citation(cited, sentence):
    assert after_review(cited, sentence) == ("explicit", "inherited", False)


@pytest.mark.parametrize(
    ("cited", "sentence"),
    [
        # a new noun: something the cited sentence did not name
        (
            "Made-up microbes raise invented fever in the wards of Examplia [2].",
            "This breakthrough lets nurses treat invented fever at home.",
        ),
        # "This" and its verb, not "This" and a noun ("estimator" is named before)
        (
            "The made-up estimator is robust to invented outliers in Springfield [2].",
            "This makes the estimator fit for invented wards.",
        ),
        # a guess: the authors' reasoning as much as the cited work's
        (
            "Made-up microbes raise invented fever by activating a sensor in the gut [2].",
            "This activation may serve as a made-up brake on the fever.",
        ),
        # the literature at large, beyond the study cited
        (
            "Invented heterogeneity was seen in made-up mice of Springfield [2].",
            "This invented heterogeneity has also been observed in Examplia nurses.",
        ),
    ],
)
def test_no_link_for_a_new_noun_a_verb_a_guess_or_the_literature_at_large(cited, sentence):
    found = claims(REVIEW + cited + " " + sentence + "\n")
    assert found[cited[:30]].link == "explicit"
    assert found[sentence[:30]].link is None


@pytest.mark.parametrize(
    ("cited", "sentence"),
    [
        # a pointer of the linker's own list still inherits, noun or not
        (
            "Made-up microbes raise invented fever in the wards of Examplia [2].",
            "These findings underscore the role of made-up microbes.",
        ),
        (
            "Roe et al. followed made-up nurses for ten years [2].",
            "They found that most left.",
        ),
    ],
)
def test_the_older_pointers_still_inherit(cited, sentence):
    found = claims(REVIEW + cited + " " + sentence + "\n")
    assert found[sentence[:30]].link == "inherited"


def test_the_authors_own_sentence_before_lends_no_noun():
    """A noun named again after the authors' own cited sentence ("We used a made-up caller
    [8]") is the authors' own thing: no link, as for the linker's own pointers."""
    cited = "We called made-up variants with an invented caller [2]."
    sentence = "These variants cover the invented genome of Springfield mice."
    found = claims(REVIEW + cited + " " + sentence + "\n")
    assert found[sentence[:30]].link is None


def test_nothing_is_named_again_in_the_methods():
    """In the Methods the noun names the study's own material, which stays own."""
    cited = "Made-up nurses were sampled as described by Roe [2]."
    sentence = "These nurses filled in an invented form."
    text = STUDY.split("Methods")[0] + "Methods\n\n" + cited + " " + sentence + "\n"
    found = claims(text)
    assert found[sentence[:30]].link is None


def test_nothing_is_named_again_in_the_discussion():
    """In the Discussion "These gene sets" is the study's own as often as the cited work's:
    the noun alone links nothing there, while "These findings" still does."""
    cited = "Roe et al. listed 40 made-up gene sets of invented fever [2]."
    sentence = "These gene sets can be found in the invented Supplement S6."
    found = claims(STUDY + cited + " " + sentence + "\n")
    assert found[cited[:30]].link == "explicit"
    assert found[sentence[:30]].link is None
    assert named_again(sentence, cited, "discussion") is None
    assert named_again(sentence, cited, "background")
    comment = "These findings underscore the role of made-up genes."
    assert claims(STUDY + cited + " " + comment + "\n")[comment[:30]].link == "inherited"


def test_the_pointer_is_the_demonstrative_and_its_noun_phrase():
    m = named_again("These metal-based tablets cured the fever.", "made-up tablets [2]")
    assert m is not None and m.group("cue") == "These metal-based tablets"
    assert named_again("This is the made-up tablet.", "made-up tablets [2]") is None
    assert named_again("This series of tablets cured it.", "a series of tablets [2]")


def test_named_again_is_linear():
    """The pointer is read at the sentence's start: a long sentence costs no more."""
    for size in (8_000, 64_000):
        cited = "made-up tablets [2] " * (size // 20)
        sentence = "These tablets " + "a " * (size // 2)
        started = time.process_time()
        assert named_again(sentence, cited)
        assert named_again("These " + "a-" * (size // 2), cited) is None
        assert time.process_time() - started < 0.5
