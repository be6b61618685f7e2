"""`check` on a Word file gives the verdicts it gives on the file saved as plain text, where
the Word file's markup does not know better (eval_docx_fields.py measures it on real files)."""

from __future__ import annotations

import json

from wordbuild import docx, numbering, p, run, t

from blinarefs.cli import main
from blinarefs.trace.checked import BARE_LIST

# made up for these tests
REFS = [
    "Quill A, Marsh B. An invented survey of garden snails. J Madeup Zool. 2021;3(2):10-19.",
    "Fenn C. A fictitious atlas of moss. Madeup Bot Rev. 2019;8:200-212.",
]


BIBL = ' ADDIN ZOTERO_BIBL {"uncited":[],"omitted":[],"custom":[]} CSL_BIBLIOGRAPHY '


def _bibliography(entries: list[str]) -> str:
    """A manager's bibliography field over one paragraph an entry, numbered as printed."""
    begin = [run('<w:fldChar w:fldCharType="begin"/>'),
             run(f'<w:instrText xml:space="preserve">{BIBL}</w:instrText>'),
             run('<w:fldChar w:fldCharType="separate"/>')]  # fmt: skip
    out = ""
    for i, entry in enumerate(entries, 1):
        end = [run('<w:fldChar w:fldCharType="end"/>')] if i == len(entries) else []
        out += p(*(begin if i == 1 else []), t(f"{i}. {entry}"), *end)
    return out


def _check(path, capsys) -> dict:
    main(["check", str(path), "--json"])
    return json.loads(capsys.readouterr().out)


def test_a_word_file_holding_only_its_list_and_heading_is_a_bare_list(tmp_path, capsys):
    # a manager's bibliography starts after its "References" heading, plain text's list on
    # it: both are a list with nothing to cite it, no reference uncited
    body = p(t("References")) + _bibliography(REFS)
    word = _check(docx(tmp_path / "list.docx", body), capsys)
    plain = tmp_path / "list.txt"
    listed = "\n".join(f"{i}. {r}" for i, r in enumerate(REFS, 1))
    plain.write_text(f"References\n{listed}\n", encoding="utf-8")
    assert word["summary"] == _check(plain, capsys)["summary"] == BARE_LIST
    assert word["findings"] == []


def test_a_sentence_before_the_heading_is_a_manuscript(tmp_path, capsys):
    body = p(t("Snails were counted in two gardens."))
    body += p(t("References"), style="Heading1")
    body += "".join(p(t(r), num=(1, 0)) for r in REFS)
    word = _check(docx(tmp_path / "short.docx", body, numbering_xml=numbering()), capsys)
    assert word["summary"] != BARE_LIST
    assert {f["code"] for f in word["findings"]} >= {"uncited-reference"}
