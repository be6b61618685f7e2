"""Numbers in parentheses left as text in a manuscript that cites "[n]" throughout are no
close call (``check``'s ``uncertain-marker``): such a text prints its parenthesised numbers
for other things, as one whose citations are glued superscripts does.

The passage is written for this test; the references are placeholders with a number and a
key only (no bibliographic facts).
"""

from __future__ import annotations

from blinarefs.model import Reference
from blinarefs.trace.checks import check_trace
from blinarefs.trace.manuscript import trace_manuscript


def test_numbers_in_parentheses_are_no_close_call_where_every_citation_is_bracketed():
    # a text citing "[n]" throughout prints its parenthesised numbers for other things: a
    # model's trials, lowered in the Word file ("Glin₁,₂") and flattened in its text copy
    text = " ".join(
        f"Moss grew faster in wet plots in survey number {k} [{k}]." for k in range(1, 13)
    )
    text += (
        " Growth was fitted by three models, Gexp(1,2), Glin(1,2,3) and Ghyp(2,3), over the "
        "trials. The models Glin(1,2) and Gexp(1,2,3) agreed within a day [13].\n"
    )
    refs = [Reference(id=f"r{k}", number=k) for k in range(1, 16)]
    trace = trace_manuscript(text, refs, body_end=len(text))
    assert [c.numbers for c in trace.citations] == [(k,) for k in range(1, 14)]
    assert not [f for f in check_trace(trace) if f.code == "uncertain-marker"]
