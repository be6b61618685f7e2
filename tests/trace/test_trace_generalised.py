"""Flattened superscripts in places many journals share: after a year the clause goes on
from, after an abbreviation's full stop before a range.

Passages are written for these tests; the references behind them are placeholders with a
number and a key only (no bibliographic facts).
"""

from __future__ import annotations

from tracedata import placeholder_refs as refs

from blinarefs.trace.decode import decode_citations, decode_markers


def decoded(text: str, size: int = 40) -> list[tuple[str, tuple[int, ...]]]:
    return [(c.marker, c.numbers) for c in decode_citations(text, refs(size))]


def test_a_superscript_glued_to_a_year_where_the_clause_goes_on():
    text = (
        "Falls are common in old age.1 They cost much.2 A survey in 20123 reported more "
        "falls in winter. An earlier review (Moreau 20094) found the same."
    )
    assert decoded(text) == [("1", (1,)), ("2", (2,)), ("3", (3,)), ("4", (4,))]


def test_a_long_number_that_starts_like_a_year_is_no_citation_out_of_order():
    text = "Falls are common.1 They cost much.2 The clinic paid 201299 francs for them."
    assert decoded(text) == [("1", (1,)), ("2", (2,))]


def test_a_range_after_an_abbreviations_full_stop_is_a_citation_not_a_dotted_name():
    # "PU.1-dependent" is a name that goes on; "CN.5-7 Surgery" is a range after a full stop
    text = (
        "Foot ulcers heal slowly.1 Infection follows.2 Bone changes occur.3 Deformity "
        "is frequent in CN.4-6 Surgery helps.7 Relapse is rare after fusion in CN.4,8\n\n"
        "Other causes are known."
    )
    assert decoded(text) == [
        ("1", (1,)),
        ("2", (2,)),
        ("3", (3,)),
        ("4-6", (4, 5, 6)),
        ("7", (7,)),
        ("4,8", (4, 8)),
    ]


def test_a_dotted_name_that_goes_on_stays_a_name():
    text = "Myeloid cells need PU.1 activity.1 Its loss blocks growth.2 PU.1-dependent genes fall.3"
    assert [m for m, _ in decoded(text)] == ["1", "2", "3"]


def test_a_models_terms_named_again_and_again_set_no_habit_over_more_references():
    # Thirty references cited once each as flattened superscripts, in a list numbered
    # alphabetically (the order says nothing), beside a model's twenty terms "(k)", each
    # named twice or more: the references name more numbers, so the superscripts are the
    # manuscript's convention and the terms are no citations.
    order = [7 * k % 31 for k in range(1, 31)]  # 1..30 in no order
    parts = []
    for k, n in enumerate(order):
        term = k % 20 + 1
        parts.append(f"Finding {k} about the wards holds in general.{n}")
        parts.append(f"The model term ({term}) enters as in ({term}).")
    parts += [f"By equation ({k}) we get more." for k in range(1, 21)]
    found = decode_citations(" ".join(parts), refs(30))
    assert sorted(n for c in found for n in c.numbers) == list(range(1, 31))
    assert {c.kind for c in found} == {"superscript"}


def test_a_superscript_after_a_units_square_is_read_after_the_power():
    text = (
        "The dose was high.1 Nausea rose at 120 mg/m22,3. Fatigue followed.4 Its floor "
        "of 12 cm25 was tiled."
    )
    assert decoded(text) == [("1", (1,)), ("2,3", (2, 3)), ("4", (4,))]


def test_of_two_readings_alike_in_order_the_name_seen_alone_wins():
    # "N2O" stands alone; "N2O23" nowhere: the group is 23,25,26, not 25,26 after "N2O23"
    text = (
        "Soils emit gases.1 Nitrous oxide (N2O) is one.2 Wet soils hold carbon.3 Rice emits "
        "methane.4 Many fields were sampled.5 Wet fields emit less N2O3,4,5, because water "
        "keeps air out."
    )
    assert decoded(text)[-1] == ("3,4,5", (3, 4, 5))


def test_a_superscript_after_a_question_mark_or_the_quote_that_closes_one():
    text = (
        "Nets save lives.1 Did the mosquitoes learn to avoid them?2 Some think so.3 Others "
        'asked "are the nets still used?"4 and found they were not.5'
    )
    assert [n for _, n in decoded(text)] == [(1,), (2,), (3,), (4,), (5,)]


def test_a_superscript_after_a_units_or_a_dotted_abbreviations_full_stop():
    text = (
        "Fever is common.1 It cleared after about 10 d.2 Relapse came later.3 Cases rose "
        "in the U.S.4 It was mild at 9 p.i.5 Smith J. wrote so on p.6 of a report."
    )
    assert decoded(text) == [("1", (1,)), ("2", (2,)), ("3", (3,)), ("4", (4,)), ("5", (5,))]


