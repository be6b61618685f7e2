"""A power whose sign and digits a typesetter raised apart, a thin space between ("p <
10⁻ ³", as Pandoc's plain copy of such a Word file prints it), is a power as "10⁻³" is: in
a manuscript citing by brackets, no superscript citation, no second convention and no
close call (issue 16). A normal space after a raised sign (an ion, "Cl⁻ ⁵") still leaves
the digits after it to be read as a citation.

Passages are written for these tests; the references are placeholders with a number only.
"""

from __future__ import annotations

from tracedata import placeholder_refs as refs

from blinarefs.trace.checks import check_trace
from blinarefs.trace.manuscript import trace_manuscript

THIN = "\u2009"
BRACKETED = (
    "Mosses of the Springfield bog were sampled as before [1]. Genes were kept at a threshold "
    f"from p{THIN}<{THIN}10⁻{THIN}³ to p{THIN}>{THIN}10⁻{THIN}⁹ [2]. The terms Roe (FDR q-value "
    f"8.07X10⁻{THIN}³) and Doe (FDR q-value 3.50X10⁻{THIN}⁶) were found [3]. In the wet group the "
    f"term Examplia (FDR q-value 1.91X10⁻{THIN}⁸) came first, followed by Springfield (FDR "
    f"q-value 6.34X10⁻{THIN}³). Drainage lowered the water table [4-40].\n"
)


def test_thin_spaced_powers_are_no_citations_in_a_bracketed_text() -> None:
    trace = trace_manuscript(BRACKETED, refs(40), body_end=len(BRACKETED))
    assert [c.marker for c in trace.citations] == ["[1]", "[2]", "[3]", "[4-40]"]
    codes = {f.code for f in check_trace(trace)}
    assert not codes & {"uncertain-marker", "mixed-conventions", "citation-order"}, codes


def test_a_citation_after_a_normal_space_and_an_ion_stays() -> None:
    text = "Examplia cells took up Cl⁻ ¹ and the uptake stopped in the dark².\n"
    trace = trace_manuscript(text, refs(2), body_end=len(text))
    assert [c.numbers for c in trace.citations] == [(1,), (2,)]
