"""Decoding as inference over the whole manuscript: every printed form of groups and
ranges, names and statistics that only look like citations, mixed conventions, and the
decisions behind each marker.

Passages are written for these tests; the references behind them are placeholders with a
number and a key only (no bibliographic facts). Gene and strain names are used as words.
"""

from __future__ import annotations

import pytest
from tracedata import FORTY, decoded_markers

from blinarefs.model import Reference
from blinarefs.trace.decode import decode_citations, decode_markers


def decoded(text: str, refs=FORTY, **kw):
    return [(c.marker, c.numbers) for c in decode_citations(text, refs, **kw)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Cited [1]–[4] here.", [("[1]–[4]", (1, 2, 3, 4))]),
        ("Cited [1] - [3] and [4, 5].", [("[1] - [3]", (1, 2, 3)), ("[4, 5]", (4, 5))]),
        ("Cited [1]  –  [4] here.", [("[1]  –  [4]", (1, 2, 3, 4))]),
        ("Cited [1]\n–\n[3] here.", [("[1]\n–\n[3]", (1, 2, 3))]),
        ("Cited [1] x– [3] here.", [("[1]", (1,)), ("[3]", (3,))]),
        ("Cited [1 to 3] here.", [("[1 to 3]", (1, 2, 3))]),
        (
            "Seen in mice (1, 2, 4–6) and rats (3).",
            [("(1, 2, 4–6)", (1, 2, 4, 5, 6)), ("(3)", (3,))],
        ),
        (
            "Seen in mice (1 to 3) and rats (4 and 5).",
            [("(1 to 3)", (1, 2, 3)), ("(4 and 5)", (4, 5))],
        ),
        ("As reviewed in Refs 1–3 and in ref. 4, it works.", [("1–3", (1, 2, 3)), ("4", (4,))]),
        ("It works (reviewed in refs. 1, 2).", [("1, 2", (1, 2))]),
        ("It works in cells.1,2,4-6 It also works.3", [("1,2,4-6", (1, 2, 4, 5, 6)), ("3", (3,))]),
    ],
)
def test_every_printed_form_of_groups_and_ranges(text, expected):
    assert decoded(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "We subtracted a reference 1H spectrum from it.",  # an isotope's mass number
        "It was approved under ethics reference 12/AB/0034 in 2011.",  # an approval's code
        "Only the reference 7-day mean was kept.",  # a value's unit glued by a hyphen
    ],
)
def test_a_number_glued_to_what_follows_the_word_reference_is_no_citation(text):
    assert [m for m, _ in decoded(text)] == []


def test_names_statistics_and_formulae_in_a_parenthesis_manuscript():
    text = (  # a parenthesis-style passage, written for the test
        "The two Nxf genes, Nxf2 and Nxf7, are expressed in testis (1). Nxf2 mice were "
        "fertile (2, 3), and Nxf7 was silent (4). The effect was large, F(1,10) = 10.2, "
        "in buffer with Mg(CH3COO)2 (5). The cells were kept for a period of 5 days (6) "
        "and another group (7) has reported the same in Cre lines (8,9). An extent factor "
        "(1–3) was used."
    )
    got = decoded(text)
    assert got == [
        ("(1)", (1,)),
        ("(2, 3)", (2, 3)),
        ("(4)", (4,)),
        ("(5)", (5,)),
        ("(6)", (6,)),
        ("(7)", (7,)),
        ("(8,9)", (8, 9)),
        ("(1–3)", (1, 2, 3)),  # the order alone cannot tell a repeat from a range of values
    ]


def test_gene_symbols_are_not_flattened_superscripts():
    text = (  # a flattened-superscript passage, written for the test
        "Loss of Trip13 arrests meiosis.1 Trip13 mutants and Fog2 mutants differ,2 and the "
        "Cox11 gene is needed.3 Mice lacking Tlr5 were normal,4 as were ptc1 and ptc2 mutants "
        "in flies.5 Embryos were taken at E16.5 (Figure 4b) and analysed with Cell Quest 3.3 "
        "(BD).6 Cox11 is conserved.7"
    )
    assert [m for m, _ in decoded(text)] == ["1", "2", "3", "4", "5", "6", "7"]


