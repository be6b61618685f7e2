"""Which works a Word file's reference-manager fields cite, and which printed entry each is:
one work held in two libraries (a local library, then the synced one) is one reference
unless the manager's own citations tell its copies apart ("2019a", "2019b": it prints an
entry for each); and a work is the printed entry of its title with its first author or
year, not an earlier one that only shares its title. The works are made up for the tests;
the codes are shaped as Zotero writes them."""

from __future__ import annotations

import pytest
from wordbuild import check_verdicts, docx, field, p, run, t, zotero_code

from blinarefs.manuscript import read_manuscript

ROE = {
    "n": 1,
    "type": "article-journal",
    "title": "An updated made-up classification of river otters",
    "author": [{"family": "Roe", "given": "Jane"}, {"family": "Doe", "given": "John"}],
    "issued": {"date-parts": [[2019]]},
    "container-title": "Journal of Made-up Zoology",
    "DOI": "10.9999/otters.2019.1",
}
LARK = {
    "n": 2,
    "type": "article-journal",
    "title": "Otters carry parasites between imaginary rivers",
    "author": [{"family": "Lark", "given": "Peter"}],
    "issued": {"date-parts": [[2012]]},
    "container-title": "Fictive Parasitology",
}
BEFORE = ["Otters differ ", ". They were typed again "]
BIBL = ' ADDIN ZOTERO_BIBL {"uncited":[],"omitted":[],"custom":[]} CSL_BIBLIOGRAPHY '


def _code(work: dict, shown: str, library: str) -> str:
    code = zotero_code([work], shown)
    return code.replace("users/local/TEST", library)


def _word(tmp_path, cited: list[tuple[str, str]], printed: list[str]):
    inline = []
    for before, (code, shown) in zip(BEFORE, cited, strict=True):
        inline += [t(before), field(code, shown)]
    body = p(t("Results"), style="Heading1") + p(*inline, t("."))
    body += p(t("References"), style="Heading1")
    begin = run('<w:fldChar w:fldCharType="begin"/>') + run(f"<w:instrText>{BIBL}</w:instrText>")
    begin += run('<w:fldChar w:fldCharType="separate"/>')
    body += p(begin, t(printed[0]))
    body += "".join(p(t(entry)) for entry in printed[1:-1])
    body += p(t(printed[-1]), run('<w:fldChar w:fldCharType="end"/>'))
    return docx(tmp_path / "works.docx", body)


def _plain(tmp_path, cited: list[tuple[str, str]], printed: list[str]):
    text = "".join(b + shown for b, (_, shown) in zip(BEFORE, cited, strict=True)) + "."
    path = tmp_path / "works.txt"
    path.write_text("\n".join(["Results", text, "References", *printed]) + "\n", encoding="utf-8")
    return path


def _verdicts(path, capsys) -> list[tuple[str, str]]:
    return check_verdicts(path, capsys, {"dangling-citation", "uncited-reference"})


TWICE = [
    "Roe, J., Doe, J., 2019a. An updated made-up classification of river otters. J Made-up "
    "Zool 3, 1–9. https://doi.org/10.9999/otters.2019.1",
    "Roe, J., Doe, J., 2019b. An updated made-up classification of river otters. J Made-up "
    "Zool 3, 1–9. https://doi.org/10.9999/otters.2019.1",
]


def test_copies_the_manager_prints_apart_are_two_works(tmp_path, capsys):
    cited = [
        (_code(ROE, "(Roe and Doe, 2019a)", "users/local/AbCd"), "(Roe and Doe, 2019a)"),
        (_code(ROE, "(Roe and Doe, 2019b)", "users/7740"), "(Roe and Doe, 2019b)"),
    ]
    word = _word(tmp_path, cited, TWICE)
    doc = read_manuscript(word)
    assert len(doc.references) == 2
    assert doc.markers[0].keys != doc.markers[1].keys
    assert _verdicts(word, capsys) == []
    assert _verdicts(_plain(tmp_path, cited, TWICE), capsys) == []


@pytest.mark.parametrize("shown", ["(Roe and Doe, 2019a, 2019b)", "[1,2]"])
def test_copies_one_citation_holds_are_two_works(tmp_path, shown):
    # one citation holding both copies: the manager prints a year or a number for each, and
    # an entry for each, however alike their data
    code = zotero_code([ROE, {**ROE, "n": 3}], shown)
    code = code.replace("users/local/TEST/items/ITEM3", "users/7740/items/ITEM3")
    body = p(t("Otters differ "), field(code, shown), t("."))
    doc = read_manuscript(docx(tmp_path / "both.docx", body))
    assert len(doc.references) == 2
    assert [len(m.keys) for m in doc.markers] == [2]


def test_one_work_in_two_libraries_is_one_reference(tmp_path):
    cited = [
        (_code(ROE, "(Roe and Doe, 2019)", "users/local/AbCd"), "(Roe and Doe, 2019)"),
        (_code(ROE, "(Roe and Doe, 2019)", "users/7740"), "(Roe and Doe, 2019)"),
    ]
    doc = read_manuscript(_word(tmp_path, cited, TWICE[:1]))
    assert len(doc.references) == 1
    assert doc.markers[0].keys == doc.markers[1].keys


def test_an_entry_sharing_only_a_works_title_is_not_that_work(tmp_path, capsys):
    # a web page saved with the article's title, printed first, and cited by no field
    printed = [
        "Anonymous. Otters carry parasites between imaginary rivers - PMC. n.d. Available "
        "from: https://example.org/pmc/otters [Last accessed: 10/24/2022].",
        "Lark P. Otters carry parasites between imaginary rivers. Fict Parasitol "
        "2012;2(1):103–110.",
        "Roe J, Doe J. An updated made-up classification of river otters. J Made-up Zool "
        "2019;3:1–9.",
    ]
    cited = [
        (_code(LARK, "(Lark, 2012)", "users/local/AbCd"), "(Lark, 2012)"),
        (_code(ROE, "(Roe and Doe, 2019)", "users/local/AbCd"), "(Roe and Doe, 2019)"),
    ]
    word = _verdicts(_word(tmp_path, cited, printed), capsys)
    assert word == [("uncited-reference", "Anonymous) is never cited")]  # named as it opens
    assert _verdicts(_plain(tmp_path, cited, printed), capsys) == word
