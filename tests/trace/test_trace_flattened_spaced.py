"""Flattened superscripts a copy left with a space on either side ("identified 7 . By"),
closing an aside ("(e.g. Toolkit 8, Mapper 9)"), after a data set's address, and the
numbers after a space that stay labels ("Dataset 1:", "compounds 2 and 3"); and a bracket a
superscript journal glues to "et al" ("Roe et al[2]"), and a superscript glued to a name in
mixed case that stands alone elsewhere ("SARS-CoV13,14.") or to a place cited twice
("Canada3", "Canada4,5").

Passages are written for these tests; the references behind them are placeholders with a
number and a key only (no bibliographic facts).
"""

from __future__ import annotations

import re
from collections import Counter

from tracedata import placeholder_refs as refs

from blinarefs.trace.candidates import SYNTAX, Candidate
from blinarefs.trace.decode import decode_citations, decode_markers
from blinarefs.trace.glued import a_family
from blinarefs.trace.outside_prose import in_address
from blinarefs.trace.quantities import closes_unopened, space_then_clause_end, spaced_quantity
from blinarefs.trace.spaced import (
    a_group_spaced_at_its_commas,
    a_label_after_a_space,
    after_an_address,
    closes_an_aside,
    spaced_either_side,
)
from blinarefs.trace.valuelike import value_like


def decoded(text: str, size: int = 12) -> list[tuple[str, tuple[int, ...]]]:
    return [(c.marker, c.numbers) for c in decode_citations(text, refs(size))]


def span(text: str, run: str) -> tuple[int, int]:
    start = text.index(run)
    return start, start + len(run)


SPACED_BOTH_SIDES = (
    "Beetles sense odours with proteins of the antenna 1. These proteins carry small "
    "ligands 2 , and some bind repellents 3. Their structures were solved in three "
    "species 4 , and binding assays were run on each 5. In the cold assay a dye is "
    "displaced 6 . Pheromones bind best in acid 7. A second site was proposed 8 , "
    "though the data are few (see review 9 ), and the question stays open 10 ."
)


def test_superscripts_with_a_space_on_either_side_are_read_in_a_spaced_manuscript():
    assert decoded(SPACED_BOTH_SIDES) == [(str(n), (n,)) for n in range(1, 11)]


def test_a_space_before_the_punctuation_is_where_a_copy_kept_the_markup():
    text = "were displaced 6 . Then"
    start, end = span(text, "6")
    assert spaced_either_side(text, start, end) and space_then_clause_end(text, end)
    aside = "(see review 9 ), and"
    start, end = span(aside, "9")
    assert spaced_either_side(aside, start, end) and space_then_clause_end(aside, end)
    for label in ("in Figure 2 .", "with n = 3 ,", "glued 2 Then"):
        start, end = span(label, label.split()[-2])
        assert not spaced_either_side(label, start, end), label


def test_a_spaced_superscript_closes_an_aside_and_a_narrative_citations_year():
    text = (
        "Reads are counted by many tools 1. Some align first (e.g. Toolkit 2, Mapper 3, "
        "Splicer 4) and others do not (Quant 5, Sprint 6). Roe et al. (2013, 7) compared "
        "them 8. A later survey agreed 9 ."
    )
    assert [n for _, n in decoded(text)] == [(n,) for n in range(1, 10)]
    for label in ("(Figure 2)", "(n = 3)"):
        start, end = span(label, label[-2])
        assert not closes_an_aside(label, start, end), label


def test_a_narrative_citations_year_then_its_superscript_is_no_count_when_repeated():
    # repeats of the same narrative citation need the spaced habit's evidence, as every
    # other spaced superscript does: a year's comma is no count before them
    text = (
        "Reads are counted by many tools 1. Some align the reads 2, others do not 3. "
        "Roe et al. (2013, 4) compared them 5. We used the data of Roe et al. (2013, 4) "
        "again, as later surveys did 6. The Roe et al. (2013, 4) set is the largest 7."
    )
    assert [n for _, n in decoded(text)] == [(n,) for n in (1, 2, 3, 4, 5, 4, 6, 4, 7)]
    start = text.index("4)")
    assert not spaced_quantity(text, start - 1, start + 1)


