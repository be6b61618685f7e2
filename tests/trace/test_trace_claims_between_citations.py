"""What a Discussion says between its comparisons is the authors' own talk (stop 56, issue 14):
pooled over the tune halves of every fresh set and dev, half of the Discussion's flags needed
a citation against nine in ten of the introduction's. A Discussion compares the study with
others' work where it cites it; a paragraph that cites nothing, a guess, and a finding told in
the past tense after no cited sentence are the study's own results, reasoning and outlook.
Only a sign of others' work keeps such a sentence borrowed. A link is not inherited by an
explanation the authors offer ("Such wrapping may explain ...").

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
    "Forty invented pipes were wrapped in made-up wool in Springfield.\n\n"
    "Results\n\n"
    "Wrapped pipes cracked less often than bare ones.\n\n"
    "Discussion\n\n"
)


def test_a_discussion_paragraph_that_cites_nothing_is_the_authors_own_talk():
    text = STUDY + (
        "The wrapped pipes were associated with fewer cracks in 2031. "
        "Steel pipes lose 25% of their heat in cold towns.\n"
    )
    assert flagged(text) == []
    own = claims(text)["Steel pipes lose 25% of their "].own
    assert own == "in a Discussion paragraph that cites nothing (the authors' own talk)"


def test_a_sign_of_others_work_keeps_its_flag_in_such_a_paragraph():
    text = STUDY + (
        "Previous studies have shown that made-up felt fails in frost. "
        "Invented guidelines recommend felt for cold towns. "
        "In a made-up survey of 40 towns, felt pipes cracked in 20% of winters.\n"
    )
    assert flagged(text) == [
        "Previous studies have shown th",
        "Invented guidelines recommend ",
        "In a made-up survey of 40 town",
    ]


def test_the_introduction_keeps_its_flags_where_its_paragraph_cites_nothing():
    text = STUDY.replace(
        "Thick wool slows the loss [2].\n\n",
        "Thick wool slows the loss [2].\n\nSteel pipes lose 25% of their heat in cold towns.\n\n",
    )
    assert flagged(text) == ["Steel pipes lose 25% of their "]


def test_a_guess_in_the_discussion_is_the_authors_reasoning():
    text = STUDY + (
        "Roe wrapped pipes in Examplia [3]. "
        "Frost may matter, since made-up pipes in the invented north lose 20% of their "
        "heat.\n"
    )
    assert flagged(text) == []
    assert claims(text)["Frost may matter, since made-u"].own.startswith("a guess")


def test_a_past_finding_after_no_cited_sentence_is_the_studys_own():
    text = STUDY + (
        "The wool-covered pipes showed 20% fewer cracks than the others. "
        "Roe wrapped pipes in Examplia [3]. "
        "The felt pipes there showed 30% fewer cracks.\n"
    )
    # after a cited sentence the same tense tells the cited study's results
    assert flagged(text) == ["The felt pipes there showed 30"]
    # a weak cue does not make it borrowed: a year, "according to", "were reported as"
    dated = STUDY + (
        "The wrapped pipes showed 20% fewer cracks in 2031, according to the invented scores. "
        "Similar cracks were reported by other researchers. "
        "Roe wrapped pipes in Examplia [3].\n"
    )
    assert flagged(dated) == ["Similar cracks were reported b"]
    own = claims(text)["The wool-covered pipes showed "].own
    assert own.startswith("a finding told in the past tense")


def test_an_explanation_the_authors_offer_inherits_no_citation():
    text = STUDY + (
        "Roe found that foam halves the loss in Examplia [3]. "
        "Such foam may explain the lower losses in cold winters. "
        "Roe found that felt fails in frost [4]. "
        "These findings suggest that felt may crack in the invented north.\n"
    )
    found = claims(text)
    assert found["Such foam may explain the lowe"].link is None
    # a comment on the cited findings still goes on with them
    assert found["These findings suggest that fe"].link == "inherited"
