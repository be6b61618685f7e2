"""A Pandoc or LaTeX author's manuscript, cited by key, and the bibliographies it names
(session 32's walk: a Pandoc author with a CSL-JSON bibliography, a LaTeX author with two
``\\addbibresource``). The references and texts are made up for these tests."""

from __future__ import annotations

import json

import pytest

from blinarefs.cli import main

CSL = [
    {
        "id": "fable:2031:moons",
        "type": "article-journal",
        "title": "Counting the moons of an invented planet",
        "container-title": "Journal of Imaginary Astronomy",
        "author": [{"family": "Fable", "given": "Ada"}],
        "issued": {"date-parts": [[2031]]},
        "volume": "4",
        "page": "1-9",
    }
]
BIB = (
    "@article{myth_rings_2032, author = {Myth, Bo}, title = {Rings that nobody saw},\n"
    "  journaltitle = {Fictional Letters}, date = {2032}, volume = {7}, pages = {11--19}}\n"
)
MANUSCRIPT = (
    "---\ntitle: A made-up paper\nbibliography: refs.json\n---\n\n# Introduction\n\n"
    "The invented planet has nine moons [@fable:2031:moons].\n"
    "Its rings were never seen [@nobody:2099:gone].\n"
)
REFLIST = "1. Fable A. Counting the moons of an invented planet. J Imag Astron. 2031;4:1-9.\n"


@pytest.fixture
def paper(files):
    (files / "refs.json").write_text(json.dumps(CSL), encoding="utf-8")
    (files / "more.bib").write_text(BIB, encoding="utf-8")
    (files / "paper.md").write_text(MANUSCRIPT, encoding="utf-8")
    return files


