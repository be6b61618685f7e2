"""`blinarefs pandoc --numbered`: a manuscript written with keys, numbered by first citation,
as Pandoc itself would number it; and the seed there and back.

The references are four of ../shared/data/seed-references.json, as verified there:
ref2 (Kantarjian, N Engl J Med 2017) and ref9 (Locatelli, JAMA 2021) with their complete
author lists; ref4 (Litzow, N Engl J Med 2024) and ref8 (Hogan, J Clin Oncol 2023) with the
leading authors that file confirms (``author_partial``), cut with "et al" as the seed printed
them. Titles, journals, dates, volumes, issues and pages are the verified values. The
manuscripts' prose is written for the tests and claims nothing about the trials.
"""

from __future__ import annotations

import json

import pytest

from blinarefs.format import format_bibliography, load_style
from blinarefs.model import Name, Reference
from blinarefs.pandoc import pandoc_items, to_numbered, to_pandoc
from blinarefs.trace.decode import decode_citations
from conftest import run_main
from pandocrun import mark_superscripts, render_plain, split_references

KEYS = {"ref2": "kantarjian2017", "ref9": "locatelli2021", "ref4": "litzow2024",
        "ref8": "hogan2023"}  # fmt: skip
CSL = ("title", "container-title", "container-title-short", "issued", "volume", "issue", "page",
       "DOI", "type")  # fmt: skip

MARKDOWN = """\
---
title: Numbered from keys (written for the tests)
bibliography: refs.json
csl: blood.csl
reference-section-title: References
---

Blinatumomab was compared with chemotherapy in advanced disease [@kantarjian2017].
Later trials looked at children in first relapse [@locatelli2021; @hogan2023], and at
adults [@litzow2024], so the trials span many ages
[@kantarjian2017; @locatelli2021; @hogan2023; @litzow2024]. Its design is described
elsewhere [-@kantarjian2017, p. 840].
"""

LATEX = r"""\documentclass{article}
\begin{document}
Blinatumomab was compared with chemotherapy in advanced disease~\cite{kantarjian2017}.
Later trials looked at children in first relapse \cite{locatelli2021,hogan2023}.
\bibliography{refs}
\end{document}
"""


@pytest.fixture(scope="module")
def refs(seed_verified) -> list[Reference]:
    by_id = {item["id"]: item for item in seed_verified}
    out = []
    for ref_id, key in KEYS.items():
        item = by_id[ref_id]
        ref = Reference.from_csl({"id": key, **{k: item[k] for k in CSL if k in item}})
        if "author" in item:
            ref = ref.with_fields(author=tuple(Name.from_csl(a) for a in item["author"]))
        else:
            ref = ref.with_fields(
                author=tuple(Name.from_csl(a) for a in item["author_partial"]),
                author_truncated=True,
            )
        out.append(ref)
    return out


@pytest.fixture(scope="module")
def folder(refs, tmp_path_factory):
    """paper.md and refs.json (as blinarefs pandoc writes its bibliography), blood.csl."""
    path = tmp_path_factory.mktemp("keyed")
    items = pandoc_items(refs, load_style("blood"))
    (path / "refs.json").write_text(json.dumps(items, ensure_ascii=False), encoding="utf-8")
    (path / "blood.csl").write_bytes(load_style("blood").xml)
    (path / "paper.md").write_text(MARKDOWN, encoding="utf-8")
    return path


def test_numbered_by_first_citation_in_the_style(refs):
    result = to_numbered(MARKDOWN, refs, style="blood")
    assert result.order == ["kantarjian2017", "locatelli2021", "hogan2023", "litzow2024"]
    body, _, bibliography = result.text.partition("\n\nReferences\n\n")
    assert "in advanced disease¹." in body  # no space before a superscript
    assert "in first relapse^(2,3), and at\nadults⁴, so" in body  # "2,3" has no superscript comma
    assert "many ages¹⁻⁴." in body  # a run collapses, with Blood's hyphen
    assert "title:" not in result.text and "[@" not in result.text
    assert bibliography.splitlines() == format_bibliography(refs, "blood", order=result.order)
    assert "Hogan LE, Brown PA, Ji L, et al." in bibliography  # the cut list keeps its et al
    [warning] = result.warnings
    assert warning.code == "citation-extras" and "p. 840" in warning.message


