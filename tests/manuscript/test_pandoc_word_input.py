"""`blinarefs pandoc` on a Word manuscript: what Word raised or lowered that is no citation
stays raised or lowered (an affiliation, 10^9, CO_2), and the Pandoc command it suggests
never writes over the manuscript itself. The manuscript is written for the tests."""

from __future__ import annotations

import zipfile

from wordbuild import docx, footnote_ref, notes, numbering, p, t

from blinarefs.cli import main

REFS = [
    "Roe A, Poe B. Anaemia after delivery: a cohort. Blood. 2019;133(2):100-9.",
    "Doe C. Iron after birth. BMJ. 2020;368:m120.",
]


def _manuscript(path):
    body = "".join(
        [
            p(t("Ana Roe"), t("1", sup=True), t(", Ben Doe"), t("2", sup=True)),
            p(t("Introduction"), style="Heading1"),
            p(
                t("Anaemia is common after delivery."),
                t("1", sup=True),
                t(" Counts were below 4 × 10"),
                t("9", sup=True),
                t(" cells/L and CO"),
                t("2", sub=True),
                t(" was normal."),
                t("2", sup=True),
            ),
            p(t("References"), style="Heading1"),
            *(p(t(ref), num=(1, 0)) for ref in REFS),
        ]
    )
    return docx(path, body, numbering_xml=numbering())


def test_raised_and_lowered_text_that_is_no_citation_stays_so_in_markdown(tmp_path, capsys):
    word = _manuscript(tmp_path / "paper.docx")
    assert main(["pandoc", str(word), "-o", str(tmp_path / "paper.md")]) == 0
    markdown = (tmp_path / "paper.md").read_text(encoding="utf-8")
    assert "Ana Roe^1^, Ben Doe^2^" in markdown
    assert "10^9^ cells/L and CO~2~ was normal" in markdown
    assert "[@roe2019anaemia]" in markdown and "[@doe2020iron]" in markdown


def test_and_in_the_word_file_written_from_it(tmp_path, capsys):
    word = _manuscript(tmp_path / "paper.docx")
    assert main(["pandoc", str(word), "-o", str(tmp_path / "numbered.docx")]) == 0
    with zipfile.ZipFile(tmp_path / "numbered.docx") as zf:
        xml = zf.read("word/document.xml").decode()
    sup = '<w:vertAlign w:val="superscript"/></w:rPr><w:t xml:space="preserve">9</w:t>'
    sub = '<w:vertAlign w:val="subscript"/></w:rPr><w:t xml:space="preserve">2</w:t>'
    assert sup in xml and sub in xml
    assert "10⁹" not in xml and " 109 " not in xml


