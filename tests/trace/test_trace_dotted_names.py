"""A name whose parts a dot joins, its last part a number ("AXVzq.9.QKR7", "TC0123.hg.1"):
a flattened copy shows the number glued after a full stop as a citation is, but the name
goes on after it, or its own parts carry digits (:mod:`blinarefs.trace.dotted_names`).

Passages are written for these tests; the references behind them are placeholders with a
number and a key only (no bibliographic facts). Vector and probe names are invented.
"""

from __future__ import annotations

from tracedata import decoded_markers as decoded

OPENING = (
    "Stromal cells shape tumours.1 They secrete growth factors,2 remodel the matrix3 and "
    "recruit immune cells.4 Their genes are many.5,6 "
)


def test_a_dotted_name_that_goes_on_after_its_number_is_no_citation():
    text = OPENING + (
        "We packaged both halves into AXVzq.9. Upon injection of AXVzq.9.QKR7.Bla and "
        "AXVzq.9-QKR7.Blb the mice recovered. Antibodies to AXVzq.9 were measured first. "
        "A higher dose of AXVzq.9.Bla was safe.7"
    )
    assert decoded(text) == [
        ("1", (1,)),
        ("2", (2,)),
        ("3", (3,)),
        ("4", (4,)),
        ("5,6", (5, 6)),
        ("7", (7,)),
    ]


def test_a_probe_whose_dotted_parts_carry_digits_is_no_citation():
    text = OPENING + (
        "Expression was read with the TC0871234.hg.1 and TC0877655.hg.1 probe sets, and "
        "the TC0871234.hg.1 probe set alone gave the same result.7"
    )
    assert [n for _, n in decoded(text)] == [(1,), (2,), (3,), (4,), (5, 6), (7,)]


def test_a_citation_after_an_abbreviations_full_stop_still_cites():
    text = OPENING + (
        "Others disagreed, e.g.7 in mice, and Roe et al.8 found the reverse. The matrix "
        "was soft.9 Stiffer matrices were rare.10"
    )
    assert [n for _, n in decoded(text)][-4:] == [(7,), (8,), (9,), (10,)]


def test_a_citation_after_a_dotted_names_full_stop_still_cites():
    text = OPENING + "Earlier work used AXV5.Bxq.7 In turn, we used AXV9.Bxq.8\n\nMice were fed."
    assert [n for _, n in decoded(text)][-2:] == [(7,), (8,)]
