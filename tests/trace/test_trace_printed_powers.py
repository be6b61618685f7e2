"""A printed superscript right after a digit is a power only where the digits before it are
a number a text raises: not a name's digits ("the ROE-2² trial") nor a number past its cube
that is neither ten nor two ("a cut-off of ≥ 3.4⁴", "p ≤ 0.20⁵"). In a manuscript citing by
superscripts those are its citations, as the Word file's raised runs are (issue 16).

Passages are written for these tests; the references are placeholders with a number only.
"""

from __future__ import annotations

from tracedata import placeholder_refs as refs

from blinarefs.trace.candidates import SYNTAX, Candidate
from blinarefs.trace.checks import check_trace
from blinarefs.trace.manuscript import trace_manuscript
from blinarefs.trace.printed_powers import not_a_power

CITED_AFTER_DIGITS = (
    "Rashes of this kind were first seen in children in Springfield¹. Only a few adult cases "
    "have been described so far². The cut-off of the Examplia scale was ≥ 3.4³ in most "
    "studies⁴. Adults in the ROE-2⁵ and DOE-19⁶ trials were given a dose of 20⁷ units per "
    "kilogram. The threshold was p ≤ 0.20⁸ and the risk was 1.45⁹ times higher than in "
    "children¹⁰.\n"
)


def test_citations_after_a_names_digits_or_a_number_are_no_close_calls() -> None:
    trace = trace_manuscript(CITED_AFTER_DIGITS, refs(10), body_end=len(CITED_AFTER_DIGITS))
    assert [c.numbers for c in trace.citations] == [(n,) for n in range(1, 11)]
    doubted = [f.message for f in check_trace(trace) if f.code == "uncertain-marker"]
    # "≥ 3.4³" may be a cube: the one close call left
    assert len(doubted) == 1 and doubted[0].startswith("'³'"), doubted


def _after(text: str) -> bool:
    """Whether the last superscript character of ``text`` is no power (see not_a_power)."""
    end = len(text)
    start = end - 1
    while start > 0 and text[start - 1] in "⁰¹²³⁴⁵⁶⁷⁸⁹":
        start -= 1
    number = int(text[start:].translate(str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")))
    c = Candidate(start, end, "superscript", SYNTAX, (number,), printed=True)
    return not_a_power(text, c)


def test_what_a_text_raises_to_a_power_stays_a_power() -> None:
    # powers of ten and two, squares and cubes, a variable's power
    for text in (
        "a titre of 10⁶",
        "in 2¹⁶",
        "an area of 2.5²",
        "a cube 3.4³",
        "the term x1⁴",
        "− b5b8²",
    ):
        assert not _after(text), text
    for text in (
        *("the ROE-2²⁷", "DOE-19⁵", "the protein q62³⁴", "clone R5T7⁶⁵"),  # a name's digits
        *("a cut-off ≥ 3.4¹⁹", "p ≤ 0.20¹⁷", "count 350²⁶", "below 10⁸⁹⁹"),  # no such power
    ):
        assert _after(text), text
