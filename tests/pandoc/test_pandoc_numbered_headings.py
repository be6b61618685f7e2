"""`blinarefs pandoc --numbered`: the bibliography's heading printed once, wherever the
manuscript puts its own. A Pandoc author places the bibliography with a ``refs`` div
(Pandoc's manual), writes a Setext heading, or sets ``reference-section-title`` and writes
the heading too; a LaTeX author closes with ``\\section*{References}``. Made-up texts."""

from __future__ import annotations

import pytest

from blinarefs.model import Name, Reference
from blinarefs.pandoc import to_numbered

REFS = [
    Reference(
        id="fen2029",
        type="article-journal",
        title="Diols in an invented marsh",
        container_title="Journal of Tests",
        author=(Name(family="Fen", given="Ida"),),
        issued=(2029,),
        volume="1",
        page="1-2",
    )
]
CITED = "Diols abound [@fen2029].\n\n"


@pytest.mark.parametrize(
    "div", ["::: {#refs}\n:::\n", '<div id="refs"></div>\n', "::: {#refs .small}\n:::\n"]
)
@pytest.mark.parametrize("to", ["text", "markdown"])
def test_a_refs_div_is_where_the_bibliography_goes(div, to):
    text = f"{CITED}# References\n\n{div}\n# Appendix\n\nMore marsh.\n"
    out = to_numbered(text, REFS, to=to).text
    assert out.count("References") == 1
    assert out.index("References") < out.index("Fen I") < out.index("Appendix")
    assert "refs" not in out  # the div is Pandoc's placeholder, not text


@pytest.mark.parametrize("to", ["text", "markdown"])
def test_a_setext_heading_at_the_end_is_the_bibliography_heading(to):
    out = to_numbered(f"{CITED}References\n==========\n", REFS, to=to).text
    assert out.count("References") == 1 and out.index("References") < out.index("Fen I")


def test_a_latex_section_at_the_end_is_the_bibliography_heading():
    text = (
        "\\documentclass{article}\n\\begin{document}\nDiols abound \\cite{fen2029}.\n\n"
        "\\section*{References}\n\\bibliography{refs}\n\\end{document}\n"
    )
    out = to_numbered(text, REFS, to="text").text
    assert out.count("References") == 1 and out.index("References") < out.index("Fen I")


def test_a_section_title_the_manuscript_already_ends_with_is_not_repeated():
    text = f"---\nreference-section-title: Works cited\n---\n\n{CITED}# Works cited\n"
    out = to_numbered(text, REFS, to="markdown").text
    assert out.count("Works cited") == 1
    # a last heading of another name still gets the title asked for
    other = to_numbered(text.replace("# Works cited", "# Notes"), REFS, to="markdown").text
    assert other.index("# Notes") < other.index("# Works cited") < other.index("Fen I")
