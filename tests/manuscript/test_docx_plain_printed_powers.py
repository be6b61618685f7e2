"""A Word file citing by raised digits right after a name's digits or a number ("the
ROE-2 trial²", "a cut-off of ≥ 3.4⁴") and raising its citation groups in parentheses
("⁽⁵ ⁶⁾" as the run "(5, 6)") gets the verdicts of its plain copy as Pandoc writes it
(raised digits as superscript characters, a raised group it has no characters for after a
caret: "^((5, 6))"): no close call and no second convention on either side (issue 16).
Before, the plain copy named close calls on "a power of a number" and read the raised
groups as parenthesised citations beside the superscript ones. Texts and references
invented."""

from __future__ import annotations

from wordbuild import check_verdicts, docx, p, t

RAISE = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
# each sentence and the citation raised after it
SENTENCES = [
    ("Mosses grow slowly in cold bogs", "1"),
    ("Adults in the ROE-2", "2"),
    (" trial had more spores than in the DOE-19", "3"),
    (" study. The cut-off of the Examplia scale was ≥ 3.4", "4"),
    (" in most surveys and the threshold p ≤ 0.20", "(5, 6)"),
    (" was kept. Drainage releases their carbon", "(7, 8)"),
    (". Restoration slows the loss in Springfield", "9"),
]
REFS = [
    f"Roe A{i}, Doe B. An invented survey number {i} of moss. J Madeup Bot. 20{10 + i};{i}:1-9."
    for i in range(1, 10)
]
KEEP = {"uncertain-marker", "uncited-reference", "mixed-conventions", "citation-order"}


def _pandoc(raised: str) -> str:
    """The raised run as Pandoc's plain writer prints it: superscript characters where each
    has one, else after a caret in parentheses."""
    return raised.translate(RAISE) if raised.isdigit() else f"^({raised})"


def test_the_word_file_and_its_pandoc_copy_agree_with_no_close_call(tmp_path, capsys):
    body = p(t("Introduction"), style="Heading1")
    body += p(*(piece for s, n in SENTENCES for piece in (t(s), t(n, sup=True))), t("."))
    body += p(t("References"), style="Heading1")
    body += "".join(p(t(f"{i}. {r}")) for i, r in enumerate(REFS, 1))
    word = docx(tmp_path / "moss.docx", body)
    paragraphs = ["Introduction", "".join(s + _pandoc(n) for s, n in SENTENCES) + "."]
    paragraphs += ["References", *(f"{i}. {r}" for i, r in enumerate(REFS, 1))]
    plain = tmp_path / "moss.txt"
    plain.write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
    assert check_verdicts(word, capsys, KEEP) == check_verdicts(plain, capsys, KEEP) == []
