"""Digits a Word file sets as subscripts are indices ("CO₂", a model's "CPlin(1,2)"), never
citations: `check` on the .docx neither cites them nor calls them close, where its plain-text
export, which flattens them, can only guess."""

from __future__ import annotations

import json

from wordbuild import docx, p, t

from blinarefs.cli import main
from blinarefs.manuscript import read_manuscript

REFS = [
    "Roe J, Doe J. A made-up trial of cycling power in adults. Test J Sport. 2020;12(3):100-109.",
    "Poe E. An invented model of fatigue. Test J Sport. 2019;11(1):1-9.",
    "Moe A. A fictitious review of endurance tests. Test Rev. 2018;5:20-29.",
]
# (plain text, subscript) runs of each sentence; the citations are typed brackets
SENTENCES = [
    [("Power models were fitted as before [1].", "")],
    [("The model CP", ""), ("lin(1,2)", "sub"), (" used trials one and two [2].", "")],
    [("Both CP", ""), ("hyp", "sub"), ("(", ""), ("1,3", "sub"), (") and CP", ""),
     ("exp", "sub"), ("(", ""), ("2,3", "sub"), (") were compared [3].", "")],
    [("Oxygen uptake (VO", ""), ("2", "sub"), (") peaked later [1,2].", "")],
]  # fmt: skip


def _word(tmp_path):
    body = p(t("Results"), style="Heading1")
    for runs in SENTENCES:
        body += p("".join(t(text, sub=bool(sub)) for text, sub in runs))
    body += p(t("References"), style="Heading1")
    body += "".join(p(t(f"{i}. {r}")) for i, r in enumerate(REFS, 1))
    return docx(tmp_path / "models.docx", body)


def _plain(tmp_path):
    body = "\n\n".join("".join(text for text, _ in runs) for runs in SENTENCES)
    listed = "\n".join(f"{i}. {r}" for i, r in enumerate(REFS, 1))
    path = tmp_path / "models.txt"
    path.write_text(f"Results\n\n{body}\n\nReferences\n\n{listed}\n", encoding="utf-8")
    return path


def _run(command: str, path, capsys) -> dict:
    main([command, str(path), "--json"])
    return json.loads(capsys.readouterr().out)


def test_the_reader_gives_the_subscript_spans(tmp_path):
    doc = read_manuscript(_word(tmp_path))
    assert [doc.text[a:b] for a, b in doc.lowered] == ["lin(1,2)", "hyp", "1,3", "exp", "2,3", "2"]


def test_subscript_digits_are_neither_citations_nor_close_calls(tmp_path, capsys):
    word = _word(tmp_path)
    cited = [c["marker"] for c in _run("trace", word, capsys)["citations"]]
    assert cited == ["[1]", "[2]", "[3]", "[1,2]"]
    codes = [f["code"] for f in _run("check", word, capsys)["findings"]]
    assert "uncertain-marker" not in codes
    # the flattened copy reads the same brackets, and has only its guess at the indices:
    # the differences eval_docx_fields.py puts down to "subscript flattened"
    plain = _run("check", _plain(tmp_path), capsys)["findings"]
    indices = {"(1,2)", "(1,3)", "(2,3)"}
    assert all(f["code"] == "uncertain-marker" and f["text"] in indices for f in plain)


def test_a_raised_or_plain_group_beside_a_subscript_is_still_read(tmp_path, capsys):
    # only the lowered digits are indices: a raised citation right after a subscript, and a
    # typed group after one, are citations as anywhere
    body = p(t("Results"), style="Heading1")
    body += p(t("Emissions of CO"), t("2", sub=True), t("1", sup=True), t(" rose in cities."))
    body += p(t("The model CP"), t("lin", sub=True), t(" [2] fitted the trials."))
    body += p(t("References"), style="Heading1")
    body += "".join(p(t(f"{i}. {r}")) for i, r in enumerate(REFS, 1))
    path = docx(tmp_path / "beside.docx", body)
    cited = [c["marker"] for c in _run("trace", path, capsys)["citations"]]
    assert cited == ["¹", "[2]"]
