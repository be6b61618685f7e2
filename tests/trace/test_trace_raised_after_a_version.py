"""A citation raised or bracketed right after a program's version ("R v3.6.1¹²", "limma
v3.40.6¹³", "VennDiagram v.1.6.20[19]") is no power of a number: nobody raises a version
to a power. A Word file that cites with brackets but raises these few (its plain-text copy
reads them after the version, in turn) had them rejected as "10⁶" is, and their works
"never cited".

Passages are written for these tests; the references behind them are placeholders with a
number and a key only (no bibliographic facts).
"""

from __future__ import annotations

from tracedata import placeholder_refs as refs

from blinarefs.trace.candidates import SYNTAX, Candidate
from blinarefs.trace.decode import decode_citations
from blinarefs.trace.valuelike import value_like


def raised(text: str, run: str) -> Candidate:
    start = text.index(run)
    numbers = tuple(
        int(n) for n in run.translate(str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")).split(",")
    )
    return Candidate(start, start + len(run), "superscript", SYNTAX, numbers, printed=True)


def test_a_raised_number_after_a_version_is_no_power():
    for text, run in (
        ("counts were fitted in R v3.6.1¹² using", "¹²"),
        ("and in Owlkit version 2.1¹³ with", "¹³"),
        ("with the owl caller 4.0.3¹⁴ and", "¹⁴"),
    ):
        assert ("a power of a number", -5.0) not in value_like(text, raised(text, run)), text
    text = "Hoot v.1.6.20[19] drew them"
    at = text.index("[19]")
    bracket = Candidate(at, at + 4, "bracket", SYNTAX, (19,))
    assert ("a power of a number", -5.0) not in value_like(text, bracket)


def test_a_number_raised_after_a_plain_number_or_decimal_is_still_a_power():
    for text, run in (("about 10⁶ owls", "⁶"), ("an area of 2.5² units", "²")):
        assert ("a power of a number", -5.0) in value_like(text, raised(text, run)), text


def test_raised_citations_after_versions_in_a_bracket_text_are_read():
    text = (
        "Owls were counted at dusk [1]. Nests were mapped [2], and chicks ringed [3,4]. "
        "Calls were recorded [5] and sorted [6]. Counts were fitted in R v3.6.1⁷ using "
        "Hootlib v3.40.6⁸, and maps drawn [9]."
    )
    assert [c.numbers for c in decode_citations(text, refs(12))] == [
        (1,),
        (2,),
        (3, 4),
        (5,),
        (6,),
        (7,),
        (8,),
        (9,),
    ]