def test_citations_glued_to_names_that_end_in_digits():
    text = (  # written for the test
        "Transgenic Tg2576 mice were used.1 Amyloid rose in Tg25762 and fell in hNXF2,3 "
        "cells; hNXF2 binds RNA.4"
    )
    assert decoded(text) == [("1", (1,)), ("2", (2,)), ("3", (3,)), ("4", (4,))]
    text = "Two TAP2 copies are needed.1 Loss of one TAP22 blocks it.3"
    assert decoded(text) == [("1", (1,)), ("2", (2,)), ("3", (3,))]
    # with TAP1 beside TAP2, "TAP22" may be a member of the family: a name, not TAP2 then 2
    text = "Both TAP1 and TAP2 are needed.1 Loss of TAP1 or TAP22 blocks it.3"
    assert decoded(text) == [("1", (1,)), ("3", (3,))]


@pytest.mark.parametrize(
    ("after", "statistic"),
    [(" = 5", True), ("  = 5", True), ("\n≥ 5", True), ("    = 5", False), (" of 5", False)],
)
def test_a_bracket_followed_by_a_comparison_may_be_a_value(after, statistic):
    text = f"The odds [2]{after} were low [3]."
    first = decode_markers(text, FORTY).decisions[0].candidate
    assert ("followed by '='" in first.why) is statistic


def test_a_manuscript_that_mixes_conventions_loses_no_marker():
    text = (  # written for the test
        "Remission was reached in 90%.1 It lasted a year [2], and longer in children (3). "
        "Relapse was rare [4]. Late effects were mild (5).\n"
    )
    decoding = decode_markers(text, FORTY)
    assert [c.marker for c in decoding.citations] == [".1"[1:], "[2]", "(3)", "[4]", "(5)"]
    assert decoding.conventions() == {"flattened": 1, "bracket": 2, "paren": 2}


def test_a_manuscript_without_its_list_reads_its_ranges_of_values_as_values():
    # written for the test: the list is in a separate file, so no size bounds the numbers
    cited = " ".join(f"Finding {n} holds [{n}]." for n in range(1, 13))
    text = f"{cited} Patients were 19 to 82 years old [19–82]. Both agree [3, 5]."
    assert decoded(text, ())[-1] == ("[3, 5]", (3, 5))
    assert all(len(n) < 3 for _, n in decoded(text, ()))


def test_a_manuscript_without_its_list_keeps_citations_past_the_dense_ones():
    from blinarefs.trace.list_size import size_from_citations

    # a late chapter cites on past where the first ones stopped: 1-12 dense, then 13-20
    text = " ".join(f"Finding {n} holds [{n}]." for n in range(1, 21))
    assert decoded(text, ()) == [(f"[{n}]", (n,)) for n in range(1, 21)]
    cands = [c.candidate for c in decode_markers(text, ()).decisions]
    assert size_from_citations(cands) == 20


def test_known_superscripts_from_a_reader_replace_the_guessing():
    text = "Nxf2 is expressed.1 It binds RNA2,3 in testis (4)."
    spans = [
        (text.index("1 It"), text.index("1 It") + 1),
        (text.index("2,3"), text.index("2,3") + 3),
    ]
    assert decoded(text, superscripts=spans) == [("1", (1,)), ("2,3", (2, 3)), ("(4)", (4,))]


def test_low_confidence_decisions_are_reported():
    from blinarefs.trace.checks import check_trace
    from blinarefs.trace.manuscript import trace_manuscript

    text = "It works.1 It also works (see figure 2-4). It works in Tlr5 cells.6"
    decoding = decode_markers(text, FORTY)
    uncertain = {text[d.candidate.start : d.candidate.end] for d in decoding.uncertain()}
    trace = trace_manuscript(text, FORTY, body_end=len(text))
    [close] = [f for f in check_trace(trace) if f.code == "uncertain-marker"]
    assert close.text == "5" and "'Tlr' never stands alone" in close.message
    assert "5" in uncertain  # "Tlr5": a gene symbol's digit, or citation 5 in order?
    assert all(d.candidate.why or d.order for d in decoding.decisions)


