"""A mixed-conventions verdict rests on the citations the decoder is sure of: a convention
only its close calls print is its guess, shown as an uncertain marker already, and no fact
of the manuscript's printing (a text export flattens a Word file's raised digits, and the
one value glued to its word the plain reader took on a thin margin must not make the
manuscript "mixed" where the Word file is not)."""

from __future__ import annotations

import dataclasses

from blinarefs.model import Reference
from blinarefs.trace.checks import check_marker_conventions, check_uncertain_markers
from blinarefs.trace.manuscript import trace_manuscript

REFS = [Reference(id=f"r{n}", number=n, title=f"Work {n}") for n in range(1, 7)]
TEXT = (  # written for the test
    "Remission was reached in 90%.1 It lasted a year [2], and longer in children [3]. "
    "Relapse was rare [4]. Late effects were mild [5]. It works in mice [6].\n"
)


def _with_margin(trace, marker: str, margin: float):
    decisions = tuple(
        dataclasses.replace(d, margin=margin, certain=False)
        if TEXT[d.candidate.start : d.candidate.end] == marker and d.accepted
        else d
        for d in trace.decisions
    )
    return dataclasses.replace(trace, decisions=decisions)


def test_a_convention_only_close_calls_print_is_no_mixture():
    trace = trace_manuscript(TEXT, REFS, body_end=len(TEXT))
    [mixed] = check_marker_conventions(_with_margin(trace, "1", 3.0))  # taken with confidence
    assert mixed.text == "1" and "5 bracketed [n]" in mixed.message
    assert check_marker_conventions(_with_margin(trace, "1", 0.2)) == []  # a close call


VERBS = ("grow", "divide", "move", "signal", "die", "fuse", "bind", "swell", "shrink", "age")
# written for the test: twelve citations glued to their sentences, then three compounds
FLATTENED = " ".join(f"Cells {verb} in culture.{n}" for n, verb in enumerate(VERBS, 1)) + (
    " Cells heal.11 Cells rest.12"
    " The ester (5) was made from the acid (13) in one step, and the amide (1) from it.\n"
)
MORE = [Reference(id=f"r{n}", number=n, title=f"Work {n}") for n in range(1, 16)]


def _flagged(trace) -> list[str]:
    return [f.text for f in check_uncertain_markers(trace)]


def test_the_glued_habit_is_judged_on_the_citations_taken_with_confidence():
    # a text that raised its citations, saved as text: its parenthesised numbers are
    # compounds; one taken as a citation on a thin margin is flagged, and does not make
    # the habit "mixed" for the others, left as text, which are no close calls then
    trace = trace_manuscript(FLATTENED, MORE, body_end=len(FLATTENED))
    # "(13)" taken with confidence beside twelve glued citations leaves the habit standing
    # (it outnumbers it five to one, paren_labels.STRAY), as the Word file's raised runs
    # stay its citations beside one typed number: no close call (stop 57; "(5)", "(1)" before)
    assert _flagged(trace) == []
    thin = dataclasses.replace(
        trace,
        decisions=tuple(
            dataclasses.replace(d, margin=0.3) if d.accepted and d.candidate.kind == "paren" else d
            for d in trace.decisions
        ),
    )
    assert _flagged(thin) == ["(13)"]
