"""Pandoc's plain copy of a Word file keeps its notes, at the end and marked "[1]"
(benchmarks/plain_export.py ``pandoc_notes``): the Word verdicts on notes are counted apart
(the text export leaves notes out), so the copy's verdicts on the same notes, and on their
marks, go apart too (benchmarks/docx_verdicts.py). Texts invented for these tests."""

from __future__ import annotations

from docx_verdicts import _on_notes
from plain_export import pandoc_notes

COPY = (
    "Roe and Doe followed the Springfield cohort.¹ The authors thank Examplia.[1]\n\n"
    "Trials in Springfield [2] were stopped early.²\n\n"
    "References\n\n"
    "[1] The authors declare that no competing interests exist.\n\n"
    "[2] Conceived the study: JR. Wrote the paper: AD.\n"
)


def test_the_notes_and_their_marks_are_found() -> None:
    begin, marks = pandoc_notes(COPY, 2)
    assert COPY[begin:].startswith("[1] The authors declare")
    assert [COPY[a:b] for a, b in marks] == ["[1]", "[2]"]
    assert marks[0][0] < marks[1][0] < begin


def test_a_verdict_on_a_note_or_its_mark_is_apart_one_in_the_text_is_not() -> None:
    begin, marks = pandoc_notes(COPY, 2)
    in_note = COPY.index("The authors declare")
    claim = {"code": "uncited-claim", "span": [in_note, in_note + 20]}
    mixed = {"code": "mixed-conventions", "span": list(marks[0])}
    body = COPY.index("Trials")
    kept = {"code": "uncited-claim", "span": [body, body + 10]}
    assert _on_notes(claim, begin, marks) and _on_notes(mixed, begin, marks)
    assert not _on_notes(kept, begin, marks)
    assert not _on_notes({"code": "uncited-reference", "message": "x"}, begin, marks)


def test_a_file_without_notes_has_none_in_its_copy() -> None:
    # a list numbered "[1]" is no note when the Word file has none
    text = "Roe found it [1].\n\nReferences\n\n[1] Roe J. A made-up study. Test J. 2030;1:1-9.\n"
    assert pandoc_notes(text, 0) == (len(text), [])