def test_a_data_sets_reference_after_its_address_is_cited():
    text = (
        "Proteins were purified as described 1. Binding was measured twice 2. Spectra "
        "were fitted by least squares 3 . Constants were compared by rank 4 , and outliers "
        "were dropped 5 . The fits agree with the earlier reports 6 .\n\nUnderlying data\n\n"
        "Raw spectra, https://doi.org/10.0000/example.1234 7\n\nSoftware, "
        "10.0000/archive.5678 8\n"
    )
    assert [n for _, n in decoded(text)] == [(n,) for n in range(1, 9)]
    start, end = span(text, " 7\n")
    assert after_an_address(text, start + 1, end)
    assert in_address("see 10.0000/archive.5678", 24)  # a DOI without "doi:"


def test_labels_after_a_space_stay_labels():
    text = "\n\nDataset 1: raw counts"
    start, end = span(text, "1")
    assert a_label_after_a_space(text, start, end)
    listed = "bind between helices 4 and 5 of the fold"
    start, end = span(listed, "4")
    assert a_label_after_a_space(listed, start, end)
    cited = "as the earlier survey found 4. Then"
    start, end = span(cited, "4")
    assert not a_label_after_a_space(cited, start, end)


def test_labels_in_a_spaced_manuscript_are_not_cited():
    text = (
        SPACED_BOTH_SIDES + " The ligand sits between helices 4 and 5 of the fold, and "
        "compounds 2 and 3 keep their pose.\n\nData availability\n\nDataset 1: raw "
        "binding curves.\n\nDataset 2: fitted constants."
    )
    assert decoded(text) == [(str(n), (n,)) for n in range(1, 11)]


def test_a_bracket_glued_to_et_al_names_authors_not_a_statistic():
    text = "Roe et al[2] reported it, and the odds were higher, OR[2] = 3.1."
    after_names, after_a_statistic = (
        Candidate(m, m + 3, "bracket", SYNTAX, (2,))
        for m in (text.index("[2]"), text.rindex("[2]"))
    )
    assert value_like(text, after_names) == []
    assert value_like(text, after_a_statistic)


def test_a_superscript_glued_to_a_mixed_case_name_that_stands_alone_is_read():
    text = (
        "Bats host many coronaviruses1. Of these, SARS-CoV crossed to people through "
        "civets2. The new virus binds the same receptor as SARS-CoV13,14. Its spike "
        "draws antibodies of class IgG4."
    )
    assert decoded(text, size=20) == [("1", (1,)), ("2", (2,)), ("13,14", (13, 14))]


def test_a_place_cited_twice_is_no_family_of_numbered_names():
    text = (
        "The strain spread widely1. It was common in Norway2. Later it reached Canada3. "
        "Cases then rose in Sweden and Canada4,5. Members of a family keep their digits: "
        "TAP1, TAP2 and TAP3,6 bind peptides."
    )
    assert [n for _, n in decoded(text)] == [(1,), (2,), (3,), (4, 5), (6,)]
    names = Counter(re.findall(r"[A-Za-z]+\d+", text))
    start, end = span(text, "4,5")
    assert not a_family(text, start, end, names)
    start, end = span(text, "3,6")
    assert a_family(text, start, end, names)


def test_spaced_superscripts_between_asides_and_after_a_names_digits():
    # "(DEP) 5 ( Figure 1)": no word governs a count between two asides; "BtOBP1 6 ." is a
    # name's digits, then a superscript whose markup kept its space (no list "1 6"); a
    # product's version before its maker stays text ("Plotter 7 (Example Town)")
    text = (
        "Beetles sense odours with proteins of the antenna 1. These proteins carry small "
        "ligands 2 , and some bind repellents 3. The repellent (DEP) 4 ( Figure 1) binds "
        "them in the cold 5 . It was bound to BtOBP1 6 . Its structure was solved at low "
        "temperature 7 , and data were plotted with Plotter 8 (Example Town)."
    )
    assert [n for _, n in decoded(text)] == [(n,) for n in range(1, 8)]


