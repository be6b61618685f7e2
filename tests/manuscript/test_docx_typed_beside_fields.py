"""Word manuscripts whose citations are mostly typed beside a few live reference-manager
fields (citations unlinked from the manager, or typed from the start), their author-year
list typed too, and lists that a numbered table or questionnaire follows: `check` on the
.docx gives the verdicts it gives on the same text saved as plain text. The works are made
up for the tests; the field codes are shaped as Zotero writes them."""

from __future__ import annotations

import json

from wordbuild import check_verdicts, docx, field, numbering, p, run, t, zotero_code

from blinarefs.cli import main
from blinarefs.parse import parse_reference_list

FIELD_WORK = {
    "n": 1,
    "type": "article-journal",
    "title": "An invented survey of river otters in two valleys",
    "author": [{"family": "Quill", "given": "Ada"}, {"family": "Brand", "given": "Olaf"}],
    "issued": {"date-parts": [[2016]]},
    "container-title": "Journal of Made-up Zoology",
    "volume": "14",
    "page": "201-209",
}
# The list as typed: the field's work, two works cited by typed citations, one cited nowhere
LISTED = [
    "Fenwick T, Ould R (2011) Otter diets in winter streams. J Imag Ecol 7:33–41",
    "Lark P (2009) A field guide to imaginary mustelids. Fictive Press, Springfield, p 212",
    "Quill A, Brand O (2016) An invented survey of river otters in two valleys. J Made-up "
    "Zool 14:201–209",
    "Tarrant M (2013) Nightly ranges of otters tracked by radio. Mammal Stud 22:88–97",
]
BODY = [  # (text, typed citation or None for the field)
    ("Otters eat fish in winter ", "(Fenwick and Ould 2011)"),
    (" and range widely at night ", None),
    (", as guides have long said ", "(Lark 2009)"),
]
QUESTIONS = [
    "How many otters did you see in 2017? 2017 = 12 otters (n=40)",
    "Where did you see them? a) river b) lake (n=38)",
    "Would you report a sighting again? a) yes b) no (n=35)",
]


def _word(tmp_path, questionnaire: bool = False):
    shown = "(Quill and Brand 2016)"
    inline = []
    for text, typed in BODY:
        inline.append(t(text))
        inline.append(t(typed) if typed else field(zotero_code([FIELD_WORK], shown), shown))
    body = p(t("Results"), style="Heading1") + p(*inline, t("."))
    body += p(t("References"), style="Heading1") + "".join(p(t(entry)) for entry in LISTED)
    if questionnaire:
        body += p(t("Table 1. The questionnaire sent to the farmers in 2017"))
        rows = "".join(f"<w:tr><w:tc>{p(t(q), num=(1, 0))}</w:tc></w:tr>" for q in QUESTIONS)
        body += f"<w:tbl>{rows}</w:tbl>"
    return docx(tmp_path / "typed.docx", body, numbering_xml=numbering())


def _plain(tmp_path, questionnaire: bool = False):
    text = "".join(x + (typed or "(Quill and Brand 2016)") for x, typed in BODY) + "."
    lines = ["Results", text, "References", *LISTED]
    if questionnaire:
        lines.append("Table 1. The questionnaire sent to the farmers in 2017")
        lines += [f"    {i}. {q}" for i, q in enumerate(QUESTIONS, 1)]
    path = tmp_path / "typed.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _verdicts(path, capsys) -> list[tuple[str, str]]:
    return check_verdicts(
        path, capsys, {"dangling-citation", "uncited-reference", "uncertain-marker"}
    )


def test_typed_citations_of_a_typed_list_are_not_dangling_beside_a_field(tmp_path, capsys):
    # three of the four entries match no field's work: the list is the manuscript's own,
    # and the works only it holds are references all the same
    word = _verdicts(_word(tmp_path), capsys)
    assert word == [("uncited-reference", "Tarrant 2013) is never cited")]
    assert _verdicts(_plain(tmp_path), capsys) == word


def test_a_numbered_table_after_an_unnumbered_list_is_not_the_list(tmp_path):
    parsed = parse_reference_list(_plain(tmp_path, questionnaire=True).read_text())
    assert parsed.section is not None and not parsed.section.numbered
    assert [r.year for r in parsed.references] == [2011, 2009, 2016, 2013]


def test_a_questionnaire_after_the_list_leaves_the_verdicts_alike(tmp_path, capsys):
    word = _verdicts(_word(tmp_path, questionnaire=True), capsys)
    assert word == [("uncited-reference", "Tarrant 2013) is never cited")]
    assert _verdicts(_plain(tmp_path, questionnaire=True), capsys) == word


CHAPTERS = ["1 Introduzione", "2 Materiali e metodi", "3 Risultati", "4 Bibliografia"]