def test_a_superscript_after_a_decimals_or_an_identifiers_punctuation():
    text = (
        "Soils vary.1 Most were tested at pH 7.0,2 and none changed. Reads were joined with "
        "CAP3;3 see Methods. Trees were built (version 1.02;4) with care.5 The fusion "
        "t(9;22) is a translocation, not a citation."
    )
    assert decoded(text) == [("1", (1,)), ("2", (2,)), ("3", (3,)), ("4", (4,)), ("5", (5,))]


def test_a_year_then_a_group_is_no_decimal():
    text = "Insulin was found.1 It was isolated in 1921 and sequenced in 1955.2,3 Then it was made."
    assert decoded(text) == [("1", (1,)), ("2,3", (2, 3))]


def test_a_tight_group_glued_to_a_name_seen_nowhere_else_when_the_whole_run_cannot_be_one():
    # "QRT51,2" could be QRT5 then 1,2 or QRT then 51,2; "KLP92–4" is KLP9 then 2–4
    text = "Cells divide.1 Kinases such as KLP92–4, act early.5 The gene ZNT2"
    assert decoded(text) == [("1", (1,)), ("2–4", (2, 3, 4)), ("5", (5,))]


def test_a_spaced_superscript_after_a_value_where_the_clause_ends():
    # a manuscript that spaces its superscripts: "0.8 5." is a value, then citation 5; a
    # label's number ("Table 1 2") is no value
    text = (
        "Rats were tested for pain 1. Pain rose after injury 2. Sodium channels matter 3. "
        "Their loss blocks pain 4. Nerves adapt to it 5. Drugs help a little 6. We used a "
        "power of 0.8 7. Blockers other than Nav1.7 8. The data are in Table 1 2. Levels "
        "rose from 6.7 to 7.2 9. The study ran again 10."
    )
    assert [m for m, _ in decoded(text, size=10)] == [str(k) for k in range(1, 11)]


def test_superscripts_spaced_after_the_full_stop_set_the_habit_over_a_few_parenthesised_labels():
    # Thirty references in no order, each cited once after a sentence's full stop and a
    # space ("in general. 7 Then"), beside ten "(k)" that name three trials again: the
    # spaced superscripts are the manuscript's convention, the trials' numbers no citations
    order = [7 * k % 31 for k in range(1, 31)]
    parts = []
    for k, n in enumerate(order):
        parts.append(f"Finding {k} about the wards holds in general. {n} Then")
        parts.append(f"as in the trial ({k % 9 + 1}), also here." if k % 3 == 0 else "more came.")
    found = decode_citations(" ".join(parts), refs(30))
    assert sorted(n for c in found for n in c.numbers) == list(range(1, 31))
    assert {c.kind for c in found} == {"superscript"}


def test_a_group_whose_separators_a_copy_spaced_after_a_word_or_a_year():
    text = (
        "Hepatitis C is common.1 It kills many.2 It is a cause of liver transplantation "
        "3 , 4.\n\nThe country aims to end it by 2030 5 , 6. It rose in 2019 7 times."
    )
    assert decoded(text) == [("1", (1,)), ("2", (2,)), ("3 , 4", (3, 4)), ("5 , 6", (5, 6))]


def test_a_superscript_after_a_two_letter_acronym_or_a_quote_in_parentheses():
    text = (
        "Trials were pooled.1,2 Cases rose in the US3,4 and fell in the UK.5-9 Many more "
        "came.10 They were pooled.11 Cases rose in the US12. We used the summary OR13. Mood "
        "fell in BD14. Teens felt better (“more confident”)15. Gas was lost as CO and CO2. "
        "Cells were CD44 high and CD4 or CD8 low; many were CD44."
    )
    assert [n for _, n in decoded(text)][-4:] == [(12,), (13,), (14,), (15,)]


def test_many_superscripts_glued_to_a_full_stop_outvote_more_equation_numbers():
    # Thirty references in no order, each cited once by a superscript glued to a sentence's
    # full stop, beside forty-four equations "(k)" within the list named twice each: the
    # equations name more numbers, but no manuscript that cites in parentheses glues ten
    # superscripts to its full stops
    order = [7 * k % 31 for k in range(1, 31)]
    parts = []
    for k, n in enumerate(order):
        parts.append(f"Finding {k} about the flow holds in general.{n} Then")
        parts.append(f"we solve ({k + 1}) and ({k + 15}) together.")
    found = decode_citations(" ".join(parts), refs(60))
    assert sorted(n for c in found for n in c.numbers) == list(range(1, 31))
    assert {c.kind for c in found} == {"superscript"}


