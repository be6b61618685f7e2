"""`check` on a Word file gives the verdicts it gives on the file saved as plain text, where
the Word file's markup does not know better (eval_docx_fields.py measures it on real files)."""

from __future__ import annotations

import json

from wordbuild import check_verdicts, docx, numbering, p, run, t

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


# A chemist's text citing by superscripts, its compounds numbered in parentheses; each
# sentence as (text, raised citation)
COMPOUNDS = [
    ("Mosses grow slowly in cold bogs.", "1"),
    ("Their spores travel far on the wind.", "2,3"),
    ("Early surveys counted few species in the north.", "4"),
    ("Later work found many more.", "5"),
    ("The azide product was formed in good yield.", "6"),
    ("Reactions with ethyl iodoacetate gave the esters (5) in 80% yield.", ""),
    ("The ketone gave the azide (7) in 61% yield, as found before.", "7"),
    ("Three rich alkyl iodides failed under these conditions.", "8"),
    ("Bogs hold much carbon.", "9,10"),
    ("Drainage releases it quickly.", "11"),
    ("Restoration slows the loss again.", "12"),
    ("Grazing has little effect.", "13"),
    ("The amine (12) was made as described.", "14"),
    ("Dry years reduce growth sharply.", "15"),
]
MOSS = [
    f"Roe A{i}, Doe B. An invented study number {i} of moss growth. J Madeup Bot. "
    f"20{10 + i};{i}:1-9."
    for i in range(1, 16)
]


def test_numbers_in_parentheses_are_no_close_call_where_citations_are_raised(tmp_path, capsys):
    # the Word file raises its citations, so "(5)" and "(12)" on the line are its compounds;
    # its text copy glues the raised digits to the words ("bogs.1"), and a text that cites
    # so throughout prints its parenthesised numbers for other things too: neither doubts
    runs = "".join(t(f"{s} ") if not n else t(s) + t(n, sup=True) + t(" ") for s, n in COMPOUNDS)
    body = p(runs) + p(t("References"), style="Heading1")
    body += "".join(p(t(f"{i}. {r}")) for i, r in enumerate(MOSS, 1))
    word = docx(tmp_path / "moss.docx", body)
    plain = tmp_path / "moss.txt"
    sentences = " ".join(f"{s}{n}" for s, n in COMPOUNDS)
    listed = "\n".join(f"{i}. {r}" for i, r in enumerate(MOSS, 1))
    plain.write_text(f"{sentences}\nReferences\n{listed}\n", encoding="utf-8")
    keep = {"uncertain-marker", "mixed-conventions", "uncited-reference"}
    assert check_verdicts(word, capsys, keep) == check_verdicts(plain, capsys, keep) == []


# A text citing by typed brackets, whose first citations were left as plain numbers after a
# space ("nutrients 1, 2"): a journal's styling lost, or a group typed without its brackets
LOST = [
    ("Snails need calcium from the soil and from their food", " 1, 2"),
    ("Shell growth slows in acid gardens", " 3, 4, 5"),
    ("Later surveys counted the shells in each bed", " 6, 7"),
    ("Rain brought the snails out at night", " [8]"),
    ("Thrushes broke many shells on stones", " 9, 10"),
    ("Hedges sheltered the largest colonies", " [11]"),
    ("Dry summers kept them under the leaves", " [12]"),
]
SNAILS = [
    f"Quill A{i}, Marsh B. An invented survey number {i} of garden snails. J Madeup Zool. "
    f"20{10 + i};{i}:1-9."
    for i in range(1, 13)
]


