"""How the Word reader's evaluation counts markers (benchmarks/eval_docx_reader.py), on
made-up texts: markers printed side by side are one group whichever side cut them."""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from pathlib import Path

from corpora.jats_body import Marker
from docx_marker_scores import not_bare, printed_together
from eval_docx_reader import _with_printed_commas
from plain_export import mark_superscripts
from verdict_keys import verdict_key
from wordbuild import docx, p, t


@dataclass(frozen=True)
class Found:
    start: int
    end: int
    numbers: tuple[int, ...]
    kind: str


def test_markers_printed_side_by_side_are_one_group() -> None:
    text = "Seen [2],[3] in [4], [5]; not [6] then [7]. Raised^3), (4^ too."
    at = {s: text.index(s) for s in ("[2]", "[3]", "[4]", "[5]", "[6]", "[7]", "3)", "(4")}
    found = [
        Found(at["[2]"], at["[2]"] + 3, (2,), "bracket"),
        Found(at["[3]"], at["[3]"] + 3, (3,), "bracket"),
        Found(at["[4]"], at["[4]"] + 3, (4,), "bracket"),
        Found(at["[5]"], at["[5]"] + 3, (5,), "bracket"),
        Found(at["[6]"], at["[6]"] + 3, (6,), "bracket"),
        Found(at["[7]"], at["[7]"] + 3, (7,), "bracket"),
    ]
    assert [(text[g.start : g.end], g.numbers) for g in printed_together(found, text)] == [
        ("[2],[3]", (2, 3)),
        ("[4], [5]", (4, 5)),
        ("[6]", (6,)),  # words between: two citations
        ("[7]", (7,)),
    ]
    # the truth's superscript edges ("^") and numbers bracketed one by one inside them
    raised = [
        Marker(at["3)"], at["3)"] + 1, (3,), "superscript"),
        Marker(at["(4"] + 1, at["(4"] + 2, (4,), "superscript"),
    ]
    assert printed_together(raised, text) == [Marker(at["3)"], at["(4"] + 2, (3, 4), "superscript")]


def test_markers_joined_by_and_are_one_group_as_the_truth_joins_them() -> None:
    # PLOS tags "<xref>[4]</xref> and <xref>[15]</xref>", which the truth joins, brackets
    # and all; tagged "[<xref>4</xref>] and [...]", two: both sides are joined alike
    text = "Trees of [4] and [15], not [7], and [8] then [9]."
    found = [Found(text.index(s), text.index(s) + len(s), (int(s[1:-1]),), "bracket")
             for s in ("[4]", "[15]", "[7]", "[8]", "[9]")]  # fmt: skip
    grouped = [(text[g.start : g.end], g.numbers) for g in printed_together(found, text)]
    assert grouped == [("[4] and [15]", (4, 15)), ("[7], and [8]", (7, 8)), ("[9]", (9,))]


def test_citations_tagged_back_to_back_get_the_comma_their_journal_prints() -> None:
    # Pandoc would print "[12]" and "^67^": other citations than the journal's
    x = '<xref ref-type="bibr" rid="B{0}">{0}</xref>'.format
    xml = (
        f"<article><body><p>Seen [{x(1)}{x(2)}] and<sup>{x(6)}{x(7)}</sup>, "
        f'not [{x(3)}] <xref ref-type="fig" rid="F1">1</xref>{x(4)}.</p></body></article>'
    )
    out = _with_printed_commas(xml)
    assert ">1</xref>,<xref" in out and ">6</xref>,<xref" in out
    assert out.count("</xref>,") == 2  # a figure's xref before a citation gets none


def test_markers_of_other_kinds_stay_apart() -> None:
    text = "Seen^1^ [2] there."
    one, two = Found(5, 6, (1,), "superscript"), Found(8, 11, (2,), "bracket")
    assert printed_together([one, two], text) == [one, two]


def test_a_marked_copy_keeps_raised_digits_as_superscript_characters(tmp_path: Path) -> None:
    # the "careful user" plain text of eval_docx_reader --plain marked
    path = docx(tmp_path / "m.docx", p(t("Seen in 10 mice"), t("1,3-5", sup=True), t(".")))
    mark_superscripts(path)
    xml = zipfile.ZipFile(path).read("word/document.xml").decode()
    assert ">¹,³⁻⁵<" in xml
    assert ">Seen in 10 mice<" in xml


def test_a_verdict_on_a_sentence_is_the_same_with_its_signs_raised_or_not() -> None:
    # the marked copy raises the charge and the minus with the digits ("Fe³⁺", "ha⁻¹"); the
    # Word reader shows the digits raised and the signs as typed: the same sentence
    claim = "Iron went from Fe{}+ to a made-up {}1 rate in the tests."
    word = {"code": "uncited-claim", "text": claim.format("³", "ha−")}
    marked = {"code": "uncited-claim", "text": claim.format("³", "ha⁻").replace("+", "⁺")}
    unraised = {**word, "text": claim.format("3", "ha-")}
    assert verdict_key(word) == verdict_key(marked) == verdict_key(unraised)
    assert verdict_key(word) != verdict_key({**word, "text": claim.format("4", "ha-")})


def test_a_plain_verdict_on_digits_the_word_file_raises_is_inherent(tmp_path: Path) -> None:
    # the Word file raises a charge's "2–" and lowers a formula's "2"; the export flattens
    # both, and a plain reader's doubt there is no defect of its own: each is found where it
    # stands, after the same words, whatever the digits are elsewhere
    from verdict_causes import _SetApart

    body = p(t("The ligand (Tea)"), t("2–", sup=True), t(" binds CO"), t("2", sub=True),
             t(" and "), t("13", sup=True), t("C"),
             t(" as (Tea)2 does in water."))  # fmt: skip
    path = docx(tmp_path / "charges.docx", body)
    mark_superscripts(path, unset=True)
    from blinarefs.manuscript import read_manuscript

    set_apart = _SetApart(read_manuscript(path).text)
    plain = "The ligand (Tea)2– binds CO2 and 13C as (Tea)2 does in water.\n"
    assert set_apart.at(plain, plain.index("2–"), plain.index("2–") + 1) == "raised digits"
    assert set_apart.at(plain, plain.index("CO2") + 2, plain.index("CO2") + 3) == "subscript"
    assert set_apart.at(plain, plain.index(")2 does") + 1, plain.index(")2 does") + 2) == ""
    assert set_apart.at(plain, plain.index("13C"), plain.index("13C") + 2) == "raised digits"


def test_a_raised_citation_is_never_set_aside_as_a_bare_xref() -> None:
    # the truth: "(2010, 7)" bare twice (a journal's unraised name-and-number), then a raised
    # ^7^; the Word file's reader finds the raised 7 only. Aligned by numbers alone it paired
    # with the first bare 7 and was dropped; plain digits read as a citation ("(7)",
    # "cycle7") may still be at a bare xref
    truth = [
        Marker(0, 1, (7,), "bare"),
        Marker(2, 3, (7,), "bare"),
        Marker(4, 5, (7,), "superscript"),
    ]
    text = "Roe (2010, 7) and Doe (2010, 7) agreed.⁷"
    raised = Found(text.index("⁷"), len(text), (7,), "superscript")
    assert not_bare(truth, [raised], text) == [raised]
    plain = Found(text.index("7)"), text.index("7)") + 1, (7,), "superscript")
    assert not_bare(truth, [plain, raised], text) == [raised]
