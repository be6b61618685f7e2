"""Flattened superscripts in places the decoder did not read: after a unit with a degree
sign or a slash, after a capital letter that stands as a word ("soil N"), after a
parenthesis that closes an address or a trade mark, and a group after a semicolon.

Passages are written for these tests; the references behind them are placeholders with a
number and a key only (no bibliographic facts).
"""

from __future__ import annotations

from tracedata import FORTY
from tracedata import cited_after_grasslands as cited

from blinarefs.model import Reference
from blinarefs.trace.decode import decode_citations


def test_after_a_unit_with_a_degree_sign_or_a_slash():
    text = (
        "Leaves were dried at 65 °C10, then ground. The binding energy was near -1.2 "
        "kcal/mol11,12. Roots were weighed."
    )
    assert cited(text) == [(10,), (11, 12)]


def test_powers_of_units_stay_text():
    text = "The dose was 5 mg/m2. Leaves were dried at 65 °C. The area was 12 cm2. It then ended.10"
    assert cited(text) == [(10,)]


def test_after_a_capital_letter_standing_as_a_word():
    text = (
        "Microbes immobilize soil N10. Manure adds P and K, and surplus P11,12. The data were "
        "analysed in R13."
    )
    assert cited(text) == [(10,), (11, 12), (13,)]


def test_a_letter_after_a_label_or_a_vitamin_stays_a_name():
    text = (
        "Cattle were given vitamin B12. Yields are shown in Fig. S14. Plots of group A11, "
        "and of type C10, are apart. Soil N rose.10"
    )
    assert cited(text) == [(10,)]


def test_after_a_parenthesis_closing_an_address_or_a_trade_mark():
    text = (
        "Sequences were taken from the archive (http://seq.example.org/)10. The extract "
        "(Herbomix®)11 was given daily."
    )
    assert cited(text) == [(10,), (11,)]


def test_a_group_after_a_semicolon_where_the_clause_goes_on():
    text = "Fire removes litter; 10,11 grazing removes shoots; 12–14 both alter roots."
    assert cited(text) == [(10, 11), (12, 13, 14)]


def test_counts_after_a_semicolon_stay_text():
    text = (
        "Plots were burnt; 12 plots were grazed. Shoots were cut; 3 to 4 per plant. Roots grew.10"
    )
    assert cited(text) == [(10,)]


def test_members_of_a_gene_family_numbered_after_a_semicolon_stay_names():
    text = (
        "The transporters ZmPHO1;2 and ZmPHO1;3 differ, and ZmPHO1;2 is induced.10 Bacteria "
        "were assembled with ASM3;11 see the methods."
    )
    assert cited(text) == [(10,), (11,)]


def test_members_of_a_family_listed_after_a_comma_and_a_space_stay_names():
    text = (
        "The genes KcTRP1, 3 and 5 respond to cold.10 The buffer held 2 mM CaCl2, 12 mM "
        "glucose and integrins β4, 5, 6, 7 subunits. The gene hKT2,11 is not."
    )
    assert cited(text) == [(10,), (11,)]


def test_deletion_alleles_and_names_with_their_abbreviation_stay_text():
    text = (
        "The yeast strain (his4Δ1, trp2Δ0, ura5∆0) grew. The cultivars Westgold27 (WG27) "
        "and Westgold8 (WG8) differ in height.10"
    )
    assert cited(text) == [(10,)]


def test_after_a_latin_locution_glued_more_than_once():
    text = (
        "The enzyme was active in vitro3, and its paralogue in vitro5 and in the leaf. "
        "Both bind the same substrate in vitro7."
    )
    assert cited(text) == [(3,), (5,), (7,)]  # repeats, which the order cannot vouch for


def test_a_statistic_before_an_equals_sign_and_a_value_closing_nested_parentheses():
    text = (
        "Pairs differed (LME: F1,10 = 7.9, P = 0.01). The effect held (trace = 0.1, df = "
        "(1, 254), p = 0.11). Both were weak.10 So were others.11"
    )
    assert cited(text) == [(10,), (11,)]


def test_a_superscript_printed_with_its_parenthesis_closes_nothing():
    text = "Cases rose in the US10), and in Europe (as in Asia) later.11), 12)"
    assert cited(text)[:2] == [(10,), (11,)]


