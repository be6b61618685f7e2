"""Why a verdict on a Word file and on its text export differ (benchmarks/verdict_causes.py):
a Word-only verdict that citations are printed both raised and as glued digits is the
export's loss, as a plain-side doubt on digits the Word file raises is."""

from __future__ import annotations

from verdict_causes import _cause, causes
from verdict_keys import verdict_key

_FLAT = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")


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


def _doubt(text: str, digits: str) -> tuple[dict, int, int]:
    start = text.index(digits)
    end = start + len(digits)
    message = f"{digits!r} read as citation {digits} (a close call: repeats a number cited before)"
    finding = {"code": "uncertain-marker", "message": message, "span": [start, end]}
    return finding, start, end


def _plain_cause(plain: str, formatted: str, digits: str) -> str:
    # a plain-only doubt on digits the Word file raises (``formatted``: its raised digits as
    # superscript characters); both sides otherwise cite the same
    from types import SimpleNamespace

    finding, _, _ = _doubt(plain, digits)
    trace = SimpleNamespace(text=plain, citations=[])
    result = {"word_only": [], "plain_only": [verdict_key(finding)]}
    each: list = []
    causes([], [finding], result, (trace, trace, trace), set(), formatted, each)
    return each[0][2]


def test_digits_a_plain_reader_cannot_set_apart_are_the_exports_loss():
    # glued to a name, a number or a version: no plain text tells "Keet9" from "Keet⁹"
    for plain, formatted, digits in (
        ("data reported by Miller and Keet9 and other estimates", "Keet⁹", "9"),
        # after a label's abbreviation the digits read as its number ("ref.24", "Fig.3")
        ("the owl's skull (museum entry 7Q2, ref.24) was measured", "ref.²⁴", "24"),
        ("the rate was 12.5 in 2030.14 However, it fell", "2030.¹⁴", "14"),
        ("binds the ligand PQR-5.17 This complex", "PQR-5.¹⁷", "17"),
    ):
        formatted = plain.replace(formatted.translate(_FLAT), formatted)
        assert _plain_cause(plain, formatted, digits) == "inherent: raised digits flattened"


def test_digits_the_plain_text_sets_apart_are_the_decoders():
    # after a word's full stop or comma, after a percentage, or spaced between a word's full
    # stop and the next sentence's capital: the plain text sets the digits apart itself, so a
    # doubt there is the plain decoder's, not the export's loss
    for plain, formatted, digits in (
        ("as the owls of Springfield showed.14 Later work", "showed.¹⁴", "14"),
        ("among the herders,9with levels of trust", "herders,⁹", "9"),
        ("the risk rose by 44%149) and fell", "44%¹⁴⁹", "149"),
        ("voles in Springfield (SPV). 3 The region", "(SPV). ³", "3"),
    ):
        formatted = plain.replace(formatted.translate(_FLAT), formatted)
        assert _plain_cause(plain, formatted, digits) == "plain: uncertain digits"
