"""A LaTeX author's own .bib, as Zotero with Better BibTeX or a hand editor writes it, read
and written back (session 34's walk: @string concatenation, logos and boxes in titles, a
title protected letter by letter, a crossref parent). Works and keys are made up."""

from __future__ import annotations

import json

import pytest

from blinarefs.cli import main
from blinarefs.interchange import export_references
from blinarefs.latex import latex_to_text
from blinarefs.model import Reference
from blinarefs.store import Store
from blinarefs.trace.claims import short_label

BIB = r"""% hand-kept library
@string{jia = "Journal of Imaginary Astronomy"}
@preamble{"\providecommand{\noopsort}[1]{}"}

@article{fable2031moons,
  author = {Fable, Ada},
  title = {Counting the {M}oons of {Z}{\"u}rn's Planet},
  journaltitle = jia # { Supplement},
  date = {2031-04},
  volume = {4}, pages = {1--9},
  crossref = {meeting2031},
}

@proceedings{meeting2031,
  title = {Imaginary Astronomy Meeting Proceedings of the Year},
  date = {2031}, publisher = {Example Press},
}
"""
REFLIST = ""
MANUSCRIPT = ""
TEX = "\\documentclass{article}\n\\begin{document}\nMoons were counted \\cite{fable2031moons}.\n"


def test_a_macro_joined_with_hash_is_expanded():
    # it read "jia \# Supplement": bibtexparser expands a macro only when it is the whole value
    ref = Store.loads(BIB)["fable2031moons"]
    assert ref.container_title == "Journal of Imaginary Astronomy Supplement"
    more = Store.loads('@string{a = {Left}}\n@misc{k, title = a # " and " # {#1} # a}\n')
    assert more["k"].title == "Left and #1Left"


@pytest.mark.parametrize(
    "tex, text",
    [
        (r"The {\TeX}book of owls", "The TeXbook of owls"),
        (r"{\LaTeX} and \BibTeX{} for owls", "LaTeX and BibTeX for owls"),
        (r"Owls in \mbox{Ph+} nests", "Owls in Ph+ nests"),
        (r"The \texttt{owlcount} package", "The owlcount package"),
        (r"\noopsort{b}Owls of the north", "Owls of the north"),
        (r"See \url{https://owls.example.org}", "See https://owls.example.org"),
        # biblatex's breakable hyphen and quotation marks (\hyphen was dropped:
        # "methodologyindependent"; \mkbibquote lost its marks)
        (r"A methodology\hyphen independent count", "A methodology-independent count"),
        (
            r"On \mkbibquote{owl time} and \enquote{dusk}",
            "On \u201cowl time\u201d and \u201cdusk\u201d",
        ),
    ],
)
def test_logos_boxes_and_sort_keys_read_as_printed(tex, text):
    # the logos and boxes were dropped with their text ("The book"), the sort key printed
    assert latex_to_text(tex) == text


def test_a_title_protected_letter_by_letter_is_written_back_as_it_was():
    # every capitalised word was braced ({Moons}, {Planet}): a sentence-case style then
    # printed "Counting the Moons" where the author's braces let it print "counting the moons"
    ref = Store.loads(BIB)["fable2031moons"]
    assert ref.title == "Counting the Moons of Zürn's Planet"
    out = export_references([ref], "biblatex", clean=True)
    assert "title        = {Counting the {M}oons of {Z}{\\\"u}rn's Planet}," in out
    # a Title Case title with no braces stays without: the author's style sets its case
    meeting = export_references([Store.loads(BIB)["meeting2031"]], "bibtex", clean=True)
    assert "title     = {Imaginary Astronomy Meeting Proceedings of the Year}," in meeting


def test_a_crossref_parent_of_a_cited_entry_is_not_uncited(files, capsys):
    (files / "refs.bib").write_text(BIB, encoding="utf-8")
    (files / "paper.tex").write_text(TEX, encoding="utf-8")
    assert main(["check", "paper.tex", "--bib", "refs.bib"]) == 0
    out = capsys.readouterr().out
    assert "uncited-reference" not in out and "0 errors, 0 warnings, 0 infos" in out


def test_a_title_label_is_cut_between_words():
    # "Imaginary Astronomy Meeting Proceeding" (30 characters, a word cut in two)
    ref = Store.loads(BIB)["meeting2031"]
    assert short_label(ref) == "Imaginary Astronomy Meeting Proceedings… 2031"
    assert short_label(Reference(id="k", title="Owls", issued=(2030,))) == "Owls 2030"


