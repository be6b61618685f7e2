"""A Word file citing by raised digits, with a highlights block one item a paragraph, a
count spelt then given in figures and counts with their shares, gets the verdicts of its
plain copy as Pandoc writes it (blank lines between paragraphs, raised digits as
superscript characters): no close call on either side (issue 16). Before, the plain copy
asked the reader to look at "(1)", "(4)" and "(5; 12%)". Texts and references invented."""

from __future__ import annotations

from wordbuild import check_verdicts, docx, p, t

RAISE = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
HIGHLIGHTS = [
    "(1) First survey of the mosses of Springfield.",
    "(2) As summers dried the bogs, their growth slowed.",
    "(3) Shade kept the bogs wet.",
]
# each sentence and the reference it cites, raised
SENTENCES = [
    ("Mosses grow slowly in cold bogs.", "1"),
    ("Their spores travel far on the wind.", "2"),
    ("Four (4) studies counted them in the north.", "3"),
    ("Most beds were shaded (33; 82.5%) and few were dry (5; 12%).", "4"),
    ("Drainage releases their carbon.", "5"),
    ("Restoration slows the loss.", "6"),
]
REFS = [
    f"Roe A{i}, Doe B. An invented survey number {i} of moss. J Madeup Bot. 20{10 + i};{i}:1-9."
    for i in range(1, 7)
]
KEEP = {"uncertain-marker", "uncited-reference", "dangling-citation", "citation-order"}


def test_the_word_file_and_its_pandoc_copy_agree_with_no_close_call(tmp_path, capsys):
    body = p(t("Highlights")) + "".join(p(t(item)) for item in HIGHLIGHTS)
    body += p(t("Introduction"), style="Heading1")
    body += "".join(p(t(s), t(n, sup=True)) for s, n in SENTENCES)
    body += p(t("References"), style="Heading1")
    body += "".join(p(t(f"{i}. {r}")) for i, r in enumerate(REFS, 1))
    word = docx(tmp_path / "moss.docx", body)
    paragraphs = ["Highlights", *HIGHLIGHTS, "Introduction"]
    paragraphs += [s + n.translate(RAISE) for s, n in SENTENCES]
    paragraphs += ["References", *(f"{i}. {r}" for i, r in enumerate(REFS, 1))]
    plain = tmp_path / "moss.txt"
    plain.write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
    assert check_verdicts(word, capsys, KEEP) == check_verdicts(plain, capsys, KEEP) == []
