"""A Word manuscript cited with a reference manager in a numbered style: its works are the
entries of the printed list, with their printed numbers, so `check` judges the numbering the
reader sees, as it does in the same manuscript saved as text. The works are made up for
the tests; the codes are shaped as Zotero writes them."""

from __future__ import annotations

import json

from wordbuild import docx, field, p, run, t, zotero_code

from blinarefs.cli import main


def _work(n: int, family: str, year: int, title: str) -> dict:
    return {
        "n": n,
        "type": "article-journal",
        "title": title,
        "author": [{"family": family, "given": "Ann"}],
        "issued": {"date-parts": [[year]]},
        "container-title": "Test Journal",
    }


# listed alphabetically, as a numbered style sorted by author prints them
KAY = _work(1, "Kay", 2018, "A fictitious review of drug Y and its rivals")
POE = _work(2, "Poe", 2019, "An invented cohort of drug X users followed for a decade")
ROE = _work(3, "Roe", 2020, "A made-up trial of drug X in older adults")
LISTED = [KAY, POE, ROE]
UNCITED = "Nobody A. A made-up essay that nothing cites. Test Journal. 2016;4:1-5."
CITED = [  # the sentence, its works in the field's order, the numbers it shows
    ("Drug X lowers made-up pressure in older adults", [ROE], "[3]"),
    ("The benefit lasted for a decade in a cohort", [POE, KAY], "[1,2]"),
    ("Drug Y has rivals", [KAY], "[1]"),
]
BIBL = ' ADDIN ZOTERO_BIBL {"uncited":[],"omitted":[],"custom":[]} CSL_BIBLIOGRAPHY '


def _entry(work: dict) -> str:
    family, year = work["author"][0]["family"], work["issued"]["date-parts"][0][0]
    return f"{family} A. {work['title']}. Test Journal. {year};1:1-9."


def _word(tmp_path, cited=CITED, entries=None, name="numbered"):
    body = p(t("Results"), style="Heading1")
    for sentence, works, shown in cited:
        body += p(t(sentence + " "), field(zotero_code(works, shown), shown), t("."))
    body += p(t("References"), style="Heading1")
    entries = [*(_entry(w) for w in LISTED), UNCITED] if entries is None else entries
    for i, entry in enumerate(entries, 1):
        inner = [t(f"{i}."), run("<w:tab/>"), t(entry)]
        if i == 1:
            code = run(f'<w:instrText xml:space="preserve">{BIBL}</w:instrText>')
            inner = [run('<w:fldChar w:fldCharType="begin"/>'), code,
                     run('<w:fldChar w:fldCharType="separate"/>'), *inner]  # fmt: skip
        if i == len(entries):
            inner.append(run('<w:fldChar w:fldCharType="end"/>'))
        body += p(*inner)
    return docx(tmp_path / f"{name}.docx", body)


def _plain(tmp_path, cited=CITED, entries=None, name="numbered"):
    """The same manuscript as Word's and LibreOffice's "Save as text" write it."""
    lines = ["Results", *(f"{s} {shown}." for s, _, shown in cited), "References"]
    entries = [*(_entry(w) for w in LISTED), UNCITED] if entries is None else entries
    lines += [f"{i}.\t{entry}" for i, entry in enumerate(entries, 1)]
    path = tmp_path / f"{name}.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _verdicts(path, capsys) -> list[tuple[str, str]]:
    main(["check", str(path), "--json"])
    findings = json.loads(capsys.readouterr().out)["findings"]
    # the plain copy's list is read by the reference parser, whose doubts about an entry
    # (the judge of doubt's) are its own: the Word file takes its works from the fields
    about_text = [
        f for f in findings if f["code"] not in ("printed-list-mismatch", "doubtful-reference")
    ]
    return sorted((f["code"], f["message"]) for f in about_text)


def test_a_list_numbered_alphabetically_is_out_of_order_in_word_as_in_text(tmp_path, capsys):
    word = _verdicts(_word(tmp_path), capsys)
    assert word == _verdicts(_plain(tmp_path), capsys)
    assert ("citation-order", "reference 3 is first cited here, before reference 1") in word
    assert ("uncited-reference", "reference 4 (Nobody 2016) is never cited") in word


def test_the_fields_works_carry_the_numbers_the_list_prints(tmp_path, capsys):
    assert main(["trace", str(_word(tmp_path)), "--json"]) == 0
    cited = json.loads(capsys.readouterr().out)["citations"]
    # the numbers in the order the citation prints them, not the field's item order
    assert [c["numbers"] for c in cited] == [[3], [1, 2], [1]]


