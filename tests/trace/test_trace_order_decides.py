"""Digits glued to a name that no rule of how they sit reads as a superscript: only the
order of first citations can take them ("described by Page21.", "ggplot245," beside 47
references); and a spaced superscript after a unit with its value ("for 20 days 54.").

Passages are written for these tests; the references behind them are placeholders with a
number only. Program and author names are used as words.
"""

from __future__ import annotations

from tracedata import placeholder_refs as refs

from blinarefs.trace.candidates import ORDER_ONLY
from blinarefs.trace.decode import decode_citations, decode_markers
from blinarefs.trace.quantities import spaced_quantity


def cited(text: str, size: int = 40) -> list[tuple[int, ...]]:
    return [c.numbers for c in decode_citations(text, refs(size))]


LEAD = "Drought slows growth1–9. Deeper roots help10. "


def test_a_short_authors_name_glued_to_the_next_number_is_a_citation():
    text = LEAD + "Roots were scored as in Dewey and Lu11. Yields fell too12."
    assert cited(text) == [tuple(range(1, 10)), (10,), (11,), (12,)]
    text = LEAD + "Leaves were dried as described by Page11. Yields fell too12."
    assert cited(text)[2] == (11,)
    # glued to the same citation twice, "SDS-PAGE11" is no name's own
    text = LEAD + "Proteins were run on SDS-PAGE11. Yields fell12. Lipids ran on SDS-PAGE11."
    assert cited(text)[2] == (11,)


def test_a_name_glued_to_a_number_out_of_order_keeps_its_digits():
    # "Lu31" and "Page38" would skip twenty numbers: the order vouches for neither
    text = LEAD + "Roots were scored as in Dewey and Lu31. Leaves of Page38, too. Yields fell11."
    assert cited(text) == [tuple(range(1, 10)), (10,), (11,)]
    decisions = decode_markers(text, refs(40)).decisions
    [lu] = [d for d in decisions if d.candidate.numbers == (31,)]
    assert not lu.accepted and ORDER_ONLY in lu.candidate.why


def test_a_label_or_a_single_digit_glued_to_a_word_is_no_candidate():
    text = LEAD + "The strain Sub1 grew, as on page11. Yields fell11."
    decisions = decode_markers(text, refs(40)).decisions
    assert not [d for d in decisions if ORDER_ONLY in d.candidate.why]


def test_a_number_past_the_list_glued_to_a_name_splits_into_its_digit_and_a_citation():
    text = (
        "Earlier work1–43 is reviewed. Figures were drawn with ape44, ggplot245, and the "
        "tables with knitr46."
    )
    assert cited(text, 47) == [tuple(range(1, 44)), (44,), (45,), (46,)]
    [split] = [c for c in decode_citations(text, refs(47)) if c.numbers == (45,)]
    assert text[split.start - 7 : split.end] == "ggplot245"


def test_a_name_numbered_past_the_list_out_of_order_is_no_citation():
    # "MIR444" and "plant140" beside 47 references: 44 and 40 would be neither new nor next
    text = "Earlier work1–43 is reviewed. The family MIR444 and the line plant140 were kept."
    assert cited(text, 47) == [tuple(range(1, 44))]


def test_digits_no_citation_can_be_as_a_whole_end_a_name_and_begin_a_citation():
    # "ZmGRF1511" is no number a list holds: ZmGRF15 then 11, as the order says
    text = LEAD + "The yield gene ZmGRF1511 and its target12 are known."
    assert cited(text)[2:] == [(11,), (12,)]
    text = LEAD + "The yield gene ZmGRF1537 and its target11 are known."
    assert cited(text)[2:] == [(11,)]


SPACED = (
    "Mice were housed in pairs 1. Pain was scored daily 2, and weight weekly 3. The drug "
    "was given as before 4. Doses were low 5. "
)


def test_a_spaced_number_after_a_unit_with_its_value_is_a_superscript():
    text = SPACED + "It was given for 20 days 6. Others took it for four weeks 7, 8."
    assert cited(text, 12)[-2:] == [(6,), (7, 8)]
    # a unit without its value, or a number in mid-clause, counts or labels something
    text = SPACED + "It was given for days 6. Others took it for four weeks 7 to 9 daily."
    assert cited(text, 12) == [(1,), (2,), (3,), (4,), (5,)]


def test_a_unit_with_its_value_governs_no_number_at_a_clause_end():
    text = "It was given for 20 days 54. Then it stopped."
    start = text.index("54")
    assert not spaced_quantity(text, start - 1, start + 2)
    text = "It was given for days 54. Then it stopped."
    assert spaced_quantity(text, text.index("54") - 1, text.index("54") + 2)


def test_a_citation_glued_to_a_programs_version_is_taken_in_order():
    text = LEAD + "Trees were drawn in Mega 6.0611. Maps were refined in RELION 1.412."
    assert cited(text)[2:] == [(11,), (12,)]
    # a label's or a quantity's decimal has no version: "Table 2.11", "pH 7.511"
    text = LEAD + "As in Table 2.11, the soil had pH 7.511. Yields fell11."
    assert cited(text)[2:] == [(11,)]


def test_a_citation_glued_to_a_version_is_taken_where_the_clause_goes_on():
    # after a version the clause may go on with a word or an aside, as after its program
    text = LEAD + (
        "Trees were drawn in Arbor 8.2.411 under a gamma model, and reads were mapped by "
        "Mapper v1.212 because it is fast. Calls came from Caller 3.0.213 (default options)."
    )
    assert cited(text)[2:] == [(11,), (12,), (13,)]
    # a quantity's decimal in mid-clause stays the quantity's
    text = LEAD + "The soil had pH 7.511 in spring and a ratio of 2.146 in autumn. Yields fell11."
    assert cited(text)[2:] == [(11,)]


def test_a_programs_name_glued_to_the_next_number_before_its_kind_or_an_aside():
    text = LEAD + (
        "Peaks were called with the TIDE11 algorithm, genes were predicted by the GENO12 "
        "pipeline and spectra assigned by the program ASSIGN13 (Supplementary Fig. 2). "
        "Reads were counted with zCount14 (v.1.2) throughout."
    )
    assert cited(text)[2:] == [(11,), (12,), (13,), (14,)]
    # out of order, a name's digits stay the name's ("CXCL31 (Fig. 2)" after citation 10)
    text = LEAD + "Levels of CXCL31 (Fig. 2) and the TIDE38 algorithm rose. Yields fell11."
    assert cited(text)[2:] == [(11,)]


def test_a_rings_primed_locants_and_a_solvents_label_are_no_superscripts():
    text = (
        "Epoxides open in acid1. The fused oxireno[2',3':4,5]cyclodecane was formed, and "
        "its spectrum was run in DMSO-d6. Yields were high after follow-up2."
    )
    assert cited(text) == [(1,), (2,)]


def test_a_plural_of_capitals_glued_to_a_group_is_no_family_of_names():
    text = (
        "Cells are linked by thin tubes1. Vesicles pass through TNTs2,3. A TNT is thin and "
        "short-lived4. Mitochondria also travel via TNTs3,5,6. Lysosomes use TNTs2,7."
    )
    assert cited(text) == [(1,), (2, 3), (4,), (3, 5, 6), (2, 7)]