def test_import_of_a_biblatex_file_does_not_call_it_classic_bibtex(files, capsys):
    # it said "(BibTeX (classic bibtex, ASCII))" of a UTF-8 file with journaltitle and date
    (files / "refs.bib").write_text(BIB, encoding="utf-8")
    assert main(["import", "refs.bib", "-o", "store.bib"]) == 0
    assert "refs.bib: 2 references read (BibTeX or BibLaTeX)" in capsys.readouterr().out


MORE = (
    "@article{roe2030owls, author = {Roe, Jo}, title = {Owls at dusk}, journal = {Owl J},\n"
    "  year = {2030}}\n@book{lark2029night, author = {Lark, Di}, title = {Night birds},\n"
    "  publisher = {Example Press}, year = {2029}}\n"
)
MULTI = (
    "\\documentclass{article}\n\\begin{document}\n"
    "Owls hunt at dusk \\cites(see)()[5]{fable2031moons}[7]{roe2030owls}.\n"
    "\\nocite{lark2029night}\n\\printbibliography\n\\end{document}\n"
)


def test_a_multicite_cites_every_key_and_nocite_lists_without_a_claim(files, capsys):
    # "\\cites[5]{a}[7]{b}" cited a only, and "[7]" was a dangling numbered citation; the
    # \\nocite line was a claim, and the entry it lists was reported as never cited
    (files / "refs.bib").write_text(BIB + MORE, encoding="utf-8")
    (files / "paper.tex").write_text(MULTI, encoding="utf-8")
    assert main(["check", "paper.tex", "--bib", "refs.bib"]) == 0
    out = capsys.readouterr().out
    assert "2 of 4 references cited, 0 dangling citations, 1 of 1 claim linked" in out
    assert "0 errors, 0 warnings, 0 infos" in out
    star = MULTI.replace("\\nocite{lark2029night}", "\\nocite{*}")
    (files / "paper.tex").write_text(star, encoding="utf-8")
    assert main(["check", "paper.tex", "--bib", "refs.bib"]) == 0


def test_validate_says_which_bib_field_to_add_and_reads_no_year_from_a_typo():
    # it said "add container-title" (a CSL name the .bib does not have); month 13 and a
    # malformed PMID said nothing of what to do; "20201" was read as the year 2020
    from blinarefs.validate import validate_references

    bib = (
        "@article{roe2030owls, author = {Roe, Jo}, title = {Owls}, date = {2030-13},\n"
        "  eprint = {12x}, eprinttype = {pubmed}}\n"
        "@inproceedings{lark2029night, author = {Lark, Di}, title = {Night}, year = {20291}}\n"
    )
    findings = validate_references(Store.loads(bib).references)
    said = {(f.key, f.code, f.message): f.suggestion for f in findings}
    article = "article-journal without container-title"
    assert said["roe2030owls", "missing-field", article].startswith("add journal (BibLaTeX")
    proceedings = "paper-conference without container-title"
    assert said["lark2029night", "missing-field", proceedings].startswith("add booktitle")
    assert said["lark2029night", "missing-field", "paper-conference without issued"]
    assert all(f.suggestion for f in findings if f.severity == "error")


def test_import_says_the_files_macros_and_preamble_are_not_carried():
    # they were dropped without a word: the \\noopsort of the @preamble with them
    from blinarefs.interchange import read_references

    result = read_references(BIB, "bibtex", source="refs.bib")
    (finding,) = [f for f in result.findings if f.code == "not-imported"]
    assert finding.line == 2 and finding.severity == "info"
    assert "1 @string macro and its @preamble not carried" in finding.message
    assert not read_references(MORE, "bibtex").findings


def test_a_sentence_followed_by_a_line_of_commands_is_still_a_claim(files, capsys):
    # "...\\citet{k}.\\n\\bibliographystyle{plainnat}" read as one short paragraph ending in
    # "}", a heading: the sentence and its citation counted for nothing
    (files / "refs.bib").write_text(BIB, encoding="utf-8")
    tex = (
        "\\documentclass{article}\n\\begin{document}\nMoons were counted \\citep{fable2031moons}."
        "\n\\bibliographystyle{plainnat}\n\\clearpage\n\\bibliography{refs}\n\\end{document}\n"
    )
    (files / "paper.tex").write_text(tex, encoding="utf-8")
    assert main(["trace", "paper.tex", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [c["text"] for c in data["claims"]] == ["Moons were counted \\citep{fable2031moons}."]
