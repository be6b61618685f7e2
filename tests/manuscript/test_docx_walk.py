"""What a journal editor meets on a Word manuscript as authors write it: one-sentence
paragraphs whose raised citation follows the full stop, AMA style. Texts and references are
made up for these tests."""

from __future__ import annotations

import json

from wordbuild import docx, numbering, p, t, table

from blinarefs.cli import main

REFS = [
    "Quill A, Brook B. An invented trial of drug Z in adults. Test J Med. 2021;3(2):10-19.",
    "Stone C. A made-up cohort of drug Z users. Test J Med. 2020;2(1):1-9.",
]


def _word(tmp_path):
    body = p(t("Results"), style="Heading1")
    body += p(t("Drug Z lowered relapse rates in adults."), t("2,1", sup=True))
    body += p(t("Its toxicity was mild."), t("2", sup=True))
    body += p(t("References"), style="Heading1")
    body += "".join(p(t(r), num=(1, 0)) for r in REFS)
    return docx(tmp_path / "paper.docx", body, numbering_xml=numbering())


def test_pandoc_keeps_a_tables_repeated_cells(tmp_path, capsys):
    # a Word table repeats its cells ("Year", "2020-present"): they were left out of
    # paper.md as "a figure caption repeated verbatim", as a web copy's twice-shown caption
    body = p(t("Results"), style="Heading1")
    body += p(t("Drug Z lowered relapse rates in adults."), t("1", sup=True))
    body += table([["Year", "Dose"], ["2020-present", "10 mg"], ["2020-present", "20 mg"]])
    body += p(t("Its toxicity was mild."), t("2", sup=True))
    body += p(t("References"), style="Heading1")
    body += "".join(p(t(r), num=(1, 0)) for r in REFS)
    word = docx(tmp_path / "paper.docx", body, numbering_xml=numbering())
    assert main(["pandoc", str(word), "-o", str(tmp_path / "paper.md"), "--json"]) == 0
    removed = json.loads(capsys.readouterr().out)["removed"]
    assert all("repeated" not in f["message"] for f in removed)
    body_md = (tmp_path / "paper.md").read_text(encoding="utf-8").split("---\n")[-1]
    assert body_md.count("2020-present") == 2


def test_a_short_paragraph_cited_after_its_full_stop_is_a_claim(tmp_path, capsys):
    assert main(["trace", str(_word(tmp_path)), "--json"]) == 0
    claims = json.loads(capsys.readouterr().out)["claims"]
    assert [c["text"].split(".")[0] for c in claims] == [
        "Drug Z lowered relapse rates in adults",
        "Its toxicity was mild",
    ]


def test_a_file_named_docx_that_is_no_zip_is_damaged_not_text(tmp_path, capsys):
    # a download cut short, or text saved under a Word name: one line, nothing written
    broken = tmp_path / "paper.docx"
    broken.write_text("Drug Z lowered relapse rates.1\n\n1. Quill A. A trial. J. 2021;3:1-9.\n")
    out = tmp_path / "out"
    for argv in (
        ["check", str(broken)],
        ["parse", str(broken)],
        ["build", str(broken), "-o", str(out)],
    ):
        assert main(argv) == 1
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "named .docx but not a Word file" in err
    assert not out.exists()


def test_a_pdf_named_docx_is_a_pdf_to_every_command(tmp_path, capsys):
    # a PDF saved under a Word name: the same line and exit code from the commands that
    # read a manuscript and from those that read a reference list (parse, import)
    disguised = tmp_path / "paper.docx"
    disguised.write_bytes(b"%PDF-1.7\n%made-up bytes of no real document\n")
    for command in ("check", "trace", "parse", "import"):
        assert main([command, str(disguised)]) == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "a PDF: export it to .docx or plain text first" in err


def test_format_with_a_manuscript_and_no_store_formats_the_manuscripts_own_list(tmp_path, capsys):
    # not the embedded store's references, matched to the manuscript's numbers by accident
    assert main(["format", "--manuscript", str(_word(tmp_path)), "--style", "vancouver"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert [line.split(".")[0:2] for line in out] == [
        ["1", " Stone C"],
        ["2", " Quill A, Brook B"],
    ]


def test_annotate_writes_only_a_docx_name(tmp_path, capsys):
    # a Word file named report.html opens nowhere: one line, nothing written
    paper = _word(tmp_path)
    assert main(["check", str(paper), "--annotate", "-o", str(tmp_path / "report.html")]) == 2
    assert "give -o a .docx name, not" in capsys.readouterr().err
    assert not (tmp_path / "report.html").exists()
    assert main(["check", str(paper), "--annotate", "-o", str(tmp_path / "c.docx")]) == 1
    assert capsys.readouterr().out.endswith(f"1 comment written to {tmp_path / 'c.docx'}\n")


def test_pandoc_keeps_words_headings_as_headings(tmp_path, capsys):
    # Word's "Heading 1" became a plain paragraph of paper.md (and of Pandoc's Word copy)
    assert main(["pandoc", str(_word(tmp_path)), "-o", str(tmp_path / "paper.md")]) == 0
    body = (tmp_path / "paper.md").read_text(encoding="utf-8").split("---\n")[-1]
    assert body.lstrip().startswith("# Results\n\nDrug Z lowered relapse rates")
