"""Stances state no fact: recommendations, calls for research, gaps in what is known, aims,
limitations and what knowing something is for are not flagged as uncited factual claims
(issue 14, stop 56).

A stance that carries a borrowed fact stays flagged: the fact in a clause of its own or
behind a reason ("since ..."), a source named as the one who recommends, a figure or a year.

Sentences are written for these tests (no real study is described).
"""

from __future__ import annotations

import pytest
from tracedata import PLACEHOLDER_REFS, flagged

from blinarefs.trace.factual import factual_reasons
from blinarefs.trace.manuscript import trace_manuscript
from blinarefs.trace.provenance import borrowed_reasons
from blinarefs.trace.stances import stance

INTRO = "Introduction\n\nInvented fever is the most common made-up disease of Springfield [1].\n\n"


def _reasons(sentence: str) -> tuple[str, ...]:
    return factual_reasons(sentence) + borrowed_reasons(sentence)


NO_FACT = [
    # recommendations and duties
    "Nurses should screen every adult for the factors associated with invented fever.",
    "It is essential that made-up services follow the guidelines on invented fever.",
    "Made-up clinic policies associated with invented fever must be viewed with caution.",
    "For invented fever plans to work, made-up costs associated with them cannot be overlooked.",
    # calls for research
    "Further studies are needed on the factors associated with invented fever in Springfield.",
    "It is indispensable to develop other studies on invented fever among Examplia nurses.",
    "Future trials could follow the made-up guidelines on invented fever in Springfield.",
    # gaps in what is known
    "Little is known about the made-up costs associated with invented fever in Springfield.",
    "The link between invented fever and made-up rashes is rarely found in the literature.",
    "There is a scarcity of information on the factors associated with invented fever.",
    # what the manuscript sets out to do
    "The made-up costs of invented fever will be discussed, and recommendations will be given.",
    # limitations
    "A limitation of this study is that the invented factors were associated with recall.",
    "Among the study limitations: made-up visits resulted in a short follow-up in Springfield.",
    # what knowing this is for
    "Knowing the factors associated with invented fever can support made-up prevention plans.",
    "Awareness about the factors associated with invented fever may help Springfield nurses.",
    "Lastly, knowing the factors associated with invented fever is important to guide plans.",
]


@pytest.mark.parametrize("sentence", NO_FACT)
def test_a_stance_states_no_fact(sentence):
    assert _reasons(sentence), "the sentence reads as factual by words alone"
    assert stance(sentence, _reasons(sentence))


# the finding words are English: a reason is given here as the reader would give one
ELSEWHERE = [
    ("Os enfermeiros devem conhecer os fatores associados à febre inventada.", "recommends"),
    ("É fundamental que os serviços conheçam os fatores associados à febre.", "recommends"),
    ("Novos estudos são necessários sobre os fatores associados à febre.", "calls for"),
    ("Los enfermeros deben conocer los factores asociados a la fiebre inventada.", "recommends"),
    ("Conocer los factores asociados a la fiebre puede ayudar a los enfermeros.", "says what"),
    ("Uma limitação deste estudo foi a memória dos fatores associados à febre.", "tells"),
]


@pytest.mark.parametrize(("sentence", "kind"), ELSEWHERE)
def test_a_stance_in_portuguese_or_spanish(sentence, kind):
    assert stance(sentence, ("reported finding 'associad'",)).startswith(kind)


def test_due_to_in_portuguese_or_spanish_is_no_duty():
    for sentence in ("A febre deve-se aos fatores associados.", "La fiebre se debe a factores."):
        assert stance(sentence, ("reported finding 'associad'",)) == ""


STILL_FACTS = [
    # the brief's own: a recommendation with a borrowed reason
    "Nurses should screen every adult, since screening reduced invented deaths by 40%.",
    "Managers should support nurses, as made-up resilience was associated with less fever.",
    # the fact in a clause of its own, before the stance
    "Invented fever is associated with made-up rashes; thus, its treatment should cover both.",
    "Made-up azides are known to be unstable, therefore it is essential that they are cooled.",
    "Made-up screening increases detection and should help Springfield clinics.",
    "If invented fever is associated with rashes, as has been shown previously, then it should "
    "spread.",
    # a source named as the one who recommends
    "Guidelines recommend made-up tablets since they reduced invented deaths.",
    "Current guidelines state that nurses should screen adults associated with invented fever.",
    "Roe et al. argued that made-up clinics must report every case associated with fever.",
    "A recent study reported that made-up items should be added to the invented scale.",
    "Under the invented guidelines, nurses must treat adults associated with made-up fever.",
    "Annual made-up vaccination is recommended for adults associated with invented fever.",
    "There is strong evidence that invented tablets must be avoided, as reported in Examplia.",
    "Segundo as diretrizes, os enfermeiros devem tratar os casos associados à febre.",
    "Invented fever is associated with rashes: thus, made-up clinics should treat both.",
    "Although made-up tablets reduced invented fever, little is known about their costs.",
    "However, although made-up tablets are known to work, little is known about their cost.",
    "Invented fever is not fully understood, although it has been suggested that rashes matter.",
    # a figure or a year
    "Nurses should treat 40% of made-up cases associated with invented fever.",
    "Since 2019, Springfield nurses must report cases associated with invented fever.",
    # no stance at all
    "Other studies have shown that made-up tablets reduced invented fever.",
    "It should be noted that invented fever is associated with made-up rashes.",
]


@pytest.mark.parametrize("sentence", STILL_FACTS)
def test_a_borrowed_fact_stays_a_fact(sentence):
    assert stance(sentence, _reasons(sentence)) == ""


def test_the_claims_reader_keeps_the_stance_as_its_reason():
    text = INTRO + (
        "Discussion\n\nFurther studies are needed on the factors associated with invented "
        "fever. Invented fever was associated with made-up rashes in Examplia.\n"
    )
    trace = trace_manuscript(text, PLACEHOLDER_REFS, body_end=len(text))
    first = next(c for c in trace.claims if c.text.startswith("Further"))
    assert not first.needs_citation
    assert first.reason == (
        "no marker; calls for further research ('Further studies are needed'): no fact to source"
    )
    assert flagged(text) == ["Invented fever was associated "]


def test_a_recommendation_with_a_borrowed_reason_is_still_flagged():
    text = INTRO + (
        "Discussion\n\nNurses should screen every adult, since screening reduced invented "
        "deaths by 40%. Nurses should screen every adult for factors associated with fever.\n"
    )
    assert flagged(text) == ["Nurses should screen every adu"]


# one wording of a guideline for both readers (provenance.IN_GUIDELINES): where the claims
# reader keeps "guidelines" as a borrowed cue because the sentence places itself in them, the
# stance reader takes them as the source that recommends, not as the authors' own stance
IN_THE_GUIDELINES = [
    "Made-up clinics should comply with the national guidelines on invented fever.",
    "Nurses should act consistently with the invented recommendations on fever.",
    "Under the invented guidelines, nurses must treat adults associated with made-up fever.",
]


@pytest.mark.parametrize("sentence", IN_THE_GUIDELINES)
def test_a_guideline_placed_is_a_source_for_both_readers(sentence):
    assert any("guideline" in b or "recommendation" in b for b in borrowed_reasons(sentence))
    assert stance(sentence, _reasons(sentence)) == ""


def test_advice_about_guidelines_is_still_a_stance():
    # the authors' advice about guidelines: no borrowed cue, and a stance
    sentence = "Recommendations should also include made-up clinics associated with fever."
    assert not borrowed_reasons(sentence)
    assert stance(sentence, ("reported finding 'associated with'",)).startswith("recommends")
