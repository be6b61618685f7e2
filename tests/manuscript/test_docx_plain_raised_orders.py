"""A Word file citing by brackets whose equations raise a variable's order in parentheses
(an equation editor's "Mf⁽²⁾ = Mf⁽³⁾ = … = 0", held as Office Math, which the Word reader
leaves out as Word's own "Save as text" does) gets the verdicts of its plain copy as Pandoc
writes it, the equations printed with superscript characters: no second convention and no
close call on either side (issue 16). Before, the plain copy read the raised orders as
superscript citations beside the bracketed ones ("mixed-conventions"). Texts and
references invented."""

from __future__ import annotations

from wordbuild import check_verdicts, docx, p, t

M_NS = "http://schemas.openxmlformats.org/officeDocument/2006/math"
# each paragraph: text and equations in turn (an equation as Pandoc's plain writer prints it)
PARAGRAPHS = [
    ["Prices in Springfield were modelled as a random walk [1]. The option has moments "
     "of every order, ", "Dc⁽²⁾, Dc⁽³⁾ …", ", and so has the stock, ", "Ds⁽²⁾, Ds⁽³⁾ …",
     " [2]."],
    ["The portfolio is free of risk when it has no fluctuations, ", "Mf⁽²⁾ = Mf⁽³⁾ = … = 0",
     ", as in earlier models [3]. Its first moment equals a bond's, ", "Mf⁽¹⁾ = Mb⁽¹⁾",
     ", where the bond returns the rate of Examplia [4]."],
    ["The moments of the hedge are ", "Mh⁽¹⁾ = Ms⁽¹⁾ + Mb⁽¹⁾", " and ", "Mh⁽²⁾ = Ms⁽²⁾",
     " [5]. The walk is cut after its third term, ", "Ms⁽⁴⁾ = Ms⁽⁵⁾ = … = 0",
     " [6], and the densities ", "P⁽¹⁾", " and ", "P⁽²⁾", " were estimated as before [7]."],
]  # fmt: skip
REFS = [
    f"Roe A{i}, Doe B. An invented study number {i} of prices. J Madeup Econ. 20{10 + i};{i}:1-9."
    for i in range(1, 8)
]
KEEP = {"uncertain-marker", "uncited-reference", "mixed-conventions", "citation-order"}


def _math(text: str) -> str:
    """An inline equation as Office Math holds it (one math run: the reader reads none)."""
    return f'<m:oMath xmlns:m="{M_NS}"><m:r><m:t>{text}</m:t></m:r></m:oMath>'


def test_the_word_file_and_its_pandoc_copy_agree_on_raised_orders(tmp_path, capsys):
    body = p(t("Introduction"), style="Heading1")
    for pieces in PARAGRAPHS:
        body += p(*(t(s) if i % 2 == 0 else _math(s) for i, s in enumerate(pieces)))
    body += p(t("References"), style="Heading1")
    body += "".join(p(t(f"{i}. {r}")) for i, r in enumerate(REFS, 1))
    word = docx(tmp_path / "prices.docx", body)
    paragraphs = ["Introduction", *("".join(pieces) for pieces in PARAGRAPHS), "References"]
    paragraphs += [f"{i}. {r}" for i, r in enumerate(REFS, 1)]
    plain = tmp_path / "prices.txt"
    plain.write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
    assert check_verdicts(word, capsys, KEEP) == check_verdicts(plain, capsys, KEEP) == []
