"""`check`, `trace` and `build` on Word and JATS manuscripts give the verdicts they give on
the same manuscript in plain text."""

from __future__ import annotations

import json

import pytest
from wordbuild import docx, field, numbering, p, t, zotero_code

from blinarefs.cli import main

REFS = [
    "Roe J, Doe J. A made-up trial of drug X in adults. Test J Med. 2020;12(3):100-109.",
    "Poe E. An invented cohort of drug X users. Test J Med. 2019;11(1):1-9.",
    "Moe A. A fictitious review of drug Y. Test Rev. 2018;5:20-29.",
    "Nobody N. A reference nothing cites. Test Rev. 2017;4:1-5.",
]
ITEM_A = {
    "n": 1,
    "title": "A made-up trial of drug X in adults",
    "type": "article-journal",
    "author": [{"family": "Roe", "given": "J"}],
    "issued": {"date-parts": [[2020]]},
}
ITEM_B = {
    "n": 2,
    "title": "An invented cohort of drug X users",
    "type": "article-journal",
    "author": [{"family": "Poe", "given": "E"}],
    "issued": {"date-parts": [[2019]]},
}
SENTENCES = [
    ("Drug X improved survival in adults", "1"),
    ("The benefit lasted two years", "2,3"),
    ("Drug Y was studied as well", "5"),  # dangling: there is no reference 5
]


def _plain(tmp_path):
    # the superscripts as Unicode characters, as a plain-text export keeps them
    raised = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
    body = "\n\n".join(f"{s}{n.translate(raised)}." for s, n in SENTENCES)
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
    body = p(
        t("Drug X improved survival"), field(zotero_code([ITEM_A], "1"), "1", sup=True), t(".")
    )
    body += p(t("It lasted"), field(zotero_code([ITEM_A, ITEM_B], "1,2"), "1,2", sup=True), t("."))
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


def test_a_pdf_gets_one_line_and_exit_2(tmp_path, capsys):
    # the wrong file named, like a folder: a usage error (2), not a finding (1)
    pdf = tmp_path / "paper.pdf"
    pdf.write_bytes(b"%PDF-1.4\n%...")
    code = main(["check", str(pdf)])
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1 and "a PDF: export it to .docx" in err


def test_a_printed_list_that_disagrees_with_the_fields_is_reported(tmp_path, capsys):
    body = p(
        t("Drug X improved survival"), field(zotero_code([ITEM_A, ITEM_B], "1,2"), "1,2", sup=True)
    )
    body += p(t("References"), style="Heading1")
    body += p(t(f"1. Roe J. {ITEM_A['title']}. Test J Med. 2020;12(3):100-109."))
    body += p(t("2. Typed B. A reference typed by hand, not in the fields. Test J. 2001;1:1-2."))
    assert _mismatches(docx(tmp_path / "stale.docx", body), capsys) == TYPED_OVER_B


# what check says of a list whose second entry, typed by hand, is not the fields' work B
TYPED_OVER_B = [
    "poe2019invented is described in the citation fields but is not in the printed list",
    "printed reference 2 matches none of the works in the citation fields",
]


def _mismatches(path, capsys) -> list[str]:
    main(["check", str(path), "--json"])
    findings = json.loads(capsys.readouterr().out)["findings"]
    return sorted(f["message"] for f in findings if f["code"] == "printed-list-mismatch")


def _numbered_fields(tmp_path, second_entry: str):
    """Works A and B cited by Zotero fields in a numbered style (B alone as "2"), and a
    printed list whose second entry is ``second_entry``."""
    body = p(t("Drug X improved survival"), field(zotero_code([ITEM_A], "1"), "1", sup=True))
    body += p(t("It lasted"), field(zotero_code([ITEM_B], "2"), "2", sup=True), t("."))
    body += p(t("Both agree"), field(zotero_code([ITEM_A, ITEM_B], "1,2"), "1,2", sup=True))
    body += p(t("References"), style="Heading1")
    body += p(t(f"1. Roe J. {ITEM_A['title']}. Test J Med. 2020;12(3):100-109."))
    body += p(t(second_entry))
    return docx(tmp_path / "numbered.docx", body)


