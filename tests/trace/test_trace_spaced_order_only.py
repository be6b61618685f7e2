"""A number after a space in mid-clause, before the word the clause goes on with ("the
tool Sorter 21 for", "of KNQ3 14 and", "antagonists (abc) 15 together"), where the copy
kept the space before a superscript: only the order of first citations can take it, in
a manuscript that glues its other superscripts as in one that spaces them. A count, a
label's number, a small number and a repeat stay text.

Passages are written for these tests; the references behind them are placeholders with a
number only (no bibliographic facts).
"""

from __future__ import annotations

from blinarefs.model import Reference
from blinarefs.trace.decode import decode_citations
from blinarefs.trace.spaced import spaced_order_only


def cited(text: str, size: int = 30) -> list[tuple[int, ...]]:
    refs = [Reference(id=f"r{k}", number=k) for k in range(1, size + 1)]
    return [c.numbers for c in decode_citations(text, refs)]


def offered(text: str, run: str) -> bool:
    start = text.index(f" {run}") + 1
    return spaced_order_only(text, start, start + len(run)) is not None


# A manuscript whose superscripts a copy glued to the words before them
GLUED = (
    "Kinases steer cell division.1 Their loss stalls growth.2,3 Some act at the spindle,4 "
    "others at the checkpoint.5 They are old,6 and they are many.7-9 Their targets are "
    "known.10,11 Yet how they choose them is not.12 "
)


def test_a_spaced_number_that_brings_in_the_next_one_is_a_citation_in_a_glued_text():
    text = GLUED + (
        "Reads were aligned with the tool Sorter 13 with default settings. Methylation of "
        "KNQ3 14 and loss of DRP2B 15 have been seen in tumours. Both blockers (ZQ-1) 16 "
        "together abolished the current. Values were scaled by the method of moments 17 as "
        "before.18"
    )
    assert cited(text) == [
        *((1,), (2, 3), (4,), (5,), (6,), (7, 8, 9), (10, 11), (12,)),
        *((n,) for n in range(13, 19)),
    ]


def test_a_spaced_number_after_a_programs_version_is_a_citation_where_the_clause_goes_on():
    text = GLUED + (
        "Reads were mapped with Mapper version 0.12.7 13 and counted with Counter v2.1 14 ( "
        "Figure 2). Then Tool v3.0 15 patients were scored.16"
    )
    assert cited(text)[8:] == [(13,), (14,), (16,)]  # "15 patients" counts patients


def test_counts_labels_small_numbers_and_repeats_after_a_space_stay_text():
    text = GLUED + (
        "Cells were kept for 13 to 15 days. We studied a group of 20 with diabetes. The "
        "screen used protocol 2 with minor changes. Mice received drug 13 and drug 14 in "
        "turn. The tool Sorter 7 with default settings was run again.13"
    )
    assert cited(text)[-1] == (13,)
    assert len(cited(text)) == 9


def test_a_things_label_the_text_names_again_with_its_word_stays_text():
    # a compound's number, as chemistry prints it after its name, twice with that name
    twice = GLUED + (
        "Heating the bromide 13 with base gave an alkene; the bromide 13 with acid gave none."
    )
    assert cited(twice)[8:] == []
    once = GLUED + "Heating the bromide 13 with base gave an alkene; acid gave none."
    assert cited(once)[8:] == [(13,)]


def test_the_reading_is_offered_only_in_mid_clause_after_a_word():
    assert offered("the tool Sorter 21 for reads", "21")
    assert offered("methylation of KNQ3 57 and loss", "57")
    assert not offered("the tool Sorter 7 for reads", "7")  # a small number: a label's
    assert not offered("a group of 20 with diabetes", "20")  # a count after its governor
    assert not offered("compounds 12 and 13 were made", "12")  # a label listed with another
    assert not offered("it rose. 21 for reads", "21")  # no word right before it
    # Portuguese and Spanish "sobre" (on) and "como" (as) go on after a citation too
    assert offered("um estudo de caso 19 sobre o trabalho", "19")
    assert offered("a dificuldade para comer 11 como a dor", "11")
    assert not offered("um estudo de caso 3 sobre o trabalho", "3")  # a small number


# A Portuguese manuscript whose superscripts a copy spaced after their punctuation
SPACED_PT = (
    "As corujas caçam à noite. 1 Os ratos fogem delas. 2,3 O estudo foi feito em "
    "Springfield. 4 As aves usam celeiros. 5 Elas migram pouco. 6 Os ninhos são antigos. "
    "7-9 As presas são muitas. 10,11 O inverno é duro. 12 "
)