def test_mixed_conventions_and_close_calls_are_findings():
    from blinarefs.trace.checks import check_trace
    from blinarefs.trace.manuscript import trace_manuscript

    text = (  # written for the test
        "Remission was reached in 90%.1 It lasted a year [2], and longer in children [3]. "
        "Relapse was rare [4]. Late effects were mild (5). It works in Tlr5 cells [6].\n"
    )
    trace = trace_manuscript(text, FORTY[:6], body_end=len(text))
    findings = check_trace(trace)
    mixed = [f for f in findings if f.code == "mixed-conventions"]
    assert [f.text for f in mixed] == ["1", "(5)"]
    assert "4 bracketed [n]" in mixed[0].message
    assert [c.marker for c in trace.citations][-1] == "[6]"  # "Tlr5" stays a name
    assert not any(f.code == "uncertain-marker" for f in findings)  # no close call here
    assert not any(f.code == "uncited-reference" for f in findings)  # no marker was lost


def test_a_group_that_brings_in_new_numbers_is_not_dropped_for_later_citations_of_them():
    """Taking "(12–14)" makes the later "(13)" and "(14)" repeats; the path that drops the
    group and takes each later one as new must not score higher."""
    text = (
        "Cells divide (1–10). They move (11). Signals spread in tissue (12–14). "
        "Here the cells stop dividing (13). Some of them die (14)."
    )
    assert [m for m, _ in decoded(text)] == ["(1–10)", "(11)", "(12–14)", "(13)", "(14)"]


def test_flattened_superscripts_after_units_labels_names_and_parentheses():
    text = (  # written for the test
        "Tumours grow in the cancer-immunity cycle.1,2 Doses reached 39%3. Ions such as Zn2+, "
        "Mg2+ and Cu2+4. The loop of CTLA-4,5 and PD-1 matters. After COVID‐19,6 whereas "
        "others rest. It was summarised (Fig. 1 and Table 1) 7, 8, 9. As noted by Smith et al., "
        "10 which holds. The cells cycle11, 12. Those were reported.13"
    )
    assert decoded(text) == [
        ("1,2", (1, 2)),
        ("3", (3,)),
        ("4", (4,)),
        ("5", (5,)),
        ("6", (6,)),
        ("7, 8, 9", (7, 8, 9)),
        ("10", (10,)),
        ("11, 12", (11, 12)),
        ("13", (13,)),
    ]


def test_names_with_digits_that_are_not_flattened_superscripts():
    text = (  # written for the test
        "Cells were cited.1 The CD38+ cells and trehalose-6,6′-dimycolate differ.2 The αvβ3 "
        "integrin binds.3 Histone deacetylase 1 (HDAC1) acts.4 Regulation of PU.1 activity "
        "matters.5 Levels of CXCL1 and CXCL10/CXCL11 levels rose.6 T helper (Th)17 immunity.7"
    )
    assert decoded(text) == [(str(n), (n,)) for n in range(1, 8)]


SPACED = (  # written for the test: superscripts a copy left after a space
    "Coverage is uneven between regions. 1 It fell during the last decade. 2 Several "
    "surveys found gaps. 3 Gaps were wider in England 4 and in the north, 5 where clinics are "
    "few. Rural clinics closed. 6 Their staff moved away. 2 Travel costs rose, 7 which kept "
    "families at home. The survey asked 12 questions about 3 topics. Costs were high. 8"
)


def test_a_manuscript_that_spaces_its_superscripts_has_them_in_mid_clause_too():
    assert decoded(SPACED) == [(str(n), (n,)) for n in (1, 2, 3, 4, 5, 6, 2, 7, 8)]


def test_a_number_after_a_space_in_mid_clause_is_text_where_superscripts_are_glued():
    glued = (
        "Coverage is uneven between regions.1 It fell during the last decade.2 Several "
        "surveys found gaps.3 Gaps were wider in England 4 and in the north,5 where clinics "
        "are few. Rural clinics closed.6 Their staff moved away.2"
    )
    assert [m for m, _ in decoded(glued)] == ["1", "2", "3", "5", "6", "2"]