def test_a_fields_work_is_the_printed_entry_whose_number_it_shows(tmp_path, capsys):
    # the title printed is not the manager's record's (edited since): the number the
    # citations show, with the author and year, ties them, as in the same text saved plain
    path = _numbered_fields(
        tmp_path, "2. Poe E. Ten years of made-up users of drug X. Test J Med. 2019;11(1):1-9."
    )
    main(["check", str(path), "--json"])
    findings = json.loads(capsys.readouterr().out)["findings"]
    about_list = ("printed-list-mismatch", "uncited-reference")
    assert [f for f in findings if f["code"] in about_list] == []


def test_an_entry_typed_over_a_fields_number_is_still_reported(tmp_path, capsys):
    path = _numbered_fields(tmp_path, "2. Typed B. A work typed by hand. Test J. 2001;1:1-2.")
    assert _mismatches(path, capsys) == TYPED_OVER_B


# A manuscript that cites with typed brackets; its raised digits are a gene's isoform, an
# amino-acid position and a tooth, which no form rule can tell from a citation.
BRACKETED = [
    ("Drug X raised arginase", "1", " in adults [1]"),
    ("Phosphorylation at S", "90", " was lost [2, 3]"),
    ("The crown of P", "4", " was worn [2]"),
    ("Nothing else changed", "", " [5]"),  # dangling: there is no reference 5
]


def _bracketed(tmp_path, word: bool):
    listed = [f"{i}. {r}" for i, r in enumerate(REFS, 1)]
    if word:
        body = p(t("Results"), style="Heading1")
        for before, raised, after in BRACKETED:
            body += p(t(before), t(raised, sup=True), t(after + "."))
        body += p(t("References"), style="Heading1") + "".join(p(t(r)) for r in listed)
        return docx(tmp_path / "bracketed.docx", body)
    raised = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
    lines = [f"{b}{r.translate(raised)}{a}." for b, r, a in BRACKETED]
    path = tmp_path / "bracketed.txt"
    path.write_text("Results\n\n" + "\n\n".join(lines) + "\n\nReferences\n\n" + "\n".join(listed))
    return path


def test_raised_digits_in_a_bracketed_manuscript_are_read_as_in_plain_text(tmp_path, capsys):
    # the decoder weighs them against the manuscript's convention, as it does for the
    # Unicode superscripts of plain text: no dangling citation 90 or 4
    word = _verdicts(_bracketed(tmp_path, word=True), capsys)
    assert word == _verdicts(_bracketed(tmp_path, word=False), capsys)
    assert [m for c, m in word[1] if c == "dangling-citation"] == [
        "citation '[5]' points at reference 5, which is not in the list (the list has 4)"
    ]
    assert main(["trace", str(_bracketed(tmp_path, word=True)), "--json"]) == 0
    cited = [c["marker"] for c in json.loads(capsys.readouterr().out)["citations"]]
    # "arginase¹ in adults": an isoform's digit in mid-clause, where a text citing in
    # brackets prints labels, not citations
    assert cited == ["[1]", "[2, 3]", "[2]", "[5]"]


def test_a_few_typed_brackets_do_not_outvote_raised_citations(tmp_path, capsys):
    body = p(t("Results"), style="Heading1")
    for sentence, numbers in SENTENCES:
        body += p(t(sentence), t(numbers, sup=True), t(", with IQR [4-8] and [2-3]."))
    body += p(t("References"), style="Heading1")
    body += "".join(p(t(f"{i}. {r}")) for i, r in enumerate(REFS, 1))
    assert main(["trace", str(docx(tmp_path / "mixed.docx", body)), "--json"]) == 0
    cited = [c["marker"] for c in json.loads(capsys.readouterr().out)["citations"]]
    assert {"¹", "²,³", "⁵"} <= set(cited)


