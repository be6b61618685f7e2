"""Flattened superscripts glued to names that end in digits, to the next word, before an em
dash, and superscripts a copy spaced in a manuscript whose equations are numbered "(n)".

Passages are written for these tests; the references behind them are placeholders with a
number and a key only (no bibliographic facts). Gene and compound names are used as words.
"""

from __future__ import annotations

from tracedata import placeholder_refs as refs

from blinarefs.model import Reference
from blinarefs.trace.decode import decode_citations, decode_markers


def decoded(text: str, size: int = 40, **kw) -> list[tuple[str, tuple[int, ...]]]:
    return [(c.marker, c.numbers) for c in decode_citations(text, refs(size), **kw)]


def test_a_citation_after_a_name_that_ends_in_digits_is_read_where_the_name_ends():
    text = (
        "Tumours evade immunity1. T cells need two signals2. The second comes through "
        "CD28 on the cell surface3,4. Blocking it weakens the response of CD285–7. Nitrous "
        "oxide (N2O) is a gas. Flooded fields emit less N2O8,9. Drained ones emit more10."
    )
    assert decoded(text) == [
        ("1", (1,)),
        ("2", (2,)),
        ("3,4", (3, 4)),
        ("5–7", (5, 6, 7)),
        ("8,9", (8, 9)),
        ("10", (10,)),
    ]


def test_the_readings_of_a_glued_run_are_chosen_by_the_order_of_first_citations():
    text = (
        "Cells take up glucose1. Uptake is fast in tumours2. Of the carriers, GLUT3 is "
        "the fastest. Immune cells favour GLUT33,4. Others prefer GLUT1."
    )
    assert [n for _, n in decoded(text)] == [(1,), (2,), (3, 4)]  # GLUT3 then 3,4
    [decision] = [d for d in decode_markers(text, refs(40)).decisions if 4 in d.candidate.numbers]
    assert decision.accepted and "'GLUT3' stands alone elsewhere" in decision.candidate.why


def test_a_member_of_a_numbered_family_keeps_its_digits():
    text = (
        "Matrix enzymes remodel tissue1. They are many2. Of these, MMP-1, MMP-2, MMP-8 "
        "and MMP-13 cut collagen3. MMP-14 was raised in every sample."
    )
    assert [n for _, n in decoded(text)] == [(1,), (2,), (3,)]


def test_a_superscript_glued_to_the_next_word_or_before_an_em_dash():
    text = (
        "The law rests on evidence1and on practice. Earlier publications2,3and reports "
        "agree. Most spread takes place4—in homes—as surveys show5."
    )
    assert [n for _, n in decoded(text)] == [(1,), (2, 3), (4,), (5,)]
    printed = "The law rests on evidence^1^and on practice. Reports agree.^2,3^We add more."
    assert [n for _, n in decoded(printed)] == [(1,), (2, 3)]


def test_spaced_superscripts_are_found_among_numbered_equations():
    text = (
        "Models of growth are old 1. They were extended to cities 2, and to firms 3. "
        "The rate obeys Eq. (1) and the size Eq. (2). Solving Eq. (1) with Eq. (3) and "
        "Eq. (4) gives a law 4. Others found the same 5, and a review agrees 6. "
        "Eq. (2) then fixes the scale 7. Eq. (3) is new 8."
    )
    assert [n for _, n in decoded(text, 8)] == [(n,) for n in range(1, 9)]


def test_a_label_a_comparison_and_a_formula_count_are_no_spaced_superscripts():
    text = (
        "Pain was scored 1. Scores were higher in mice 2, as before 3. The buffer held "
        "2 mM CaCl 2, 1 mM MgCl 2, and glucose 4. Results are in Table 1. Genes with "
        "z-scores > 2, were kept 5. Limb use was graded (4: normal, 3: limping) 6."
    )
    assert [n for _, n in decoded(text, 6)] == [(n,) for n in range(1, 7)]


def test_a_citation_glued_after_a_version():
    text = (
        "Reads were cleaned1. Contigs were built2. Scaffolds were joined with SSPACE v "
        "2.0.53 with default settings. Genes were predicted by Augustus 3.0.24 and drawn "
        "in FigTree ver.1.4. The p value was 0.0125."
    )
    assert [n for _, n in decoded(text)] == [(1,), (2,), (3,), (4,)]


def test_digits_in_a_doi_are_no_citation_after_a_version():
    text = "Drug X works1. The data are at doi:10.0000/j.test.2013.01.007 for all."
    decoding = decode_markers(text, [Reference(id=f"r{n}", number=n) for n in range(1, 9)])
    assert [c.numbers for c in decoding.citations] == [(1,)]
    why = [" ".join(d.candidate.why) for d in decoding.decisions]
    assert not [w for w in why if "version" in w]


