"""Sentence splitting, indexing words and ranking, on texts written for these tests."""

from __future__ import annotations

from blinarefs.evidence import retrieve
from blinarefs.evidence.retrieve import SourceIndex, finding_cue
from blinarefs.evidence.text import acronyms, split_source, terms

FULL_TEXT = """# A made-up paper written for blinarefs tests

## Abstract

Here we show that zorbin lowers the level of frobulase in made-up test cells.

## Introduction

Zorbin lowers frobulase in test cells, a made-up molecule in made-up test cells.
Frobulase levels in test cells were measured before (Fig. 1c and d). Zorbin was added later.

## References

Alpha A, Beta BC, Gamma D. A made-up title of a made-up paper. Made-up J. 2030;1:1-2."""


def test_the_abstract_of_a_full_text_is_its_lead_and_references_are_not_sentences():
    split = split_source(FULL_TEXT)
    assert [lead for _, lead in split] == [True, False, False, False]
    assert split[2][0].endswith("(Fig. 1c and d).")  # a bracket closes the sentence
    assert not any("Alpha A, Beta BC" in s for s, _ in split)


def test_a_plain_abstract_heading_leads_one_paragraph():
    text = "Abstract\n\nThe zorbin test text is short here.\n\nA body paragraph of test text."
    assert [lead for _, lead in split_source(text)] == [True, False]


def test_a_verb_and_its_noun_meet():
    assert terms("SAMHD1 inhibits infection") == terms("SAMHD1 inhibition, infects")


def test_names_with_digits_and_greek_letters_meet_in_any_spelling():
    assert terms("IL-6 and PGC-1α") == terms("IL6 and PGC1a")
    assert "cov2" in terms("SARS-CoV-2")


def test_the_sources_own_abbreviations_are_read_from_their_definitions():
    found = acronyms("We measured the frobulase activity level (FAL) of cells (Fig. 2).")
    assert found == {"fal": terms("frobulase activity level")}


def test_an_abbreviation_in_the_claim_finds_its_long_form():
    index = SourceIndex.build(
        "Cells had a high frobulase activity level (FAL) in this made-up test.\n\n"
        "The frobulase activity level was unchanged by zorbin in the made-up test.\n\n"
        "Other made-up cells were grown in a made-up medium."
    )
    best = index.rank("zorbin did not change FAL", weights={})[0]  # the first stage's
    assert "unchanged by zorbin" in best.text


def test_the_lead_and_a_stated_finding_win_a_near_tie(monkeypatch):
    claim = "zorbin lowers frobulase in test cells"
    assert SourceIndex.build(FULL_TEXT).rank(claim, weights={})[0].index == 0
    monkeypatch.setattr(retrieve, "LEAD_SHARE", 0.0)
    monkeypatch.setattr(retrieve, "FINDING_SHARE", 0.0)
    assert SourceIndex.build(FULL_TEXT).rank(claim, weights={})[0].index == 1  # words alone
    assert finding_cue("Taken together, these data suggest a made-up link.")
    assert not finding_cue("Cells were grown in a made-up medium.")


def test_a_full_texts_abstract_is_its_lead_even_before_an_untitled_body():
    from blinarefs.enrich.europepmc import full_text_from_jats

    xml = (
        "<article><front><article-meta><abstract><p>Zorbin lowers frobulase in made-up "
        "test cells.</p></abstract></article-meta></front><body><p>Zorbin was added to "
        "made-up test cells in this text.</p><sec><title>Results</title><p>Frobulase fell "
        "in the made-up test cells.</p></sec></body></article>"
    )
    assert [lead for _, lead in split_source(full_text_from_jats(xml))] == [True, False, False]