def test_plain_digits_in_a_bracketed_word_file_are_not_flattened_citations(tmp_path, capsys):
    sentences = [
        "Drug X raised arginase1 in adults [1].",
        "Elevated levels of arginase1 correlate with survival [2, 3].",
        "The enzyme arginase1 was studied [2].",
    ]
    body = p(t("Results"), style="Heading1") + "".join(p(t(s)) for s in sentences)
    body += p(t("References"), style="Heading1")
    body += "".join(p(t(f"{i}. {r}")) for i, r in enumerate(REFS, 1))
    assert main(["trace", str(docx(tmp_path / "flat.docx", body)), "--json"]) == 0
    cited = [c["marker"] for c in json.loads(capsys.readouterr().out)["citations"]]
    assert cited == ["[1]", "[2, 3]", "[2]"]


# Raised digits that are not citations: an isotope, a variance, a square unit, R squared.
NOT_CITED = [
    [("Drug X was traced with ", False), ("125", True), ("I-albumin in adults", False)],
    [("The variance σ", False), ("2", True), (" of the benefit was small", False)],
    [("Areas of 150 Å", False), ("2", True), (" and R", False), ("2", True), (" were seen", False)],
]


def test_raised_values_give_the_errors_and_warnings_of_plain_text(tmp_path, capsys):
    # Plain text has only the decoder's judgement, which leaves "close call" notes (info);
    # the Word file's form rules decide, so it has none, and the same errors and warnings.
    cites = ["1", "2,3", "5"]
    raised = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
    listed = [f"{i}. {r}" for i, r in enumerate(REFS, 1)]
    body = p(t("Results"), style="Heading1")
    for runs, n in zip(NOT_CITED, cites, strict=True):
        body += p(*[t(s, sup=up) for s, up in runs], t(n, sup=True), t("."))
    body += p(t("References"), style="Heading1") + "".join(p(t(r)) for r in listed)
    word = docx(tmp_path / "values.docx", body)
    lines = [
        "".join(s.translate(raised) if up else s for s, up in runs) + n.translate(raised) + "."
        for runs, n in zip(NOT_CITED, cites, strict=True)
    ]
    plain = tmp_path / "values.txt"
    text = "Results\n\n" + "\n\n".join(lines) + "\n\nReferences\n\n" + "\n".join(listed) + "\n"
    plain.write_text(text, encoding="utf-8")
    said = {}
    for path in (word, plain):
        main(["check", str(path), "--json"])
        found = json.loads(capsys.readouterr().out)["findings"]
        said[path] = [(f["severity"], f["code"], f["message"]) for f in found]
    serious = {path: sorted(f for f in got if f[0] != "info") for path, got in said.items()}
    assert serious[word] == serious[plain]
    assert [c for _, c, _ in serious[word]] == ["dangling-citation", "uncited-reference"]
    assert not [f for f in said[word] if f[1] == "uncertain-marker"]


def test_the_library_gives_what_check_prints(tmp_path, capsys):
    """A notebook's ``check_manuscript`` finds what ``blinarefs check --json`` prints."""
    import blinarefs

    path = _word(tmp_path)
    result = blinarefs.check_manuscript(path)
    assert main(["check", str(path), "--json"]) == 1
    printed = json.loads(capsys.readouterr().out)
    assert [(f.code, f.message) for f in result.findings] == [
        (f["code"], f["message"]) for f in printed["findings"]
    ]
    assert result.summary == printed["summary"]
    assert {f.code for f in result.errors} >= {"dangling-citation", "uncited-reference"}
    assert result.inputs.kind == "docx" and result.trace.citations


def test_the_readme_library_example_runs(tmp_path, monkeypatch, capsys):
    """The README's Python example, on the embedded commentary and a Word test manuscript."""
    import re
    import shutil

    from conftest import ROOT

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    [code] = re.findall(r"## Library use.*?```python\n(.*?)```", readme, re.S)
    shutil.copy(ROOT / "references" / "commentary.txt", tmp_path / "paper.txt")
    _word(tmp_path)
    monkeypatch.chdir(tmp_path)
    exec(code, {})
    out = capsys.readouterr().out
    assert (tmp_path / "paper.bib").exists()
    assert "error uncited-reference" in out and "4 of 10 references cited" in out


