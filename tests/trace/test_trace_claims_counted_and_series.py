"""Stop 55: the Discussion restates the study's own people without the first person: it
counts them as its Methods or Results did ("in all 12 participants", "Two patients had ...",
"in 25% of patients" after "3 patients (25%)") or opens on them as "this sample", "the
present series" or "our casuistic" (a Portuguese writer's case series). A count the study
never made, one of other people, "In this sample" after a cited sentence and "A recent study
of made-up farms found ..." (others', its topic between "study" and "found") stay flagged.

Passages are written for these tests (no real study is described); the references are
placeholders with a number and a key only.
"""

from __future__ import annotations

from blinarefs.model import Reference
from blinarefs.trace.manuscript import trace_manuscript

REFS = [Reference(id=f"r{n}", number=n) for n in range(1, 9)]

STUDY = (
    "Introduction\n\n"
    "Frost itch affects made-up farmers in winter [1]. Wool gloves may soothe it [2].\n\n"
    "Methods\n\n"
    "Twelve participants were enrolled at the invented Springfield clinic. Each one wore "
    "the gloves for a month.\n\n"
    "Results\n\n"
    "The itch eased in nine participants. Two patients left the study early.\n\n"
)


def flagged(text: str) -> list[str]:
    trace = trace_manuscript(text, REFS, body_end=len(text))
    return [" ".join(c.text.split())[:30] for c in trace.claims if c.needs_citation]


def test_a_count_of_the_studys_own_people_in_the_discussion_is_theirs():
    text = STUDY + (
        "Discussion\n\n"
        "Gloves eased itch in made-up farmers before [3]. "
        "Redness was reduced in all 12 participants by the end of the month. "
        "Two patients had severe made-up blisters, which led to their withdrawal.\n"
    )
    assert flagged(text) == []


def test_a_count_the_study_never_made_keeps_its_flag():
    text = STUDY + (
        "Discussion\n\n"
        "Gloves eased itch in made-up farmers before [3]. "
        "Redness was reduced in 40 participants of a made-up survey. "
        "Roe saw blisters in farmers [4]. "
        "Blisters led to withdrawal in 12 children at an invented school.\n"
    )
    assert flagged(text) == ["Redness was reduced in 40 part", "Blisters led to withdrawal in "]


def test_this_sample_and_the_present_series_open_on_the_studys_own_people():
    text = STUDY + (
        "Discussion\n\n"
        "Gloves eased itch in made-up farmers before [3]. Wool was worn in winter [4].\n\n"
        "In this sample, itch eased in 75% of the wearers.\n\n"
        "Gloves eased itch in made-up farmers before [3]. "
        "In the present casuistic, redness was reduced in 58.3% of wearers. "
        "In the present series, blisters were found in 16.7%.\n"
    )
    assert flagged(text) == []


def test_this_sample_after_a_cited_sentence_may_be_the_cited_one():
    text = STUDY + (
        "Discussion\n\n"
        "Roe followed made-up farmers in Examplia [3]. "
        "In this sample, itch eased in 75% of the wearers.\n"
    )
    assert flagged(text) == ["In this sample, itch eased in "]


def test_in_our_casuistic_announces_the_studys_own_cases_in_the_discussion():
    text = STUDY + (
        "Discussion\n\n"
        "In our casuistic, the made-up gloves were worn by every participant. "
        "Relief from an invented ointment was seen in approximately 10% of cases, within "
        "a week.\n\n"
        "In our casuistic, the made-up gloves were worn by every participant. "
        "Roe found relief in 10% of cases [3]. Itch is known to recur in 20% of cases.\n"
    )
    assert flagged(text) == ["Itch is known to recur in 20% "]


def test_a_share_of_the_studys_own_people_told_again_is_theirs():
    text = STUDY.replace(
        "Two patients left the study early.", "Blisters were found in 3 patients (25%)."
    ) + (
        "Discussion\n\n"
        "Gloves eased itch in made-up farmers before [3]. "
        "Blisters had to be lanced in 25% of patients. "
        "Roe saw blisters in farmers [4]. "
        "Blisters were lanced in 25% of children at an invented school.\n"
    )
    # the same share of other people, or of people the study never counted, keeps its flag
    assert flagged(text) == ["Blisters were lanced in 25% of"]


def test_a_past_verb_goes_on_with_the_series_our_series_announced():
    text = STUDY + (
        "Discussion\n\n"
        "In our series of twelve farmers, the made-up gloves were worn by all. "
        "The invented route represented 52.8% of the wearers, the made-up one 47.2%. "
        "Frost itch affects 20% of made-up farmers in winter. Roe saw it in Examplia [3].\n"
    )
    # the present tense turns to what is known, which keeps its flag
    assert flagged(text) == ["Frost itch affects 20% of made"]


def test_a_study_with_its_topic_between_is_others_even_after_our_finding():
    text = STUDY + (
        "Discussion\n\n"
        "We observed that redness eased in most wearers (Figure 2). "
        "Blisters changed slower than redness (4.6%). "
        "A recent study of made-up farms found that wool was associated with less itch.\n"
    )
    assert flagged(text) == ["A recent study of made-up farm"]