def test_superscripts_after_a_decimal_or_a_name_that_ends_in_a_capital():
    text = (  # written for the test
        "Scores were cited.1 The criterion used was 0.0001.2\n\n3.1.1 Methods of the second "
        "kind\n\nA kappa of 0,21.3 Then a rare variant in CLEC7A.4 This variant is known.5"
    )
    assert decoded(text) == [(str(n), (n,)) for n in range(1, 6)]


def test_two_superscripts_a_copy_printed_without_their_separator():
    text = "Cells were cited.1-9 They die later in life.1011 Then in 2019 it was dry.2024"
    assert decoded(text) == [("1-9", tuple(range(1, 10))), ("1011", (10, 11))]


def test_a_name_in_mixed_case_ends_a_clause_before_a_superscript_of_two_digits():
    text = (  # written for the test
        "Cells were cited.1-9 The mTOR kinase acts in PI3K–AKT–mTOR10. Antibodies of the "
        "IgG4 kind bind mAb2. They bind.11"
    )
    assert [m for m, _ in decoded(text)] == ["1-9", "10", "11"]


def test_in_a_manuscript_settled_on_brackets_a_digit_glued_to_a_name_is_the_name():
    sixty = [Reference(id=f"r{n}", number=n) for n in range(1, 61)]
    body = " ".join(f"Finding {k} was reported [{k}]." for k in range(1, 46))  # written for it
    text = body + " Expression of arginase1 rose in the mutant and ndh2 fell, as in [46]."
    assert [m for m, _ in decoded(text, sixty)][44:] == ["[45]", "[46]"]


def test_a_group_whose_separators_a_copy_spaced():
    text = "Cells were cited.1 The highest prevalence of this infection2 , 3.\n\nIt was dry.4 , 2"
    assert decoded(text) == [("1", (1,)), ("2 , 3", (2, 3)), ("4", (4,))]


def test_printed_superscripts_that_no_exponent_looks_like():
    """Repeats, which the order alone does not vouch for."""
    text = (  # written for the test
        "Cells were cited.^1-12^ Admissions rose in those with DM2^(2)^. Screening began in "
        "1993^3^. Delays in the AH^4,5^ were measured in normal tissues^6.^ Areas of 4 cm^2^ "
        "and 10^6^ cells were used.^7^"
    )
    assert [n for _, n in decoded(text)][1:] == [(2,), (3,), (4, 5), (6,), (7,)]


def test_parentheses_after_et_al_and_ref_are_citations():
    text = (  # written for the test: a sentence's end before "(n)" is no list label here
        "Cells divide (1). They move (2). Signals spread (3). Lee et al. (4) saw them stop. "
        "Kim et al. (5) did not, as described in Ref. (6). Then they died (7)."
    )
    assert [n for _, n in decoded(text)] == [(n,) for n in range(1, 8)]


def test_a_range_of_values_in_parentheses_is_no_citation():
    text = (  # written for the test
        "Cells divide (1, 2). Levels rose (3). The median score was 16 (12–19) and the "
        "median age 31 (22–39) in the cohort (4)."
    )
    assert [m for m, _ in decoded(text)] == ["(1, 2)", "(3)", "(4)"]


ALPHABETICAL = (  # written for the test: a list numbered alphabetically, cited in no order
    "Anxiety is common in adults (17). It rises with age (3) and with poverty (29), and "
    "falls with exercise (8, 22). Women report it more (11). Some of it is treated (35). "
    "Treatment works in half of the cases (5). Relapse is frequent (26) and early (14). "
    "Children are seldom treated (2). Costs are high (31). Little is known of the elderly "
    "(20). Nor of men (9)."
)


def test_a_list_numbered_alphabetically_loses_no_citation():
    cited = [17, 3, 29, (8, 22), 11, 35, 5, 26, 14, 2, 31, 20, 9]
    expected = [n if isinstance(n, tuple) else (n,) for n in cited]
    assert [n for _, n in decoded(ALPHABETICAL)] == expected
    orders = {d.order for d in decode_markers(ALPHABETICAL, FORTY).decisions}
    assert orders == {"in a list not numbered by first citation"}


