"""Raised digits in a Word file: which are citations and which are powers, by what stands
before them. Every file is built here to the WordprocessingML spec (see wordbuild.py); the
texts are made up for the tests."""

from __future__ import annotations

from wordbuild import docx, p, t

from blinarefs.manuscript import read_manuscript


def _cited(tmp_path, *runs: str) -> list[tuple[int, ...]]:
    doc = read_manuscript(docx(tmp_path / "x.docx", p(*runs)))
    return [m.numbers for m in doc.markers]


def test_a_unit_after_its_quantity_is_squared_or_cubed_only(tmp_path):
    # "30 s" is a time, not a variable s: a raised 15 after it cites, a raised 2 after
    # "5 m" is a square metre, and a letter standing alone with no number before it is
    # still a variable ("s¹⁵" in an expression, "x⁴")
    cited = _cited(
        tmp_path,
        t("The sprint lasted 30 s"),
        t("15", sup=True),
        t(" and covered 40\u00a0m"),
        t("7,8", sup=True),
        t("; plots of 5 m"),
        t("2", sup=True),
        t(" and volumes of 3 l"),
        t("3", sup=True),
        t(" were used, with terms s"),
        t("15", sup=True),
        t(" and x"),
        t("4", sup=True),
        t(" in the model."),
    )
    assert cited == [(15,), (7, 8)]


def test_a_negative_power_of_any_short_unit_and_a_bracketed_index_are_no_citations(tmp_path):
    # "mn-¹" (minutes, as French writes it) and "ha-¹" are units' negative powers, their
    # sign unraised, as "mol-¹" is; "P⁽¹⁾" is the first of two densities, an index. Left as
    # plain digits, as the text export writes them, and the citation after them still cites.
    doc = read_manuscript(
        docx(
            tmp_path / "x.docx",
            p(
                t("Activity was 4 µM mg-1 mn-"),
                t("1", sup=True),
                t(" and the yield 3 t ha-"),
                t("1", sup=True),
                t(" between the densities P"),
                t("(1)", sup=True),
                t(" and P"),
                t("(2)", sup=True),
                t(" of the two plots, as in earlier work"),
                t("5", sup=True),
                t("."),
            ),
        )
    )
    assert [m.numbers for m in doc.markers] == [(5,)]
    assert "mn-1 and the yield 3 t ha-1 between the densities P(1) and P(2) of" in doc.text


def test_labels_typed_apart_from_their_symbol_are_no_citations(tmp_path):
    # an NMR coupling constant's bond count and an isotope's mass number, each typed with a
    # space before its symbol, label what follows; a citation glued to its sentence before
    # a word that opens with a symbol ("B cells", "In this") still cites
    cited = _cited(
        tmp_path,
        t("Shifts are in Hz."),
        t("1", sup=True),
        t(" H, "),
        t("195", sup=True),
        t(" Pt and "),
        t("15", sup=True),
        t(" N spectra were taken (dd, "),
        t("3", sup=True),
        t(" J HH=7.1, "),
        t("2", sup=True),
        t(" J(P,P)=12 Hz); "),
        t("13", sup=True),
        t("\u2009C NMR runs were short. Mice were dosed."),
        t("12", sup=True),
        t(" B cells fell, as seen before."),
        t("50", sup=True),
        t(" In this work, doses were kept."),
    )
    assert cited == [(12,), (50,)]


def test_hybridised_orbitals_and_spelled_out_statistics_are_powers(tmp_path):
    # "sp³" is an orbital, "Chi²" and "pseudo-R²" statistics, a word squared inside a
    # product or a quotient a term of a formula, and so is "0.03x²"; a species after its
    # genus in mid-sentence cites, and so does a number after "and/or"
    cited = _cited(
        tmp_path,
        t("Each sp"),
        t("3", sup=True),
        t(" carbon bonds; Chi"),
        t("2", sup=True),
        t(" tests were run; volume was length × width"),
        t("2", sup=True),
        t(" and the index weight/(height"),
        t("2", sup=True),
        t(") or weight/height"),
        t("2", sup=True),
        t(" or (width"),
        t("2", sup=True),
        t(" × length); y = 0.03x"),
        t("2", sup=True),
        t(" + 1.2x with a pseudo-R"),
        t("2", sup=True),
        t(" of 0.4; and/or"),
        t("4", sup=True),
        t(". It grew in cultures of Bacillus sp"),
        t("3", sup=True),
        t(" and others."),
    )
    assert cited == [(4,), (3,)]


def test_a_rate_units_citation_and_a_negative_power_raised_with_a_citation(tmp_path):
    # "ft³/s³⁵": after a unit under a slash a raised number that is no square or cube
    # cites; "year⁻¹" raised in one run with the citation after it ("⁻¹⁴⁹", "⁻¹,²⁷"):
    # the power's digit, then the citation, and so with the sign left unraised ("mol–¹,⁴¹");
    # "10–⁵" is a power of ten
    cited = _cited(
        tmp_path,
        t("The flow was 820 ft"),
        t("3", sup=True),
        t("/s"),
        t("35", sup=True),
        t(". Loss was 150 Gt year"),
        t("−1", sup=True),
        t("49", sup=True),
        t(", near 2 nmol kg"),
        t("−1,27", sup=True),
        t(" and 4 m s"),
        t("−1 8", sup=True),
        t(", at 3 m s"),
        t("−1", sup=True),
        t(" alone, 9 kcal mol–"),
        t("1,41", sup=True),
        t(" with the sign unraised, and 1 × 10–"),
        t("5", sup=True),
        t(" M."),
    )
    assert cited == [(35,), (49,), (27,), (8,), (41,)]


