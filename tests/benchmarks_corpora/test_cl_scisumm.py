"""The CL-SciSumm recipe's readers, on made-up files in the corpus's own shapes (the papers
and sentences are written for these tests)."""

from __future__ import annotations

from corpora.cl_scisumm import _fields, claim_of, context_of, paper_text

PAPER = """<PAPER>
  <S sid="0">A Made-Up Parser for Test Text</S>
  <ABSTRACT>
    <S sid="1" ssid="1">We present a parser that reaches 90.1% on &amp;quot;test&amp;quot; text.</S>
  </ABSTRACT>
  <SECTION title="Introduction" number="1">
    <S sid="2" ssid="1">Parsing made-up text is a made-up task.</S>
    <S sid="3" ssid="2">It has been studied <i>before</i>.</S>
  </SECTION>
</PAPER>"""


def test_the_cited_paper_becomes_text_with_headings():
    assert paper_text(PAPER) == (
        "# A Made-Up Parser for Test Text\n\n## Abstract\n\n"
        'We present a parser that reaches 90.1% on "test" text.\n\n'
        "## Introduction\n\nParsing made-up text is a made-up task. It has been studied before ."
    )


def test_a_citance_loses_its_marker_and_keeps_its_words():
    text = '<S sid ="8" ssid = "8">We use the made-up parser (Alpha, 2030) for test text.</S>'
    assert claim_of(text, "Alpha, 2030") == "We use the made-up parser for test text."


def test_an_annotation_line_is_read_field_by_field():
    line = (
        "Citance Number: 2 | Reference Article:  X00-0000.xml | Citing Article:  Y00-0000.xml"
        " | Citation Offset:  ['8'] | Reference Text:  <S sid =\"1\">Made up.</S> |"
    )
    fields = _fields(line)
    assert fields["Citing Article"] == "Y00-0000.xml"
    assert fields["Citation Offset"] == "['8']"


def test_the_context_is_the_sentences_around_the_citance():
    citing = '<S sid="7">Before it.</S><S sid="8">The citance.</S><S sid="9">After it.</S>'
    assert context_of(citing, [8]) == "Before it. After it."
    assert context_of(citing, []) == ""
