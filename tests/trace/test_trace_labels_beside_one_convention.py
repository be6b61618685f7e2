"""A parenthesised number left as text where every citation taken with confidence is in
one other convention, a habit's worth of them: bracketed "[7]" or printed superscripts, as
well as flattened ones. There "(1)", "(5)" label compounds, equations and items, and the
Word reader, which sees a journal's raised brackets, says so with no close call: the plain
copy of the same file now gives none either (a chemist's "the ester (3) was made").
"""

from __future__ import annotations

import dataclasses

import pytest

from blinarefs.model import Reference
from blinarefs.trace.checks import check_uncertain_markers
from blinarefs.trace.manuscript import trace_manuscript

VERBS = ("grow", "divide", "move", "signal", "die", "fuse", "bind", "swell", "shrink", "age")
COMPOUNDS = " The ester (3) was made from the acid (2) in one step, and the amide (1) from it.\n"
REFS = [Reference(id=f"r{n}", number=n, title=f"Work {n}") for n in range(1, 16)]


RAISE = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
FORMS = {"bracket": lambda n: f" [{n}].", "superscript": lambda n: f".{str(n).translate(RAISE)}"}


def cited(form: str, count: int) -> str:
    """``count`` sentences written for the test, each citing its number in ``form``."""
    return " ".join(
        f"Cells {VERBS[n % 10]} in culture{FORMS[form](n)}" for n in range(1, 1 + count)
    )


def flagged(text: str) -> list[str]:
    """The close calls ``check`` names, with every parenthesised number left as text made
    one (a thin margin)."""
    trace = trace_manuscript(text, REFS, body_end=len(text))
    thin = dataclasses.replace(
        trace,
        decisions=tuple(
            dataclasses.replace(d, margin=-0.3, certain=False)
            if not d.accepted and d.candidate.kind == "paren"
            else d
            for d in trace.decisions
        ),
    )
    return [f.text for f in check_uncertain_markers(thin)]


@pytest.mark.parametrize("form", ["bracket", "superscript"])
def test_labels_beside_a_habit_of_one_convention_are_no_close_calls(form):
    assert flagged(cited(form, 12) + COMPOUNDS) == []


def test_labels_beside_a_few_brackets_stay_close_calls():
    # four bracketed citations make no habit: the parenthesised numbers may cite
    assert flagged(cited("bracket", 4) + COMPOUNDS) == ["(3)", "(2)", "(1)"]
