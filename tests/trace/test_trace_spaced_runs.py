"""Superscripts a journal prints after the sentence's full stop, each number raised alone,
so that a flattened copy spaces them ("in Springfield. 3 4 Then"): one citation of them
all, and the sentence before is the one they support. Labels, counts, years and numbers
that do not rise stay numbers.

Passages are written for these tests; the references are placeholders with a number only.
"""

from __future__ import annotations

from tracedata import placeholder_refs as refs

from blinarefs.trace.candidates import MEDIUM, WEAK
from blinarefs.trace.decode import decode_citations
from blinarefs.trace.manuscript import trace_manuscript
from blinarefs.trace.sentences import split_sentences
from blinarefs.trace.spaced_runs import with_spaced_runs

AFTER_THE_STOP = (
    "Orchard fever encompasses both the mild and the severe forms, 1 ranking third among "
    "the diseases of Springfield. 2 This raises the cost of care for the town. Hence the "
    "ongoing study of the fever is crucial.\n\n"
    "The fever, with its recurrent bouts, affects about one in ten people of Examplia. 3 "
    "Several studies report more "
    "cases among orchard workers. 4 5 6 7 Hence further work on its cause is needed. 8 The "
    "bouts were first described in Springfield. 9 10 Later work in Examplia confirmed "
    "them. 11 Roe and Doe found the same. 4 12 13 The cause is still unknown. 14\n\n"
    "In summary, the fever is common in orchards. 15 16"
)


def test_runs_after_the_full_stop_are_one_citation_each() -> None:
    found = [c.numbers for c in decode_citations(AFTER_THE_STOP, refs(20))]
    assert found == [
        (1,),
        (2,),
        (3,),
        (4, 5, 6, 7),
        (8,),
        (9, 10),
        (11,),
        (4, 12, 13),
        (14,),
        (15, 16),
    ]


def test_the_run_belongs_to_the_sentence_before() -> None:
    cites = decode_citations(AFTER_THE_STOP, refs(20))
    sentences = [s.text for s in split_sentences(AFTER_THE_STOP, cites)]
    assert "Several studies report more cases among orchard workers. 4 5 6 7" in sentences
    assert "Roe and Doe found the same. 4 12 13" in sentences
    assert "The bouts were first described in Springfield. 9 10" in sentences
    assert "Hence further work on its cause is needed. 8" in sentences  # one number too
    assert not any(s.startswith(("4 ", "9 ", "8 ")) for s in sentences)


def test_three_runs_make_the_habit() -> None:
    runs = [c for c in with_spaced_runs(AFTER_THE_STOP, []) if c.numbers]
    assert [c.numbers for c in runs] == [(4, 5, 6, 7), (9, 10), (4, 12, 13), (15, 16)]
    assert {c.strength for c in runs} == {MEDIUM}
    one = "Cases rose among orchard workers. 4 5 The rest were town dwellers."
    assert [c.strength for c in with_spaced_runs(one, [])] == [WEAK]


def test_labels_counts_and_years_are_no_runs() -> None:
    for text in (
        "First mix the dough. 2 Next step: bake it.",  # a numbered list's one label
        "The mice were kept in groups. 12 15 patients were seen.",  # counts before a noun
        "It was rare. 3 1 Then it spread.",  # not rising
        "It was rare. 5 5 Then it spread.",  # a number twice
        "The survey ran in Springfield. 2019 2020 Then it ended.",  # years
        "The dose was raised, 4 5 Then it fell.",  # no full stop before them
        "Values were 3 4 5 in Springfield.",  # in mid-clause
        "It was rare. 3 4.5 Then it spread.",  # a decimal
        "See the table. 0 1 Then the rest.",  # no reference number 0
        "As drawn in Fig. 3 4 The rest is plain.",  # a label's abbreviation
        "It spread without DIC, 2 3 several towns were hit.",  # a comma, and no habit
    ):
        assert with_spaced_runs(text, []) == [], text


def test_a_bracketed_manuscript_reads_as_before() -> None:
    text = "Cases rose in Springfield [1]. Roe found the same [2, 3]. 4 5 Then it fell."
    found = [c.numbers for c in decode_citations(text, refs(10))]
    assert found == [(1,), (2, 3)]  # a bracket text's spaced digits are no superscripts


def test_after_an_acronym_or_an_aside_and_after_a_comma_where_the_habit_holds() -> None:
    text = (
        "The fever is common in ORF. 4 5 Later work confirmed it. 6 7 The bouts (in "
        "NW). 8 9 Roe found it rare in Examplia, 10 11 although it spread. 12 13 Then"
    )
    runs = with_spaced_runs(text, [])
    assert [c.numbers for c in runs] == [(4, 5), (6, 7), (8, 9), (10, 11), (12, 13)]
    assert [c.strength for c in runs] == [MEDIUM, MEDIUM, MEDIUM, WEAK, MEDIUM]


def test_the_claims_reader_sees_the_run_as_the_sentence_befores_markers() -> None:
    claims = trace_manuscript(AFTER_THE_STOP, refs(20), body_end=len(AFTER_THE_STOP)).claims
    opening = {c.text[:30]: c for c in claims}
    assert not opening["Several studies report more ca"].needs_citation
    assert "Hence further work on its caus" in opening  # not "4 5 6 7 Hence ..."
    assert not any(c.text[:1].isdigit() for c in claims)
    assert not [c.text for c in claims if c.needs_citation]