def test_a_citation_glued_to_a_versions_long_last_part_is_read_when_repeated():
    # a version's last part of three digits after two short parts, or four after a word
    # that calls it a version, carries a glued citation: read even when it repeats one
    text = (
        "Reads were cleaned with a trimmer1. Contigs were built by an assembler2. Maps "
        "were refined with fitters3–12. Reads were cleaned again with trimmer v2.2.113. "
        "The last fitter, version 3.9712, was run once. Stock came from catalogue "
        "#850.790.092. Its build 2.0.0.333 was kept."
    )
    assert [n for _, n in decoded(text)] == [(1,), (2,), tuple(range(3, 13)), (13,), (12,)]


def test_a_citation_glued_to_a_units_negative_power_is_read():
    # no unit takes a power of -12 or more: after "cm -1" the digits are a citation; a
    # strain's "K-12" follows no value and keeps its digits
    text = (
        "Carbon monoxide binds haem in many proteins1,2. In the gas phase it absorbs at "
        "2143 cm -13. Bound, the band shifts to 1950 cm−14,5, and heating at 2 K min−11 and "
        "it moves. The strain E. coli K-12 was used6."
    )
    assert [n for _, n in decoded(text)] == [(1, 2), (3,), (4, 5), (1,), (6,)]


def test_a_falling_group_glued_to_a_name_splits_where_a_tight_group_begins():
    # "SCAR265,66" read whole is 265 then 66, no citation's order: SCAR2, then 65 and 66
    text = (
        "Cells crawl on flat protrusions1–63. Their actin is branched by a complex64 "
        "that binds a promoting factor, SCAR265,66. Cells without it crawl slowly67."
    )
    assert [n for _, n in decoded(text, size=70)] == [
        tuple(range(1, 64)),
        (64,),
        (65, 66),
        (67,),
    ]


def test_a_citation_glued_to_a_long_name_in_capitals_in_mid_clause():
    # a program's or a study's name carries no two-digit number as a gene's short stem
    # does: "TRACKER12 and" cites 12 where the order brings it in; "CXCL12 and" stays a name
    text = (
        "Variants were called with a caller1–10 and filtered twice11. They were annotated "
        "with TRACKER12 and a browser13. The ligand CXCL12 and its receptor were high14."
    )
    assert [n for _, n in decoded(text)] == [tuple(range(1, 11)), (11,), (12,), (13,), (14,)]


def test_a_name_glued_alike_to_its_citation_each_time_is_split_where_it_stands_alone():
    # "SIM465" twice, where the model "SIM4" stands alone more often: the model, then its
    # citation each time; a name glued to more digits before an ion's charge ("XO32-")
    # or a family member ("Kin11" beside "Kin1" and "Kin2") keeps them
    text = (
        "Rivers carry heat to the sea1. Floods were larger in the past2. Fields came from "
        "SIM43 and were summed. SIM4 runs daily, SIM4 covers the globe, and SIM4 is open. "
        "Discharge was taken from SIM43 and the anion XO32- was measured as XO32- "
        "twice beside XO3 and XO3. Kin11 and Kin11 bind Kin1 and Kin2 here4."
    )
    assert [n for _, n in decoded(text)] == [(1,), (2,), (3,), (3,), (4,)]
    # where "SIM4" never stands alone, "SIM43" (a number in the list) is a name like any other
    text = text.replace("SIM4 runs daily, SIM4 covers the globe, and SIM4 is open", "It runs")
    assert [n for _, n in decoded(text, size=50)] == [(1,), (2,), (4,)]


def test_a_program_whose_name_ends_in_a_digit_then_its_citation_past_the_list():
    # "CNTeq258," beside a list of 60 is no number of the list: the program "CNTeq2",
    # then citation 58, where the order brings 58 in next; "GENE444" in a list of names
    # stays a name where 44 would come out of order
    text = (
        "Reads were cut to length1–56 and mapped again57. Counts were modelled with "
        "CNTeq258, and the families GENE156, GENE169 and GENE444 were kept59."
    )
    assert [n for _, n in decoded(text, size=60)] == [tuple(range(1, 57)), (57,), (58,), (59,)]


