"""Pandoc's plain copy of a Word manuscript (``pandoc paper.docx -t plain``) writes a raised
group it has no Unicode characters for after a caret, in parentheses: ``^(1,2)``,
``^(3–5)``, ``^(7, 8)``, a raised bracket ``^([6])``; single raised digits as ``⁴``. Each
is a printed superscript citation, as the Word file's raised run is.

Passages are written for these tests; the references are placeholders with a number only.
"""

from __future__ import annotations

from tracedata import placeholder_refs as refs

from blinarefs.trace.checks import check_trace
from blinarefs.trace.decode import decode_citations
from blinarefs.trace.manuscript import trace_manuscript
from blinarefs.trace.pandoc_plain import raised_in_parentheses

PANDOC_PLAIN = (
    "Rashes of this kind were first seen in children in Springfield.^(1,2) Only a few adult "
    "cases have been described so far.^(3–5) We describe a new one here.⁶ The rash was "
    "limited to the dermis and spared the outer layer.^(7, 8)\n\n"
    "The first adult case was described by a clinic in Examplia.⁹ Steroids were effective "
    "in most of them.^(2,10) Lesions cleared with antimalarial drugs.^(11–13)\n"
)


def test_pandoc_plain_raised_groups_are_superscript_citations() -> None:
    found = [c.numbers for c in decode_citations(PANDOC_PLAIN, refs(13))]
    assert found == [(1, 2), (3, 4, 5), (6,), (7, 8), (9,), (2, 10), (11, 12, 13)]
    trace = trace_manuscript(PANDOC_PLAIN, refs(13), body_end=len(PANDOC_PLAIN))
    assert {c.kind for c in trace.citations} == {"superscript"}
    codes = {f.code for f in check_trace(trace)}
    assert not codes & {"uncited-reference", "mixed-conventions", "uncertain-marker"}


RAISED_BRACKETS = (
    "Rashes of this kind were first seen in children.^([1]) Only a few adult cases have been "
    "described so far.^([2,3]) We describe a new one here.^([4]) The rash spared the outer "
    "layer.^([5–7])\n"
)


def test_a_raised_bracket_is_one_superscript_citation() -> None:
    trace = trace_manuscript(RAISED_BRACKETS, refs(7), body_end=len(RAISED_BRACKETS))
    assert [(c.kind, c.numbers) for c in trace.citations] == [
        ("superscript", (1,)),
        ("superscript", (2, 3)),
        ("superscript", (4,)),
        ("superscript", (5, 6, 7)),
    ]
    assert "mixed-conventions" not in {f.code for f in check_trace(trace)}


def test_what_pandoc_raises_that_cites_nothing_is_no_group() -> None:
    # an ordinal's letters, a bracketed symbol, a negative power, a half-open bracket
    for text in ("the 3^(rd) visit", "the mass M^((n)) of", "a rate in kg^(-1) ", "x^([6) y"):
        assert raised_in_parentheses(text) == [], text


def test_pandoc_markdown_superscripts_are_read_as_before() -> None:
    # Markdown's "^(4)^" and "^1,2^" close with a caret: read once, by the Markdown rule
    text = "Seen in children.^(4)^ Then in adults.^1,2^\n"
    found = decode_citations(text, refs(4))
    assert [(c.marker, c.numbers) for c in found] == [("^(4)^", (4,)), ("^1,2^", (1, 2))]


RAISED_PARENTHESES = (
    "Rashes of this kind were first seen in children^((1, 2)). Only a few adult cases have "
    "been described so far⁽³⁾. We describe a new one here^((4, 5)), in Springfield^((6–8)).\n"
)


def test_a_raised_parenthesis_is_one_superscript_citation() -> None:
    # a journal raising its parenthesised citations: Pandoc writes "^((1, 2))", "⁽³⁾"
    trace = trace_manuscript(RAISED_PARENTHESES, refs(8), body_end=len(RAISED_PARENTHESES))
    assert [(c.kind, c.numbers) for c in trace.citations] == [
        ("superscript", (1, 2)),
        ("superscript", (3,)),
        ("superscript", (4, 5)),
        ("superscript", (6, 7, 8)),
    ]
    assert "mixed-conventions" not in {f.code for f in check_trace(trace)}


RAISED_BULLETS = (
    "Rashes of this kind were first seen in children in Springfield [1,2^(••),3]. Only a few "
    "adult cases have been described so far [4^(•)]. We describe a new one here [5–7,8^(••)]. "
    "The rash spared the outer layer [2^(••)].\n"
)


def test_raised_bullets_after_a_bracketed_number_mark_it() -> None:
    # "of special interest" marks the Word file raises, "[18••,19]": Pandoc's "[18^(••),19]"
    trace = trace_manuscript(RAISED_BULLETS, refs(8), body_end=len(RAISED_BULLETS))
    assert [c.numbers for c in trace.citations] == [(1, 2, 3), (4,), (5, 6, 7, 8), (2,)]
    assert not {f.code for f in check_trace(trace)} & {"uncited-reference", "mixed-conventions"}