def test_a_range_that_kept_its_markups_space_is_read_in_mid_clause():
    # "14– 17" with a space after the dash is a superscript's markup where a manuscript
    # spaces its superscripts; a count's range governed by a word stays text ("aged 3– 5")
    text = (
        "Beetles sense odours with proteins of the antenna 1. These proteins carry small "
        "ligands 2 , and some bind repellents 3. Their structures 4– 7 along with assays "
        "of binding 8 show a pocket 9 . Larvae aged 3– 5 days were used."
    )
    assert [n for _, n in decoded(text)] == [(1,), (2,), (3,), (4, 5, 6, 7), (8,), (9,)]


def test_a_spaced_repeat_right_after_a_clauses_punctuation_is_no_close_call():
    # a manuscript whose copy left every superscript after a space, its list numbered
    # alphabetically (so the order cannot vouch for a repeat): a number right after a
    # sentence's full stop or a clause's comma is where its citations sit, not a close call
    from blinarefs.trace.decode import decode_markers

    text = (
        "Health services adopted a new model of care. 9 The model spread to clinics "
        "in the north. 11 Its cost was debated in the region. 4 Nurses led most of the "
        "visits. 7 Doctors joined them later, 2 and the waiting lists fell. 12 In the "
        "south, the model was adopted late. 9 Patients in the north were older. 11 The "
        "visits were shorter there. 4 Fewer visits were missed. 7"
    )
    decoding = decode_markers(text, refs(12))
    assert [c.marker for c in decoding.citations] == [
        "9", "11", "4", "7", "2", "12", "9", "11", "4", "7",
    ]  # fmt: skip
    assert [text[d.candidate.start : d.candidate.end] for d in decoding.uncertain()] == []


def test_a_group_whose_commas_kept_two_spaces_either_side_is_one_citation():
    # a copy that kept the markup's whitespace around each comma, twice over
    text = (
        "Markers were measured in older adults. 1 The scores differed by region. 2  ,  3 \n"
        "Most studies used one scale. 4  ,  5  ,  6 \nOthers were rare. 7"
    )
    assert decoded(text) == [("1", (1,)), ("2  ,  3", (2, 3)), ("4  ,  5  ,  6", (4, 5, 6)),
                             ("7", (7,))]  # fmt: skip


def test_a_spaced_superscript_before_an_aside_that_points_to_a_figure_or_a_version():
    # in a manuscript that spaces its superscripts, a number after a word and before an
    # aside that points to a figure or a table, or gives a program's version, is a
    # superscript; a count before its noun, or after a label's word, stays text
    text = (
        "Beetles sense odours with proteins of the antenna 1. These proteins carry small "
        "ligands 2 , and some bind repellents 3. The dye glows in acid 4 ( Figure 2), and "
        "reads were counted with the tool Beetlecount 5 (version 2.1). Of the larvae, "
        "12 mice (Table 2) and the beetles in Figure 3 (Table 1) were kept apart 6 ."
    )
    assert [n for _, n in decoded(text)] == [(n,) for n in range(1, 7)]


def test_a_count_after_a_clauses_comma_is_the_subject_of_its_verb():
    # in a manuscript that spaces its superscripts, a number after a comma that a verb or
    # "of" follows is a count ("Of the 40 beetles, 7 were"), not a superscript
    text = SPACED_BOTH_SIDES + (
        " Of the 40 larvae, 7 were kept, and of the rest, 9 of them died. The assay was "
        "run twice 11 , as before 12."
    )
    assert [n for _, n in decoded(text, size=20)] == [(n,) for n in range(1, 13)]


