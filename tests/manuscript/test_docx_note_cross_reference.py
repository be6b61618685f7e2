"""A cross-reference to a note (Word's Insert, Cross-reference, Footnote, "Footnote number
(formatted)": a ``NOTEREF`` field) prints the note's number raised, as the note's own mark
is. It names a note, never a work: a manuscript that cites with raised numbers must not
read it as a citation. Made-up text and references."""

from __future__ import annotations

from wordbuild import docx, footnote_ref, notes, p, t

from blinarefs.manuscript import read_manuscript

PROSE = " The herds were counted twice a year in the upper valley."
RAISED = '<w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'


def _note_ref(code: str, shown: str) -> str:
    """A complex field as Word writes a formatted note cross-reference: every run raised."""

    def run(inner: str) -> str:
        return f"<w:r>{RAISED}{inner}</w:r>"

    return (
        run('<w:fldChar w:fldCharType="begin"/>')
        + run(f'<w:instrText xml:space="preserve">{code}</w:instrText>')
        + run('<w:fldChar w:fldCharType="separate"/>')
        + run(f"<w:t>{shown}</w:t>")
        + run('<w:fldChar w:fldCharType="end"/>')
    )


def _manuscript(tmp_path, code: str):
    body = (
        p(t("Owls hunt at dusk"), t("1", sup=True), t(" in May"), footnote_ref(3), t("." + PROSE))
        + p(t("As the herders said"), _note_ref(code, "3"), t(", voles hide"), t("2", sup=True))
        + p(t("Kites fly low"), t("3", sup=True), t("." + PROSE))
        + p(t("References"))
        + p(t("1. Roe J. Owls at dusk. J Example Med. 2030;4:1-9."))
        + p(t("2. Doe P. Voles in winter. J Example Med. 2030;3:10-19."))
        + p(t("3. Poe A. Kites. J Example Med. 2030;2:5-8."))
    )
    footnotes = notes("footnote", {3: p(t(" The herders were asked in 2030."))})
    return read_manuscript(docx(tmp_path / "notes.docx", body, footnotes_xml=footnotes))


def test_a_raised_cross_reference_to_a_note_is_no_citation(tmp_path):
    doc = _manuscript(tmp_path, " NOTEREF _Ref2030 \\f \\h ")
    # read as citation 3, it cited reference 3 before reference 2
    assert [m.numbers for m in doc.markers] == [(1,), (2,), (3,)]


def test_a_cross_reference_to_a_numbered_reference_still_cites(tmp_path):
    # guard: Insert, Cross-reference, Numbered item, raised: the reference list's number
    doc = _manuscript(tmp_path, " REF _Ref2030 \\r \\h ")
    assert [m.numbers for m in doc.markers] == [(1,), (3,), (2,), (3,)]