def test_portuguese_and_spanish_prepositions_go_on_after_a_citation_too():
    # before: only "como" and "sobre" were read so, and these three were text
    text = SPACED_PT + (
        "O consumo de gordura saturada 13 na dieta das corujas foi medido. O documento 14 "
        "em que as aves aparecem é antigo. Uma revisão ampla 15 com dados de Springfield "
        "confirmou isso. Os ratos fogem. 16"
    )
    assert cited(text)[8:] == [(13,), (14,), (15,), (16,)]
    assert offered("el consumo de grasa saturada 21 en la dieta", "21")
    assert offered("a revisão ampla 21 para os ninhos", "21")


def test_counts_before_a_portuguese_preposition_stay_text():
    text = SPACED_PT + (
        "A colônia passou de 15 para 20 ninhos. Dos 40 ratos, 12 com febre morreram. O "
        "grupo 13 com febre sobreviveu. O total subiu de 11 em 2030 para 14 em 2031. Os "
        "ratos fogem. 13"
    )
    assert cited(text)[8:] == [(13,)]


def test_a_spaced_group_of_small_numbers_is_offered_as_no_count_is_printed_so():
    assert offered("a unique therapeutic niche 7,8 in that they bind", "7,8")
    assert not offered("the tool Sorter 7 for reads", "7")  # one small number: a label's
    text = GLUED + "Such bodies hold a unique niche 13,14 in that they bind twice."
    assert cited(text)[8:] == [(13, 14)]


# A manuscript that prints each superscript after the comma of the item it supports, and
# a copy that spaced them: "in rice, 11 maize, 12 and"
SERIES = GLUED + (
    "The loss was seen in many crops, including rice, 13 maize, 14 millet, 15 and wheat."
    " It was tied to a shorter season, 16 consistent with earlier field work, 17 later "
    "confirmed in trials.18"
)


def test_a_spaced_number_after_an_items_comma_that_brings_in_the_next_one_is_a_citation():
    assert cited(SERIES)[8:] == [(n,) for n in range(13, 19)]


def test_a_count_after_an_opening_phrase_or_out_of_turn_after_a_comma_stays_text():
    text = GLUED + (
        "Of the 40 plots sown, 13 failed. After screening, 13 articles remained; in the "
        "end, 25 were read. In the first season, 14 plots were lost.13"
    )
    assert cited(text)[8:] == [(13,)]
    assert not offered("Of the 40 plots sown, 13 failed", "13")
    assert not offered("The loss was seen in rice, 7 maize", "7")  # small: a count's
    assert offered("The loss was seen in rice, 13 maize", "13")


# Counts listed after counts, with their nouns or units: the list's other items count too
COUNTS = [
    ("Doses were given at 30 min, 30 min, 13 min and 60 min before the test", "13"),
    ("We saw 40 adults (six women, 13 men) with the rash", "13"),
    ("Of 50 cases (19 with fever, 13 with rash and 18 with both) none died", "13"),
    ("In the Methods Of the 44 plots, 13 reported losses", "13"),
    ("The drug was given at 50 mM, 24 h before harvest", "24"),
    ("The fold holds 20 alpha helices, 13 beta strands and loops", "13"),
    ("Lysates ran on a Mini Gel, 15 well, 30 µl, at 4 C", "15"),
    ("The cells were counted, 13 hours after plating", "13"),
    ("The ward in the north held patients, 13 men, one woman and a child", "13"),
]


def test_a_count_listed_with_other_counts_after_a_comma_stays_text():
    for passage, run in COUNTS:
        assert not offered("It rose. " + passage, run), passage
    for passage, _ in COUNTS[:4]:
        assert cited(GLUED + passage + ".14")[8:] == [(14,)], passage


def test_a_series_cited_item_by_item_after_its_commas_is_still_offered():
    assert offered(SERIES, "14")  # "13 maize" before it: the series' own, rising by one
    assert offered(SERIES, "13")  # "14 millet" after it
    assert offered("It rose. Seen in rice, 13,14 maize, 16 millet, 17 and wheat", "16")
    # one cited before comes back, and a citation after a sentence opens the item before
    assert offered("It rose. Risks include obesity, 59 smoking, 55 and age", "55")
    assert offered("It rose.33 Cells 33 act in growth by fostering evasion, 34 repair", "34")
