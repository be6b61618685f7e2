"""The command line and the build stage; Markdown input; what `blinarefs pandoc` warns about.

The Markdown manuscript's prose is written for the tests; its reference list copies three of
the seed's printed references (2, 8 and 9) as printed.
"""

from __future__ import annotations

import json

from blinarefs.cli import main
from blinarefs.pandoc import to_pandoc

MARKDOWN = """\
---
title: A numbered Markdown manuscript (written for the tests)
---

# Background

Blinatumomab was compared with *chemotherapy* [1]. Trials in children followed [2-3].

## References

1. Kantarjian H, Stein A, Gökbuget N, et al. Blinatumomab versus chemotherapy for advanced acute lymphoblastic leukemia. N Engl J Med. 2017;376(9):836-847.
2. Hogan LE, Brown PA, Ji L, et al. Children’s Oncology Group AALL1331: phase III trial of blinatumomab in children, adolescents, and young adults with low-risk B-cell ALL in first relapse. J Clin Oncol. 2023;41(25):4118-4129.
3. Locatelli F, Zugmaier G, Rizzari C, et al. Effect of blinatumomab vs chemotherapy on event-free survival among children with high-risk first-relapse B-cell acute lymphoblastic leukemia: a randomized clinical trial. JAMA. 2021;325(9):843-854.
"""  # noqa: E501


def test_without_output_the_markdown_is_printed(capsys):
    assert main(["pandoc"]) == 0
    out, err = capsys.readouterr()
    assert out.startswith("---\nbibliography: paper.json\ncsl: blood.csl\n")
    assert "paper.json and blood.csl not written: give -o" in err
    assert "left out:" in err  # the report goes to stderr when stdout is the Markdown


def test_json_report(tmp_path, capsys):
    assert main(["pandoc", "-o", str(tmp_path / "out.md"), "--style", "vancouver", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["citations"] == 8 and data["warnings"] == []
    assert [r["message"].split(":")[0] for r in data["removed"]] == [
        "a figure caption repeated verbatim",
        "page furniture",
        "the reference list (its references are in out.json), lines 21-271",
    ]
    assert sorted(p.rsplit("/", 1)[1] for p in data["output"]) == [
        "out.json",
        "out.md",
        "vancouver.csl",
    ]
    markdown = (tmp_path / "out.md").read_text(encoding="utf-8")
    assert "csl: vancouver.csl" in markdown
    # Vancouver prints "(2-9)", not a superscript: the citation keeps its space
    assert "(see figure [@kantarjian2017blinatumomab; @gokbuget" in markdown


def test_usage_errors(tmp_path, capsys):
    assert main(["pandoc", "--to", "text"]) == 2
    assert main(["pandoc", "--numbered"]) == 2
    keyed = tmp_path / "keyed.md"
    keyed.write_text("Text [@a2020x].\n", encoding="utf-8")
    assert main(["pandoc", str(keyed), "--numbered"]) == 2
    assert main(["pandoc", str(tmp_path / "missing.txt")]) == 2  # usage (issue 18)
    unlisted = tmp_path / "unlisted.txt"
    unlisted.write_text("A sentence with a citation.1 Another.\n", encoding="utf-8")
    assert main(["pandoc", str(unlisted), "-o", str(tmp_path / "out.md")]) == 1
    assert not (tmp_path / "out.md").exists()  # no references: nothing to cite by key
    err = capsys.readouterr().err
    assert "no reference list found at the end of the manuscript" in err
    assert "--to goes with --numbered" in err
    assert "keyed.md: names no bibliography (give the references with --bib or --refs)" in err
    assert "missing.txt: no such file" in err and "Traceback" not in err


def test_markdown_keeps_its_markup_and_front_matter():
    paper = to_pandoc(MARKDOWN, markdown=True)
    _, head, between, ours, body = paper.markdown.split("---\n")
    assert between == "\n"  # Pandoc reads a second metadata block after a blank line
    assert head == "title: A numbered Markdown manuscript (written for the tests)\n"
    assert ours.startswith("bibliography: paper.json\n") and "nocite" not in ours
    assert "# Background\n\nBlinatumomab was compared with *chemotherapy* [@kantarjian2017" in body
    assert "Trials in children followed [@hogan2023childrens; @locatelli2021effect]." in body
    assert "## References" not in body and paper.citations == 2


def test_warnings_for_what_pandoc_would_print_differently(seed_text):
    text = (
        seed_text.replace("chemotherapy.2 In", "chemotherapy.3 In")
        .replace("June 2023.3 In", "June 2023.2 In")
        .replace("responsiveness.10 In", "responsiveness.10,11 In")
    )
    paper = to_pandoc(text)
    codes = {w.code: w for w in paper.warnings}
    assert "numbers change: 2 -> 3, 3 -> 2" in codes["citation-order"].message
    assert codes["dangling-citation"].line == 15
    assert "responsiveness.10,11 In" in paper.markdown  # left as written...
    assert "nocite: |\n  @zugmaier2015longterm\n" in paper.markdown  # ...its reference kept


def test_build_writes_the_pandoc_manuscript(tmp_path, seed_text, capsys):
    assert main(["build", "-o", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert f"pandoc     {tmp_path}/paper.md with paper.json and blood.csl: 8 citations" in out
    paper = to_pandoc(seed_text)
    assert (tmp_path / "paper.md").read_text(encoding="utf-8") == paper.markdown
    items = json.loads((tmp_path / "paper.json").read_text(encoding="utf-8"))
    assert items == paper.bibliography_items
    assert (tmp_path / "blood.csl").exists()


def test_metadata_blocks_combine_as_pandoc_combines_them():
    # Pandoc's manual: a document may hold several metadata blocks, combined so that the
    # first value given a key is taken. A second block stayed in the body as written, and
    # the manuscript's own "bibliography" came before (so won over) the file written
    later = "\n\n---\ntitle: A second title\nauthor: Jane Roe\n---\n\nTrials in children"
    text = MARKDOWN.replace("---\n\n#", "bibliography: old.bib\n---\n\n#", 1).replace(
        " Trials in children", later, 1
    )
    paper = to_pandoc(text, markdown=True)
    _, head, between, ours, body = paper.markdown.split("---\n")
    assert head == (
        "title: A numbered Markdown manuscript (written for the tests)\nauthor: Jane Roe\n"
    )
    assert between == "\n" and ours.startswith("bibliography: paper.json\n")
    assert "A second title" not in body and "followed [@hogan2023childrens" in body
    # YAML shown in a fenced code block is code, not metadata
    fenced = text.replace(later, "\n\n```\n\n---\nshown: as code\n---\n```\n\nTrials in children")
    assert "shown: as code" in to_pandoc(fenced, markdown=True).markdown.split("# Background")[1]