def test_flattened_superscripts_after_capitals_examples_units_and_short_words():
    text = (  # written for the test
        "Tumours grow.1 They spread in PDAC.2 Its stroma shields them in PDAC.2,3 The cells "
        "make granzyme B.4 They also make TGF-β.5 Some are dormant (e.g.6,7). Masses reach "
        "385 g8. Sensitivity rose after follow-up9. It was described in10 and confirmed.11"
    )
    assert [n for _, n in decoded(text)] == [
        (1,), (2,), (2, 3), (4,), (5,), (6, 7), (8,), (9,), (10,), (11,)
    ]  # fmt: skip


def test_what_stays_text_after_capitals_units_and_versions():
    text = (  # written for the test
        "Tumours grow.1 Regulation of PU.1 activity matters.2 Loss of PU.1. Then more.3 "
        "Areas of 10 mm2. See Appendix B.4 There. Data were read with software version "
        "5.2.6 (Tree Labs).4 The authors of McIntyre5 and DeLuca6 agree.7"
    )
    assert [m for m, _ in decoded(text)] == ["1", "2", "3", "4", "5", "6", "7"]


def test_a_group_glued_to_a_name_that_ends_in_digits():
    text = (  # written for the test
        "Cells were cited.1 They need CD28 to respond.2 Signals from CD283–5. Sugar enters by "
        "GLUT3 in neurons.6 Tumours favour GLUT37,8."
    )
    assert [n for _, n in decoded(text)] == [(1,), (2,), (3, 4, 5), (6,), (7, 8)]


def test_daggers_that_mark_key_references_inside_parentheses():
    text = "Stores were measured (1^†^). Bioefficacy (2†, 3, 4^†^, 5) and iron (6) too."
    assert [n for _, n in decoded(text)] == [(1,), (2, 3, 4, 5), (6,)]


def test_labels_repeated_in_parentheses_do_not_outweigh_the_superscripts():
    """A model's "(1)" and "(3)" cited again and again are two numbers, not the manuscript's
    convention: its superscripts before the punctuation are (written for the test)."""
    findings = (
        "yield rose with the dose", "rice needs less nitrogen", "soils differ in phosphorus",
        "losses follow the rains", "responses are seldom linear", "farmers apply too much",
        "runoff carries the surplus", "rivers turn green", "the surplus accumulates",
        "yields stop rising", "costs exceed returns", "advice lags behind",
    )  # fmt: skip
    body = " ".join(
        f"In trials the {finding}{k}. Model (1) and model (3) fit, as model (1) and (3) did."
        for k, finding in enumerate(findings, start=1)
    )
    superscripts = [c.numbers for c in decode_citations(body, FORTY) if c.kind == "superscript"]
    assert superscripts == [(k,) for k in range(1, 13)]


def test_superscripts_printed_with_a_closing_parenthesis():
    text = (  # written for the test: a journal that prints its superscripts "86)"
        "Risk rose in Europe1) and in the US2), but not (as in Japan) elsewhere3). High "
        "LDL-C4), high TC5), and smoking (in men6)) added to it."
    )
    assert [n for _, n in decoded(text)] == [(n,) for n in range(1, 7)]


def test_superscripts_printed_with_a_parenthesis_set_the_habit_over_equation_labels():
    # written for the test: "yearly2, 3)." is a superscript printed "2, 3)" and sets the
    # manuscript's habit as "yearly.2,3" would; three "(n)" labels of equations and a count
    # are then no parenthesised citations ("three (3) who")
    text = (
        "Masks protect workers in clinics1). Fit tests are done yearly2, 3). The test used "
        "here follows the national protocol7) and subjects avoided smoking8). Leakage was "
        "computed by equation (1) as follows.\n\nLeak = inside / outside\n\nThe total by "
        "equation (2).\n\nTotal = leak / time\n\nAll subjects, except three (3) who wore a "
        "beard, passed the test4). Faces differ by age6, 9)."
    )
    assert decoded_markers(text) == [
        ("1", (1,)), ("2, 3", (2, 3)), ("7", (7,)), ("8", (8,)), ("4", (4,)), ("6, 9", (6, 9))
    ]  # fmt: skip


