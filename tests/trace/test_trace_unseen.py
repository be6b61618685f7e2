"""Decoding habits of publishers the decoder was not tuned on: lists numbered
alphabetically, superscripts a copy spaced after a pointer ("see 3", "e.g., 2"), a year,
a group or a reporting verb.

Passages are written for these tests; the references behind them are placeholders with a
number and a key only (no bibliographic facts).
"""

from __future__ import annotations

from blinarefs.model import Reference
from blinarefs.trace.decode import decode_citations, decode_markers

TEN = [Reference(id=f"r{n}", number=n) for n in range(1, 11)]

UNORDERED = (  # a list numbered alphabetically: first citations in no order
    "Anxiety is common in adults.7 It rises with age,3 and with poverty.9 It falls with "
    "exercise.1,8 Women report it more.4 Some of it is treated.10 Treatment works in half of "
    "the cases.5 Relapse is frequent.2 The Ministério da Saúde6 recommends screening."
)


def decoded(text: str, refs=TEN):
    return [(c.marker, c.numbers) for c in decode_citations(text, refs)]


def test_in_a_list_numbered_alphabetically_the_one_uncited_reference_is_found():
    assert decoded(UNORDERED)[-1] == ("6", (6,))
    [last] = [d for d in decode_markers(UNORDERED, TEN).decisions if d.candidate.numbers == (6,)]
    assert last.order.startswith("cites a reference nothing else cites")


def test_a_name_whose_digits_another_marker_cites_stays_a_name():
    cited = UNORDERED.replace("frequent.2", "frequent.2,6")
    assert [n for _, n in decoded(cited)][-1] == (2, 6)


SPACED = (  # superscripts a copy left after a space, after pointers, years and verbs
    "Coverage is uneven between regions. 1 It fell in the last decade (e.g., 2). Several "
    "surveys found gaps (see 3). Gaps were wider in the north, 4 where clinics are few. "
    "Rural clinics closed. 5 They will close by 2030 6. Smith and colleagues 7 show why. "
    "Both are known 4,8 (see also 9). Staff moved away, respectively 10."
)


def test_spaced_superscripts_after_pointers_years_groups_and_before_verbs():
    assert decoded(SPACED) == [
        ("1", (1,)), ("2", (2,)), ("3", (3,)), ("4", (4,)), ("5", (5,)), ("6", (6,)),
        ("7", (7,)), ("4,8", (4, 8)), ("9", (9,)), ("10", (10,)),
    ]  # fmt: skip


def test_a_pointer_before_a_number_where_superscripts_are_glued():
    glued = "Coverage is uneven.1 It fell in the last decade (e.g., 2). Surveys found gaps (see 3)."
    assert decoded(glued) == [("1", (1,)), ("2", (2,)), ("3", (3,))]


def test_quantities_after_a_pointer_or_a_year_stay_text():
    text = (
        "Coverage is uneven between regions. 1 It fell in the last decade. 2 Clinics opened "
        "in 2019 3 times (see 4 mm). Costs rose (e.g., 5 euros). Several surveys found gaps. 3"
    )
    assert decoded(text) == [("1", (1,)), ("2", (2,)), ("3", (3,))]


EQUATIONS = " ".join(f"Inserting ({n}) in ({n + 1}) gives the energy." for n in range(11, 60, 2))


def test_equations_numbered_past_the_list_set_no_habit_of_citing_in_parentheses():
    text = (
        f"Polymers conduct.1 {EQUATIONS} The band was described in Brazil.2 The gap is "
        f"small 3. It closes,4 as Kittel5 found. {EQUATIONS}"
    )
    assert decoded(text) == [(str(n), (n,)) for n in range(1, 6)]


def test_a_variable_and_its_index_before_parentheses_is_a_formula():
    text = (
        "Moments were estimated before (1, 2). The moments D c (3) , D c (4) vanish, and "
        "M s (5) = M s (6) = 0 (3). The model was fitted (7). It ran in R (8)."
    )
    assert [n for _, n in decoded(text)] == [(1, 2), (3,), (7,), (8,)]