def test_a_group_glued_twice_to_one_word_is_no_name_with_members():
    # "Basin4,5" printed twice is one citation glued twice to a word: not a name "Basin4"
    # that recurs (as "TAP2" among "TAP1, and TAP2,11" is), then citation 5 alone; and a
    # word glued twice to the same group ("cell line6,7") is no name that recurs either
    text = (
        "Cold water sinks in the north1. It spreads south2,3. Fresh water reaches the "
        "Northern Basin4,5. The effect is small in the Northern Basin4,5. It was also "
        "seen in another cell line6,7. Then, in a different cell line6,7. Models agree8."
    )
    assert [n for _, n in decoded(text)] == [
        (1,), (2, 3), (4, 5), (4, 5), (6, 7), (6, 7), (8,)
    ]  # fmt: skip


def test_a_group_glued_to_a_word_that_mostly_stands_alone_is_read_whole():
    # "ORCA" stands alone more often than it carries digits ("ORCA5."): its glued digits
    # are citations each time, so "ORCA2,6." is a group, not a member "ORCA2" and citation
    # 6 (as "TAP2,11" among "TAP1" and "TAP2" is); nor "DiVa3,7 as", where the clause goes on
    text = (
        "The survey ran for years1. The ORCA array counts whales2. The ORCA team adds "
        "seals3,4. It was counted by ORCA5. Counts rose in the ORCA2,6. The DiVa tool "
        "sorts them. Sorting followed DiVa3,7 as before. The DiVa output is open8."
    )
    assert [n for _, n in decoded(text)] == [
        (1,), (2,), (3, 4), (5,), (2, 6), (3, 7), (8,)
    ]  # fmt: skip
    # a letter alone is a name's part however often it stands: "p16,3" cites 3
    text = "Markers differ1. The p value was small2. Of the markers, p16,3 rose."
    assert [n for _, n in decoded(text)] == [(1,), (2,), (3,)]


def test_a_citation_glued_to_a_version_whose_v_is_glued_to_its_program():
    # "Trimmerv0.36" and "Fitterv3.11": a version's "v" glued to a program's name; a
    # channel's short name ("Kv1.3") is no program; "v7.22213": a version's part of
    # three digits, then a citation of two
    text = (
        "Reads were cleaned1. Contigs were built2. Reads were trimmed with Trimmerv0.363 "
        "applying a window. Counts were fitted with the package Fitterv3.114. The Kv1.3 "
        "channel was blocked5. Other channels were blocked too6–12. Sequences were aligned "
        "with Aligner v7.22213 (option auto)."
    )
    assert [n for _, n in decoded(text)] == [(1,), (2,), (3,), (4,), (5,), tuple(range(6, 13)),
                                             (13,)]  # fmt: skip


def test_a_citation_glued_to_a_name_seen_alone_before_its_noun_is_read_in_turn():
    # "QX-11" stands alone elsewhere: "QX-1135 plates" is QX-11 and citation 35, where 35
    # is the next number; the same name glued to a repeat stays the name's digits
    text = " ".join(f"Finding number {k} was made in an earlier survey.{k}" for k in range(1, 35))
    text += (
        " The QX-11 medium was used. Cells grew in QX-11 medium. Cells were then spread on "
        "modified QX-1135 plates. Later they were spread on QX-1112 plates."
    )
    assert decoded(text)[34:] == [("35", (35,))]


def test_a_run_glued_alike_each_time_splits_where_its_hyphenated_name_stands_alone():
    # "QX-5512" twice, where the reanalysis "QX-55" stands alone far more often: the name,
    # then citation 12 each time; "AB-1213" twice, where "AB-12" never stands alone, is a
    # strain's name like any other, and "IL-14" beside "IL-1" and "IL-6" a family member's
    text = (
        " ".join(f"Finding number {k} was made in an earlier survey.{k}" for k in range(1, 12))
        + " Winds came from the reanalysis QX-5512 and were averaged. QX-55 runs daily, "
        "QX-55 covers the globe, and QX-55 is open. QX-55 is fast, QX-55 is cheap, and "
        "QX-55 is new. Pressure was taken from QX-5512 and "
        "summed. The strain AB-1213 grew, and AB-1213 died. IL-14 and IL-14 bind IL-1 and "
        "IL-6 here13."
    )
    assert [n for _, n in decoded(text)][11:] == [(12,), (12,), (13,)]


def test_a_citation_glued_to_a_word_whose_one_digit_names_it_alone_again_and_again():
    # "Mapmer2" stands alone again and again, no "Mapmer3" beside it: "Mapmer25," at a
    # clause end is the name, then 5 (cited before); beside a family's other member
    # ("Tagger3"), "Tagger25" keeps its digits
    text = (
        "Reads were mapped1. Mapmer2 maps reads2–4. Mapmer2 is fast, and Mapmer2 is small."
        " Reads were sorted5. We used Mapmer25, and Mapmer2 ran well.6"
    )
    assert decoded(text) == [("1", (1,)), ("2–4", (2, 3, 4)), ("5", (5,)), ("5", (5,)), ("6", (6,))]
    family = text.replace("Mapmer", "Tagger") + " Tagger3 is another.7"
    assert ("5", (5,)) not in decoded(family)[3:]


