"""Text boxes of a Word file (``w:txbxContent`` in a drawing, a VML picture or Word's
alternate content): their paragraphs are read once, after the paragraph anchoring them,
and their citations and claims count as the body's. Every file is built here to the
WordprocessingML spec (see wordbuild.py); the texts are made up for the tests."""

from __future__ import annotations

import json

from wordbuild import docx, p, t, table, text_box

from blinarefs.cli import main
from blinarefs.manuscript import read_manuscript

REFS = [
    "1. Roe J. A made-up trial of tea in adults. Test J Med. 2020;12:100-109.",
    "2. Poe E. An invented cohort of nappers. Test J Med. 2019;11:1-9.",
]


def test_a_box_is_read_once_after_its_anchor(tmp_path):
    # Word writes the box twice (DrawingML in mc:Choice, VML in mc:Fallback): one copy is
    # read, after the whole anchoring paragraph, each of its paragraphs a paragraph
    box = text_box(p(t("Naps help"), t("2", sup=True), t(".")), p(t("A second boxed line.")))
    body = p(t("Tea helps"), t("1", sup=True), box, t(" in most adults."))
    body += p(t("The next paragraph."))
    doc = read_manuscript(docx(tmp_path / "box.docx", body))
    assert doc.text.strip().split("\n\n") == [
        "Tea helps¹ in most adults.",
        "Naps help².",
        "A second boxed line.",
        "The next paragraph.",
    ]
    assert [(m.text, m.numbers) for m in doc.markers] == [("¹", (1,)), ("²", (2,))]


def test_a_vml_box_and_a_box_anchored_in_an_empty_paragraph_are_read(tmp_path):
    body = p(t("Before."))
    body += p(text_box(p(t("Boxed in an empty anchor.")), vml=True))
    body += p(t("After."))
    doc = read_manuscript(docx(tmp_path / "vml.docx", body))
    assert doc.text.strip().split("\n\n") == ["Before.", "Boxed in an empty anchor.", "After."]


def test_a_box_anchored_in_a_table_cell_is_no_cell(tmp_path):
    # a raised group alone in a cell is a column of references (docx_raised.alone_in_cell);
    # alone in a box's paragraph it is a line-start label, as anywhere in the body
    cell = table([["Trial"]]).replace(
        '<w:t xml:space="preserve">Trial</w:t></w:r></w:p>',
        f'<w:t xml:space="preserve">Trial</w:t></w:r>{text_box(p(t("2", sup=True)))}</w:p>',
    )
    doc = read_manuscript(docx(tmp_path / "cell.docx", p(t("Intro.")) + cell))
    assert doc.text.strip().split("\n\n") == ["Intro.", "Trial", "2"]
    assert doc.markers == ()


def test_check_counts_what_a_box_cites_and_claims(tmp_path, capsys):
    # reference 2 is cited only in the box; an uncited claim in the box is flagged
    box = text_box(
        p(t("Naps improved recall in the invented panel"), t("2", sup=True), t(".")),
        p(t("Most adults in the invented panel slept 20% longer after tea (P < 0.01).")),
    )
    body = p(t("Introduction"), style="Heading1")
    body += p(t("Tea improved sleep"), t("1", sup=True), t("."), box)
    body += p(t("References"), style="Heading1") + "".join(p(t(r)) for r in REFS)
    main(["check", str(docx(tmp_path / "cited.docx", body)), "--json"])
    data = json.loads(capsys.readouterr().out)
    codes = [f["code"] for f in data["findings"]]
    assert "uncited-reference" not in codes
    assert data["summary"].startswith("2 of 2 references cited")
    claims = [f["text"] for f in data["findings"] if f["code"] == "uncited-claim"]
    assert claims == ["Most adults in the invented panel slept 20% longer after tea (P < 0.01)."]