def test_superscripts_after_a_year_an_et_al_and_a_spaced_dash():
    text = (  # written for the test
        "Cells were cited.1 Data came from the 19912,3, 20004, and 20105,6 censuses. As "
        "described by Lee et al.,7 it holds. It holds in mice and rats.8– 10"
    )
    assert [n for _, n in decoded(text)] == [(1,), (2, 3), (4,), (5, 6), (7,), (8, 9, 10)]


def test_a_manuscript_that_cites_after_the_full_stop():
    text = (  # written for the test: citations after the sentence, in a list numbered A-Z
        "Yields vary. (14) Rains fail. (3, 9) Soils erode. (21) Prices rise. (6) Farmers "
        "adapt. (17, 2) Some migrate. (11) We asked why: (1) the rains, (2) the prices."
    )
    got = [n for _, n in decoded(text)]
    assert got == [(14,), (3, 9), (21,), (6,), (17, 2), (11,)]


def test_list_labels_before_a_name_or_code():
    text = (  # written for the test
        "Yields were cited (1–5). Soils too (6). The design had (1) N0P0K0, (2) N0P2K2, "
        "(3) N1P2K2 and (4) N2P2K2 plots (7)."
    )
    assert [m for m, _ in decoded(text)] == ["(1–5)", "(6)", "(7)"]


def test_superscripts_in_parentheses_glued_to_a_name_and_before_a_lost_space():
    text = (  # written for the test
        "Values came from the Food Tables(1) and from Japan(2), as Brown(3) did. Yeasts grow "
        "in the mouth.4Oral yeasts differ.5,6Candida does not. The F(1,10) test and IL(6) too."
    )
    assert [n for _, n in decoded(text)] == [(1,), (2,), (3,), (4,), (5, 6)]


def test_a_group_glued_to_a_word_seen_nowhere_else_and_after_a_slash():
    text = (  # written for the test
        "Cells were cited.1,2 Rates differ by sex and race/ethnicity3,4. Other limits are "
        "as described above2,5,6. Doses of 5 mg/m2 were given.7"
    )
    assert [n for _, n in decoded(text)] == [(1, 2), (3, 4), (2, 5, 6), (7,)]


def test_a_gene_after_another_and_is_no_author_pair():
    text = (  # written for the test: "Ndrg1 and Flt1" is no "Cunha & Silva9"
        "Loss of the factor arrests growth.1 Its targets differ,2 and the pathway is old.3 "
        "Mtf1, Ndrg1 and Flt1 were induced4 as described by Cunha & Vieira-da-Silva5."
    )
    assert [n for _, n in decoded(text)] == [(1,), (2,), (3,), (4,), (5,)]


def test_a_gene_named_after_another_again_and_again_is_no_author_pair():
    text = (  # written for the test: "Egfr and Erbb2" each time, "EGFR and HER2" in capitals
        "Growth needs the factor.1 Its targets differ,2 and the pathway is old.3 We chose "
        "Egfr and Erbb2 as markers.4 Both Egfr and Erbb2 rose in tumours.5 Neither Egfr "
        "and Erbb2 fell in controls.6 For Erbb2, the rise was steep. Antibodies to EGFR "
        "and HER2 bound well.7 The work of Cunha & Vieira-da-Silva8 differs."
    )
    assert [n for _, n in decoded(text)] == [(n,) for n in range(1, 9)]


def test_a_list_numbered_alphabetically_is_one_finding():
    from blinarefs.trace.checks import check_trace
    from blinarefs.trace.manuscript import trace_manuscript

    trace = trace_manuscript(ALPHABETICAL, FORTY, body_end=len(ALPHABETICAL))
    [order] = [f for f in check_trace(trace) if f.code == "citation-order"]
    assert order.text == "(17)"
    assert "only 3 of the 14 references cited are first cited in list order" in order.message


def test_two_numbers_a_copy_joined_past_the_end_of_the_list():
    text = "Cells were cited.1-5 Tumours grow in them.611 Many die.12"  # written for the test
    assert decoded(text) == [("1-5", (1, 2, 3, 4, 5)), ("611", (6, 11)), ("12", (12,))]
    long = [Reference(id=f"r{n}", number=n) for n in range(1, 801)]
    assert [n for _, n in decoded(text, long)][1] == (611,)  # a list that long has a 611
