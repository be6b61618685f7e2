"""An author-year Word manuscript cited with a reference manager (APA-like, the form the
dev files of round 9 added): `check` on the .docx and on its plain-text export (what
LibreOffice's "Save as text" writes: no footnotes, no list numbers) give the same verdicts.
The works are made up for the tests; the codes are shaped as Zotero writes them."""

from __future__ import annotations

import json

from wordbuild import docx, field, footnote_ref, notes, p, run, t, zotero_code

from blinarefs.cli import main
from blinarefs.manuscript import read_manuscript

ROE = {
    "n": 1,
    "type": "article-journal",
    "title": "A made-up trial of drug X in adults",
    "author": [{"family": "Roe", "given": "Jane"}, {"family": "Doe", "given": "John"}],
    "issued": {"date-parts": [[2020]]},
    "container-title": "Test Journal of Medicine",
}
POE = {
    "n": 2,
    "type": "article-journal",
    "title": "An invented cohort of drug X users followed for years",
    "author": [
        {"family": "Poe", "given": "Edgar"},
        {"family": "Moe", "given": "Ann"},
        {"family": "Loe", "given": "Kim"},
    ],
    "issued": {"date-parts": [[2019]]},
    "container-title": "Test Journal of Medicine",
}
# The printed list as the manager printed it before the citation of the last was deleted
PRINTED = [
    "Moe, A. (2018). A fictitious review of drug Y and its rivals. Test Reviews, 5, 20–29.",
    "Poe, E., Moe, A., & Loe, K. (2019). An invented cohort of drug X users followed for "
    "years. Test Journal of Medicine, 11(1), 1–9.",
    "Roe, J., & Doe, J. (2020). A made-up trial of drug X in adults. Test Journal of "
    "Medicine, 12(3), 100–109.",
]
CITED = [  # (text before, the citation as printed, its works)
    ("Drug X improved survival in adults", " (Roe & Doe, 2020)", [ROE]),
    (". In a cohort, ", "Poe et al., 2019", [POE]),
    (" found the same benefit", " (see also Roe & Doe, 2020, p. 4, for older adults)", [ROE]),
]
BIBL = ' ADDIN ZOTERO_BIBL {"uncited":[],"omitted":[],"custom":[]} CSL_BIBLIOGRAPHY '


def _word(tmp_path):
    body = p(t("Results"), style="Heading1")
    inline = [
        piece
        for before, cited, works in CITED
        for piece in (t(before), field(zotero_code(works, cited.strip()), cited))
    ]
    body += p(*inline, t("."), footnote_ref(1))
    body += p(t("References"), style="Heading1")
    begin = run('<w:fldChar w:fldCharType="begin"/>')
    code = run(f'<w:instrText xml:space="preserve">{BIBL}</w:instrText>')
    separate = run('<w:fldChar w:fldCharType="separate"/>')
    end = run('<w:fldChar w:fldCharType="end"/>')
    body += p(begin, code, separate, t(PRINTED[0]))
    body += p(t(PRINTED[1])) + p(t(PRINTED[2]), end)
    note = notes("footnote", {1: p(t("A note about the adults who took part in it."))})
    return docx(tmp_path / "apa.docx", body, footnotes_xml=note)


def _plain(tmp_path):
    text = "".join(before + cited for before, cited, _ in CITED) + "."
    path = tmp_path / "apa.txt"
    path.write_text("Results\n" + text + "\nReferences\n" + "\n".join(PRINTED) + "\n")
    return path


def _verdicts(path, capsys):
    main(["check", str(path), "--json"])
    findings = json.loads(capsys.readouterr().out)["findings"]
    return [(f["severity"], f["code"], f["message"]) for f in findings]


def test_a_stale_bibliography_entry_is_uncited_in_word_as_in_plain_text(tmp_path, capsys):
    word = _verdicts(_word(tmp_path), capsys)
    plain = _verdicts(_plain(tmp_path), capsys)
    uncited = [(s, m.split("(")[1]) for s, c, m in word if c == "uncited-reference"]
    assert uncited == [("error", "Moe 2018) is never cited")]
    assert [(s, m.split("(")[1]) for s, c, m in plain if c == "uncited-reference"] == uncited
    # the field's works are in the list; only the entry no field has is reported
    said = [m for _, c, m in word if c == "printed-list-mismatch"]
    assert said == ["printed reference 1 matches none of the works in the citation fields"]


