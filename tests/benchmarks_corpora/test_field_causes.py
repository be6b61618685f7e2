"""How the field files' evaluation (benchmarks/eval_docx_fields.py) puts a verdict only one
side gives down to a cause, on a made-up Word file: a raised field the text export flattens
is inherent, a field printed as text the plain reader misses is its defect."""

from __future__ import annotations

from pathlib import Path

from eval_docx_fields import _key  # noqa: F401  (puts tests/manuscript on the path)
from field_causes import field_causes
from wordbuild import docx, field, p, t, zotero_code

from blinarefs.manuscript import read_manuscript

ROE = {"n": 1, "type": "article-journal", "title": "A made-up trial of sleep and tea",
       "author": [{"family": "Roe", "given": "J"}], "issued": {"date-parts": [[2020]]}}  # fmt: skip
POE = {"n": 2, "type": "book", "title": "An invented handbook of naps",
       "author": [{"family": "Poe", "given": "E"}], "issued": {"date-parts": [[2019]]}}  # fmt: skip


def _doc(tmp_path: Path):
    body = p(t("Tea drinkers slept longer"), field(zotero_code([ROE], "1"), "1", sup=True), t("."))
    body += p(t("Naps helped the old "), field(zotero_code([POE], "(Poe 2019)"), "(Poe 2019)"),
              t("."))  # fmt: skip
    return read_manuscript(docx(tmp_path / "f.docx", body))


def _finding(code: str, text: str = "", message: str = "") -> dict:
    return {"code": code, "text": text, "message": message or text}


PLAIN_TEXT = "Tea drinkers slept longer1.\nNaps helped the old (Poe 2019).\n"


def _causes(doc, word: list[dict], plain: list[dict]):
    from eval_docx_fields import compare

    return field_causes(word, plain, compare(word, plain, True), doc, PLAIN_TEXT)


def test_a_raised_field_flattened_is_inherent_a_printed_one_missed_is_not(tmp_path):
    doc = _doc(tmp_path)
    plain = [
        _finding("uncited-claim", "Tea drinkers slept longer1."),
        _finding("uncited-claim", "Naps helped the old (Poe 2019)."),
        _finding("uncited-reference", message="reference 1 (Roe 2020) is never cited"),
        _finding("uncited-reference", message="reference 2 (Poe 2019) is never cited"),
        _finding("uncertain-marker", "1"),
    ]
    assert _causes(doc, [], plain) == {
        "inherent: raised field flattened": 3,
        "plain: printed citation missed": 2,
    }


def test_what_only_word_gives_and_claims_the_other_side_has_not(tmp_path):
    word = [
        _finding("uncited-reference", message="reference 3 (Doe 2018) is never cited"),
        _finding("uncited-claim", "Tea drinkers slept longer1."),
        _finding("uncited-claim", "The old napped at H_(2)O baths."),  # not in the export
    ]
    assert _causes(_doc(tmp_path), word, []) == {
        "word: uncited entry plain text cites": 1,
        "word: citation not read": 1,
        "claims cut or rendered differently": 1,
    }
