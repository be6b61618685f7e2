"""Flattened superscripts a copy left after a sentence's full stop and a space, in a
manuscript that glues most of its superscripts: "is rare. 7,8 Others" and "is rare. 7,8"
at a paragraph's end, repeats included; labels and counts there stay numbers.

Passages are written for these tests; the references are placeholders with a number only.
"""

from __future__ import annotations

from tracedata import placeholder_refs as refs

from blinarefs.trace.candidates import WEAK, Candidate
from blinarefs.trace.clause_end import between_sentences
from blinarefs.trace.decode import decode_citations

MIXED = (
    "Rashes of this kind were first seen in children.1,2 Only a few adult cases have been "
    "described so far. 3,4 We describe a new one here. The rash was limited to the dermis "
    "and spared the outer layer. 5\n\nThe first adult case was described by a clinic in "
    "the north. 6 They found similar lesions.3 Steroids were effective in most.5 Lesions "
    "cleared with antimalarial drugs. 6,7 Other groups proposed methotrexate instead. "
    "7,8\n\nIn summary, the disease is rare."
)


def test_spaced_after_the_full_stop_in_a_glued_manuscript() -> None:
    found = [c.numbers for c in decode_citations(MIXED, refs(10))]
    assert found == [(1, 2), (3, 4), (5,), (6,), (3,), (5,), (6, 7), (7, 8)]


def _at(text: str, digits: str) -> Candidate:
    start = text.rindex(digits)
    return Candidate(start, start + len(digits), "flattened", WEAK, (int(digits),))


def test_between_sentences_needs_a_word_stop_and_a_new_sentence() -> None:
    yes = "The disease is rare. 7 Others disagree."
    assert between_sentences(yes, _at(yes, "7"))
    ends = "The disease is rare. 7\n\nNext"
    assert between_sentences(ends, _at(ends, "7"))
    for no, digits in (
        ("The mice were kept in groups. 4 mice died.", "4"),  # a count starts no sentence
        ("The result is in Table 2. 3 The rest", "3"),  # after a label's number
        ("The disease is rare, 7 Others", "7"),  # after a comma
        ("As shown in Fig. 3 The rest", "3"),  # a label's abbreviation
        ("The disease is rare. 2) About half", "2"),  # a list item's label
    ):
        assert not between_sentences(no, _at(no, digits)), no


QUOTED = (
    "Rashes of this kind were first seen in children.1,2 One nurse said the rash was “not "
    "like any other.” 3 Only a few adult cases have been described.4 A parent wrote that "
    "“the spots came back at night.” 5 We describe a new one here.6 Others call it “a "
    "harmless rash (in most cases).” 3 The rash spared the outer layer.7"
)


def test_spaced_after_a_quotation_that_ends_its_sentence() -> None:
    # "other.” 3 Only": the superscript after a quotation's closing mark, a copy spaced
    found = [c.numbers for c in decode_citations(QUOTED, refs(10))]
    assert found == [(1, 2), (3,), (4,), (5,), (6,), (3,), (7,)]


def test_a_closing_quote_after_the_stop_is_a_sentence_end() -> None:
    yes = "She said it was “rare.” 7 Others disagree."
    assert between_sentences(yes, _at(yes, "7"))
    no = "She said it was “rare.” 4 mice died."  # a count starts no sentence
    assert not between_sentences(no, _at(no, "4"))
