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
    # "[¹ᵃ, ¹ᵇ, ⁷]": each part raised apart, the brackets and commas not, as a journal that
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