def test_author_year_citations_say_nothing_of_the_numbering(tmp_path, capsys):
    # Zotero's author-year citations exported as plain text: the list is alphabetical and
    # the text cites its last entry first, which is no citation-order error.
    path = tmp_path / "paper.txt"
    path.write_text(
        "Drug X works (Roe et al., 2020).\n\nIt lasts (Abe, 2019; Roe et al., 2020).\n\n"
        "References\n\n"
        "Abe, A. (2019). An invented cohort of drug X users. Test J Med, 11(1), 1-9.\n\n"
        "Roe, J., & Doe, J. (2020). A made-up trial of drug X. Test J Med, 12(3), 100-109.\n",
        encoding="utf-8",
    )
    _, verdicts = _verdicts(path, capsys)
    assert [c for c, _ in verdicts if c in ("citation-order", "uncited-reference")] == []


def test_raised_labels_past_the_list_do_not_outvote_typed_citations(tmp_path, capsys):
    # residue positions (S²¹⁴) outnumber the typed citations, but cite nothing of a list of
    # four: the manuscript still cites with brackets, and no residue is a dangling citation
    sentences = [
        ("Phosphorylation at S", "214", ", S", "218", " and S", "228", " was lost [1]."),
        ("Mutants at T", "92", " and S", "93", " were inactive [2, 3].", "", "", ""),
        ("The S", "214", " site was studied [2].", "", "", "", "", ""),
    ]
    body = p(t("Results"), style="Heading1")
    for parts in sentences:
        body += p(*(t(x, sup=i % 2 == 1) for i, x in enumerate(parts) if x))
    body += p(t("References"), style="Heading1")
    body += "".join(p(t(f"{i}. {r}")) for i, r in enumerate(REFS, 1))
    _, verdicts = _verdicts(docx(tmp_path / "residues.docx", body), capsys)
    assert [m for c, m in verdicts if c == "dangling-citation"] == []
    assert main(["trace", str(tmp_path / "residues.docx"), "--json"]) == 0
    cited = [c["marker"] for c in json.loads(capsys.readouterr().out)["citations"]]
    assert cited == ["[1]", "[2, 3]", "[2]"]


def test_a_formula_holding_a_latex_document_is_no_preamble(tmp_path, capsys):
    # JATS <tex-math> keeps whole LaTeX documents, and converters carry them into Word:
    # the prose before one is no LaTeX preamble, its citations count, and a "%" in it is
    # no comment that would hide the rest of its line (a paragraph in a saved text)
    raised = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
    formula = "$$\\documentclass[12pt]{minimal}\n\\begin{document}$$x^2$$\\end{document}$$"
    body = [f"{s}{n.translate(raised)}." for s, n in SENTENCES[:2]]
    text = "\n\n".join([f"Half (50%) were seen. {body[0]}", "The dose followed", formula, body[1]])
    listed = "\n".join(f"{i}. {r}" for i, r in enumerate(REFS, 1))
    path = tmp_path / "formula.txt"
    path.write_text(f"{text}\n\nReferences\n\n{listed}\n", encoding="utf-8")
    assert main(["trace", str(path), "--json"]) == 0
    cited = [c["marker"] for c in json.loads(capsys.readouterr().out)["citations"]]
    assert cited == ["¹", "²,³"]


def test_numbers_in_parentheses_are_no_citations_where_citations_are_raised(tmp_path, capsys):
    body = p(t("Results"), style="Heading1")
    for sentence, numbers in SENTENCES[:2]:
        body += p(t(sentence), t(numbers, sup=True), t(", as model (2) predicts."))
    body += p(t("The arms were (1) drug X, (2) drug Y and (3) no drug."))
    body += p(t("References"), style="Heading1")
    body += "".join(p(t(f"{i}. {r}")) for i, r in enumerate(REFS, 1))
    assert main(["trace", str(docx(tmp_path / "models.docx", body)), "--json"]) == 0
    cited = [c["marker"] for c in json.loads(capsys.readouterr().out)["citations"]]
    assert cited == ["¹", "²,³"]
    # certainly no citations there, so no close calls either
    _, verdicts = _verdicts(tmp_path / "models.docx", capsys)
    assert [m for c, m in verdicts if c == "uncertain-marker"] == []


