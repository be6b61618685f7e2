"""A word the text follows with 1, 2 and 3 numbers a series of its own ("case 1" to "case
4"): no citation a copy spaced, even in a text that cites so little that the order cannot
tell. Passages written for these tests; the references are placeholders with a number only."""

from __future__ import annotations

from blinarefs.model import Reference
from blinarefs.trace.decode import decode_citations

THIRTY = [Reference(id=f"r{n}", number=n) for n in range(1, 31)]

CASES = (
    "A made-up cluster of a made-up fever was seen (1). A man (case 1) and a woman (case 2,"
    " his aunt) fell ill, while his wife (case 3) and their son (case 4) stayed well. For"
    " case 4, the swab was positive. In this report, case 2 and case 1 fell ill first."
    " Currently, case 4 has no fever. The gut of case 4 may still hold the virus."
)


def test_a_series_of_cases_is_no_citation():
    assert [c.numbers for c in decode_citations(CASES, THIRTY)] == [(1,)]


def test_a_word_before_spaced_citations_that_is_no_series_still_cites():
    text = (
        "A made-up fever spreads in crowded wards 1. It was seen in older patients 2, in"
        " children 3, and in staff 4. Wards with fans spread it less 5. It was seen in"
        " patients with a cough 6."
    )
    assert [c.numbers for c in decode_citations(text, THIRTY)] == [(n,) for n in range(1, 7)]


def test_two_things_named_side_by_side_number_a_series():
    # "study 1 and study 2": no text cites two works so; a copy that glued its citations
    # and cites little must not take the studies' numbers, at clause ends, for spaced ones
    text = (
        "Lice have plagued children for ages.1 Resistance to the usual agents is now common.2"
        "\n\nTwo trials (study 1 and study 2) were run at six sites. Subjects in study 1 and"
        " study 2 were treated once. In study 1, most were girls; in study 2, most were boys."
        " Cure rates were 80% in study 1 and 70% in study 2. No serious adverse event was seen"
        " in study 1. In study 2, one child had a rash. The effect held at every site in study"
        " 2.\n\nOther agents have failed in the past.3 Such lotions are safe in children.4"
    )
    assert [c.numbers for c in decode_citations(text, THIRTY[:8])] == [(n,) for n in range(1, 5)]


def test_a_word_before_citations_in_turn_names_no_pair():
    # "wards 1 ... wards 2": the word again before each, but never "wards 1 and wards 2"
    text = (
        "A made-up fever spreads in crowded wards 1. It was seen in older patients 2, in"
        " open wards 3, and in staff 4. It was seen in patients with a cough 5."
    )
    assert [c.numbers for c in decode_citations(text, THIRTY)] == [(n,) for n in range(1, 6)]


# Two modes of research the text contrasts throughout, each named twice or more
MODES = (
    "As hortas escolares de Springfield cresceram muito na última década. 1 As prefeituras "
    "pedem novos canteiros. 2,3 As regras de rega mudaram pouco. 4 O debate segue aberto "
    "na região. 5 Os grupos de voluntários cresceram. 6\n\n"
    "O cultivo em canteiros (chamado modo 1), de um lado, e o cultivo em vasos (chamado "
    "modo 2), de outro, pedem cuidados próprios. 7 Nas escolas que adotam o modo 2, a rega "
    "é diária. 8 As hortas comunitárias seguem o modo 1 e, por isso, gastam menos água. 9 "
    "Os condomínios preferem o modo 2. 10"
)


def test_a_pair_named_again_and_again_numbers_a_series():
    cited = decode_citations(MODES, THIRTY[:10])
    assert not [c for c in cited if MODES[max(0, c.start - 5) : c.start] == "modo "]
    assert {n for c in cited for n in c.numbers} == set(range(1, 11))


def test_two_citations_after_one_word_once_each_still_cite():
    # guard: "o levantamento 1" and "o levantamento 2" once each are citations
    text = MODES[: MODES.index("\n\n") + 2] + (
        "As hortas secam no verão, como mostra o levantamento 1 e, mais tarde, o "
        "levantamento 2 que usou outra escala. 7"
    )
    cited = decode_citations(text, THIRTY[:7])
    assert [c.numbers for c in cited][-3:] == [(1,), (2,), (7,)]


def test_a_centurys_number_is_no_citation():
    # "durante o século 6,": the century a Portuguese text numbers, where it spaces its
    # superscripts, though the list holds a reference 6 cited before
    text = MODES[: MODES.index("\n\n") + 2] + (
        "As cidades mudaram durante o século 6, quando os mercados cresceram. 7 Hoje, a "
        "tendência segue em Springfield. 8"
    )
    cited = decode_citations(text, THIRTY[:8])
    assert [c.numbers for c in cited][-2:] == [(7,), (8,)]
    assert [n for c in cited for n in c.numbers].count(6) == 1