def test_a_numbered_heading_in_another_language_heads_the_list():
    # a thesis numbers its chapters: the numbered headings are no reference list
    lines = [CHAPTERS[0], "Le lontre mangiano pesci (Fenwick and Ould 2011).", CHAPTERS[1]]
    lines += ["Abbiamo contato le lontre.", CHAPTERS[2], "Ne abbiamo viste 12.", CHAPTERS[3]]
    parsed = parse_reference_list("\n".join([*lines, *LISTED]) + "\n")
    assert parsed.section is not None and parsed.section.start_line == 7
    assert [r.year for r in parsed.references] == [2011, 2009, 2016, 2013]


def test_a_thesis_with_numbered_chapters_keeps_its_fields_list(tmp_path, capsys):
    shown = "(Quill and Brand 2016)"
    body = p(t(CHAPTERS[0]), style="Heading1")
    body += p(t("Le lontre vivono nei fiumi "), field(zotero_code([FIELD_WORK], shown), shown))
    for chapter in CHAPTERS[1:3]:
        body += p(t(chapter), style="Heading1") + p(t("Abbiamo contato le lontre."))
    # the list as Zotero prints it: its bibliography field over the entries
    bibl = ' ADDIN ZOTERO_BIBL {"uncited":[],"omitted":[],"custom":[]} CSL_BIBLIOGRAPHY '
    begin = run('<w:fldChar w:fldCharType="begin"/>') + run(f"<w:instrText>{bibl}</w:instrText>")
    begin += run('<w:fldChar w:fldCharType="separate"/>')
    body += p(t(CHAPTERS[3]), style="Heading1")
    body += p(begin, t(LISTED[2])) + p(t(LISTED[3]), run('<w:fldChar w:fldCharType="end"/>'))
    found = _verdicts(docx(tmp_path / "tesi.docx", body), capsys)
    assert found == [("uncited-reference", "Tarrant 2013) is never cited")]


def test_citations_typed_before_a_field_in_its_parenthesis_are_read(tmp_path, capsys):
    # "(Fenwick and Ould 2011; Moss et al. 2014; " typed before the field's "Quill and Brand
    # 2016)": Fenwick's work is cited, and Moss's, in no list, dangles as in plain text
    typed = "Otters eat fish in winter (Fenwick and Ould 2011; Moss et al. 2014; "
    shown = "Quill and Brand 2016)"
    after = ". They range widely at night (Lark 2009)."
    body = p(t("Results"), style="Heading1")
    body += p(t(typed), field(zotero_code([FIELD_WORK], shown), shown), t(after))
    body += p(t("References"), style="Heading1") + "".join(p(t(entry)) for entry in LISTED)
    word = _verdicts(docx(tmp_path / "beside.docx", body), capsys)
    assert word == [
        ("dangling-citation", "Fenwick and Ould 2011; Moss et al. 2014; Quill and Brand 2016)' "
         "points at 'Moss et al 2014', which is not in the list"),
        ("uncited-reference", "Tarrant 2013) is never cited"),
    ]  # fmt: skip
    plain = tmp_path / "beside.txt"
    plain.write_text("\n".join(["Results", typed + shown + after, "References", *LISTED]) + "\n")
    assert _verdicts(plain, capsys) == word


def test_a_work_with_no_author_typed_before_a_field_is_read_as_plain_text_reads_it(
    tmp_path, capsys
):
    # "(Anonymous, 2020; " typed before the field: the entry opens with "Anonymous", which
    # the parser reads as no author; plain text cites it by that word, and so does Word
    typed = "Otters eat fish in winter (Anonymous, 2020; "
    shown = "Quill and Brand 2016)"
    after = ". They range widely at night (Lark 2009; Fenwick and Ould 2011; Tarrant 2013)."
    listed = [
        "Anonymous. Otter counts of the two valleys 2019 | River Office. 2020. Available from: "
        "https://example.org/otters [Last accessed: 3/4/2021].",
        *LISTED,
    ]
    body = p(t("Results"), style="Heading1")
    body += p(t(typed), field(zotero_code([FIELD_WORK], shown), shown), t(after))
    body += p(t("References"), style="Heading1") + "".join(p(t(entry)) for entry in listed)
    word = _verdicts(docx(tmp_path / "anonymous.docx", body), capsys)
    plain = tmp_path / "anonymous.txt"
    plain.write_text("\n".join(["Results", typed + shown + after, "References", *listed]) + "\n")
    assert _verdicts(plain, capsys) == word == []


def test_build_keeps_the_typed_entries_check_reads(tmp_path, capsys):
    # build's store holds the field's work and the entries typed below it, so its trace
    # gives check's verdicts (it once stored the field's work alone: typed citations dangled)
    word = _word(tmp_path)
    main(["build", str(word), "-o", str(tmp_path / "out"), "--offline", "--json"])
    stages = {s["stage"]: s for s in json.loads(capsys.readouterr().out)["stages"]}
    assert stages["parse"]["summary"] == (
        "1 reference read from the citation fields, 3 more from the printed list"
    )
    assert "3 of 4 references cited, 0 dangling citations" in stages["trace"]["summary"]
    stored = (tmp_path / "out" / "references.bib").read_text(encoding="utf-8")
    assert stored.count("@") == 4 and "Tarrant" in stored
