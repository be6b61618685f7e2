"""A numbered manuscript written as .docx (`blinarefs pandoc -o paper.docx`): a valid
package whose text, superscripts and bibliography Pandoc and LibreOffice read back."""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest
from wordcheck import W, check_package, document_text

from blinarefs.cli import main
from blinarefs.manuscript.docx_write import blocks, markdown_to_docx, runs

MARKDOWN = """---
title: made up
---

# Introduction

A made-up claim<sup>1,2</sup> and *an italic* word with **bold** and H~2~O and x^2^.
Escaped \\*stars\\* and dell\\'Adulto &amp; more.

::: caption
A caption kept as text.
:::

# References

1\\. Author A. A made-up title. *Test J*. 2020;1:1-2.

2\\. Author B. Another made-up title. *Test J*. 2021;2:3-4.
"""


def test_blocks_headings_entries_and_fences():
    title, *found = blocks(MARKDOWN)
    assert (title.title, title.text) == (True, "made up")  # the front matter's, as Pandoc's
    assert [(b.heading, b.entry) for b in found] == [(1, False), (0, False), (0, False),
                                                     (1, False), (0, True), (0, True)]  # fmt: skip
    assert found[2].text == "A caption kept as text."
    assert found[1].text.endswith("dell\\'Adulto &amp; more.")  # soft line break joined


def test_inline_runs():
    pieces = list(runs(blocks(MARKDOWN)[2].text))
    assert pieces[:4] == [
        ("A made-up claim", frozenset()),
        ("1,2", frozenset({"sup"})),
        (" and ", frozenset()),
        ("an italic", frozenset({"i"})),
    ]
    assert ("bold", frozenset({"b"})) in pieces and ("2", frozenset({"sub"})) in pieces
    assert ("2", frozenset({"sup"})) in pieces
    assert "".join(t for t, _ in pieces).endswith("Escaped *stars* and dell'Adulto & more.")


def test_markdown_to_docx_is_a_valid_package():
    data = markdown_to_docx(MARKDOWN)
    xml = check_package(data)
    paragraphs = list(xml["word/document.xml"].iter(W + "p"))
    styles = [p.find(f"{W}pPr/{W}pStyle") for p in paragraphs]
    assert [s.get(W + "val") if s is not None else None for s in styles] == [
        "Title", "Heading1", None, None, "Heading1", "Bibliography", "Bibliography"
    ]  # fmt: skip
    style_ids = {s.get(W + "styleId") for s in xml["word/styles.xml"].iter(W + "style")}
    assert {"Title", "Heading1", "Bibliography"} <= style_ids
    assert document_text(data)[5] == "1. Author A. A made-up title. Test J. 2020;1:1-2."


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    """The embedded commentary as Word in the Vancouver style, and the command's JSON."""
    out = tmp_path_factory.mktemp("docx") / "paper.docx"
    import contextlib
    import io

    buffer = io.StringIO()
    with contextlib.redirect_stdout(buffer):
        code = main(["pandoc", "--style", "vancouver", "-o", str(out), "--json"])
    assert code == 0
    return out, json.loads(buffer.getvalue())


def test_pandoc_writes_the_manuscript_as_word(written):
    out, report = written
    assert report["citations"] == 8 and len(report["order"]) == 10
    data = out.read_bytes()
    check_package(data)
    text = document_text(data)
    assert text[0].startswith("In this issue of Blood, Bassan et al (1) report the results")
    assert text[-1].startswith("10. Zugmaier G, Gökbuget N, Klinger M, et al. Long-term survival")


def test_superscript_style_gives_superscript_runs(tmp_path, capsys):
    out = tmp_path / "blood.docx"
    assert main(["pandoc", "-o", str(out)]) == 0
    assert "8 citations numbered, 10 references" in capsys.readouterr().out
    xml = check_package(out.read_bytes())
    sup = [
        "".join(r.itertext())
        for r in xml["word/document.xml"].iter(W + "r")
        if r.find(f"{W}rPr/{W}vertAlign[@{W}val='superscript']") is not None
    ]
    assert sup[:3] == ["1", "2", "3"] and "2-9" in sup


def test_pandoc_reads_the_file_back(tmp_path):
    pandocrun = pytest.importorskip("pandocrun")
    out = tmp_path / "blood.docx"
    assert main(["pandoc", "-o", str(out), "-q"]) == 0
    markdown = pandocrun.run_pandoc(str(out), "-f", "docx", "-t", "markdown", warnings=False)
    assert "Bassan et al^1^ report" in markdown and "*JAMA*. 2021" in markdown


def test_keys_to_word_with_numbered(tmp_path, capsys):
    paper = tmp_path / "paper.md"
    paper.write_text(
        "---\nbibliography: refs.bib\n---\n\nA made-up claim [@b2020; @a2019].\n", encoding="utf-8"
    )
    (tmp_path / "refs.bib").write_text(
        "@article{a2019, author={Author, Ann}, title={A made-up title}, journal={Test J},"
        " year={2019}, volume={1}, pages={1--2}}\n"
        "@article{b2020, author={Writer, Bob}, title={Another made-up title}, journal={Test J},"
        " year={2020}, volume={2}, pages={3--4}}\n",
        encoding="utf-8",
    )
    out = tmp_path / "paper.docx"
    assert main(["pandoc", str(paper), "--numbered", "-o", str(out)]) == 0
    text = document_text(out.read_bytes())
    assert text[0] == "A made-up claim1,2."
    assert text[-2].startswith("1. Writer B. Another made-up title.")


def test_to_with_docx_is_a_usage_error(tmp_path, capsys):
    assert (
        main(["pandoc", "x.md", "--numbered", "--to", "text", "-o", str(tmp_path / "a.docx")]) == 2
    )


SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


@pytest.mark.skipif(not SOFFICE, reason="LibreOffice is not installed")
def test_libreoffice_opens_the_written_file(written, tmp_path):
    subprocess.run(
        [SOFFICE, "--headless", f"-env:UserInstallation=file://{tmp_path}/profile",
         "--convert-to", "txt:Text", "--outdir", str(tmp_path), str(written[0])],
        check=True, capture_output=True, timeout=120,
    )  # fmt: skip
    text = (tmp_path / "paper.txt").read_text(encoding="utf-8-sig")
    assert text.splitlines() == document_text(written[0].read_bytes())
