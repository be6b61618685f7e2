"""`check`, `trace` and `build` on Word and JATS manuscripts give the verdicts they give on
the same manuscript in plain text."""

from __future__ import annotations

import json

from wordbuild import docx, field, numbering, p, t, zotero_code

from blinarefs.cli import main

REFS = [
    "Roe J, Doe J. A made-up trial of drug X in adults. Test J Med. 2020;12(3):100-109.",
    "Poe E. An invented cohort of drug X users. Test J Med. 2019;11(1):1-9.",
    "Moe A. A fictitious review of drug Y. Test Rev. 2018;5:20-29.",
    "Nobody N. A reference nothing cites. Test Rev. 2017;4:1-5.",
]
SENTENCES = [
    ("Drug X improved survival in adults", "1"),
    ("The benefit lasted two years", "2,3"),
    ("Drug Y was studied as well", "5"),  # dangling: there is no reference 5
]


def _plain(tmp_path):
    body = "\n\n".join(f"{s}{n}." for s, n in SENTENCES)  # superscripts flattened
    listed = "\n".join(f"{i}. {r}" for i, r in enumerate(REFS, 1))
    path = tmp_path / "paper.txt"
    path.write_text(f"Results\n\n{body}\n\nReferences\n\n{listed}\n", encoding="utf-8")
    return path


def _word(tmp_path):
    body = p(t("Results"), style="Heading1")
    for sentence, numbers in SENTENCES:
        body += p(t(sentence), t(numbers, sup=True), t("."))
    body += p(t("References"), style="Heading1")
    body += "".join(p(t(r), num=(1, 0)) for r in REFS)
    return docx(tmp_path / "paper.docx", body, numbering_xml=numbering())


def _verdicts(path, capsys):
    code = main(["check", str(path), "--json"])
    data = json.loads(capsys.readouterr().out)
    plain = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
    return code, sorted((f["code"], f["message"].translate(plain)) for f in data["findings"])


def test_check_on_word_gives_the_verdicts_of_plain_text(tmp_path, capsys):
    plain = _verdicts(_plain(tmp_path), capsys)
    word = _verdicts(_word(tmp_path), capsys)
    assert word == plain
    codes = {c for c, _ in plain[1]}
    assert {"dangling-citation", "uncited-reference"} <= codes
    assert plain[0] == 1


def test_trace_on_word_reads_superscripts_as_citations(tmp_path, capsys):
    assert main(["trace", str(_word(tmp_path)), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [(c["marker"], c["numbers"]) for c in data["citations"]] == [
        ("¹", [1]),
        ("²,³", [2, 3]),
        ("⁵", [5]),
    ]


def test_check_on_a_zotero_manuscript_takes_its_references_from_the_fields(tmp_path, capsys):
    a = {
        "n": 1,
        "title": "A made-up trial of drug X in adults",
        "type": "article-journal",
        "author": [{"family": "Roe", "given": "J"}],
        "issued": {"date-parts": [[2020]]},
    }
    b = {
        "n": 2,
        "title": "An invented cohort of drug X users",
        "type": "article-journal",
        "author": [{"family": "Poe", "given": "E"}],
        "issued": {"date-parts": [[2019]]},
    }
    body = p(t("Drug X improved survival"), field(zotero_code([a], "1"), "1", sup=True), t("."))
    body += p(t("It lasted"), field(zotero_code([a, b], "1,2"), "1,2", sup=True), t("."))
    path = docx(tmp_path / "z.docx", body)
    assert main(["check", str(path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["references_from"] == "word field"
    assert not [
        f for f in data["findings"] if f["code"] in ("dangling-citation", "uncited-reference")
    ]
    assert main(["trace", str(path), "--json"]) == 0
    traced = json.loads(capsys.readouterr().out)
    assert [c["keys"] for c in traced["citations"]] == [
        ["roe2020madeup"],
        ["roe2020madeup", "poe2019invented"],
    ]


def test_a_pdf_gets_one_line_and_exit_1(tmp_path, capsys):
    pdf = tmp_path / "paper.pdf"
    pdf.write_bytes(b"%PDF-1.4\n%...")
    code = main(["check", str(pdf)])
    err = capsys.readouterr().err
    assert code == 1 and err.count("\n") == 1 and "a PDF: export it to .docx" in err