def test_a_number_after_ref_is_a_citation_where_citations_are_raised(tmp_path, capsys):
    # a journal that raises its citations prints "(ref. 3)" or "in refs. 2 and 3" where a
    # raised number would read as a power or a label: the word says it cites, as plain
    # text reads it; "model (2)" stays no citation
    body = p(t("Results"), style="Heading1")
    body += p(t("Drug X improved survival"), t("1", sup=True), t(" in adults (ref. 3)."))
    body += p(t("The benefit, reviewed in refs. 2 and 4, lasted as model (2) predicts."))
    body += p(t("References"), style="Heading1")
    body += "".join(p(t(f"{i}. {r}")) for i, r in enumerate(REFS, 1))
    path = docx(tmp_path / "refword.docx", body)
    assert main(["trace", str(path), "--json"]) == 0
    cited = [(c["marker"], c["numbers"]) for c in json.loads(capsys.readouterr().out)["citations"]]
    assert cited == [("¹", [1]), ("3", [3]), ("2 and 4", [2, 4])]
    _, verdicts = _verdicts(path, capsys)
    assert [c for c, _ in verdicts if c == "uncited-reference"] == []


def test_a_group_its_author_forgot_to_raise_is_a_citation(tmp_path, capsys):
    # in a file that raises its citations, plain "survival2,3" is one left unraised; a
    # single glued digit ("arginase1") stays a name
    body = p(t("Results"), style="Heading1")
    body += p(t("Drug X improved survival"), t("1", sup=True), t(" in adults."))
    body += p(t("The benefit lasted two years2,3 and arginase1 fell."))
    body += p(t("References"), style="Heading1")
    body += "".join(p(t(f"{i}. {r}")) for i, r in enumerate(REFS, 1))
    assert main(["trace", str(docx(tmp_path / "unraised.docx", body)), "--json"]) == 0
    cited = [(c["marker"], c["numbers"]) for c in json.loads(capsys.readouterr().out)["citations"]]
    assert cited == [("¹", [1]), ("2,3", [2, 3])]


@pytest.mark.parametrize(
    ("prose", "unraised"),
    [
        ("It binds to glycoprotein (gp)130, which is expressed on most cells.", []),
        ("It is found in B. subtilis str.168, while it is not found elsewhere.", []),
        ("The benefit lasted two years2,3 and more.", [("2,3", [2, 3])]),
        # two citations printed with no comma, going on from the last raised one
        ("It was used for sedation.1314 By a mix of drugs, it was safe.", [("1314", [13, 14])]),
    ],
)
def test_plain_digits_with_no_separator_are_no_group_left_unraised(
    tmp_path, capsys, prose, unraised
):
    # "gp130", "str.168": a name's or a strain's number is printed so; a group its author
    # forgot to raise keeps the commas ("2,3") that only a flattening copy loses, or goes on
    # from the citations before it
    body = p(t("Results"), style="Heading1")
    body += p(t("Drug X improved survival"), t("1-13", sup=True), t(" in adults."))
    body += p(t(prose))
    body += p(t("References"), style="Heading1")
    listed = [f"Roe J. A made-up study number {i}. Test J Med. 2020;{i}:1-9." for i in range(70)]
    body += "".join(p(t(f"{i}. {r}")) for i, r in enumerate(listed, 1))
    assert main(["trace", str(docx(tmp_path / "names.docx", body)), "--json"]) == 0
    cited = [(c["marker"], c["numbers"]) for c in json.loads(capsys.readouterr().out)["citations"]]
    assert cited == [("¹-¹³", list(range(1, 14))), *unraised]


