"""Digits a chemical name or formula carries, which a flattened copy leaves glued where a
superscript could sit: a group's count in a chain of groups ("[Pt(N3)2(OH)(py)2]"), an
ion's charge after a ligand's name ("(Ox)2– ligand"), a locant's number before its own
parenthesis ("taxa-4(5),11(12)-diene").

Passages are written for these tests; the references behind them are placeholders with a
number and a key only (no bibliographic facts).
"""

from __future__ import annotations

from tracedata import FORTY

from blinarefs.trace.decode import decode_citations

LEAD = " ".join(f"Owls hunt at dusk.{n}" for n in range(1, 9))


def _cited(text: str) -> list[tuple[int, ...]]:
    return [c.numbers for c in decode_citations(f"{LEAD} {text}", FORTY)]


def test_a_count_in_a_chain_of_groups_is_no_citation():
    text = (
        "The complex trans-[Pt(N3)2(OH)(acac)(py)2] (1) formed, and [PtII(N3)(py)2(GMP)]+ "
        "followed it.9 Moths fly at night.10"
    )
    assert _cited(text) == [(n,) for n in range(1, 11)]


def test_a_charge_after_a_ligands_name_is_no_citation():
    text = (
        "The anion bearing the (Ox)2– ligand was stable, unlike (BrQ)2– or (Ox)2– alone.9 "
        "Moths fly at night.10"
    )
    assert _cited(text) == [(n,) for n in range(1, 11)]


def test_a_locant_before_its_own_parenthesis_is_no_citation():
    text = (
        "The product was taxa-4(5),11(12)-diene, and later taxa-3(4),11(12)-diene rose.9 "
        "Moths fly at night.10"
    )
    assert _cited(text) == [(n,) for n in range(1, 11)]


def test_a_citation_after_a_parenthesis_still_cites():
    text = "Moths fly at night (in summer)9 and rest (by day)10 in caves."
    assert _cited(text) == [(n,) for n in range(1, 11)]


def test_a_citation_after_a_name_whose_parenthesis_holds_a_full_stop_or_a_comma():
    # no formula's group holds a full stop or a comma: "LeuA(E.c)9" is a gene of a species,
    # "N(0,I)10" a distribution, then a superscript; "Ca3(PO4)2" stays a count
    text = (
        "The gene LeuA(E.c)9 acts first. The noise is drawn from N(0,I)10. Then Ca3(PO4)2 "
        "was added.11"
    )
    assert _cited(text) == [(n,) for n in range(1, 12)]
