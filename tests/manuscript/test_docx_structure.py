"""Reading .docx manuscripts whose structure nests: tables inside table cells, rows and
cells wrapped in content controls. Every file is built here to the WordprocessingML spec
(see wordbuild.py); the texts are made up for the tests."""

from __future__ import annotations

from wordbuild import W_NS, docx, p, styles, t

from blinarefs.manuscript import read_manuscript

# enough words of prose to end the title and author block (where raised digits are labels)
PROSE = (
    " The readings were taken each morning by two nurses who did not know the arm, and the"
    " results were compared at the end of the year by a third person working alone."
)


def _cell(*blocks: str) -> str:
    return f"<w:tc>{''.join(blocks)}</w:tc>"


def _table(*rows: str) -> str:
    return "<w:tbl>" + "".join(f"<w:tr>{row}</w:tr>" for row in rows) + "</w:tbl>"


def test_a_table_inside_a_cell_is_read_once(tmp_path):
    # a layout table holding a table of studies: the inner cells are read where they stand,
    # once, with their citation
    inner = _table(_cell(p(t("Trial of drug Q"), t("4", sup=True))), _cell(p(t("n = 31"))))
    outer = _table(_cell(p(t("Summary of the studies")), inner, p(t("Source: our survey"))))
    body = p(t("Drug Q lowered the readings"), t("1,2", sup=True), t("." + PROSE)) + outer
    doc = read_manuscript(docx(tmp_path / "nested.docx", body))
    assert doc.text.count("Trial of drug Q") == 1
    assert doc.text.count("n = 31") == 1
    assert [m.numbers for m in doc.markers] == [(1, 2), (4,)]
    order = [doc.text.index(s) for s in ("Summary", "Trial of drug Q", "n = 31", "Source")]
    assert order == sorted(order)


def test_rows_and_cells_in_content_controls_are_read(tmp_path):
    # a template's repeating row, and a cell in a control of its own
    wrapped_row = (
        '<w:sdt><w:sdtPr><w:id w:val="3"/></w:sdtPr><w:sdtContent>'
        f"<w:tr>{_cell(p(t('Cohort of drug R'), t('5', sup=True)))}</w:tr>"
        "</w:sdtContent></w:sdt>"
    )
    wrapped_cell = (
        '<w:sdt><w:sdtPr><w:id w:val="4"/></w:sdtPr><w:sdtContent>'
        f"{_cell(p(t('Registry of drug S'), t('6', sup=True)))}"
        "</w:sdtContent></w:sdt>"
    )
    table = f"<w:tbl>{wrapped_row}<w:tr>{wrapped_cell}</w:tr></w:tbl>"
    body = p(t("Drug R was studied"), t("3", sup=True), t("." + PROSE)) + table
    doc = read_manuscript(docx(tmp_path / "controls.docx", body))
    assert [m.numbers for m in doc.markers] == [(3,), (5,), (6,)]
    assert doc.text.count("Registry of drug S") == 1


def test_bullets_are_written_as_word_shows_them(tmp_path):
    # Word's default bullets by level: a Symbol dot, a Courier New "o", a Wingdings square;
    # a typed dash stays a dash, an unknown symbol-font glyph is a dot
    marks = [("\uf0b7", "Symbol"), ("o", "Courier New"), ("\uf0a7", "Wingdings"), ("–", ""),
             ("\uf076", "Wingdings")]  # fmt: skip
    levels = "".join(
        f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="bullet"/>'
        f'<w:lvlText w:val="{mark}"/><w:rPr><w:rFonts w:ascii="{font}"/></w:rPr></w:lvl>'
        for i, (mark, font) in enumerate(marks)
    )
    numbering = (
        f'<w:numbering xmlns:w="{W_NS}"><w:abstractNum w:abstractNumId="0">{levels}'
        '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>'
    )
    body = "".join(p(t(f"Point {i}."), num=(1, i)) for i in range(len(marks)))
    doc = read_manuscript(docx(tmp_path / "bullets.docx", body, numbering_xml=numbering))
    shown = ["• Point 0.", "◦ Point 1.", "▪ Point 2.", "– Point 3.", "• Point 4."]
    assert doc.text.strip().split("\n\n") == shown


def test_a_word_style_named_with_raised_digits_is_read(tmp_path):
    # a user's style "Heading ¹" with an outline level "²": no heading level to read, never
    # "invalid literal for int()" on opening the file
    extra = (
        '<w:style w:type="paragraph" w:styleId="H1x"><w:name w:val="Heading ¹"/>'
        '<w:pPr><w:outlineLvl w:val="²"/></w:pPr></w:style>'
    )
    body = p(t("Results"), style="H1x")
    body += f'<w:p><w:pPr><w:outlineLvl w:val="³"/></w:pPr>{t("Drug X works.")}</w:p>'
    doc = read_manuscript(docx(tmp_path / "s.docx", body, styles_xml=styles(extra)))
    assert doc.text.split() == ["Results", "Drug", "X", "works."]