def test_labels_in_portuguese_and_spanish_are_labels():
    text = "A doença é comum (1) e cresce (2). Na figura (7) e na tabla (8) los casos crecen (3)."
    rejected = [d.candidate.why for d in decode_markers(text, TEN).decisions if not d.accepted]
    assert [why[0] for why in rejected] == ["a label after 'figura'", "a label after 'tabla'"]


def test_a_never_cited_reference_points_at_the_digits_read_as_text_that_name_it():
    from blinarefs.trace.checks import check_trace
    from blinarefs.trace.manuscript import trace_manuscript

    six = [Reference(id=f"r{n}", number=n, title=f"Work {n}") for n in range(1, 7)]
    text = (
        "Cells divide.1 They move,2 and they grow.3 Signals spread in them.4 They stop.5 "
        "The Trip6 protein binds Trip4 and Trip6 in them."
    )
    [uncited] = [
        f for f in check_trace(trace_manuscript(text, six)) if f.code == "uncited-reference"
    ]
    assert uncited.key == "r6" and uncited.span == (88, 89) and uncited.line == 1
    assert "the digits '6' here were read as text ('Trip' carries other digits" in uncited.message


def test_spaced_superscripts_before_function_words_and_not_after_a_minus_or_a_label():
    text = (
        "Coverage is uneven between regions. 1 It fell in the last decade. 2 Several surveys "
        "found gaps. 3 Clinics closed in the north, 4 the south being spared. Staff left the "
        "towns 5 which kept families at home. Costs rose. 6 The rate was lowest at T − 7. It "
        "fell by 10− 8. Rates are shown (Additional file 2: Figure S1) and in Equation 3, as "
        "before. 7"
    )
    assert decoded(text) == [(str(n), (n,)) for n in range(1, 8)]


def test_superscripts_printed_in_parentheses_glued_to_names_and_before_words():
    text = (
        "Viruses spread(1). The proteins of RVFV(2) and LCV(3) bind it. Cells secrete(4). This "
        "induces chemokines(5) enabling(6) local spread. Its F(1,10) statistic was high(7)."
    )
    assert decoded(text) == [(f"({n})", (n,)) for n in range(1, 8)]


def test_a_group_whose_numbers_were_each_printed_in_parentheses():
    text = (  # each number in its own parentheses, the outer ones lost in the copy
        "A cerâmica usa resíduos 1. O setor cresce 2. Ela os agrega ao processo 3), (4. O vidro "
        "chama atenção 5)- (7. O descarte é caro 8."
    )
    assert [n for _, n in decoded(text)] == [(1,), (2,), (3, 4), (5, 6, 7), (8,)]


def test_a_list_label_after_a_superscript_printed_before_a_parenthesis_stays_a_label():
    text = (
        "Risk rises with age.1 It is high in: (1) diabetes; (2) cerebral infarction2), (3) "
        "artery disease3); and (4) obesity.4 One item 6, which is rare, stays text."
    )
    assert decoded(text) == [(str(n), (n,)) for n in range(1, 5)]


def test_a_superscript_list_printed_with_spaces_and_no_commas():
    text = (  # as BMJ prints "<sup>2 3</sup>"
        "Neutrophils are common.1 They predict survival in lung cancer,2 3 colorectal cancer4 "
        "and later stages.5 6 In mice 7 8 cells were seen."
    )
    assert [n for _, n in decoded(text)] == [(1,), (2, 3), (4,), (5, 6)]


def test_a_count_after_a_superscript_is_no_part_of_it():
    text = "Cells were counted.1 We followed the protocol of Doe and co-workers,2 32 structures."
    assert [n for _, n in decoded(text)] == [(1,), (2,)]


def test_a_printed_superscript_group_whose_numbers_were_each_in_parentheses():
    text = (
        "A cerâmica usa resíduos ^1^. O setor cresce ^2^. Ela os agrega ao processo ^3), (4^. "
        "O vidro chama atenção ^5)- (7^. O descarte ^8^."
    )
    assert [n for _, n in decoded(text)] == [(1,), (2,), (3, 4), (5, 6, 7), (8,)]
