"""Flattened superscripts a copy left padded between two sentences: where the markup held a
space beside the raised number's own (a Word file shows "rare. ⁷ Others" with a raised space
on each side), its text export writes "rare.  7  Others", two spaces either side. They
are read as one space sets them ("rare. 7 Others", test_trace_between_sentences.py);
counts and labels there stay numbers.

Passages are written for these tests; the references are placeholders with a number only.
"""

from __future__ import annotations

from tracedata import placeholder_refs as refs

from blinarefs.trace.candidates import WEAK, Candidate
from blinarefs.trace.checks import check_trace
from blinarefs.trace.clause_end import between_sentences, padding_before
from blinarefs.trace.decode import decode_citations
from blinarefs.trace.manuscript import trace_manuscript

# cited in no order of their numbers: a list numbered alphabetically, where the order of
# first citations tells nothing and how the digits sit must
PADDED = (
    "A dieta das crianças de Springfield mudou nos últimos anos.  2  ,  7  O consumo de "
    "açúcar em Examplia cresceu.  10  Estudos em Roe mostram o mesmo padrão.  4  A obesidade "
    "infantil aumentou em Doe.  1  ,  9  Os escolares comem mais doces.  5  As intervenções "
    "na escola funcionam.  11  A renda das famílias explica parte do efeito.  3  ,  8  O "
    "guia alimentar recomenda menos açúcar.  6  Faltam estudos de longo prazo."
)
CITED = [(2, 7), (10,), (4,), (1, 9), (5,), (11,), (3, 8), (6,)]
AUTHORS = ("Abbot", "Baker", "Carter", "Dixon", "Ellis", "Foster", "Grant", "Hughes", "Irving",
           "Jones", "Kemp")  # fmt: skip
LISTED = "\n\nReferências\n" + "\n".join(
    f"{k}. {name} A, Examplia B. Um estudo inventado sobre a dieta. Rev Exemplo. {2000 + k};"
    f"{k}:{k}0-{k}9."
    for k, name in enumerate(AUTHORS, 1)
)


def test_padded_superscripts_between_sentences_are_read() -> None:
    trace = trace_manuscript(PADDED + LISTED)
    assert [tuple(sorted(c.numbers)) for c in trace.citations] == CITED
    assert not [f for f in check_trace(trace) if f.code == "uncited-reference"]


def test_the_same_text_spaced_once_reads_the_same() -> None:
    trace = trace_manuscript(PADDED.replace("  ", " ") + LISTED)
    assert [tuple(sorted(c.numbers)) for c in trace.citations] == CITED


def _at(text: str, digits: str) -> Candidate:
    start = text.rindex(digits)
    return Candidate(start, start + len(digits), "flattened", WEAK, (int(digits),))


def test_padding_before_reaches_back_over_two_or_three_spaces() -> None:
    text = "rare.  7"
    assert padding_before(text, text.index("7")) == text.index(".") + 1
    text = "rare.   7"
    assert padding_before(text, text.index("7")) == text.index(".") + 1
    text = "rare. 7"
    assert padding_before(text, text.index("7")) == text.index(".") + 1
    text = "rare.     7"  # a gap wider than any copy's padding: only the space before it
    assert padding_before(text, text.index("7")) == text.index("7") - 3


def test_padded_between_sentences_needs_a_word_stop_and_a_new_sentence() -> None:
    for yes in ("The disease is rare.  7  Others disagree.", "The disease is rare.  7 \nNext"):
        assert between_sentences(yes, _at(yes, "7")), yes
    for no, digits in (
        ("The mice were kept in groups.  4  mice died.", "4"),  # a count starts no sentence
        ("The result is in Table 2.  3  The rest", "3"),  # after a label's number
        ("The disease is rare,  7  Others", "7"),  # after a comma
        ("As shown in Fig.  3  The rest", "3"),  # a label's abbreviation
        ("The disease is rare.  2) About half", "2"),  # a list item's label
    ):
        assert not between_sentences(no, _at(no, digits)), no


# a writer who types two spaces after each full stop, and counts at a sentence's start
TYPED_TWO_SPACES = (
    "Doe and Roe described the first cases in Springfield.1,2  Their report was brief.3  "
    "In 2019.  5 patients were seen in a clinic of Examplia.  The rash spared the dermis.4  "
    "Steroids were given to all of them.5  Most recovered within weeks.6  Some relapsed.7"
)


def test_counts_after_a_typed_double_space_stay_numbers() -> None:
    found = [c.numbers for c in decode_citations(TYPED_TWO_SPACES, refs(8))]
    assert found == [(1, 2), (3,), (4,), (5,), (6,), (7,)]
