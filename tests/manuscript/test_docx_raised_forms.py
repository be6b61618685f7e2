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
