"""Pandoc's plain copy of a Word file keeps its notes, printed after the text, each opening
with its number in brackets (benchmarks/plain_export.py ``pandoc_notes``): the Word verdicts
on notes are counted apart (the text export leaves notes out), so the copy's verdicts on the
same notes go apart too (benchmarks/docx_verdicts.py). Texts invented for these tests."""

from __future__ import annotations

from docx_verdicts import _on_notes
from plain_export import pandoc_notes

COPY = (
    "Roe and Doe followed the Springfield cohort.¹ Trials in Springfield [2] stopped early.²\n\n"
    "References\n\n"
    "[1] The authors declare that no competing interests exist.\n\n"
    "[2] Conceived the study: JR. Wrote the paper: AD.\n"
)


def test_the_notes_are_found_after_the_text() -> None:
    assert COPY[pandoc_notes(COPY, 2) :].startswith("[1] The authors declare")


def test_a_verdict_in_the_notes_is_apart_one_in_the_text_is_not() -> None:
    begin = pandoc_notes(COPY, 2)
    in_note = COPY.index("The authors declare")
    claim = {"code": "uncited-claim", "span": [in_note, in_note + 20]}
    label = {"code": "mixed-conventions", "span": [begin, begin + 3]}  # the note's "[1]"
    cited = COPY.index("[2]")  # a "[2]" in the text is a citation, not a note's mark
    kept = {"code": "mixed-conventions", "span": [cited, cited + 3]}
    assert _on_notes(claim, begin) and _on_notes(label, begin)
    assert not _on_notes(kept, begin)
    assert not _on_notes({"code": "uncited-reference", "message": "x"}, begin)


def test_a_file_without_notes_has_none_in_its_copy() -> None:
    # a list numbered "[1]" is no note when the Word file has none
    text = "Roe found it [1].\n\nReferences\n\n[1] Roe J. A made-up study. Test J. 2030;1:1-9.\n"
    assert pandoc_notes(text, 0) == len(text)


def test_the_notes_own_numbers_cite_nothing_a_citation_inside_a_note_stays() -> None:
    # a copy citing by superscripts whose notes print after an empty list heading: the
    # note's "[2]" cited reference 2, which the Word file (its note's mark is no text)
    # and the markup leave uncited
    from plain_export import without_note_numbers

    from blinarefs.model import Reference
    from blinarefs.trace.manuscript import trace_manuscript

    copy = (
        "Roe and Doe followed the Springfield cohort.¹ Trials in Springfield stopped early.³\n\n"
        "References\n\n"
        "[1] Conceived the study: JR. Wrote the paper: AD.\n\n"
        "[2] The authors declare no competing interests, as in an earlier study [3].\n"
    )
    blanked = without_note_numbers(copy, pandoc_notes(copy, 2))
    assert len(blanked) == len(copy) and copy.startswith(blanked[: copy.index("[1]")])
    refs = [Reference(id=f"r{n}", number=n) for n in (1, 2, 3)]
    cited = {n for c in trace_manuscript(blanked, refs, body_end=len(blanked)).citations
             for n in c.numbers}  # fmt: skip
    assert cited == {1, 3}
    assert without_note_numbers(copy, len(copy)) == copy  # no notes: nothing blanked
