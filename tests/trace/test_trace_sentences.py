"""Sentence splitting: abbreviations, P values and decimals do not end a sentence; a
flattened superscript after a full stop belongs to the sentence it closes."""

from __future__ import annotations

import pytest

from blinarefs.trace.decode import decode_citations
from blinarefs.trace.sentences import split_paragraphs, split_sentences


def sentences(text: str, refs=()):
    return [s.text for s in split_sentences(text, decode_citations(text, refs))]


@pytest.mark.parametrize(
    "text",
    [
        "Bassan et al. report a rate of 93% (P < .001) in adults.",
        "Blinatumomab vs. chemotherapy gave 7.7 vs 4.0 months of survival.",
        "Several trials, e.g. E1910, and others, i.e. AALL1731, were positive.",
        "As in Fig. 2 and Dr. Smith's study, the HR was 0.71 (95% CI 0.55-0.93).",
        "M. R. Litzow and J. Smith wrote it.",
    ],
)
def test_abbreviations_and_decimals_do_not_end_a_sentence(text):
    assert sentences(text) == [text]


def test_superscript_after_full_stop_stays_with_its_sentence():
    text = "It beat chemotherapy.2 In March 2018 it was approved.3 What next? Nobody knows!"
    assert sentences(text) == [
        "It beat chemotherapy.2",
        "In March 2018 it was approved.3",
        "What next?",
        "Nobody knows!",
    ]


def test_paragraphs_and_headings():
    text = "# Results\nIt worked. It was safe.\n\nA new paragraph\nwrapped over lines.\n"
    paras = split_paragraphs(text)
    assert [p.text for p in paras] == [
        "# Results",
        "It worked. It was safe.",
        "A new paragraph\nwrapped over lines.",
    ]
    spans = split_sentences(text)
    assert [s.paragraph for s in spans] == [0, 1, 1, 2]
    for s in spans:
        assert text[s.start : s.end] == s.text


def test_a_paragraph_a_line_as_word_saves_plain_text():
    # Word's and LibreOffice's "Save as text" write each paragraph on one line, with no
    # blank line between: a heading then an unwrapped paragraph are two paragraphs, while
    # a block wrapped by hand stays one
    long = "Drug X improved survival in adults in a made-up trial of the tests. " * 3
    text = f"Results\n{long.strip()}\nA second paragraph.\n\nA short block\nwrapped by hand.\n"
    paras = split_paragraphs(text)
    assert [p.text for p in paras] == [
        "Results",
        long.strip(),
        "A second paragraph.",
        "A short block\nwrapped by hand.",
    ]
    for p in paras:
        assert text[p.start : p.end] == p.text


def test_a_short_document_a_paragraph_a_line_keeps_its_title_and_headings_apart():
    # a short document saved as text (no line long enough to show the form): a title or a
    # heading with no full stop above a capital is a paragraph of its own, not the start of
    # the first sentence; lines wrapped by hand stay one paragraph
    text = (
        "An invented study of drug X\nMethods\nWe gave drug X to forty made-up adults in a"
        " trial held in a made-up town.\nThe trial ran for two years in three clinics.\n\n"
        "A short block\nwrapped by hand.\n"
    )
    paras = split_paragraphs(text)
    assert [p.text for p in paras] == [
        "An invented study of drug X",
        "Methods",
        "We gave drug X to forty made-up adults in a trial held in a made-up town.\n"
        "The trial ran for two years in three clinics.",
        "A short block\nwrapped by hand.",
    ]
    for p in paras:
        assert text[p.start : p.end] == p.text
    assert split_sentences(text)[2].text.startswith("We gave")


def test_a_wrapped_line_cut_before_a_capital_is_not_a_heading():
    text = (
        "Drug X was given to made-up adults in clinics across the country of\n"
        "Testland for two years, and none of them came to harm in the trial.\n"
    )
    assert len(split_paragraphs(text)) == 1


@pytest.mark.parametrize("bullet", ["• ", "◦ ", "▪ ", "- ", "* ", "– ", "•\t"])
def test_a_list_items_bullet_is_not_part_of_its_sentence(bullet):
    # each copy of one manuscript prints a list's bullet its own way (Word "•", Pandoc's
    # plain "- "): the sentence, and a claim quoted from it, is the item's words alone
    text = f"Springfield grew.\n\n{bullet}Examplia moss covered 30% of the bog. It spread."
    assert sentences(text) == [
        "Springfield grew.",
        "Examplia moss covered 30% of the bog.",
        "It spread.",
    ]


def test_a_lists_numbers_a_minus_and_a_dash_inside_a_sentence_stay():
    # a list's number is a label a reader cites ("item 2."), a minus sign is the number's,
    # and a dash that starts no paragraph is punctuation
    text = "1. Roe counted 40 mosses.\n\n-5 °C froze the bog.\n\nDoe saw - as Roe did - 12 more."
    assert sentences(text) == [
        "1.",
        "Roe counted 40 mosses.",
        "-5 °C froze the bog.",
        "Doe saw - as Roe did - 12 more.",
    ]
