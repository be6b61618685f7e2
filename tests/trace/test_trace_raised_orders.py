"""A variable's order raised in parentheses, as an equation editor prints a moment or a
derivative ("Mf⁽²⁾ = Mf⁽³⁾ = … = 0", "P⁽¹⁾ and P⁽²⁾", "f⁽⁰⁾"), is math, not a superscript
citation: the letters before the raised "⁽" are a variable's, one or two of them, as
"x²" raises a variable (issue 16). Pandoc's plain copy of a Word file prints the file's
equations so; the Word file holds them as equations, which cite nothing. In a text citing
by brackets, those raised numbers made a second convention ("mixed-conventions") and
close calls on its equation numbers "(1)".

Passages are written for these tests; the references are placeholders with a number only.
"""

from __future__ import annotations

from tracedata import placeholder_refs as refs

from blinarefs.trace.checks import check_trace
from blinarefs.trace.manuscript import trace_manuscript

MOMENTS = (
    "Prices in Springfield were modelled as a random walk [1]. The walk has moments of every "
    "order [2], [3]. The option has non-zero moments Dc⁽²⁾, Dc⁽³⁾ … and so has the stock, "
    "Ds⁽²⁾, Ds⁽³⁾ … [4].\n"
    "The portfolio is free of risk when it has no fluctuations, Mf⁽²⁾ = Mf⁽³⁾ = … = 0, "
    "as in earlier models [4].\n"
    "Its first moment equals that of a bond,\n\nMf⁽¹⁾ = Mb⁽¹⁾,\n\n"
    "where the bond returns the rate of Examplia [5]. The moments of the hedge are\n\n"
    "Mh⁽¹⁾ = Ms⁽¹⁾ + Mb⁽¹⁾,\n\nMh⁽²⁾ = Ms⁽²⁾,\n\nMh⁽³⁾ = Ms⁽³⁾.\n\n"
    "The walk is cut after its third term, Ms⁽⁴⁾ = Ms⁽⁵⁾ = … = 0 [6]. The densities P⁽¹⁾ "
    "and P⁽²⁾ of the two walks were estimated as before [6]. The functions f⁽⁰⁾, f⁽¹⁾ and "
    "f⁽²⁾ were smoothed [7], and the prices were taken daily [8].\n"
)


def test_a_variables_raised_order_is_no_citation() -> None:
    trace = trace_manuscript(MOMENTS, refs(8), body_end=len(MOMENTS))
    assert [(c.numbers, c.kind) for c in trace.citations] == [
        ((n,), "bracket") for n in (1, 2, 3, 4, 4, 5, 6, 6, 7, 8)
    ]
    findings = [f for f in check_trace(trace) if f.code != "uncited-claim"]
    assert not findings, [f.message for f in findings]


CITED_IN_RAISED_PARENTHESES = (
    "Rashes of this kind were first seen in children in Springfield⁽¹⁾. Few adult cases "
    "have been described in intensive care units (ICUs)⁽²⁾. The Examplia score was used in "
    "most studies⁽³⁾, as described by Roe et al.⁽⁴⁾ and by Doe⁽⁵⁾. The rash cleared in "
    "15%⁽⁶⁾ of the adults. The largest lesion measured 3 cm⁽⁷⁾. Pressures stayed above "
    "165 mm Hg⁽⁸⁾, and none of the adults had hepatitis B⁽⁹⁾.\n"
)


def test_citations_raised_in_parentheses_after_words_stay_citations() -> None:
    # a guard: a journal raising its citations in parentheses after a word, a closing
    # parenthesis, an abbreviation's full stop, a percentage, a unit after its value or a
    # single capital
    text = CITED_IN_RAISED_PARENTHESES
    trace = trace_manuscript(text, refs(9), body_end=len(text))
    assert [c.numbers for c in trace.citations] == [(n,) for n in range(1, 10)]
    assert not [f for f in check_trace(trace) if f.code == "uncertain-marker"]