def test_a_typed_text_keeps_its_unbracketed_groups_as_its_plain_copy_does(tmp_path, capsys):
    # the Word file cites by typed brackets; a group of several numbers in turn, left
    # unbracketed on the line, cites as it does in the file's plain text: none of its works
    # is "never cited" in one and cited in the other
    runs = "".join(t(f"{s}{n}. ") for s, n in LOST)
    body = p(runs) + p(t("References"), style="Heading1")
    body += "".join(p(t(f"{i}. {r}")) for i, r in enumerate(SNAILS, 1))
    word = docx(tmp_path / "snails.docx", body)
    plain = tmp_path / "snails.txt"
    sentences = " ".join(f"{s}{n}." for s, n in LOST)
    listed = "\n".join(f"{i}. {r}" for i, r in enumerate(SNAILS, 1))
    plain.write_text(f"{sentences}\nReferences\n{listed}\n", encoding="utf-8")
    keep = {"uncited-reference", "citation-order"}
    assert check_verdicts(word, capsys, keep) == check_verdicts(plain, capsys, keep) == []


# A text in Portuguese citing by raised numbers, each set after a space, a group's numbers
# raised one by one with the spaces around their commas kept; its list in the authors'
# alphabetical order (made up). Each sentence as (text, raised numbers, the words after)
SPACED = [
    ("As hortas urbanas cresceram muito na última década.", ["5"], "Entretanto"),
    ("poucos estudos mediram a produção de cada canteiro.", ["11"], "A literatura"),
    ("sobre a colheita caseira é escassa.", ["2", "9"], "Os métodos da agronomia"),
    ("", ["7", "12", "13"], "necessitam de ampla colaboração entre bairros."),
    ("Os quintais guardam sementes antigas.", ["14"], "Nas cidades"),
    ("as feiras trocam mudas entre vizinhos.", ["3"], "O solo"),
    ("urbano recebe pouco adubo, cal,", ["8", "10"], "nem água da chuva. A água"),
    ("molha os canteiros no verão.", ["1"], "Por isso"),
    ("a rega manual diminui.", ["4", "6"], "Conclusão"),
]
AUTHORS = ["Abreu", "Barros", "Campos", "Dias", "Esteves", "Faria", "Gomes", "Horta", "Isidro",
           "Jardim", "Lima", "Moura", "Nunes", "Otero"]  # fmt: skip
GARDENS = [
    f"{name} A, Roe B. Um inquérito inventado número {i} sobre hortas. Rev Inventada Agron. "
    f"20{10 + i};{i}:1-9."
    for i, name in enumerate(AUTHORS, 1)
]


def _gardens(tmp_path, sentences: list[tuple[str, list[str], str]]) -> tuple:
    """The Word file raising each number of ``sentences`` alone, the spaces around it kept,
    and its plain copy, both with the list of GARDENS."""
    runs, line = [], []
    for said, raised, after in sentences:
        words = f"{said} " if said else "Os estudos de genética "
        runs.append(t(words))
        for k, n in enumerate(raised):
            runs += [t(n, sup=True), t("  ,  " if k < len(raised) - 1 else "  ")]
        runs.append(t(f"{after} "))
        line.append(f"{words}{'  ,  '.join(raised)}  {after}")
    body = p(*runs) + p(t("Referências"), style="Heading1")
    body += "".join(p(t(f"{i}. {r}")) for i, r in enumerate(GARDENS, 1))
    word = docx(tmp_path / "hortas.docx", body)
    plain = tmp_path / "hortas.txt"
    listed = "\n".join(f"{i}. {r}" for i, r in enumerate(GARDENS, 1))
    plain.write_text(f"{' '.join(line)}\nReferências\n{listed}\n", encoding="utf-8")
    return word, plain


def test_a_group_raised_number_by_number_cites_in_mid_clause_in_its_plain_copy(tmp_path, capsys):
    # the Word file raises each number of "genética ⁷ , ¹² , ¹³ necessitam" with the spaces
    # its markup kept; its plain copy prints "genética 7 , 12 , 13 necessitam" (after a
    # comma too: "cal, 8 , 10 nem"): a space before each comma, which no count in prose
    # has, cites there too, whatever word follows (Portuguese: no English word a citation
    # is followed by), in a list not numbered by first citation (no order to vouch for it):
    # neither copy calls 7, 8, 10, 12 or 13 uncited
    word, plain = _gardens(tmp_path, SPACED)
    keep = {"uncited-reference", "uncertain-marker"}
    assert check_verdicts(word, capsys, keep) == check_verdicts(plain, capsys, keep) == []