def test_a_residues_position_past_the_list_is_no_citation(tmp_path, capsys):
    # "F¹²⁶", "Ser⁴⁷³" beside a list of 40: an amino acid and its position in the chain;
    # a number past the list after any other word is a citation that dangles
    body = p(t("Results"), style="Heading1")
    body += p(t("Drug X improved survival"), t("1", sup=True), t(" in adults."))
    body += p(
        t("The variant had F"), t("126", sup=True), t(" in one chain and Ser"),
        t("473", sup=True), t(" in the other, as in mice"), t("2", sup=True),
        t(" and rats"), t("41", sup=True), t(", while hepatitis B"), t("3", sup=True),
        t(" was rare."),
    )  # fmt: skip
    body += p(t("References"), style="Heading1")
    listed = [f"Roe J. A made-up study number {i}. Test J Med. 2020;{i}:1-9." for i in range(40)]
    body += "".join(p(t(f"{i}. {r}")) for i, r in enumerate(listed, 1))
    assert main(["trace", str(docx(tmp_path / "residues.docx", body)), "--json"]) == 0
    cited = [(c["marker"], c["numbers"]) for c in json.loads(capsys.readouterr().out)["citations"]]
    assert cited == [("¹", [1]), ("²", [2]), ("⁴¹", [41]), ("³", [3])]


def test_an_author_named_with_a_year_is_no_citation_where_citations_are_raised(tmp_path, capsys):
    # "Roe et al (2020)" names in the prose the work the raised number cites; in brackets,
    # "(Poe, 2019)" is a citation in another convention, and stays one
    body = p(t("Results"), style="Heading1")
    body += p(t("As Roe et al (2020) showed, drug X improved survival"), t("1", sup=True), t("."))
    body += p(t("The benefit lasted two years"), t("2,3", sup=True), t(" (Poe, 2019)."))
    body += p(t("References"), style="Heading1")
    body += "".join(p(t(f"{i}. {r}")) for i, r in enumerate(REFS, 1))
    assert main(["trace", str(docx(tmp_path / "named.docx", body)), "--json"]) == 0
    cited = [(c["marker"], c["numbers"]) for c in json.loads(capsys.readouterr().out)["citations"]]
    assert cited == [("¹", [1]), ("²,³", [2, 3]), ("(Poe, 2019)", [2])]


def test_a_typed_manuscript_with_one_field_keeps_its_own_list(tmp_path, capsys):
    # cited by typed numbers, one citation inserted with Zotero (its work is entry 2):
    # the list is the manuscript's, and the field cites its entry
    body = p(t("Drug X improved survival [1]. The benefit lasted"))
    body += p(t("It lasted"), field(zotero_code([ITEM_B], "[2]"), " [2]"), t(" and more [3]."))
    body += p(t("References"), style="Heading1")
    body += "".join(p(t(f"{i}. {r}")) for i, r in enumerate(REFS, 1))
    word = _verdicts(docx(tmp_path / "typed.docx", body), capsys)
    text = "Drug X improved survival [1]. The benefit lasted\n\nIt lasted [2] and more [3].\n\n"
    plain = tmp_path / "typed.txt"
    listed = "\n".join(f"{i}. {r}" for i, r in enumerate(REFS, 1))
    plain.write_text(text + "References\n\n" + listed)
    assert word == _verdicts(plain, capsys)
    assert [m for c, m in word[1] if c in ("dangling-citation", "uncited-reference")] == [
        "reference 4 (Nobody 2017) is never cited"
    ]


def test_a_short_word_file_saved_as_text_has_the_same_claims(tmp_path, capsys):
    # a short manuscript as Word and LibreOffice save it as text: one paragraph a line, no
    # blank line between, no line long enough to show it; the title and the heading stay
    # out of the first sentence, so the uncited claims are the same sentences
    claims = [
        "Previous studies have shown that drug X lowers made-up blood pressure in adults.",
        "The effect lasted for two years in every one of the three invented clinics",
    ]
    body = p(t("An invented study of drug X"), style="Title") + p(t("Results"), style="Heading1")
    body += p(t(claims[0])) + p(t(claims[1]), t("1", sup=True), t("."))
    body += p(t("References"), style="Heading1") + p(t(f"1. {REFS[0]}"))
    text = ["An invented study of drug X", "Results", claims[0], f"{claims[1]}1.", "References"]
    plain = tmp_path / "short.txt"
    plain.write_text("\n".join([*text, f"1. {REFS[0]}", ""]), encoding="utf-8")
    said = []
    for path in (docx(tmp_path / "short.docx", body), plain):
        main(["check", str(path), "--json"])
        findings = json.loads(capsys.readouterr().out)["findings"]
        said.append([(f["code"], f.get("text")) for f in findings])
    assert said[0] == said[1] == [("uncited-claim", claims[0])]