def test_an_isotopes_mass_raised_right_after_a_citation(tmp_path):
    # "ppm.²⁹" then "¹H" raised with no gap: citation 29, then hydrogen-1 (291 is no mass
    # of hydrogen); a citation glued before an isotope of its own run with a gap is the
    # older case (test_docx_read)
    cited = _cited(
        tmp_path,
        t("A peak at 942 ppm."),
        t("29", sup=True),
        t("1", sup=True),
        t("H and "),
        t("13", sup=True),
        t("C spectra agree; isotopes ("),
        t("210", sup=True),
        t("Pbex) and (143Nd/"),
        t("144", sup=True),
        t("Ndsample) too. The "),
        t("1", sup=True),
        t("9", sup=True),
        t("F NMR agrees."),
    )
    assert cited == [(29,)]


def test_a_charge_with_its_en_dash_left_unraised(tmp_path):
    # "[Pt₆(CO)₁₂]²–" with the dash typed unraised is a charge; after a word the same dash
    # opens an aside after a citation
    cited = _cited(
        tmp_path,
        t("The anion [Pt6(CO)12]"),
        t("2", sup=True),
        t("– and Fe"),
        t("3", sup=True),
        t("–. Ions form, as in the organs"),
        t("4", sup=True),
        t("– a resource."),
    )
    assert cited == [(4,)]


def test_a_citation_raised_in_its_own_run_after_a_raised_label_cites(tmp_path):
    # a genotype raised with the citation after it ("Gene" "flox/flox" "12"): the label is
    # no citation, the number after it is when it goes on from the numbers cited so far;
    # a Greek letter's index ("Leu" "δ" "1") and a number far out of order are no citations
    cited = _cited(
        tmp_path,
        t("Earlier work"),
        t("1–11", sup=True),
        t(" used mice. The "),
        t("Abc", italic=True),
        t("flox/flox", sup=True),
        t("12", sup=True),
        t(" strain and the methyl groups of Leu"),
        t("δ", sup=True, italic=True),
        t("1", sup=True),
        t(" and the "),
        t("Xyz", italic=True),
        t("ko", sup=True),
        t("40", sup=True),
        t(" line were kept."),
    )
    assert cited == [tuple(range(1, 12)), (12,)]


def test_a_small_number_glued_again_and_again_to_a_short_symbol_is_its_label(tmp_path):
    # "RL⁴" is a response level named three times after 4 was cited elsewhere: a label; a
    # work cited three times after the same word first cited there ("DBX⁵") still cites,
    # and so does a number after a sample's name ("core 12-3⁶")
    cited = _cited(
        tmp_path,
        t("Levels were graded"),
        t("1–4", sup=True),
        t(". A deep response, RL"),
        t("4", sup=True),
        t(", was kept; RL"),
        t("4", sup=True),
        t(" cases and the RL"),
        t("4", sup=True),
        t(" rate rose. The DBX"),
        t("5", sup=True),
        t(" set, the DBX"),
        t("5", sup=True),
        t(" data and DBX"),
        t("5", sup=True),
        t(" again; in core 12-3"),
        t("6", sup=True),
        t(", core 12-3"),
        t("6", sup=True),
        t(" and core 12-3"),
        t("6", sup=True),
        t("."),
    )
    assert cited == [(1, 2, 3, 4), (5,), (5,), (5,), (6,), (6,), (6,)]


def test_square_miles_are_a_unit_squared(tmp_path):
    cited = _cited(
        tmp_path,
        t("The basin covers 740 mi"),
        t("2", sup=True),
        t(" of farmland, as mapped"),
        t("3", sup=True),
        t("."),
    )
    assert cited == [(3,)]


def test_a_name_ending_in_ten_or_an_acronym_in_brackets_is_no_base_of_a_power(tmp_path):
    # "QR10⁴˒⁵" is a gene named QR10 cited, not ten to a power, where "1x10⁶" and "2 × 10³"
    # are powers; "(AB12-3)²" is a named marker in brackets, where "(y-1)²" squares an
    # expression; a pressure unit after its quantity is squared ("4 GPa²")
    cited = _cited(
        tmp_path,
        t("The QR10"),
        t("4,5", sup=True),
        t(" gene at 1x10"),
        t("6", sup=True),
        t(" and 2 × 10"),
        t("3", sup=True),
        t(" cells, the marker (AB12-3)"),
        t("2", sup=True),
        t(" and (y-1)"),
        t("2", sup=True),
        t(" with an error of 4 GPa"),
        t("2", sup=True),
        t("."),
    )
    assert cited == [(4, 5), (2,)]


def test_a_side_chains_atom_and_a_one_digit_base_in_a_product_are_raised_labels(tmp_path):
    # "Ile-δ¹" and "Leuδ²" name a methyl group's atom (NMR labelling), "6 × 3⁵" is a power
    # in a product; "TNF-α⁷" and "a 2 × 2 design⁸" still cite
    cited = _cited(
        tmp_path,
        t("Methyls at Ile-δ"),
        t("1", sup=True),
        t(" and Leuδ"),
        t("2", sup=True),
        t(" give 6 × 3"),
        t("5", sup=True),
        t(" states; TNF-α"),
        t("7", sup=True),
        t(" rose in a 2 × 2 design"),
        t("8", sup=True),
        t("."),
    )
    assert cited == [(7,), (8,)]