def test_a_label_of_the_texts_own_after_a_space_is_no_citation_in_either_copy(tmp_path, capsys):
    # the same text printing its own numbered things on the line ("diabetes tipo 2", "no
    # modelo 3", "grupo de modelos 1"): in Portuguese as in English ("type 2", "group 3") a
    # label's word governs the number after it, which the Word file does not raise: its
    # plain copy doubts none of them as a citation the export flattened
    labels = [
        ("Hortas ajudam quem tem diabetes tipo 2, dizem.", ["5"], "No modelo 3, a"),
        ("colheita dobra; no grupo de modelos 1, cai.", ["11"], "Fim"),
    ]
    word, plain = _gardens(tmp_path, labels + SPACED[2:])
    keep = {"uncertain-marker"}
    assert check_verdicts(word, capsys, keep) == check_verdicts(plain, capsys, keep) == []


def test_a_group_of_one_digit_numbers_raised_one_by_one_cites_in_its_plain_copy(tmp_path, capsys):
    # "genética ⁷ , ⁸ , ⁹ necessitam": each comma of the plain copy's "7  ,  8  ,  9" has
    # its space before it, the one-digit numbers as much as "7 , 12 , 13"; a group so
    # spaced cites whatever word follows it ("⁴ , ⁶ e as"), as the Word file says
    sentences = [
        *SPACED[:2],
        ("sobre a colheita caseira é escassa.", ["2", "12"], "Os métodos da agronomia"),
        ("Os estudos de genética", ["7", "8", "9"], "necessitam de ampla colaboração."),
        *SPACED[4:6],
        ("urbano recebe pouco adubo, cal,", ["10", "13"], "nem água da chuva. A água"),
        SPACED[7],
        ("a rega manual diminui", ["4", "6"], "e as hortas crescem. Conclusão"),
    ]
    word, plain = _gardens(tmp_path, sentences)
    keep = {"uncited-reference", "uncertain-marker"}
    assert check_verdicts(word, capsys, keep) == check_verdicts(plain, capsys, keep) == []


def test_a_number_raised_in_mid_clause_before_a_portuguese_conjunction_cites(tmp_path, capsys):
    # "sementes antigas ¹⁴ e as cidades": the plain copy's "antigas 14  e as cidades" goes
    # on with the word a cited clause goes on with, in Portuguese ("e", "ou", "que") as in
    # English ("and", "or", "which"): a superscript the copy spaced, as its other
    # citations are, and no reference is left uncited on either side
    sentences = [*SPACED[:4], ("Os quintais guardam sementes antigas", ["14"], "e as cidades"),
                 *SPACED[5:]]  # fmt: skip
    word, plain = _gardens(tmp_path, sentences)
    keep = {"uncited-reference"}
    assert check_verdicts(word, capsys, keep) == check_verdicts(plain, capsys, keep) == []


def test_a_number_padded_like_the_copys_citations_cites_before_any_word(tmp_path, capsys):
    # the plain copy pads every citation with two spaces after it ("decade. 5  Entretanto"),
    # as the markup spaced each raised number on both sides; "sementes 14  nas cidades",
    # a number after a space and before two spaces in mid-clause, is one of them whatever
    # word follows (no English or Portuguese word a citation is followed by)
    sentences = [*SPACED[:4], ("Os quintais guardam sementes", ["14"], "nas cidades."),
                 *SPACED[5:]]  # fmt: skip
    word, plain = _gardens(tmp_path, sentences)
    keep = {"uncited-reference", "uncertain-marker"}
    assert check_verdicts(word, capsys, keep) == check_verdicts(plain, capsys, keep) == []