def test_a_spaced_superscript_that_starts_a_sentence_after_a_values_full_stop():
    # a manuscript that prints its superscripts after the full stop and a space: "1.2. 3
    # This" is version 1.2, then citation 3 again; "Table 1. 2 The" stays a label's number
    text = (
        "Pain rose after injury. 1 Sodium channels matter. 2 Their loss blocks pain. 3 "
        "Nerves adapt to it. 4 Drugs help a little. 5 Many trials agree. 6 Some do not. 7 "
        "Runs were checked with Tracer 1.2. 3 This was enough. The data are in Table 1. 2 "
        "The study ran again. 8 It was solved for any number of groups. 4 Then it ended."
    )
    expected = [*(str(k) for k in range(1, 8)), "3", "8", "4"]
    assert [m for m, _ in decoded(text, size=12)] == expected


def test_a_superscript_glued_to_a_decade():
    text = "Trials were pooled.1 It was used in the 1980s2, and again in the 1990s3. Then 4 came."
    assert decoded(text) == [("1", (1,)), ("2", (2,)), ("3", (3,))]


def test_a_word_with_an_accent_is_seen_standing_alone():
    # "Saúde" stands alone elsewhere ("a saúde"), so "Saúde4" is not weighed as a gene symbol
    text = (
        "O câncer mata.1 As mulheres morrem.2 O Ministério da Saúde3 preconiza exames. A "
        "saúde da mulher importa.4"
    )
    decisions = decode_markers(text, refs(5)).decisions
    saude = next(d for d in decisions if text[: d.candidate.start].endswith("Saúde"))
    assert saude.accepted
    assert not any("Saúde" in reason for reason in saude.candidate.why)


def test_a_printed_superscript_after_a_name_that_ends_in_digits_is_a_citation():
    """A clause's end after "COVID-19", "IL-6" or "GC" is where a citation sits; a power
    sits on a number, a unit or a one-letter variable or residue. Cited in no order, as a
    list numbered alphabetically is, so the order cannot vouch for them."""
    text = (  # written for the test
        "Hospital stays grew during COVID-19^31^. Fever came with high IL-6^4^, and with "
        "low GC^27^. Cultures held 10^6^ cells on 4 cm^2^. Residues S^88^ and T^92^ were "
        "changed. The fit had R^2^ = 0.9, as before.^12^ Its mean was 0.4^35^."
    )
    assert decoded(text) == [
        ("^31^", (31,)),
        ("^4^", (4,)),
        ("^27^", (27,)),
        ("^12^", (12,)),
        ("^35^", (35,)),
    ]


def test_a_printed_superscript_group_spelt_in_words_or_with_a_figure_dash():
    """An article whose ranges are printed "^6 a 8^" (Portuguese, Spanish) or with a figure
    dash lost every one of them: most of its markers, when it cites in ranges."""
    text = (  # written for the test
        "Cells divide.^1 a 3^ They move.^4 e 5^ They stop.^6‒8^ They die.^9 to 10^ "
        "They rest.^11, 12 y 14^"
    )
    assert [n for _, n in decoded(text)] == [
        (1, 2, 3),
        (4, 5),
        (6, 7, 8),
        (9, 10),
        (11, 12, 14),
    ]


def test_brackets_glued_to_words_in_a_list_numbered_in_no_order():
    """A manuscript that glues its brackets to the word before ("studies[18,28]") cites;
    a statistic's or a variable's brackets ("F[1,12]", "t[23]") do not. Cited in no order,
    as a list numbered alphabetically is, so the order cannot vouch for them."""
    text = (  # written for the test
        "Sealers bond well to dentin[24]. Bioceramics release calcium[1,24]. Others disagree, "
        "as Zehnder[19] noted. Earlier studies[18,28] found the same. The groups differed, "
        "F[1,12] = 4.2, and t[23] = 2.1 in the apical third[7]."
    )
    assert [m for m, _ in decoded(text)] == ["[24]", "[1,24]", "[19]", "[18,28]", "[7]"]


def test_a_manuscript_that_mixes_conventions_by_paragraph_loses_no_marker():
    """Printed superscripts in one paragraph, brackets and parentheses in the others, in a
    list numbered in no order: the parentheses cite ten references nothing else cites, a
    second habit of the manuscript, not equations beside its superscripts."""
    order = [17, 3, 29, 8, 22, 11, 26, 1, 14, 20, 5, 30, 12, 24, 9, 2, 27, 16, 6, 19]
    order += [25, 4, 13, 28, 10, 21, 7, 18, 23, 15]
    marks = ("^{}^.", " [{}].", " ({}).")
    text = "\n\n".join(
        " ".join(
            f"Cells of type {chr(65 + k)} behaved as expected here" + marks[p].format(n)
            for k, n in enumerate(order[p * 10 : p * 10 + 10])
        )
        for p in range(3)
    )
    found = decode_citations(text, refs(30))
    assert sorted(n for c in found for n in c.numbers) == list(range(1, 31))
