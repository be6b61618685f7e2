"""Explicit and parenthesised numbers that number something other than the list: a
protein's residues ("Arg^394^"), and equations referred to in a span or a run under one
label ("(1)–(3)", "Equations (4), (6) and (9)").

Passages are written for these tests; the references behind them are placeholders with a
number and a key only (no bibliographic facts).
"""

from __future__ import annotations

import pytest
from tracedata import FORTY, cited_after_lead

from blinarefs.model import Reference
from blinarefs.trace.decode import decode_citations


@pytest.mark.parametrize("form", ["^{}^", "[{}]"])
def test_a_residues_position_is_no_citation(form):
    lead = " ".join(f"Owls hunt at dusk{form.format(n)}." for n in range(1, 9))
    text = (
        f"{lead} The ligand bound Arg{form.format(394)} and Phe{form.format(404)} in the "
        f"pocket, and Ser{form.format(473)} lost its phosphate{form.format(9)}."
    )
    got = [c.numbers for c in decode_citations(text, FORTY)]
    assert got == [(n,) for n in range(1, 10)]


def test_citations_after_amino_acids_named_as_words_come_in_order():
    lead = " ".join(f"Owls hunt at dusk^{n}^." for n in range(1, 9))
    text = (
        f"{lead} Methyls were assigned as reported for Ile^9^ and Val^10^. Owls rest^11^. "
        "The same held for Ile^9^ and Val^10^ again."
    )
    got = [c.numbers for c in decode_citations(text, FORTY)]
    assert got == [(n,) for n in range(1, 12)] + [(9,), (10,)]


def test_a_word_that_only_looks_like_a_residue_code_keeps_its_citation():
    text = " ".join(f"Owls hunt at dusk^{n}^." for n in range(1, 9)) + " Prey hides in Arges^9^."
    assert [c.numbers for c in decode_citations(text, FORTY)][-1] == (9,)


@pytest.mark.parametrize(
    "passage",
    [
        "The model follows from (1)–(3) and holds at night.",
        "The model follows from (1)–(3).",
        "Equations (2), (3), and (5) hold at night.",
        "Eq. (2) and (3) hold at night.",
    ],
)
def test_equations_in_a_span_or_a_labelled_run_are_no_citations(passage):
    assert cited_after_lead("({})", passage) == []


@pytest.mark.parametrize(
    "passage, cited",
    [
        ("Owls were ringed in two studies (9), (10).", [(9,), (10,)]),
        ("As shown in Refs. (9) and (10), owls moult.", [(9,), (10,)]),
        ("Owls moult early (9–11).", [(9, 10, 11)]),
    ],
)
def test_a_run_of_citations_with_no_label_stays_cited(passage, cited):
    assert cited_after_lead("({})", passage) == cited


def test_item_lists_in_parentheses_are_no_second_habit_beside_printed_superscripts():
    """A short text whose printed citations jump about (read as a list in no order) and
    whose parentheses list a survey's items: few markers naming many numbers are no habit."""
    text = (
        "Owls hunt at dusk^2^. Voles hide in grass^14^. The survey had ten questions. Five "
        "questions (3, 4, 5, 9 and 10) were hard, one question (8) was easy, and four "
        "questions (1, 2, 6 and 7) were fair^9,11^. Night birds call^30^. Six questions "
        "(1, 2, 3, 5, 6 and 7) were kept^17^. Moths fly^22^."
    )
    got = [c.marker for c in decode_citations(text, FORTY)]
    assert got == ["^2^", "^14^", "^9,11^", "^30^", "^17^", "^22^"]


def test_a_chains_residues_after_a_letter_and_colon_are_no_citation():
    """In a text whose citations jump about, the order cannot tell them from citations."""
    cited = (12, 3, 27, 8, 19, 33, 5, 24)
    lead = " ".join(f"Owls hunt at dusk ({n})." for n in cited)
    text = f"{lead} Insulin B:9-23 binds. The B:9-23 peptide was kept. B:9-23 is short."
    got = [c.marker for c in decode_citations(text, FORTY)]
    assert got == [f"({n})" for n in cited]


def test_a_bracketed_formulas_count_is_no_flattened_superscript():
    lead = " ".join(f"Owls hunt at dusk.{n}" for n in range(1, 9))
    text = (
        f"{lead} Crystals of [NBu4]2[Pt6(CO)12] formed in the [TANN]9 array, and the linker "
        "[GSG]3 held.9 The [Pt6–xNix(CO)12]2– clusters grew. Moths fly [see below].10"
    )
    got = [c.numbers for c in decode_citations(text, FORTY)]
    assert got == [(n,) for n in range(1, 11)]


def test_a_printed_isotope_or_coupling_before_a_spaced_symbol_is_no_citation():
    lead = " ".join(f"Owls hunt at dusk.^{n}^" for n in range(1, 9))
    text = (
        f"{lead} Shifts are quoted in Hz. ^1^ H, ^13^ C and ^195^ Pt spectra were read (dd, "
        "^3^ J = 6.7, 2H). Moths fly.^9^ In winter they rest.^10^ ^11^ In spring they fly. "
        "As corujas caçam.^12^ O bosque é escuro.^13^ Y el búho canta. Cells grew.^14^ "
        "Co-culture followed."
    )
    got = [c.numbers for c in decode_citations(text, FORTY)]
    assert got == [(n,) for n in range(1, 15)]


def test_a_spaced_group_that_goes_on_with_and_a_number_lists_values():
    """A manuscript that spaces its superscripts ("in the wild 3."): "using 1, 2, 5, and 10
    cores" lists values, as no superscript group a copy flattened goes on with "and"."""
    refs = [Reference(id=f"r{n}", number=n) for n in range(1, 10)]
    lead = " ".join(f"Owls hunt at dusk in the wild {n}." for n in range(1, 9))
    text = f"{lead} We timed each run using 1, 2, 5, and 10 cores. Owls rest in the barn 9."
    assert [c.numbers for c in decode_citations(text, refs)] == [(n,) for n in range(1, 10)]
