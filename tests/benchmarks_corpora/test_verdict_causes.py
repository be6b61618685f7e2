"""Why a verdict on a Word file and on its text export differ (benchmarks/verdict_causes.py):
a Word-only verdict that citations are printed both raised and as glued digits is the
export's loss, as a plain-side doubt on digits the Word file raises is."""

from __future__ import annotations

from verdict_causes import _cause


def _mixed(summary: str, first: str) -> dict:
    message = f"citations are printed in 2 conventions ({summary}); the first {first} one is here"
    return {"code": "mixed-conventions", "message": message, "text": "7, 8"}


def _why(finding: dict) -> str:
    cited = {"docx": {7, 8}, "plain": {7, 8}, "markup": {7, 8}}
    return _cause("docx", finding, False, cited, None, "")


def test_raised_against_glued_digits_is_lost_in_the_export():
    # the Word file raises most citations and prints a few as plain digits glued to their
    # word ("cycle7, 8"): the export flattens the raised ones too, so no plain text can say so
    flat = "flattened superscript (glued digits)"
    assert _why(_mixed(f"28 superscript, 3 {flat}", flat)) == "inherent: raised digits flattened"
    assert _why(_mixed(f"28 {flat}, 3 superscript", "superscript")) == (
        "inherent: raised digits flattened"
    )


def test_other_conventions_mixed_stay_the_word_sides():
    # brackets survive the export: a plain text could give this verdict
    assert _why(_mixed("28 superscript, 3 bracketed [n]", "bracketed [n]")) == (
        "word: untagged or bare"
    )
