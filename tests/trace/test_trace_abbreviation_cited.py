"""A species' or a list's abbreviation with its citation inside a sentence ("Examplia spp.
[12] were found in ...", "widgets, gadgets, etc. [5], and ..."): the full stop closes the
abbreviation, not the sentence, which goes on past the citation and keeps it. After any
other word a citation followed by lower case opens the next sentence ("[4] reported").

Passages are written for these tests (no real study is described)."""

from __future__ import annotations

from tracedata import cited

from blinarefs.trace.sentences import split_sentences


def _sentences(text: str, *markers: str) -> list[str]:
    return [s.text for s in split_sentences(text, cited(text, *markers))]


def test_a_species_abbreviation_keeps_its_sentence_and_citation() -> None:
    text = "Examplia spp. [12] were found in the made-up wells. They were rare [13].\n"
    assert _sentences(text, "[12]", "[13]") == [
        "Examplia spp. [12] were found in the made-up wells.",
        "They were rare [13].",
    ]


def test_etc_before_a_citation_and_a_comma_goes_on() -> None:
    text = "Widgets, gadgets, etc. (5), and other devices were counted. Few broke.\n"
    assert _sentences(text, "(5)") == [
        "Widgets, gadgets, etc. (5), and other devices were counted.",
        "Few broke.",
    ]


def test_a_citation_opening_the_next_sentence_after_another_word_stays_there() -> None:
    text = "The goats were weighed. [4] reported the same in sheep.\n"  # guard
    assert _sentences(text, "[4]") == ["The goats were weighed.", "[4] reported the same in sheep."]


def test_etc_closing_a_sentence_still_closes_it() -> None:
    text = "They sold widgets, gadgets, etc. [6] The shop closed in 2030.\n"  # guard
    assert _sentences(text, "[6]")[-1] == "The shop closed in 2030."
