"""A name glued to the same number at every clause end it closes cites that number again
("under the SGLA1." and "under the SGLA1, and"), while a gene's symbol glued to its digits
("lacking Qrt1."), a family's members ("lag0 ... lag5,"), a unit's power ("kg/m2,") and a
name in mid-clause stay text.

Passages are written for these tests; the references behind them are placeholders with a
number and a key only (no bibliographic facts).
"""

from __future__ import annotations

from tracedata import placeholder_refs as refs

from blinarefs.trace.decode import decode_citations, decode_markers

FINDINGS = " ".join(f"Finding number {k} was made in an earlier survey.{k}" for k in range(2, 13))
LAW = "The Springfield Garden Law (SGLA) sets the rules for shared plots.1 "


def _after(text: str, word: str) -> list[int]:
    """The offsets right after each ``word`` in ``text``."""
    out, at = [], text.find(word)
    while at >= 0:
        out.append(at + len(word))
        at = text.find(word, at + 1)
    return out


def _cited_at(text: str, n: int = 20) -> set[int]:
    return {c.start for c in decode_citations(text, refs(n))}


def test_a_name_glued_to_its_number_at_each_clause_end_cites_it_again():
    text = (
        LAW
        + FINDINGS
        + " Plots are let to residents under the SGLA1. Each town keeps a register of plots "
        "under the SGLA1, and the register is open. Water is shared by turns.13"
    )
    assert set(_after(text, "the SGLA")) <= _cited_at(text)
    assert [c.numbers for c in decode_citations(text, refs(20))][-3:] == [(1,), (1,), (13,)]


def test_the_repeat_says_why():
    text = LAW + FINDINGS + " Plots follow the SGLA1. Registers follow the SGLA1; towns agree."
    decisions = decode_markers(text, refs(20)).decisions
    why = [d for d in decisions if d.accepted and "each clause end" in " ".join(d.candidate.why)]
    assert len(why) == 2


def test_a_name_in_mid_clause_once_stays_text():
    text = (
        LAW
        + FINDINGS
        + " Plots are let under the SGLA1. The SGLA1 rules were read aloud, and towns agree."
    )
    assert not set(_after(text, "the SGLA")) & _cited_at(text)
    assert not set(_after(text, "The SGLA")) & _cited_at(text)


def test_a_symbol_that_never_stands_alone_stays_text():
    # a gene's symbol at two clause ends, its digit cited before: no document's name
    text = (
        "Growth slows without the factor.1 "
        + FINDINGS
        + (" Cells were lacking Qrt1. Growth needs Qrt1, as shown here.")
    )
    assert not set(_after(text, "Qrt")) & _cited_at(text)


def test_a_family_a_unit_and_a_single_mention_stay_text():
    text = (
        "Lag times were set by the rule.1 The lag was short.2 "
        + " ".join(f"Finding number {k} was made in an earlier survey.{k}" for k in range(3, 13))
        + " Models ran from lag0 to lag5. Effects peaked at lag5, then fell."
        " Weight was given in kg/m2. Towns reported kg/m2, as before."
        " Only the Springfield Plan2 was read."
    )
    cited = _cited_at(text)
    assert not set(_after(text, "lag")) & cited
    assert not set(_after(text, "kg/m")) & cited
    assert not set(_after(text, "Plan")) & cited


def test_a_symbol_listed_beside_names_with_digits_stays_text():
    # "SQA" stands alone too, but "SQA1" is a protein's symbol among others with digits
    text = (
        LAW
        + FINDINGS
        + (
            " The SQA rose in every town. Six proteins rose (SQA1, QPOL1, CP) in the plots."
            " Of those found (SQA1, QPOL1, CP) none fell."
        )
    )
    assert not set(_after(text, "SQA")) & _cited_at(text)