def test_a_csl_json_bibliography_named_by_the_front_matter_is_read(paper, capsys):
    # it said "no reference list found at the end of the manuscript": only a .bib was looked for
    assert main(["trace", "paper.md", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["references_from"] == "refs.json"
    assert [r["key"] for r in data["references"]] == ["fable:2031:moons"]
    assert main(["check", "paper.md"]) == 1  # the unknown key is still an error
    out = capsys.readouterr().out
    assert "1 of 1 references cited, 1 dangling citation" in out
    assert "'@nobody:2099:gone', which is not in the list" in out


def test_check_bib_takes_a_csl_json_file(paper, capsys):
    # it said "refs.json: the store holds no BibTeX entries"
    assert main(["check", "paper.md", "--bib", "refs.json"]) == 1
    out = capsys.readouterr().out
    assert "no BibTeX entries" not in out
    assert "1 of 1 references cited" in out and "'@nobody:2099:gone'" in out


def test_a_list_of_bibliographies_is_read_whole(paper, capsys):
    # only "bibliography: x.bib" on one line was understood, and the first file alone
    listed = "bibliography:\n  - refs.json\n  - more.bib"
    text = MANUSCRIPT.replace("bibliography: refs.json", listed)
    (paper / "paper.md").write_text(text + "Rings are myths [@myth_rings_2032].\n", "utf-8")
    assert main(["check", "paper.md"]) == 1
    out = capsys.readouterr().out
    assert "2 of 2 references cited" in out and "1 dangling citation" in out


def test_latex_with_two_addbibresource(paper, capsys):
    (paper / "more2.bib").write_text(BIB.replace("myth_rings_2032", "second_2033"), "utf-8")
    tex = (
        "\\addbibresource{more.bib}\n\\addbibresource{more2.bib}\n\\begin{document}\n"
        "Rings \\autocite{myth_rings_2032}. Again \\textcite{second_2033}.\n\\end{document}\n"
    )
    (paper / "paper.tex").write_text(tex, encoding="utf-8")
    assert main(["check", "paper.tex"]) == 0
    assert "2 of 2 references cited, 0 dangling" in capsys.readouterr().out


def test_bibliography_files_named_through_a_preamble_macro_over_several_lines(paper, capsys):
    # a real LaTeX paper named its folder once ("\\newcommand{\\pathBIB}{./bib}") and its
    # files over several lines; the macro was taken for part of a file name: 0 references
    lib = paper / "lib"
    lib.mkdir()
    (lib / "more.bib").write_text(BIB, encoding="utf-8")
    (lib / "more2.bib").write_text(BIB.replace("myth_rings_2032", "second_2033"), "utf-8")
    tex = (
        "\\newcommand{\\bibdir}{./lib}\n\\newcommand{\\norm}[1]{\\lVert#1\\rVert}\n"
        "\\begin{document}\nRings \\citep{myth_rings_2032}. Again \\citet{second_2033}.\n"
        "%\\bibliography{old}\n"
        "\\bibliography{\n  \\bibdir/more,\n  \\bibdir/more2, % the second\n}\n"
        "\\end{document}\n"
    )
    (paper / "paper.tex").write_text(tex, encoding="utf-8")
    assert main(["check", "paper.tex"]) == 0
    out = capsys.readouterr().out
    assert "2 of 2 references cited, 0 dangling" in out
    assert "old.bib" not in out


def test_a_named_bibliography_that_is_missing_is_named(paper, capsys):
    (paper / "refs.json").unlink()
    assert main(["check", "paper.md"]) == 1
    out = capsys.readouterr().out
    assert "refs.json, was found neither beside it nor here" in out


def test_build_reads_a_csl_json_bibliography_and_keeps_the_markdown(paper, capsys):
    # build read no references ("0 references read, 1 could not be read") and wrote paper.md
    # with the title gone and the markup escaped ("\# Introduction", "\[\@nobody...\]")
    assert main(["build", "paper.md", "-o", "out", "--skip", "enrich"]) == 1
    out = capsys.readouterr().out
    assert "1 reference read from refs.json" in out
    written = (paper / "out" / "paper.md").read_text(encoding="utf-8")
    assert "title: A made-up paper" in written and "\n# Introduction\n" in written
    assert "[@fable:2031:moons]" in written and "[@nobody:2099:gone]" in written
    assert "\\#" not in written and "\\@" not in written
    store = (paper / "out" / "references.bib").read_text(encoding="utf-8")
    assert "@article{fable:2031:moons," in store


def test_build_of_a_keyed_manuscript_warns_of_no_numbers_changing(paper, capsys):
    # a real JOSS paper: "warning [citation-order] Pandoc numbers references by first
    # citation, so numbers change: 1 -> 9, 2 -> 10, ..." and "renumber the manuscript's
    # references": the numbers were the .bib's order, which no reader of [@key] ever sees
    two = BIB + BIB.replace("myth_rings_2032", "second_2033").replace("Rings", "Moons")
    (paper / "more.bib").write_text(two, encoding="utf-8")
    text = "---\nbibliography: more.bib\n---\n\nMoons [@second_2033]. Rings [@myth_rings_2032].\n"
    (paper / "paper.md").write_text(text, encoding="utf-8")
    main(["build", "paper.md", "-o", "out", "--skip", "enrich"])  # (the store's own errors: 1)
    out = capsys.readouterr().out
    assert "2 citations as [@key]" in out and "citation-order" not in out


def test_a_quarto_manuscripts_affiliations_cross_references_and_keys(paper, capsys):
    # a real Quarto review: its affiliations "^1^" cited the .bib's first entry, its
    # "@fig-prisma" and "@tbl-1" were dangling citations, and the key "[@Myth2032]" was
    # checked as a trial's name against the abstract
    bib = BIB.replace("myth_rings_2032", "Myth2032").replace(
        "pages = {11--19}", "pages = {11--19},\n  abstract = {Rings were seen by one team}"
    )
    (paper / "more.bib").write_text(bib, encoding="utf-8")
    text = (
        "---\nbibliography: more.bib\n---\n\nAda Fable^1^, Bo Myth^2^\n\n"
        "^1^ Invented University\n\n# Introduction\n\nRings were seen by one team "
        "[@Myth2032], as @fig-rings shows and [@tbl-counts] lists.\n"
    )
    (paper / "paper.md").write_text(text, encoding="utf-8")
    assert main(["check", "paper.md"]) == 0
    out = capsys.readouterr().out
    assert "1 of 1 references cited, 0 dangling" in out and "claim-not-in-reference" not in out
    assert main(["trace", "paper.md", "--json"]) == 0
    cited = [c["marker"] for c in json.loads(capsys.readouterr().out)["citations"]]
    assert cited == ["[@Myth2032]"]


def test_a_numbered_appendix_is_no_bibliography_in_a_text_that_cites_by_key(paper, capsys):
    # a real Quarto paper named its .bib files in its front matter and closed with an
    # appendix listing its hardware "1. / 2. / ...": that list was taken for its references
    # ("0 of 6 references cited, 58 dangling citations")
    text = MANUSCRIPT.replace("refs.json", "[refs.json, more.bib]") + (
        "Rings are thin [@myth_rings_2032].\n\n# Appendix\n\n"
        "1.  A made-up sensor board\n\n2.  An invented battery pack\n\n3.  A pipe\n"
    )
    (paper / "paper.md").write_text(text, encoding="utf-8")
    assert main(["check", "paper.md"]) == 1  # the one missing work, nobody2099
    out = capsys.readouterr().out
    assert "2 of 2 references cited, 1 dangling citation" in out


def test_an_in_text_citation_keeps_its_authors_when_numbered():
    # "As @key showed" became "As¹ showed": the authors Pandoc prints were dropped
    from blinarefs import read_references, to_numbered

    refs = read_references(json.dumps(CSL), "csl-json").references
    text = "As @fable:2031:moons showed, moons abound.\n"
    assert to_numbered(text, refs).text.startswith("As Fable¹ showed, moons abound.")
    vancouver = to_numbered(text, refs, style="vancouver").text
    assert vancouver.startswith("As Fable (1) showed")
    tex = "As \\textcite{fable:2031:moons} showed. Seen \\cite{fable:2031:moons}.\n"
    assert to_numbered(tex, refs).text.startswith("As Fable¹ showed. Seen¹.")
    many = [refs[0].with_fields(author=refs[0].author * 3)]
    assert to_numbered(text, many).text.startswith("As Fable et al.¹ showed")


def test_an_in_text_citations_locator_is_reported_not_left_in_the_text():
    # "As @key [p. 3] showed" became "As Fable¹ [p. 3] showed", without a word
    from blinarefs import read_references, to_numbered

    refs = read_references(json.dumps(CSL), "csl-json").references
    done = to_numbered("As @fable:2031:moons [p. 3] showed, moons abound.\n", refs)
    assert done.text.startswith("As Fable¹ showed, moons abound.")
    (warning,) = done.warnings
    assert warning.code == "citation-extras" and "'p. 3'" in warning.message
    # a bracket later in the sentence is the author's own text
    later = to_numbered("As @fable:2031:moons showed [in the lab], moons.\n", refs)
    assert later.text.startswith("As Fable¹ showed [in the lab]") and later.warnings == ()


@pytest.mark.parametrize("to", ["text", "markdown"])
def test_a_manuscript_ending_with_its_references_heading_gets_no_second(to):
    # "# References" then "References": the heading was written twice
    from blinarefs import read_references, to_numbered

    refs = read_references(json.dumps(CSL), "csl-json").references
    out = to_numbered("Moons [@fable:2031:moons].\n\n# References\n", refs, to=to).text
    assert out.count("References") == 1
    assert "# References\n\n1" in out
    titled = "---\nreference-section-title: Works cited\n---\nMoons [@fable:2031:moons].\n"
    assert "Works cited" in to_numbered(titled, refs, to=to).text


TEX = (
    "\\addbibresource{more.bib}\n\\begin{document}\n"
    "Rings of 5\\% \\autocite{myth_rings_2032}.\n\\printbibliography\n\\end{document}\n"
)


def test_build_of_latex_writes_no_escaped_markdown_copy(paper, capsys):
    # paper.md held "5\\\\%" and "\\\\printbibliography": LaTeX written out as escaped text
    (paper / "paper.tex").write_text(TEX, encoding="utf-8")
    assert main(["build", "paper.tex", "-o", "out", "--skip", "enrich"]) in (0, 1)
    out = capsys.readouterr().out
    assert "skipped: LaTeX is Pandoc's to read (pandoc --citeproc paper.tex" in out
    assert not (paper / "out" / "paper.md").exists()
    assert (paper / "out" / "exports" / "references.json").exists()


def test_pandoc_names_a_latex_manuscript_it_does_not_convert(paper, capsys):
    (paper / "paper.tex").write_text(TEX, encoding="utf-8")
    assert main(["pandoc", "paper.tex", "-o", "x.md"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "paper.tex: is LaTeX" in err and "--numbered" in err
    assert not (paper / "x.md").exists()
    assert main(["pandoc", "paper.tex", "--numbered", "--to", "text"]) == 0
    assert "Rings of 5\\%¹." in capsys.readouterr().out


def test_a_key_cited_in_another_case_names_the_one_in_the_list(paper, capsys):
    # "add the missing reference to the list": it is there, as fable:2031:moons
    text = MANUSCRIPT.replace("[@fable:2031:moons]", "[@Fable:2031:Moons]")
    (paper / "paper.md").write_text(text, encoding="utf-8")
    assert main(["check", "paper.md"]) == 1
    out = capsys.readouterr().out
    assert "the list has 'fable:2031:moons', which differs only by case" in out
    assert out.count("add the missing reference") == 1  # nobody:2099:gone's, as before


@pytest.mark.parametrize("content", ["", "{not json", "[1, 2"])
def test_a_broken_json_bibliography_is_one_line(paper, capsys, content):
    (paper / "refs.json").write_text(content, encoding="utf-8")
    assert main(["check", "paper.md"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("blinarefs check: error: refs.json") and err.count("\n") == 1
    assert "--from" not in err  # import's option: check has none


def test_formulas_of_a_latex_text_citing_by_key_are_no_second_convention(paper, capsys):
    # session 37's walk: a natbib paper's equations (`^{1/2}`, `\left[...\right]`) were
    # counted as superscript and bracketed citations, and `check` warned of mixed conventions
    body = "".join(
        f"The moons circle the planet \\citep[p.~{n}]{{myth_rings_2032}}, with\n"
        "\\begin{equation}\n  f(u) = \\frac{|W|^{1/2}}{(2\\pi\\sigma^2)^{n/2}}\n"
        f"\\end{{equation}}\nas \\Sexpr{{round(coef(fit)[{n}], 2)}} and coef(fit)[{n + 1}]"
        " give.\n\n"
        for n in (1, 2, 3)
    )
    tex = (
        "\\documentclass{article}\n\\usepackage{natbib}\n\\begin{document}\n"
        f"{body}\\bibliography{{more}}\n\\end{{document}}\n"
    )
    (paper / "paper.tex").write_text(tex, encoding="utf-8")
    main(["check", str(paper / "paper.tex")])
    out = capsys.readouterr().out
    assert "1 of 1 references cited" in out
    assert "mixed-conventions" not in out


def test_a_pandoc_key_may_open_with_any_scripts_letter(paper, capsys):
    # session 37's walk: Pandoc's own citation test cites "@пункт3", a key Pandoc reads;
    # it was never cited, its bracketed citations kept only their Latin keys
    (paper / "more.bib").write_text(
        BIB + "@book{книга2033, author = {Myth, Bo}, title = {Moons}, date = {2033}}\n", "utf-8"
    )
    md = (
        "---\nbibliography: more.bib\n---\n\n# Introduction\n\n"
        "Rings were seen [see @myth_rings_2032, p. 3; also @книга2033, chap. 2].\n\n"
        "As @книга2033 [p. 9] says, moons are many.\n"
    )
    (paper / "paper.md").write_text(md, encoding="utf-8")
    main(["check", str(paper / "paper.md")])
    assert "2 of 2 references cited, 0 dangling" in capsys.readouterr().out


def test_renumber_leaves_a_latex_text_citing_by_key_alone(paper, capsys):
    # session 37's walk: a natbib paper's "\linebreak[3]" was read as citation 3 of a list
    # its own text does not hold, and renumber stopped on a "dangling citation"
    tex = (
        "\\documentclass{article}\n\\begin{document}\n"
        "Published online, with DOI \\linebreak[3] \\texttt{10.1/x}, and in R as x[2].\n\n"
        "1. Rings were seen \\citep[p.~3]{myth_rings_2032}.\n\n"
        "\\bibliography{more}\n\\end{document}\n"
    )
    (paper / "paper.tex").write_text(tex, encoding="utf-8")
    assert main(["renumber", str(paper / "paper.tex"), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "1 keyed citations" in out and "dangling" not in out


def test_build_reads_the_named_bibliography_of_a_latex_text_holding_a_numbered_aside(paper, capsys):
    # session 37's walk: build read a natbib paper's "(2) simpler syntax; (3) profile
    # likelihood" as its reference list, while check read the .bib it names
    tex = (
        "\\documentclass{article}\n\\begin{document}\n"
        "The new version brings (1) faster code;\n(2) simpler syntax and a new parser;\n"
        "(3) profiles of the likelihood \\citep{myth_rings_2032}.\n\n"
        "\\bibliography{more}\n\\end{document}\n"
    )
    (paper / "paper.tex").write_text(tex, encoding="utf-8")
    main(["build", "paper.tex", "-o", "out", "--skip", "enrich"])
    out = capsys.readouterr().out
    assert "1 reference read from" in out and "more.bib" in out
    assert "1 of 1 references cited, 0 dangling" in out


def test_build_of_an_rnw_paper_writes_no_escaped_markdown_copy(paper, capsys):
    # session 37's walk: R's Sweave/knitr LaTeX (.Rnw) was written out as escaped Markdown
    (paper / "paper.Rnw").write_text(TEX, encoding="utf-8")
    assert main(["build", "paper.Rnw", "-o", "out", "--skip", "enrich"]) in (0, 1)
    assert "skipped: LaTeX is Pandoc's to read" in capsys.readouterr().out
    assert not (paper / "out" / "paper.md").exists()
