"""TeX math in a plain text (Pandoc's plain copy of a Word file's equations, a Markdown
manuscript's formulas) holds no citation: a bracket-citing text got a close call or a
second convention at every "(1)" of its formulas (issue 16). A dollar in prose is money.

Passages are written for these tests; the references are placeholders with a number only.
"""

from __future__ import annotations

from tracedata import placeholder_refs as refs

from blinarefs.trace.checks import check_trace
from blinarefs.trace.manuscript import trace_manuscript
from blinarefs.trace.tex_math import mask_tex_math

WITH_FORMULAS = (
    "Moss prices in Springfield follow a drift [1]. The first moments obey [2,3]:\n\n"
    "$$M_{f}^{(1)} = \\frac{h}{c}M_{c}^{(1)} - \\frac{1}{2}M_{s}^{(2)}.$$\n\n"
    "Keeping $\\sum_{i = 1}^{n}x_{i}^{(3)}$ fixed gives the price [4], as in Examplia [5].\n"
)


def test_no_citation_inside_tex_math() -> None:
    trace = trace_manuscript(WITH_FORMULAS, refs(5), body_end=len(WITH_FORMULAS))
    assert [c.marker for c in trace.citations] == ["[1]", "[2,3]", "[4]", "[5]"]
    codes = {f.code for f in check_trace(trace)}
    assert not codes & {"mixed-conventions", "uncertain-marker", "uncited-reference"}


def test_math_is_blanked_and_money_is_not() -> None:
    masked = mask_tex_math(WITH_FORMULAS)
    assert len(masked) == len(WITH_FORMULAS) and "M_{f}" not in masked and "sum" not in masked
    for prose in ("a kilogram costs US$ 5 (5) and R$ 10 (6)", "from $5 to $10 (7)", "$x$ (8)"):
        assert mask_tex_math(prose) == prose, prose