def test_the_notes_go_before_the_list_heading_not_into_the_list(tmp_path):
    doc = read_manuscript(_word(tmp_path))
    assert doc.text[doc.reference_list_start :].startswith("Moe, A. (2018)")
    head = doc.text.rindex("References", 0, doc.reference_list_start)
    assert doc.text.index("A note about the adults") < head


def test_plain_author_year_citations_are_read_as_the_fields_cite(tmp_path, capsys):
    assert main(["trace", str(_plain(tmp_path)), "--json"]) == 0
    traced = json.loads(capsys.readouterr().out)["citations"]
    assert [(c["marker"], c["kind"]) for c in traced] == [
        ("(Roe & Doe, 2020)", "author-year"),
        ("Poe et al., 2019", "author-year"),
        ("(see also Roe & Doe, 2020, p. 4, for older adults)", "author-year"),
    ]


def test_an_author_year_list_without_numbers_is_no_fault(tmp_path, capsys):
    # the same list in a manuscript that cites by number is still reported
    assert not [m for _, c, m in _verdicts(_plain(tmp_path), capsys) if c == "reference-list"]
    numbered = tmp_path / "numbered.txt"
    numbered.write_text("Drug X works [1]. It lasted [2, 3].\nReferences\n" + "\n".join(PRINTED))
    said = [m for _, c, m in _verdicts(numbered, capsys) if c == "reference-list"]
    assert any("has no numbers" in m for m in said)


def test_a_printed_entry_the_parser_misreads_still_matches_its_field(tmp_path, capsys):
    # a body as author and an old book with its year unpunctuated: their titles are
    # misread, but every word of the field's title is in the printed entry
    body_item = {
        "n": 3,
        "type": "webpage",
        "title": "Test Mortality Database",
        "author": [{"literal": "Test Mortality Database"}],
        "issued": {"date-parts": [[2014]]},
    }
    book = {
        "n": 4,
        "type": "book",
        "title": "Einleitung in die Theorie der Testkunde",
        "author": [{"family": "Lo", "given": "W"}],
        "issued": {"date-parts": [[1875]]},
    }
    body = p(
        t("Rates came from a database"),
        field(zotero_code([body_item], "(Test Mortality Database, 2014)"), " (Test Mortality "
              "Database, 2014)"),
        t(" and a method"),
        field(zotero_code([book], "(Lo, 1875)"), " (Lo, 1875)"),
        t("."),
    )  # fmt: skip
    body += p(t("References"), style="Heading1")
    body += p(t("Test Mortality Database, 2014 Test University (USA), www.example.org."))
    body += p(t("Lo, W, 1875 Einleitung in die Theorie der Testkunde, http://example.org/x"))
    main(["check", str(docx(tmp_path / "old.docx", body)), "--json"])
    findings = json.loads(capsys.readouterr().out)["findings"]
    assert not [f for f in findings if f["code"] in ("printed-list-mismatch", "uncited-reference")]


def test_a_bibliography_inserted_with_no_heading_is_the_list_in_plain_text_too(tmp_path, capsys):
    # the manager's bibliography closes the text with no "References" above it: the .docx
    # knows it by its field, the text export by its lines, and the verdicts agree
    word = tmp_path / "unheaded.docx"
    word.write_bytes(_word(tmp_path).read_bytes().replace(b"References", b"Discussion"))
    plain = tmp_path / "unheaded.txt"
    plain.write_text(_plain(tmp_path).read_text().replace("\nReferences\n", "\n"))
    said = [_verdicts(path, capsys) for path in (word, plain)]
    uncited = [[m.split("(")[1] for _, c, m in found if c == "uncited-reference"] for found in said]
    assert uncited == [["Moe 2018) is never cited"]] * 2
    assert not [c for found in said for _, c, _ in found if c == "no-references"]
