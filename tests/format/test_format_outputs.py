"""Outputs: escaping in every format, the markup that survives, whole documents."""

from __future__ import annotations

from dataclasses import replace

import pytest

from blinarefs.format import bibliography_pieces, format_bibliography
from blinarefs.format.markup import convert

# a title written for the tests: characters each output format must escape
SPECIAL = 'Risk & benefit of <i>in vitro</i> CD19<sup>+</sup> cells: 50% at $1 <x> "tagged"'


@pytest.fixture
def special(kantarjian):
    return replace(kantarjian, author=kantarjian.author[:1], title=SPECIAL)


def test_html_escapes_data_and_keeps_rich_text(special):
    html = format_bibliography([special], "blood", to="html")[0]
    assert "Risk &amp; benefit of <i>in vitro</i> CD19<sup>+</sup> cells" in html
    assert "&lt;x&gt;" in html and "<x>" not in html
    assert "<i>N Engl J Med</i>" in html  # Blood (AMA) italicises the journal


def test_unbalanced_markup_is_text(kantarjian):
    ref = replace(kantarjian, title="An <i>unclosed tag & more")
    assert "An &lt;i&gt;unclosed tag &amp; more" in format_bibliography([ref], "blood", "html")[0]


def test_text_has_the_characters(special):
    text = format_bibliography([special], "blood")[0]
    assert 'Risk & benefit of in vitro CD19⁺ cells: 50% at $1 <x> "tagged"' in text


def test_markdown(special):
    md = format_bibliography([special], "blood", to="markdown")[0]
    assert md.startswith("1\\. Kantarjian H.")  # the number is text, not a Markdown list
    assert "of *in vitro* CD19<sup>+</sup> cells: 50% at $1 \\<x\\>" in md
    assert "*N Engl J Med*" in md


def test_rtf(special):
    rtf = format_bibliography([special], "blood", to="rtf")[0]
    assert "of {\\i in vitro} CD19{\\super +} cells" in rtf
    doc = "".join(bibliography_pieces([special], "blood", to="rtf"))
    assert doc.startswith("{\\rtf1\\ansi") and doc.rstrip().endswith("}")


def test_rtf_escapes_non_ascii_and_braces():
    assert convert("Gökbuget {x} \\ ✓", "rtf") == "G\\u246?kbuget \\{x\\} \\\\ \\u10003?"
    # outside the BMP: UTF-16 surrogates D834 DD1E, as signed 16-bit numbers
    assert convert("\U0001d11e", "rtf") == "\\u-10188?\\u-8930?"


def test_latex_thebibliography(special, kantarjian):
    doc = "".join(bibliography_pieces([special, kantarjian], "blood", to="latex"))
    lines = doc.splitlines()
    assert lines[0] == "\\begin{thebibliography}{9}"
    assert lines[1].startswith("\\bibitem{case} Kantarjian H. Risk \\& benefit of ")
    assert "\\textit{in vitro} CD19\\textsuperscript{+} cells: 50\\% at \\$1 <x>" in lines[1]
    assert "\\textit{N Engl J Med}" in lines[1]
    assert lines[-1] == "\\end{thebibliography}"


def test_html_document_is_a_page(kantarjian):
    doc = "".join(bibliography_pieces([kantarjian], "vancouver", to="html"))
    assert doc.startswith("<!DOCTYPE html>") and '<meta charset="utf-8">' in doc
    assert '<div class="csl-entry">1. Kantarjian H, Stein A' in doc


def test_text_and_markdown_documents(kantarjian, seed_refs):
    text = "".join(bibliography_pieces(seed_refs, "blood"))
    assert text.count("\n") == 10 and text.startswith("1. Bassan R")
    md = "".join(bibliography_pieces(seed_refs[:2], "blood", "markdown"))
    assert md.startswith("1\\. Bassan") and "\n\n2\\. Kantarjian" in md


def test_unknown_format_is_a_usage_error(kantarjian):
    from blinarefs.errors import UsageError

    with pytest.raises(UsageError, match="docx"):
        format_bibliography([kantarjian], "blood", to="docx")
