"""`blinarefs renumber paper.docx`: typed numbers rewritten in their runs, the reference list
reordered, reference-manager fields left alone. Made-up manuscripts."""

from __future__ import annotations

import contextlib
import io
import json

from lxml import etree
from wordbuild import docx, field, numbering, p, t, zotero_code
from wordcheck import W, check_package, document_text, parts

from blinarefs.cli import main

REFERENCES = [
    "Author A, Writer B. A made-up trial of drug A in adults. Test J. 2020;1:1-9.",
    "Author C. A made-up safety study of drug B. Test J. 2019;2:10-19.",
    "Author D. A made-up review of both drugs. Test J. 2018;3:20-29.",
]


def renumber(*args: str) -> tuple[int, dict]:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = main(["renumber", *args, "--json"])
    return code, json.loads(out.getvalue())


def typed_list() -> str:
    return p(t("References"), style="Heading1") + "".join(
        p(t(f"{n}. {ref}")) for n, ref in enumerate(REFERENCES, 1)
    )


def test_numbers_typed_inside_a_run_of_text_are_rewritten(tmp_path):
    # as Word and Pandoc save typed text: one run for the whole sentence, the citations in
    # it; each number is cut out of the run's middle and rewritten. The list was reordered
    # and the numbers left as they were, so each citation named another work.
    body = p(t("Drug A helped adults [3]. Drug B was safe [1], as a review said [2, 3].")) + (
        typed_list()
    )
    source = docx(tmp_path / "paper.docx", body)
    target = tmp_path / "out.docx"
    code, report = renumber(str(source), "-o", str(target))
    assert code == 0 and report["mapping"] == {"3": 1, "1": 2, "2": 3}
    data = target.read_bytes()
    check_package(data)
    assert document_text(data)[0] == (
        "Drug A helped adults [1]. Drug B was safe [2], as a review said [1, 3]."
    )
    assert document_text(data)[2] == "1. " + REFERENCES[2]


def test_superscripts_and_typed_list(tmp_path):
    body = (
        p(t("Drug A helped adults"), t("3,1", sup=True), t(". Drug B was safe"),
          t("2", sup=True), t(". See also "), t("[", italic=True), t("3", italic=True),
          t("]", italic=True), t("."))
        + typed_list()
    )  # fmt: skip
    source = docx(tmp_path / "paper.docx", body)
    target = tmp_path / "out.docx"
    code, report = renumber(str(source), "-o", str(target))
    assert code == 0 and report["mapping"] == {"3": 1, "1": 2, "2": 3}
    data = target.read_bytes()
    xml = check_package(data)
    assert document_text(data) == [
        "Drug A helped adults1,2. Drug B was safe3. See also [1].",
        "References",
        "1. " + REFERENCES[2],
        "2. " + REFERENCES[0],
        "3. " + REFERENCES[1],
    ]
    runs = list(xml["word/document.xml"].iter(W + "r"))
    sup = ["".join(r.itertext()) for r in runs if r.find(f"{W}rPr/{W}vertAlign") is not None]
    italic = ["".join(r.itertext()) for r in runs if r.find(f"{W}rPr/{W}i") is not None]
    assert sup == ["1,2", "3"] and italic == ["[", "1", "]"]
    # the result is in order: renumbering it again changes nothing
    code, again = renumber(str(target), "--dry-run")
    assert again["changed"] == 0 and again["edits"] == [] and not again["list_reordered"]


def test_word_numbered_list_moves_without_typed_numbers(tmp_path):
    body = (
        p(t("First"), t("2", sup=True), t(", then"), t("1", sup=True), t("."))
        + p(t("References"), style="Heading1")
        + "".join(p(t(ref), num=(1, 0)) for ref in REFERENCES[:2])
    )
    source = docx(tmp_path / "paper.docx", body, numbering_xml=numbering())
    target = tmp_path / "out.docx"
    code, report = renumber(str(source), "-o", str(target))
    assert code == 0 and report["list_reordered"]
    assert document_text(target.read_bytes()) == [
        "First1, then2.",
        "References",
        REFERENCES[1],
        REFERENCES[0],
    ]
    paragraphs = list(parts(target.read_bytes())["word/document.xml"].iter(W + "p"))
    assert all(p.find(f"{W}pPr/{W}numPr") is not None for p in paragraphs[2:])


def test_reference_manager_fields_are_left_to_the_manager(tmp_path, capsys):
    items = [
        {"n": n, "type": "article-journal", "title": f"A made-up field item {n}",
         "author": [{"family": f"Fieldauthor{n}", "given": "F"}],
         "issued": {"date-parts": [[2016]]}}
        for n in (1, 2)
    ]  # fmt: skip
    body = p(
        t("Managed"), field(zotero_code([items[1]], "2"), "2", sup=True), t(" and"),
        field(zotero_code([items[0]], "1"), "1", sup=True), t("."),
    )  # fmt: skip
    source = docx(tmp_path / "paper.docx", body)
    target = tmp_path / "out.docx"
    code, report = renumber(str(source), "-o", str(target))
    assert code == 0 and report["left_to_manager"] == 2 and report["edits"] == []
    before = parts(source.read_bytes())["word/document.xml"]
    after = parts(target.read_bytes())["word/document.xml"]
    assert etree.tostring(after) == etree.tostring(before)
    assert main(["renumber", str(source), "--dry-run"]) == 0
    assert "2 reference-manager citations left to their manager" in capsys.readouterr().out


def test_dry_run_changes_nothing_and_input_is_never_overwritten(tmp_path, capsys):
    body = p(t("First"), t("2", sup=True), t(", then"), t("1", sup=True), t(".")) + typed_list()
    source = docx(tmp_path / "paper.docx", body)
    before = source.read_bytes()
    assert main(["renumber", str(source), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "2 of 3 references renumbered (2 -> 1, 1 -> 2)" in out and "² -> ¹" in out
    assert main(["renumber", str(source)]) == 2
    assert source.read_bytes() == before


def test_a_list_in_one_paragraph_is_refused_before_anything_is_written(tmp_path, capsys):
    lines = "".join(
        t(f"{n}. {ref}") + ("<w:r><w:br/></w:r>" if n < 3 else "")
        for n, ref in enumerate(REFERENCES, 1)
    )
    body = (
        p(t("Drug A helped adults [2]. Drug B was safe [1]."))
        + p(t("References"), style="Heading1")
        + p(lines)
    )
    source = docx(tmp_path / "paper.docx", body)
    target = tmp_path / "out.docx"
    assert main(["renumber", str(source), "-o", str(target)]) == 1
    assert "not one paragraph per reference" in capsys.readouterr().err
    assert not target.exists()


def test_nothing_to_renumber_writes_the_file_byte_for_byte(tmp_path):
    # the HELLP case: "[1,2,3]" in a file that writes ranges ("[2–3]") was rewritten
    # "[1–3]" with 0 references renumbered, and every part re-serialised
    body = p(t("Drug A helped adults [1,2,3]. Drug B was safe [2–3].")) + typed_list()
    source = docx(tmp_path / "paper.docx", body)
    target = tmp_path / "out.docx"
    code, report = renumber(str(source), "-o", str(target))
    assert code == 0 and report["changed"] == 0 and report["markers_rewritten"] == 0
    assert target.read_bytes() == source.read_bytes()
