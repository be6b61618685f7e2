"""Word's endnotes used as the reference list (docx_endnotes.py), on files built here to the
WordprocessingML spec; the references are made up for the tests."""

from __future__ import annotations

from wordbuild import docx, endnote_body, endnote_ref, notes, p, settings, t

from blinarefs.manuscript import read_manuscript
from blinarefs.trace.manuscript import trace_manuscript

ENDNOTES = {
    1: endnote_body("Roe J, Doe J. A made-up trial of drug X. Test J Med. 2020;12:100-9."),
    2: endnote_body("Poe E. An invented handbook. Nowhere: Test Press; 2019."),
    3: endnote_body("Quill A. Imaginary cells in imaginary mice. Fict Rep. 2018;3:1-5."),
}
BODY = p(t("Introduction"), style="Heading1") + p(
    t("Drug X helped mice"),
    endnote_ref(1),
    t(" and rats"),
    endnote_ref(2),
    endnote_ref(3),
    t("."),
)


def test_numbered_endnotes_that_read_as_references_are_the_list(tmp_path):
    doc = read_manuscript(
        docx(
            tmp_path / "e.docx",
            BODY,
            endnotes_xml=notes("endnote", ENDNOTES),
            settings_xml=settings("decimal"),
        )
    )
    # each mark numbered as Word shows it, two side by side as one group
    assert [(m.text, m.numbers) for m in doc.markers] == [("¹", (1,)), ("²,³", (2, 3))]
    listed = doc.text[doc.reference_list_start :].replace(".  ", ". ")  # Word's own space
    assert listed.startswith("References\n\n1. Roe J, Doe J. A made-up trial")
    assert "\n\n3. Quill A." in listed
    assert "Notes" not in doc.text
    trace = trace_manuscript(doc.text, (), body_end=doc.reference_list_start,
                             known_markers=doc.markers)  # fmt: skip
    assert [c.numbers for c in trace.citations] == [(1,), (2, 3)]


def test_endnotes_in_roman_numbers_or_of_prose_stay_notes(tmp_path):
    # Word's default endnote numbers are i, ii, iii: notes, not a numbered list
    roman = read_manuscript(
        docx(tmp_path / "r.docx", BODY, endnotes_xml=notes("endnote", ENDNOTES))
    )
    assert roman.markers == () and roman.reference_list_start is None
    assert "Notes\n\n Roe J, Doe J." in roman.text
    prose = {n: endnote_body("A remark of the authors, with no source.") for n in (1, 2, 3)}
    noted = read_manuscript(
        docx(
            tmp_path / "n.docx",
            BODY,
            endnotes_xml=notes("endnote", prose),
            settings_xml=settings("decimal"),
        )
    )
    assert noted.markers == () and "Notes\n\n A remark" in noted.text