# A manuscript that spaces its superscripts, whose narrative citations name an author or a
# program, then the verb it is the subject of
NAMED_THEN_VERB = (
    "Heat networks lose energy in their pipes 1. Pumps add a share of it 2. Boilers burn "
    "less in summer 3. Later, Holloway and Brandt 4 mapped the flow through a city network. "
    "Quennell 5 determined the best pipe width. The tool FlowSim 6 identifies leaks from "
    "pressure data. Insulation was studied at length 7. Patient 2 recovered and Patient 4 "
    "improved after the heat returned 8. Costs fell in most towns 9."
)


def test_a_spaced_superscript_between_a_name_and_its_verb_is_a_citation():
    assert decoded(NAMED_THEN_VERB, 9) == [(str(n), (n,)) for n in range(1, 10)]


def test_a_label_the_text_numbers_again_is_no_name_before_its_verb():
    # "Patient 2 recovered ... Patient 4": the text's own numbered things, not citations
    text = NAMED_THEN_VERB
    for label in ("2 recovered", "4 improved"):
        start = text.index(label)
        assert not any(c.start == start for c in decode_citations(text, refs(9)))
    # a common noun that opens a sentence and is written in lower case elsewhere
    for text in (
        "Cells grew well 1. Mice were fed 2. Patients 3 improved, and the patients left 4.",
        "Cells grew well 1. Mice were fed 2. Then Model 3 explained more than the first model.",
    ):
        assert ("3", (3,)) not in decoded(text, 4)


YEAR_THEN_SPACED = (
    "Reed beds filter runoff from farms 1. They trap silt in winter 2. Reeds grow back each "
    "spring 3. Willow was planted along the banks in 1998 4 and the banks held. A survey "
    "made in 2014 5 found fewer floods. Sedges spread on their own 6. Between 2010 and 2014 "
    "32 plots were mown, and in 2015 6 and 7 more were added. Birds came back in numbers 7."
)


def test_a_spaced_superscript_after_a_year_before_the_clause_goes_on():
    # a conjunction or the clause's verb after it; not a count's noun, nor a second number
    assert decoded(YEAR_THEN_SPACED, 7) == [(str(n), (n,)) for n in range(1, 8)]


def test_superscripts_closed_by_a_parenthesis_then_spaced_are_citations():
    """A Japanese style prints each superscript with its closing parenthesis ("age^4)^");
    a copy that spaces them gives "rises with age 4)." with no parenthesis opened before:
    the habit of spaced superscripts at a clause's end, not list items or asides."""
    sentences = (
        "Wall thickness in the neck vessels rises in older adults",
        "The stiffness index grows in smokers",
        "Scores of this kind guide the choice of drug",
        "Risk in the lower limbs is judged at the ankle",
        "Plaques over two millimetres call for closer checks",
        "The same holds in the kidney vessels",
        "Calcium scores add to the estimate in the elderly",
        "Ankle pressures fall as the disease advances",
    )
    text = " ".join(f"{s} {k}). Most trials agree on it." for k, s in enumerate(sentences, 1))
    text += " The groups were 1) smokers and 2) others (see Figure 2)."
    assert [n for _, n in decoded(text, 8)] == [(k,) for k in range(1, 9)]
    aside = "as before (see Figure 2)."
    assert not closes_unopened(aside, aside.index("2"), aside.index("2") + 1)
    assert closes_unopened("in the arteries 1–3).", 16, 19)
    assert not closes_unopened("were 1) smokers", 5, 6)


# A manuscript that spaces its superscripts, whose narrative citations name an author, then
# the superscript, then the work's year in parentheses (as Brazilian journals print them)
NAMED_THEN_YEAR = (
    "Moss covers much of the northern bogs 1. It holds water through dry summers 2. "
    "Lindqvist 3 (2011) measured its growth over ten years. Peat forms slowly under it 4. "
    "Okafor & Vance 5 (1998), in a review of wetland plants, counted forty kinds. Drains "
    "lower the water table 6. As Table 2 (2019) shows, the counts fell. Fire is rare 7."
)