def test_pandoc_numbers_the_same_manuscript_the_same_way(refs, folder):
    ours = to_numbered(MARKDOWN, refs, style="blood").text
    our_body, our_entries = split_references(ours)
    their_body, their_entries = split_references(render_plain("paper.md", cwd=folder))
    # Pandoc joins the collapsed run with an en dash where Blood (and blinarefs) prints "-";
    # a locator it drops silently, as the style shows no locators (blinarefs warns).
    their_text = mark_superscripts(" ".join(their_body)).replace("–", "-")
    assert mark_superscripts(" ".join(our_body)).split() == their_text.split()
    assert our_entries[0].split("\n") == their_entries


def test_vancouver_keeps_the_space_before_its_parenthesis(refs):
    text = to_numbered(MARKDOWN, refs, style="vancouver").text
    assert "in advanced disease (1)." in text and "many ages\n(1-4)." in text


def test_latex_cite_commands(refs):
    result = to_numbered(LATEX, refs, style="blood")
    assert result.text.startswith(
        "Blinatumomab was compared with chemotherapy in advanced disease¹.\n"
        "Later trials looked at children in first relapse^(2,3).\n\nReferences\n\n1. Kantarjian"
    )
    assert "\\bibliography" not in result.text and "\\end{document}" not in result.text


def test_nocite_and_unknown_keys(refs):
    text = MARKDOWN.replace("csl: blood.csl", "nocite: '@litzow2024'").replace(
        "adults [@litzow2024]", "adults [@nobody2020]"
    )
    text = text.replace("; @litzow2024]", "]")
    result = to_numbered(text, refs, style="blood")
    assert result.order[-1] == "litzow2024"  # named by nocite only: numbered last
    assert any(w.code == "dangling-citation" and "@nobody2020" in w.message
               for w in result.warnings)  # fmt: skip
    assert "adults [@nobody2020]" in result.text  # nothing to number it by: left as written


def test_the_seed_there_and_back_keeps_its_numbers(seed_text, seed_parsed):
    paper = to_pandoc(seed_text)
    back = to_numbered(paper.markdown, seed_parsed.references, style="blood")
    numbers = [c.numbers for c in decode_citations(back.text.partition("\nReferences\n")[0])]
    body_end = seed_parsed.body_end
    seed_numbers = [c.numbers for c in decode_citations(seed_text, seed_parsed.references,
                                                        end=body_end)]  # fmt: skip
    assert numbers == seed_numbers and len(numbers) == 8
    assert "multiagent chemotherapy.² In March" in back.text  # after the period, as printed
    assert "(see figure²⁻⁹)." in back.text and "dell'Adulto" in back.text


def test_cli_an_empty_bibliography_is_named_not_each_key(tmp_path):
    # it said "citation order names 'madeup2020', which is not in the references"
    (tmp_path / "paper.md").write_text("A made-up claim [@madeup2020].\n", encoding="utf-8")
    (tmp_path / "empty.bib").write_text("", encoding="utf-8")
    result = run_main("pandoc", str(tmp_path / "paper.md"), "--numbered", "--bib",
                      str(tmp_path / "empty.bib"))  # fmt: skip
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "empty.bib: holds no references" in result.stderr


def test_cli_reads_the_bibliography_the_front_matter_names(folder):
    result = run_main("pandoc", str(folder / "paper.md"), "--numbered", "-o",
                      str(folder / "numbered.txt"))  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "5 citations numbered, 4 references" in result.stdout
    assert "citation-extras" in result.stderr
    text = (folder / "numbered.txt").read_text(encoding="utf-8")
    assert "in advanced disease¹." in text and "\n4. Litzow MR, Sun Z, Mattison R, et al." in text
    markdown = run_main("pandoc", str(folder / "paper.md"), "--numbered", "-q").stdout
    assert "disease<sup>1</sup>." in markdown and "# References" in markdown
    assert markdown.startswith("---\ntitle: Numbered from keys")
