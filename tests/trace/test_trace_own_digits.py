"""Digits a flattened copy leaves glued to what they belong to: names listed with others
that carry digits, a program named with its version's number, a power in a formula, a
signed score (:mod:`blinarefs.trace.own_digits`).

Passages are written for these tests; the references behind them are placeholders with a
number and a key only (no bibliographic facts). Gene and program names are invented.
"""

from __future__ import annotations

from tracedata import decoded_markers as decoded

OPENING = (
    "Stromal cells shape tumours1. They secrete growth factors2, remodel the matrix3 and "
    "recruit immune cells4. Their genes are many5,6. "
)


def test_names_listed_with_names_that_carry_digits_keep_their_digits():
    text = OPENING + (
        "AXV vectors carry them into cells, and AXV capsids differ in what they reach. "
        "Vectors AXV1, AXV2, AXV5, and AXV8 were made, and the genes Zopt2, Kalb3, and "
        "Xylpha1 rose, as did Qmp3, Qmp13, Qmp15, Zadamts3 and Zadamts18. The receptors "
        "were raised as before7."
    )
    assert decoded(text) == [
        ("1", (1,)),
        ("2", (2,)),
        ("3", (3,)),
        ("4", (4,)),
        ("5,6", (5, 6)),
        ("7", (7,)),
    ]


def test_names_each_cited_in_a_list_stay_citations():
    text = OPENING + (
        "Reads were mapped with tools such as Aligna7, Quickmap8, and Readr9. Counts were "
        "then compared with Testa10, Compar11 and Diffa12, and checked on our servers "
        "Tolign8 and Blo2go9."
    )
    # "Blo2go9" is a name whole; "Tolign8" beside it, one before its digits, is cited
    assert [n for _, n in decoded(text)][-7:] == [*((n,) for n in range(7, 13)), (8,)]


def test_a_program_named_with_its_version_keeps_its_digits():
    text = OPENING + (
        "Reads were filtered with Sortex2 (version 2.1.4) and aligned with Mapwell3 "
        "(v3.0). Sortex2 removed most of them, and Mapwell3 aligned the rest7. Plots "
        "were drawn with the grafit2 package, and primers chosen with Primo3 software."
    )
    assert [n for _, n in decoded(text)][-1:] == [(7,)]
    assert len(decoded(text)) == 6


def test_a_power_in_a_formula_is_no_citation():
    text = OPENING + (
        "Tumour volume was length × width2, and body mass index was weight/height2 (in "
        "kg/m2). Growth was slower than before7."
    )
    assert [n for _, n in decoded(text)][-1:] == [(7,)]
    assert len(decoded(text)) == 6


def test_a_signed_score_after_its_word_is_no_citation():
    text = OPENING + (
        "Cluster 2: Joint+3, Fascia+5, Sclerosis+4, Mouth+2. The transition from the HOMO "
        "to the LUMO+1 was weak7."
    )
    assert [n for _, n in decoded(text)][-1:] == [(7,)]
    assert len(decoded(text)) == 6


def test_a_unit_before_and_is_no_authors_name():
    # "°C and dpp2": a temperature's unit, not "Roe and Doe2", an author pair
    text = OPENING + (
        "The guides dpp1, dpp3 and hid1 were weak. Flies moved from 25 °C to 29 °C and "
        "dpp2 rose. The receptors were raised as before7."
    )
    assert [n for _, n in decoded(text)][-1:] == [(7,)]
    assert len(decoded(text)) == 6


def test_a_members_name_printed_again_keeps_its_digit():
    text = OPENING + (
        "The Notx pathway is old, and Notx signals reach every cell. The receptor Notx1 is "
        "cut at the membrane, and Notx1 then moves to the nucleus. Robertson7 showed this "
        "first, and Robertson7 later confirmed it in mice."
    )
    assert [n for _, n in decoded(text)][5:] == [(7,), (7,)]


def test_a_word_mostly_alone_cited_twice_by_one_number_stays_cited():
    # a region the text names on its own again and again, cited twice with one work
    text = OPENING + (
        "Currents mix the waters7. The Baltx is vast, the Baltx is warm, the Baltx is deep, the "
        "Baltx is old, the Baltx is salty, the Baltx is calm and the Baltx is still. Oxygen is low "
        "in the Baltx7 at depth. Nitrate in the Baltx7 is high."
    )
    assert [n for _, n in decoded(text)][5:] == [(7,), (7,), (7,)]
