"""An ion's charge printed with Unicode superscripts is no citation (issue 16).

A plain copy that keeps raised characters (Pandoc's ``-t plain``) writes a charge as
superscript digits followed by a raised sign, ``Ca²⁺``, ``SO₄²⁻``, and a chemist's
spaced form ``PtF₆ ²⁻``; an exponent opens with its sign, ``10⁻³``. None cites: the raised
sign after the digits marks a charge, the sign before them a power. A range raised with a
raised hyphen or minus between its digits, ``²⁻⁴``, is a citation group still. Passages
invented for these tests; the references are placeholders with a number only.
"""

from __future__ import annotations

import pytest

from blinarefs.model import Reference
from blinarefs.trace.decode import decode_citations
from blinarefs.trace.manuscript import trace_manuscript

TWENTY = [Reference(id=f"r{n}", number=n) for n in range(1, 21)]


def decoded(text: str) -> list[tuple[str, tuple[int, ...]]]:
    return [(c.marker, tuple(c.numbers)) for c in decode_citations(text, TWENTY)]


@pytest.mark.parametrize(
    "text",
    [
        "The salt of Examplia holds the anion PtF₆ ²⁻ in its lattice.",
        "Uptake of Ca²⁺ and Fe³⁺ rose, and SO₄²⁻ fell in Springfield soils.",
        "The free ion Ca ²⁺ bound to the Roe protein.",
        "A doubly charged ion ²⁻ and a triply charged one ³⁺ were seen.",
        "The rate was 4 × 10⁻³ per day and 2 × 10⁺² later.",
    ],
)
def test_a_charge_or_signed_power_is_no_citation(text):
    assert decoded(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # a range raised with a raised minus or hyphen between its digits is a range
        ("Doe reported it first.²⁻⁴ Later work agreed.", [("²⁻⁴", (2, 3, 4))]),
        ("Doe reported it first.²‐⁴ Later work agreed.", [("²‐⁴", (2, 3, 4))]),
        ("Doe reported it first.²,³ Later work agreed.", [("²,³", (2, 3))]),
        ("Doe reported it first ²⁻ ⁴. Later work agreed.", [("²⁻ ⁴", (2, 3, 4))]),
        # a citation next to a charge stays read; the charge does not
        ("The Ca²⁺ channel opens in Springfield mice.⁵", [("⁵", (5,))]),
    ],
)
def test_a_raised_group_or_range_still_cites(text, expected):
    assert decoded(text) == expected


def test_a_superscript_text_with_a_charge_keeps_its_order():
    text = (
        "Roe first described the salt in Springfield.¹ Doe measured its anion PtF₆ ²⁻ "
        "by diffraction.² Examplia confirmed both findings.³\n"
    )
    trace = trace_manuscript(text, TWENTY[:3], body_end=len(text))
    assert [c.numbers for c in trace.citations] == [(1,), (2,), (3,)]