def test_a_spaced_superscript_between_a_name_and_its_year_is_a_citation():
    assert decoded(NAMED_THEN_YEAR, 7) == [(str(n), (n,)) for n in range(1, 8)]
    # the name and the year speak for it as for a glued "Lindqvist3 (2011)", in a list in
    # any order (where the order says nothing); and it is no close call
    decoding = decode_markers(NAMED_THEN_YEAR, refs(7))
    named = [
        d.candidate
        for d in decoding.decisions
        if "an author's name, then the year" in d.candidate.why
    ]
    assert [NAMED_THEN_YEAR[c.start : c.end] for c in named] == ["3", "5"]
    assert decoding.uncertain() == []


def test_a_spaced_superscript_before_an_irregular_past_verb_is_a_citation():
    # "found", "made", "took": a name's verb in the past that does not end in "-ed"
    text = (
        "Heat networks lose energy in their pipes 1. Pumps add a share of it 2. Boilers burn "
        "less in summer 3. Later, Holloway and Brandt 4 found the flow too slow in a city "
        "network. Quennell 5 made a model of the best pipe width. Insulation was studied at "
        "length 6. Costs fell in most towns 7."
    )
    assert decoded(text, 7) == [(str(n), (n,)) for n in range(1, 8)]
    # and where the copy kept the markup's space after each run too ("Quennell 5  made")
    kept = re.sub(r"(?<=[a-z]) (\d) ", r" \1  ", text)
    assert decoded(kept, 7) == [(str(n), (n,)) for n in range(1, 8)]


def test_an_aside_of_a_name_and_its_number_repeats_no_citation():
    text = (  # written for the test: "(Trial 1)", "(DOSE 9)" name the noun before them
        "Relapse is common in adults 1. It is rarer in children 2, and rarer still in "
        "infants 3. Cohorts were drawn from two registries 4, 5. The first registry had "
        "many sites 6, and the second kept no records 7. Doses were set by the standard "
        "protocol 8, 9. Patients on the combined protocol (DOSE 9) were seen monthly "
        "(Trial 1). Others were seen yearly (Trial 1). New tools sped the count (Counter "
        "10)."
    )
    assert [m for m, _ in decoded(text)] == ["1", "2", "3", "4, 5", "6", "7", "8, 9", "10"]


def test_a_name_with_digits_and_its_comma_is_no_value_before_a_spaced_superscript():
    # "during the Zeta-19, 18 , 19 we": the name's digits, its comma, then the citation a
    # copy spaced; "Table 1, 2" and "aged 5, 6" stay values and labels
    text = "seen during the Zeta-19, 18 , 19 we found. In Table 1, 2 are listed"
    zeta, table = text.index("18"), text.index("2 are")
    assert not spaced_quantity(text, zeta - 1, zeta + 2)
    assert spaced_quantity(text, table - 1, table + 1)


def test_dimensions_and_components_label_their_numbers():
    # "the PNP dimension 1 that reached": a principal component's number, no citation
    text = "values with the first dimension 1 that reached 0.25, and component 2 which fell"
    for n in ("1 that", "2 which"):
        at = text.index(n)
        assert spaced_quantity(text, at - 1, at + 1)


def test_a_group_spaced_at_its_commas_after_a_quotations_close():
    # 'a “slow fever.” ⁴ , ⁵ This': the plain copy's group after the closing quote
    text = "what they call a “slow fever.” 4 ,  5  This was seen"
    assert a_group_spaced_at_its_commas(text, text.index("4"), text.index("5") + 1)


def test_a_count_before_or_more_and_a_label_named_again_are_no_spaced_superscripts():
    # "defined as 12 or more months" ("12 ou mais meses"): a count's bound, not a citation
    # before "or"; "(DS 3 and DS 4)" ("DS 3 e DS 4"): a label's word names the next one
    for text in ("was defined as 12 or more months", "foi definido como 12 ou mais meses"):
        at = text.index("12")
        assert spaced_quantity(text, at - 1, at + 2)
    for text in ("the two districts (DS 3 and DS 4) that", "os dois distritos (DS 3 e DS 4) que"):
        at = text.index("3")
        assert a_label_after_a_space(text, at, at + 1)