def test_a_group_after_a_slashed_unit_closing_an_aside():
    text = "Risk rises (at levels under 40 mg/dL10, 12, 13) as the heights of 42km14, 15 and more."
    # "42km14" reads as a height's digits; what follows its comma cites
    assert cited(text) == [(10, 12, 13), (15,)]


def test_spaced_superscripts_after_a_value_closing_an_aside():
    spaced = (
        "Soils differ between regions 1. They were sampled twice 2, 3. Grazing alters them 4. "
        "Fire alters them more 5. Drought slows growth 6, and floods drown roots 7. Both recur "
        "8. The acid is weak (pK = 4.2 9). Its salts are listed (Extended data 3 10). Sizes "
        "vary (Table 2 3)."
    )
    numbers = [c.numbers for c in decode_citations(spaced, FORTY)]
    assert numbers[-2:] == [(9,), (10,)]


def test_versions_abbreviations_and_enumerated_members_stay_text():
    text = (
        "Hits were searched with BLASTX 2.2.11 (e value below 0.01). Rates were higher in "
        "Exp. 12 (6%) than in Exp. 2. The genes ZmBET9, 13 and 14 lie apart. Roots grew.10"
    )
    assert cited(text) == [(10,)]


def test_after_a_plurals_parenthesis_or_before_a_group_a_formulas_parenthesis_closes():
    # a word's optional ending "(s)", or a group no formula counts ("del(7q)12–14"), then
    # citations; a formula's one count ("Mg(NO3)2", "(NH4)2"), a power ("g(t)2") and a
    # count before a list's next value ("Ca3(PO4)2, 5 g/L") stay text
    text = (
        "Each gene(s)10,11 was kept, and the loss del(7q)12–14 was common. The salts "
        "Mg(NO3)2 and (NH4)2SO4 and the term g(t)2 were small. A broth held 3 g/L "
        "Ca3(PO4)2, 5 g/L salt and water. It then ended.15"
    )
    assert cited(text) == [(10, 11), (12, 13, 14), (15,)]


def test_after_an_ions_charge_and_the_clauses_punctuation():
    text = (
        "The enzyme needs Mg2+.10 Its cousin binds Zn2+,11 whereas others bind none. The "
        "series ends with OH−.12 Pores were 0.3–.5 mm wide."
    )
    assert cited(text) == [(10,), (11,), (12,)]


def test_after_an_older_years_full_stop_and_a_years_comma_before_a_group():
    text = (
        "Peat has been cut here since 1850.10 Later cuts were mapped in 2003,11,12 and the "
        "bog shrank by 1,250 ha."
    )
    assert cited(text) == [(10,), (11, 12)]


def test_a_group_after_a_dotted_name_goes_on_as_a_citation():
    # "PU.1 binding" is a name that goes on; "ATAC.10,11 snATAC" is a group after a word
    text = "The factor PU.1 binds here. Chromatin was read with (sn)ATAC.10,11 snATAC reads more."
    assert cited(text) == [(10, 11)]


CLOSING_STYLE = (  # a journal that prints its superscripts "12)"
    "Risk rose in Europe1) and in the US2), and more in men3). Smoking4), obesity5) and "
    "age6) added to it7). Diet8) and sleep9) matter less10), as in trials11). "
)


def test_a_superscript_closed_by_its_parenthesis_after_a_values_digits():
    # the value's last places and the citation are one run: the order tells them apart
    text = CLOSING_STYLE + (
        "The relative risks were 1.3112) and 1.2513), respectively, with ratios < 10814) "
        "in men and > 3915) in women."
    )
    numbers = [c.numbers for c in decode_citations(text, FORTY)]
    assert numbers == [(n,) for n in range(1, 16)]


def test_a_superscript_closed_by_its_parenthesis_after_a_labels_number():
    # "chromosomes 1512)": chromosome 15, then 12; "chromosome 9,13)": 9, then 13
    text = CLOSING_STYLE + (
        "Teams finished chromosomes 1512) and 9,13) first, then the rest of the map14)."
    )
    numbers = [c.numbers for c in decode_citations(text, FORTY)]
    assert numbers == [(n,) for n in range(1, 15)]


def test_a_values_digits_before_a_parenthesis_it_opened_are_the_value():
    text = CLOSING_STYLE + "The effect was small (p = 0.0312) and the ratio (1.2345) too."
    numbers = [c.numbers for c in decode_citations(text, FORTY)]
    assert numbers == [(n,) for n in range(1, 12)]


