"""Raised digits in a Word file that look like labels of what follows or stands before them
(an isotope's mass, a substituent's or an allele's number) and are citations, and the
reverse. Every file is built here to the WordprocessingML spec (see wordbuild.py); the
texts are made up for the tests."""

from __future__ import annotations

from wordbuild import docx, p, t

from blinarefs.manuscript import read_manuscript


def _cited(tmp_path, *runs: str) -> list[tuple[str, tuple[int, ...]]]:
    doc = read_manuscript(docx(tmp_path / "x.docx", p(*runs)))
    return [(m.text, m.numbers) for m in doc.markers]


def test_a_number_closing_a_clause_cites_before_a_symbol_named_word(tmp_path):
    # "vesicles.⁴¹ V-ATPase": vanadium's symbol opens the next sentence's word, and 41 is a
    # mass vanadium could have; glued to the full stop that ends a clause, it cites. Apart
    # from the word before, "⁵¹ V, " is still vanadium-51.
    cited = _cited(
        tmp_path,
        t("Acid builds up in the vesicles."),
        t("41", sup=True),
        t(" V-ATPase pumps it in, as sorted cells,"),
        t("9", sup=True),
        t(" B-cell lines showed. The tracer, "),
        t("51", sup=True),
        t(" V, was pure."),
    )
    assert cited == [("⁴¹", (41,)), ("⁹", (9,))]


def test_the_parts_of_one_reference_name_its_number_once(tmp_path):
    # "[¹a, ¹b, ⁷]": each part raised apart, the brackets and commas not, as a journal that
    # sub-labels its list prints them: one group citing references 1 and 7
    cited = _cited(
        tmp_path,
        t("Fluorides were made in two steps.["),
        t("1a", sup=True),
        t(", "),
        t("1b", sup=True),
        t(", "),
        t("7", sup=True),
        t("]"),
    )
    assert cited == [("¹a, ¹b, ⁷", (1, 7))]


def test_a_substituent_label_is_no_citation_and_r_software_still_cites(tmp_path):
    # "R¹ = Me", "R¹ is an aryl", "X¹ and X²": a lone R, X or Ar raised with one digit, then
    # what defines it; the statistics package R cited ("in R⁷ with") and a capital that
    # names by its letter ("hepatitis B⁴") cite
    cited = _cited(
        tmp_path,
        t("Yields rose when R"),
        t("1", sup=True),
        t(" = Me and fell when R"),
        t("2", sup=True),
        t(" is an aryl group; X"),
        t("1", sup=True),
        t(" and X"),
        t("2", sup=True),
        t(" were halides. Models were fitted in R"),
        t("7", sup=True),
        t(" with care, as for hepatitis B"),
        t("4", sup=True),
        t("."),
    )
    assert cited == [("⁷", (7,)), ("⁴", (4,))]


def test_a_peptides_last_residue_is_no_citation(tmp_path):
    # "⁶IFVI⁹": residues 6 to 9 in one-letter code, the numbers of the first and the last
    # raised; a count that does not fit the letters ("4KVE⁹⁰") is a citation after a name
    cited = _cited(
        tmp_path,
        t("The segment "),
        t("6", sup=True),
        t("IFVI"),
        t("9", sup=True),
        t(" stalls the ribosome, and so does the mutation Δ82MKR"),
        t("84", sup=True),
        t(", unlike the tag 4KVE"),
        t("90", sup=True),
        t("."),
    )
    assert cited == [("⁹⁰", (90,))]


def test_after_a_space_a_raised_number_cites_past_a_lone_small_letter(tmp_path):
    # "sensors 1a,b ⁷⁸": a space stands between the part's letter and the citation; glued,
    # "x⁴" is a power
    cited = _cited(
        tmp_path,
        t("Two sensors 1a,b "),
        t("78", sup=True),
        t(" and a model in x"),
        t("4", sup=True),
        t(" were compared."),
    )
    assert cited == [("⁷⁸", (78,))]


def test_a_name_ending_in_a_hyphen_and_10_is_no_power_of_ten(tmp_path):
    # "pes-10³⁸", "IL-10⁵", "QX07-10 ⁴¹": a gene's, a cytokine's or a compound's code name,
    # then a citation; "5 × 10⁶" and "1-10⁴" (a range up to a power) are powers of ten
    cited = _cited(
        tmp_path,
        t("The promoter QUAS::pes-10"),
        t("38", sup=True),
        t(" was built, IL-10"),
        t("5", sup=True),
        t(" rose, and 5 × 10"),
        t("6", sup=True),
        t(" or 1-10"),
        t("4", sup=True),
        t(" cells were seeded with the analogue QX07-10 "),
        t("41", sup=True),
        t("."),
    )
    assert cited == [("³⁸", (38,)), ("⁵", (5,)), ("⁴¹", (41,))]


def test_a_greek_letters_index_apart_from_it_is_no_citation(tmp_path):
    # "κ ¹-(P)": a ligand's hapticity, the space a converter's; a Latin letter apart cites
    cited = _cited(
        tmp_path,
        t("The ligand binds κ "),
        t("1", sup=True),
        t("-(P) in the sensors a,b "),
        t("12", sup=True),
        t("."),
    )
    assert cited == [("¹²", (12,))]


def test_a_lone_capitals_square_stays_a_power_whatever_follows(tmp_path):
    # "McFadden's R² (pseudo)": the substituent rule adds labels, it takes no power away
    cited = _cited(tmp_path, t("We report McFadden’s R"), t("2", sup=True), t(" (pseudo) values."))
    assert cited == []


def test_a_count_raised_in_a_formula_labelled_with_a_mass_number_is_no_citation(tmp_path):
    # "¹¹¹InCl³": the formula opens with indium-111's raised mass number, so the raised 3
    # after its symbols is the formula's count set raised by mistake; a formula with no
    # mass number before it ("in NaCl⁵") may still be cited
    cited = _cited(
        tmp_path,
        t("Cores were labelled with "),
        t("111", sup=True),
        t("InCl"),
        t("3", sup=True),
        t(" trapped in the shell,"),
        t("4", sup=True),
        t(" as washing in NaCl"),
        t("5", sup=True),
        t(" showed."),
    )
    assert cited == [("⁴", (4,)), ("⁵", (5,))]


def test_a_letter_glued_to_a_compared_quantity_is_its_unit_squared(tmp_path):
    # "PSA ≤ 140A ²": ångströms typed as A, glued to the quantity a comparison bounds, the
    # raised 2 its square even after a space; a figure's panel ("Figure 3A²") bounds
    # nothing, and its raised 2 still cites
    cited = _cited(
        tmp_path,
        t("Drug-like compounds kept a polar surface ≤ 140A "),
        t("2", sup=True),
        t(" and a mass < 5 A"),
        t("3", sup=True),
        t(", as in Figure 3A"),
        t("2", sup=True),
        t("."),
    )
    assert cited == [("²", (2,))]