def test_digits_glued_again_and_again_to_a_name_printed_alone_once_cite():
    # "QRX4051" stands alone once; "QRX405111" twice is that name and citation 11, not a
    # name of its own; a name of five digits too ("TVW52718" alone, then "TVW5271813" twice)
    cited = " ".join(f"Finding {w} was reported{n}." for n, w in enumerate("abcdefghij", 1))
    text = cited + (
        " The data set QRX4051 holds the raw reads. Reads from QRX405111 were mapped again,"
        " and QRX405111 was filtered too12. The set TVW52718 was added later, as in TVW5271813."
        " Others used TVW5271813 and agree. Later work agrees14."
    )
    assert decoded(text, size=20)[10:] == [
        ("11", (11,)),
        ("11", (11,)),
        ("12", (12,)),
        ("13", (13,)),
        ("13", (13,)),
        ("14", (14,)),
    ]


ROEVIR = (
    "Owls of Springfield declined1. Barns were lost2. Farmers left the valley3. The ROEVIR-19 "
    "outbreak closed the farms4,5. ROEVIR-19 spread fast in the valley6. Many towns saw "
    "ROEVIR-19 cases in spring7. Its fever lasted a week8. Schools shut during the ROEVIR-199,10. "
    "After ROEVIR-19 the barns reopened11. The ROEVIR-19 wards emptied in May, and ROEVIR-19 "
    "tests stopped. Few owls caught ROEVIR-19 at all. Owls came back after the ROEVIR-199."
)


def test_a_one_digit_citation_glued_again_and_again_to_a_name_with_its_own_digits():
    # "ROEVIR-19" stands alone again and again and numbers no family: "ROEVIR-199,10" is
    # the name, then 9 and 10 (not the name's digits, its comma, then 10), and "ROEVIR-199."
    # again the name and 9, cited before
    assert decoded(ROEVIR)[7:] == [("9,10", (9, 10)), ("11", (11,)), ("9", (9,))]


def test_a_family_member_one_digit_longer_stays_a_name():
    # "MMP-1" beside "MMP-9": "MMP-13" is a member of the family, printed twice at a clause
    # end, no citation of 3; nor does a name seldom printed alone lend a digit
    family = ROEVIR.replace("ROEVIR-", "MMP-") + " MMP-1 and MMP-9 differ12."
    assert ("9", (9,)) not in decoded(family)[9:]
    assert ("10", (10,)) in decoded(family)
    seldom = (
        "Owls of Springfield declined1. Barns were lost2. Farmers left the valley3. The "
        "KEVA-2 lineage grew4. Barns held KEVA-23. Owls shed KEVA-23, and KEVA-23 spread5."
    )
    assert [n for _, n in decoded(seldom)] == [(1,), (2,), (3,), (4,), (5,)]


FINDINGS = " ".join(f"Finding {w} was reported{n}." for n, w in enumerate("abcdefghijkl", 1))


def test_a_citation_glued_in_mid_clause_to_a_name_with_its_own_digits_printed_alone():
    # "ROEVIR-19" stands alone again and again: "the ROEVIR-1913 datasets" and "from
    # ROEVIR-1912 followed" are the name, then a citation, a repeat (12) as well as a new one
    text = FINDINGS + (
        " The ROEVIR-19 outbreak closed farms. ROEVIR-19 spread fast, and ROEVIR-19 cases rose."
        " Owls were spared by ROEVIR-19 entirely. We pooled the ROEVIR-1913 datasets with ours."
        " Deaths from ROEVIR-1912 followed the same curve14."
    )
    assert decoded(text)[12:] == [("13", (13,)), ("12", (12,)), ("14", (14,))]


def test_digits_glued_in_mid_clause_to_a_family_member_or_a_one_digit_stay_text():
    # "MMP-1" beside "MMP-9": "the MMP-112 levels" is no citation of 12; "Caco-21 signal"
    # carries one digit, a member's
    text = FINDINGS + (
        " The enzyme MMP-1 cuts collagen. MMP-1 rises, MMP-1 falls, and MMP-9 stays."
        " MMP-1 is common. We measured the MMP-112 levels in owls. The Caco-2 cells grew,"
        " Caco-2 cells died. Caco-2 lines were kept. Owls lacked Caco-21 signal14."
    )
    assert decoded(text)[12:] == [("14", (14,))]