def test_a_value_after_a_citation_and_a_spaced_comma_is_no_part_of_its_group():
    # "meadows10, 62.5% in": the citation, then a share; the group does not run on into it
    text = (
        "Cover was 71% in dry meadows10, 62.5% in wet meadows11, 54 % in fens12, and less in bogs."
    )
    assert cited(text) == [(10,), (11,), (12,)]


def test_a_mixed_case_plural_carries_a_citation():
    # "siRNAs13," is a plural: no name carries its number so
    text = "Silencing used short siRNAs13, as before. Others used longer ones."
    assert cited(text) == [(13,)]


def test_a_superscript_glued_to_a_range_of_years_or_a_year_of_the_1800s():
    # "1990–199910,11" is the range 1990–1999 and a group; "since 187012." the year 1870 and
    # a citation; "MSTRG.188913.2" and "IRB-18344" an identifier's digits, no year
    text = (
        "Floats were used in 1990–199910,11, with other tools later. The sea has cooled "
        "since 187012. Three transcripts, MSTRG.188913.2 among them, rose. It was approved "
        "by IRB-18344."
    )
    assert cited(text) == [(10, 11), (12,)]


def test_only_a_length_takes_a_power_after_its_value():
    # "900 kg2." cites 2: no mass is squared; "12 m3" is a cube, "4 A3" an ångström cubed
    text = "Whales are large1. Adults weigh about 900 kg2. The tank held 12 m3, the pocket 4 A3."
    assert [c.numbers for c in decode_citations(text, FORTY)] == [(1,), (2,)]


def test_a_spaced_list_that_rises_far_up_to_the_next_sentence():
    # a journal printing its lists with spaces: "it.3 90 The" cites 3 and 90, however far
    # apart, where the next sentence begins; "of 3 196 K" would not
    refs = [Reference(id=f"r{k}", number=k) for k in range(1, 201)]
    text = "A first finding.1 A second one.2 Cells respond to it.3 90 The response fades.91"
    assert [c.numbers for c in decode_citations(text, refs)] == [(1,), (2,), (3, 90), (91,)]


def test_after_a_whole_numbers_full_stop_before_a_new_sentence():
    # a sentence that ends in a number of its own closes it with a full stop: "2.3–5 Among"
    # is "2." and a group, "grade 2.8 In" a grade and a citation cited before
    text = (
        "Soil was sampled among the plots in horizon 2.3–5 Among these, the risk rose in grade"
        " 2.8 In the end, relapse fell in the plots.10"
    )
    assert cited(text) == [(3, 4, 5), (8,), (10,)]


def test_a_values_or_a_labels_decimal_before_a_capitalised_word_stays_text():
    # a unit or a symbol that is always capitalised, a value after "=", a label's part
    text = (
        "The flow in the strait is 8.6 Sv in the model. The shift was δ = 171.26 Ca in the"
        " sample. The plots are in Table 2.4 The soil was wet in the end.10"
    )
    assert cited(text) == [(10,)]


def test_a_group_glued_to_a_plural_that_counts_time():
    # "days 1–5" labels its numbers after a space; digits glued to the plural cite, as
    # after "years" or "weeks" (a singular's, "on day7", stays its label)
    text = (
        "Plots were burnt for up to 10 days10–12,14. In the days after, they were sown in"
        " 14 days15 and watered on day7 and day 9 only, for days.16"
    )
    assert cited(text) == [(10, 11, 12, 14), (15,), (16,)]


def test_after_a_functions_empty_parentheses():
    # no formula counts an empty pair: "thinCounts()10" is a function, then a superscript
    text = "Counts were thinned with thinCounts()10 and scaled with scale()5. Mg(OH)2 was added.11"
    assert cited(text) == [(10,), (5,), (11,)]


def test_after_a_parenthesis_closing_on_a_degree_sign_or_a_prime():
    # an angle's or a primed variable's parenthesis closes a value, then a superscript:
    # "(3.75°)10." as "(Fig. 2)10." would be
    text = (
        "The model ran at a grid of T31 (3.75°)10. The front moved with the displacement "
        "(h′)11 due to the storm. Roots were weighed."
    )
    assert cited(text) == [(10,), (11,)]