def test_an_author_year_fields_work_is_the_entry_of_its_author_and_year(tmp_path, capsys):
    # the printed title differs from the manager's; the one entry left with the work's first
    # author and year is it (a second entry of another year stays unmatched)
    cite = zotero_code([ITEM_A, ITEM_B], "(Roe 2020; Poe 2019)")
    body = p(t("Drug X improved survival "), field(cite, "(Roe 2020; Poe 2019)"), t("."))
    body += p(t("References"), style="Heading1")
    body += p(t(f"Roe, J. (2020). {ITEM_A['title']}. Test J Med, 12, 100-109."))
    body += p(t("Poe, E. (2019). Users of drug X followed for a decade. Test J Med, 11, 1-9."))
    body += p(t("Poe, E. (2001). An older made-up essay on drug Y. Test J, 1, 1-2."))
    path = docx(tmp_path / "ay.docx", body)
    main(["check", str(path), "--json"])
    findings = json.loads(capsys.readouterr().out)["findings"]
    said = sorted((f["code"], f["message"]) for f in findings
                  if f["code"] in ("printed-list-mismatch", "uncited-reference"))  # fmt: skip
    assert said == [
        ("printed-list-mismatch",
         "printed reference 3 matches none of the works in the citation fields"),
        ("uncited-reference", "reference poe2001older (Poe 2001) is never cited"),
    ]  # fmt: skip


def test_shown_numbers_settle_a_group_by_the_other_citations():
    from blinarefs.manuscript.crosscheck import shown_numbers
    from blinarefs.manuscript.document import Marker

    def cite(numbers, keys, origin="field:zotero"):
        return Marker(0, 1, numbers, keys, origin, "", False)

    markers = [
        cite((2, 3, 4), ("b", "c", "d")),  # "[2-4]": which is which, the others say
        cite((3,), ("c",)),
        cite((4,), ("d",)),
        cite((1,), ("a",), origin="superscript-run"),  # typed: no field's work
        cite((5, 6), ("e", "f")),  # never apart: unsettled
        cite((7,), ("g",)),
        cite((7,), ("h",)),  # one number shown for two works: neither
    ]
    assert shown_numbers(markers) == {"b": 2, "c": 3, "d": 4}


def test_one_raised_note_mark_leaves_a_text_citing_by_name_cited_by_name(tmp_path, capsys):
    # a manuscript citing by name whose one raised digit marks a table's note ("24-hour¹"):
    # the prose's "Roe and Doe (2020)" and "(Poe 2019)" stay citations, as in its text export
    listed = REFS[:3]
    body = p(t("Roe and Doe (2020) found that drug X improved survival."))
    body += p(t("The benefit lasted two years (Poe 2019), as Moe (2018) reviewed."))
    body += p(t("Limit for 24-hour"), t("1", sup=True), t(" exposure: 15 units."))
    body += p(t("References"), style="Heading1")
    body += "".join(p(t(r)) for r in listed)
    word = _verdicts(docx(tmp_path / "named.docx", body), capsys)
    assert main(["trace", str(tmp_path / "named.docx"), "--json"]) == 0
    cited = [c["marker"] for c in json.loads(capsys.readouterr().out)["citations"]]
    assert {"Roe and Doe (2020)", "(Poe 2019)", "Moe (2018)"} <= set(cited)
    plain = tmp_path / "named.txt"
    text = (
        "Roe and Doe (2020) found that drug X improved survival.\n\n"
        "The benefit lasted two years (Poe 2019), as Moe (2018) reviewed.\n\n"
        "Limit for 24-hour¹ exposure: 15 units.\n\n"
    )
    plain.write_text(text + "References\n\n" + "\n".join(listed), encoding="utf-8")
    assert word == _verdicts(plain, capsys)