def test_a_bibliography_in_a_list_word_numbers_starts_at_its_first_label(tmp_path, capsys):
    # the manager's entries in a numbered list: Word prints "1." before the field's text,
    # so the list (and the label) starts there, and the label is no citation in the body
    from wordbuild import numbering

    from blinarefs.manuscript import read_manuscript

    body = p(t("Results"), style="Heading1")
    body += p(t("Drug X lowers pressure "), field(zotero_code([KAY], "(1)"), "(1)"), t("."))
    body += p(t("References"), style="Heading1")
    code = run(f'<w:instrText xml:space="preserve">{BIBL}</w:instrText>')
    begin = [run('<w:fldChar w:fldCharType="begin"/>'), code,
             run('<w:fldChar w:fldCharType="separate"/>')]  # fmt: skip
    body += p(*begin, t(_entry(KAY)), run('<w:fldChar w:fldCharType="end"/>'), num=(1, 0))
    path = docx(tmp_path / "auto.docx", body, numbering_xml=numbering())
    doc = read_manuscript(path)
    assert doc.text[doc.reference_list_start :].startswith("1. Kay A.")
    assert main(["trace", str(path), "--json"]) == 0
    cited = json.loads(capsys.readouterr().out)["citations"]
    assert [c["marker"] for c in cited] == ["(1)"]


def test_a_work_entered_twice_in_the_library_is_two_entries_as_printed(tmp_path, capsys):
    # two items of one library with the same record: the manager prints both, each citation
    # its own item's number; neither is uncited (plain text reads "[3]" as citing entry 3)
    again = {**ROE, "n": 7}
    cited = [*CITED[:2], ("Older adults gained most", [again], "[4]")]
    entries = [*(_entry(w) for w in LISTED), _entry(again)]
    word = _verdicts(_word(tmp_path, cited, entries, "twice"), capsys)
    assert word == _verdicts(_plain(tmp_path, cited, entries, "twice"), capsys)
    assert [code for code, _ in word if code == "uncited-reference"] == []
    assert "near-duplicate-title" in {code for code, _ in word}


def test_a_citation_added_since_the_list_was_refreshed_is_read_as_printed(tmp_path, capsys):
    # the field cites a work the printed list does not have yet: its "[4]" points past the
    # list in the text a reader has (dangling), or at the entry printed 4th (citing it);
    # the printed-list finding says why
    later = _work(4, "Loe", 2021, "An imaginary registry of drug Y users")
    cited = [*CITED, ("A registry agreed", [later], "[4]")]
    listed = [_entry(w) for w in LISTED]
    past = _word(tmp_path, cited, listed, "past")
    word = _verdicts(past, capsys)
    assert word == _verdicts(_plain(tmp_path, cited, listed, "past"), capsys)
    dangling = "citation '[4]' points at reference 4, which is not in the list (the list has 3)"
    assert ("dangling-citation", dangling) in word
    main(["check", str(past), "--json"])
    findings = json.loads(capsys.readouterr().out)["findings"]
    assert any(
        f["code"] == "printed-list-mismatch" and "not in the printed list" in f["message"]
        for f in findings
    )
    word = _verdicts(_word(tmp_path, cited, name="onto"), capsys)  # the list's 4th uncited
    assert word == _verdicts(_plain(tmp_path, cited, name="onto"), capsys)
    assert not {"dangling-citation", "uncited-reference"} & {code for code, _ in word}


def test_raised_digits_beside_bracketed_fields_are_no_citations(tmp_path, capsys):
    # the manager prints every citation "[n]" on the line; a raised digit beside them is a
    # polynomial's power ("day²") or a table's note ("0.81)¹"), as in a text typing its
    # brackets: no second convention of citing (the plain copy's "day2," is none either)
    body = p(t("Results"), style="Heading1")
    for sentence, works, shown in CITED:
        body += p(t(sentence + " "), field(zotero_code(works, shown), shown), t("."))
    body += p(t("Survival varied with day, day"), t("2", sup=True), t(", and the year."))
    cell = p(t("0.75 (0.23, 0.81)"), t("1", sup=True))
    body += f"<w:tbl><w:tr><w:tc>{p(t('Odds ratio'))}</w:tc><w:tc>{cell}</w:tc></w:tr></w:tbl>"
    body += p(t("References"), style="Heading1")
    body += "".join(p(t(f"{i}."), run("<w:tab/>"), t(_entry(w))) for i, w in enumerate(LISTED, 1))
    word = docx(tmp_path / "raised.docx", body)
    assert main(["trace", str(word), "--json"]) == 0
    markers = [c["marker"] for c in json.loads(capsys.readouterr().out)["citations"]]
    assert markers == ["[3]", "[1,2]", "[1]"]
    assert "mixed-conventions" not in [code for code, _ in _verdicts(word, capsys)]