def test_the_render_command_never_names_the_manuscript_as_its_output(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    _manuscript(tmp_path / "paper.docx")
    assert main(["pandoc", "paper.docx", "-o", "paper.md"]) == 0
    out = capsys.readouterr().out
    render = next(line for line in out.splitlines() if line.startswith("render: "))
    assert "-o paper.docx" not in render, render
    assert render.startswith("render: pandoc --citeproc paper.md -o ")


def test_word_written_from_numbered_text_reports_each_citation_once_at_its_line(tmp_path, capsys):
    """The manuscript goes through Pandoc Markdown on its way to Word: a citation left as
    written there is reported once, at its line in the manuscript, not again (twice) at
    its line in the Markdown between; an affiliation kept raised is no citation to report."""
    text = tmp_path / "paper.txt"
    text.write_text(
        "Background\n\nSepsis kills many [1]. Fluids help [2, 12].\n\nReferences\n"
        f"1. {REFS[0]}\n2. {REFS[1]}\n",
        encoding="utf-8",
    )
    assert main(["pandoc", str(text), "-o", str(tmp_path / "paper.docx")]) == 0
    err = capsys.readouterr().err
    assert err.count("[dangling-citation]") == 1 and "paper.txt:3:" in err, err
    assert "numbered-citation" not in err
    word = _manuscript(tmp_path / "word.docx")
    assert main(["pandoc", str(word), "--style", "vancouver", "-o", str(tmp_path / "v.docx")]) == 0
    assert "numbered-citation" not in capsys.readouterr().err


def test_a_reference_list_kept_in_word_is_read_by_refs(tmp_path, capsys):
    # `trace paper.txt --refs list.docx` said "binary file ...; save it as plain text or
    # .docx" of the .docx it was given; `parse list.docx` reads it
    listed = docx(
        tmp_path / "list.docx",
        "".join(p(t(ref), num=(1, 0)) for ref in REFS),
        numbering_xml=numbering(),
    )
    paper = tmp_path / "paper.txt"
    paper.write_text("Anaemia is common [1]. Iron helps [2].\n", encoding="utf-8")
    assert main(["trace", str(paper), "--refs", str(listed)]) == 0
    assert "roe2019anaemia" in capsys.readouterr().out
    assert main(["check", str(paper), "--refs", str(listed)]) == 0
    assert "2 of 2 references cited" in capsys.readouterr().out
    assert main(["pandoc", str(paper), "--refs", str(listed)]) == 0
    assert "[@doe2020iron]" in capsys.readouterr().out


def _footnoted(path):
    body = "".join(
        [
            p(t("Introduction"), style="Heading1"),
            p(t("Anaemia is common after delivery."), t("1", sup=True),
              t(" Iron was measured twice"), footnote_ref(2), t(" in each woman.")),
            p(t("References"), style="Heading1"),
            *(p(t(ref), num=(1, 0)) for ref in REFS),
        ]
    )  # fmt: skip
    note = p(t("Once at delivery and once at six weeks."))
    return docx(path, body, numbering_xml=numbering(), footnotes_xml=notes("footnote", {2: note}))


def test_a_footnote_keeps_its_place_as_pandocs_note(tmp_path, capsys):
    # Word keeps a footnote's mark in the body (w:footnoteReference) and its text in
    # footnotes.xml: the Markdown puts Pandoc's [^1] where the mark is, and the note's
    # text after its [^1]: (it was a paragraph under "Notes", its place lost)
    word = _footnoted(tmp_path / "paper.docx")
    assert main(["pandoc", str(word), "-o", str(tmp_path / "paper.md")]) == 0
    markdown = (tmp_path / "paper.md").read_text(encoding="utf-8")
    assert "Iron was measured twice[^1] in each woman." in markdown
    assert "\n[^1]: Once at delivery and once at six weeks.\n" in markdown
    assert markdown.count("Once at delivery") == 1


def test_the_word_file_written_without_pandoc_keeps_its_notes_as_text(tmp_path, capsys):
    # no Pandoc between: the note stays a paragraph, no "[^1]" printed as text
    word = _footnoted(tmp_path / "paper.docx")
    assert main(["pandoc", str(word), "-o", str(tmp_path / "numbered.docx")]) == 0
    with zipfile.ZipFile(tmp_path / "numbered.docx") as zf:
        xml = zf.read("word/document.xml").decode()
    assert "Once at delivery and once at six weeks." in xml and "[^" not in xml


def _titled(path):
    body = "".join(
        [
            p(t("Anaemia after birth: a made-up study"), style="Title"),
            p(t("Introduction"), style="Heading1"),
            p(t("Anaemia is common after delivery [1]. Iron helps [2].")),
            p(t("References"), style="Heading1"),
            *(p(t(ref), num=(1, 0)) for ref in REFS),
        ]
    )
    return docx(path, body, numbering_xml=numbering())


def test_a_word_title_is_the_document_s_title_not_a_heading(tmp_path, capsys):
    word = _titled(tmp_path / "paper.docx")
    assert main(["pandoc", str(word), "-o", str(tmp_path / "paper.md")]) == 0
    markdown = (tmp_path / "paper.md").read_text(encoding="utf-8")
    assert markdown.startswith('---\ntitle: "Anaemia after birth: a made-up study"\n')
    assert "# Anaemia" not in markdown and "# Introduction" in markdown
    assert main(["pandoc", str(word), "-o", str(tmp_path / "numbered.docx")]) == 0
    with zipfile.ZipFile(tmp_path / "numbered.docx") as zf:
        xml = zf.read("word/document.xml").decode()
    title = '<w:pStyle w:val="Title"/></w:pPr><w:r><w:t xml:space="preserve">Anaemia after'
    assert xml.startswith(title, xml.index("<w:body><w:p><w:pPr>") + len("<w:body><w:p><w:pPr>"))
    assert "bibliography:" not in xml
