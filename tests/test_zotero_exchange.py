"""A Zotero and Better BibTeX user's files, in and out (session 32's walk): Zotero's
CSL-JSON with its own variable names, citation keys with colons, access dates, tags and
languages kept across a round trip, and nothing Zotero wrote dropped without a word.
The references are made up for these tests."""

from __future__ import annotations

import json

import pytest

from blinarefs import Store, export_references, read_references
from blinarefs.cli import main

ZOTERO_ITEM = {
    "id": "http://zotero.org/users/local/abc/items/QWER1234",
    "type": "article-journal",
    "title": "Tides on an invented sea",
    "container-title": "Journal of Pretend Oceans",
    "journalAbbreviation": "J Pretend Oceans",
    "author": [{"family": "Brine", "given": "Ola"}],
    "issued": {"date-parts": [["2029", 6, 2]]},
    "accessed": {"date-parts": [["2030", 1, 15]]},
    "keyword": "tides, fiction",
    "language": "en",
    "source": "Invented Catalog",
    "citation-key": "brine:2029:tides",
}
REFLIST = "1. Brine O. Tides on an invented sea. J Pretend Oceans. 2029;3:4-5.\n"
MANUSCRIPT = f"Tides rise.[1]\n\nReferences\n\n{REFLIST}"
BIB = (
    "@article{brine:2029:tides, author = {Brine, Ola},\n"
    "  title = {Tides on an invented sea}, year = {2029}}\n"
)


def _read(item: dict):
    return read_references(json.dumps([item]), "csl-json", source="zotero.json")


def test_zotero_names_are_read():
    # the citation key became brine2029tides and the abbreviation was dropped, silently
    ref = _read(ZOTERO_ITEM).references[0]
    assert ref.id == "brine:2029:tides"
    assert ref.container_title_short == "J Pretend Oceans"
    extra = dict(ref.extra)
    assert extra["urldate"] == "2030-01-15"
    assert extra["keywords"] == "tides, fiction" and extra["language"] == "en"


def test_a_variable_with_no_field_is_reported_not_dropped_silently():
    result = _read({**ZOTERO_ITEM, "number": "Invented-42"})
    source, number = result.findings
    assert {source.code, number.code} == {"csl-variable"} and source.severity == "warning"
    assert "brine:2029:tides" in source.message
    assert "source ('Invented Catalog') in 1 item" in source.message
    assert "number ('Invented-42')" in number.message
    assert _read({**ZOTERO_ITEM, "source": ""}).findings == ()  # an empty value is no loss


def test_a_variable_no_field_holds_is_reported_once_for_a_whole_library():
    items = [{**ZOTERO_ITEM, "citation-key": f"brine:2029:tides{n}"} for n in range(5)]
    (finding,) = read_references(json.dumps(items), "csl-json").findings
    assert "in 5 items: item 1 (brine:2029:tides0), item 2" in finding.message
    assert finding.message.endswith(", ...")


@pytest.mark.parametrize("clean", [False, True])
def test_access_date_tags_and_language_go_back_to_zotero(clean):
    # they travelled only in "custom", which Zotero ignores (and --clean dropped them)
    ref = _read(ZOTERO_ITEM).references[0]
    item = json.loads(export_references([ref], "csl-json", clean=clean))[0]
    assert item["accessed"] == {"date-parts": [[2030, 1, 15]]}
    assert item["keyword"] == "tides, fiction" and item["language"] == "en"
    again = read_references(json.dumps([item]), "csl-json").references[0]
    assert dict(again.extra) == dict(ref.extra)  # nothing doubled, nothing lost


def test_from_references_gives_keys_as_import_does():
    # read_references gives no key where the file has none: Store.from_references raised
    # "a reference needs a key before it can be stored", and a repeated key replaced the first
    anonymous = {**ZOTERO_ITEM, "citation-key": "", "id": "http://zotero.org/x/items/A"}
    refs = [
        *_read(anonymous).references,
        *_read(ZOTERO_ITEM).references,
        *_read({**ZOTERO_ITEM, "title": "Another invented sea"}).references,
    ]
    store = Store.from_references(refs)
    assert [r.id for r in store.references] == [
        "brine2029tides",
        "brine:2029:tides",
        "brine2029another",
    ]


def test_merge_keeps_the_key_and_adds_the_tags(files, capsys):
    # the tags and the access date of a matched entry were dropped without a word
    (files / "lib.json").write_text(json.dumps([ZOTERO_ITEM]), encoding="utf-8")
    assert main(["import", "lib.json", "--merge", "s.bib"]) == 0
    out = capsys.readouterr()
    said = " ".join(out.out.split())
    assert "merged brine:2029:tides (same title, year and first author)" in said
    assert "urldate, keywords, language" in said
    assert "source ('Invented Catalog')" in out.err
    store = Store.load(files / "s.bib")
    assert dict(store["brine:2029:tides"].extra)["keywords"] == "tides, fiction"
    capsys.readouterr()
    assert main(["import", "lib.json", "--merge", "s.bib"]) == 0  # again: nothing new
    assert "0 new, 0 merged, 1 unchanged" in capsys.readouterr().out


def test_merge_reports_a_tag_list_that_differs():
    from blinarefs.interchange.merge import merge_fields

    ref = _read(ZOTERO_ITEM).references[0]
    edited = ref.with_fields(extra=(("keywords", "tides"),))
    merged, added, conflicts = merge_fields(edited, ref)
    assert dict(merged.extra)["keywords"] == "tides"  # the store's value is kept
    assert [c.field for c in conflicts] == ["keywords"] and "keywords" not in added


ZOTERO_RIS = """TY  - JOUR
TI  - Tides on an invented sea
AU  - Brine, Ola
PY  - 2029
LA  - en
Y2  - 2030/01/15/10:00:00
KW  - tides
KW  - fiction
ER  -
"""


def test_ris_keywords_access_date_and_language_are_kept_both_ways():
    # "tag KW not read", "tag Y2 not read", "tag LA not read": Zotero's tags were lost
    result = read_references(ZOTERO_RIS, "ris", source="zotero.ris")
    assert result.findings == ()
    ref = result.references[0]
    assert ref.extra == (
        ("language", "en"),
        ("urldate", "2030-01-15"),
        ("keywords", "tides, fiction"),  # as the same item's CSL-JSON has them
    )
    again = read_references(export_references([ref.with_fields(id="brine")], "ris"), "ris")
    assert again.references[0].extra == ref.extra
    as_json = read_references(export_references([ref], "csl-json"), "csl-json").references[0]
    assert dict(as_json.extra)["keywords"] == "tides, fiction"
    from blinarefs import lost_fields

    assert lost_fields([ref], "ris").get("extra-fields") is None
    assert "extra-fields" in lost_fields([ref.with_fields(extra=(("file", "x.pdf"),))], "ris")


def test_an_access_date_that_is_no_date_is_reported():
    text = ZOTERO_RIS.replace("2030/01/15/10:00:00", "last spring")
    result = read_references(text, "ris", source="zotero.ris")
    assert [f.message for f in result.findings] == ["tag Y2 not read ('last spring')"]


@pytest.mark.parametrize("fmt", ["csl-json", "ris"])
def test_rich_text_in_a_title_is_left_out_and_said(fmt):
    # the store wrote "<i>{Drosophila}</i>" into BibTeX (LaTeX prints the tags) and the
    # key was made of the tag: fly2031i
    title = '<i>Drosophila</i> wings in an invented <span class="nocase">lab</span>'
    item = {
        "id": "x",
        "title": title,
        "author": [{"family": "Fly"}],
        "issued": {"date-parts": [[2031]]},
    }
    text = json.dumps([{**item, "id": "http://zotero.org/items/X"}])
    if fmt == "ris":
        text = f"TY  - JOUR\nTI  - {title}\nAU  - Fly\nPY  - 2031\nER  -\n"
    result = read_references(text, fmt, source="lib")
    ref = Store.from_references(result.references).references[0]
    assert ref.title == "Drosophila wings in an invented lab" and ref.id == "fly2031drosophila"
    (change,) = [c for changes in result.changes for c in changes]
    assert change.field == "title" and change.kind == "rich-text tags left out"
    assert "<" not in export_references([ref], "bibtex")


def test_a_lone_angle_bracket_is_data():
    ref = _read({**ZOTERO_ITEM, "title": "Tides <i>rise by <b>2 m</i></b>"}).references[0]
    assert ref.title == "Tides <i>rise by <b>2 m</i></b>"  # unbalanced: not markup


def test_better_bibtex_pmid_eprint_is_the_pmid():
    # Better BibTeX writes eprinttype = {pmid}: only {pubmed} was read, the PMID kept as text
    bib = (
        "@article{brine:2029:tides, author = {Brine, Ola}, title = {Tides},\n"
        "  date = {2029}, eprint = {31415926}, eprinttype = {pmid}}\n"
    )
    ref = read_references(bib, "bibtex").references[0]
    assert ref.pmid == "31415926" and ref.extra == ()
    assert "eprinttype = {pubmed}" in export_references([ref], "biblatex")


def test_greek_letters_in_math_survive_a_round_trip():
    # "$\beta$-cells" was kept as math text and written back escaped, as text:
    # "\$\textbackslash{}beta\$-cells", which LaTeX prints as "$\beta$-cells"
    bib = (
        "@article{k, author = {{\\relax Ch}ristensen, A.},\n"
        "  title = {$\\beta$-cells and {NF-$\\kappa$B} at 5 $\\mu$m, $x^2$"
        " and \\$\\textbackslash alpha\\$},"
        "  year = {2029}}\n"
    )
    ref = read_references(bib, "bibtex").references[0]
    assert ref.title == "β-cells and NF-κB at 5 μm, $x^2$ and $\\alpha$"  # the rest as before
    assert ref.author[0].family == "Christensen"  # not "\\relax Christensen"
    # the title as its author wrote it goes back as it was; one that came from elsewhere
    # (CSL-JSON, Crossref) is written in the store's own TeX
    kept = export_references([ref], "bibtex")
    assert "{$\\beta$-cells and {NF-$\\kappa$B}" in kept
    classic = export_references([ref.with_fields(extra=())], "bibtex")
    assert "{\\ensuremath{\\beta}}-cells" in classic and "textbackslash{}beta" not in classic
    for written in (kept, classic):
        assert read_references(written, "bibtex").references[0].title == ref.title


def test_raised_and_lowered_characters_in_a_title_are_read_as_printed():
    # JabRef's and Better BibTeX's forms: "10$^{9}$" was printed "10$^{9}$" by every style
    # (and escaped into that text in LaTeX output), "CD4\textsuperscript{+}" as "CD4+"
    bib = (
        "@article{k, author = {Roe, A.}, title = {{CD4}\\textsuperscript{+} cells at"
        " 10$^{9}$/{L}, {CO}$_2$ and {CO}\\textsubscript{2} at 37$^\\circ$C, $x^2$"
        " and \\textsuperscript{TM}}, year = {2029}}\n"
    )
    ref = read_references(bib, "bibtex").references[0]
    assert ref.title == "CD4⁺ cells at 10⁹/L, CO₂ and CO₂ at 37°C, $x^2$ and TM"
    for fmt in ("bibtex", "biblatex"):
        again = read_references(export_references([ref], fmt), "bibtex").references[0]
        assert again.title == ref.title
    from blinarefs.format import format_bibliography

    (latex,) = format_bibliography([ref], "vancouver", to="latex")
    # LaTeX's own commands, which pdflatex sets (it stops on a raw U+207A)
    assert "10\\textsuperscript{9}/L" in latex and "CD4\\textsuperscript{+}" in latex


def test_a_work_whose_title_was_edited_in_zotero_comes_back_to_its_entry():
    # it came back as a second entry under a new key ("roe2030madeup"), the store's twice
    from blinarefs.interchange.merge import merge_references

    ref = _read(ZOTERO_ITEM).references[0]
    edited = ref.with_fields(title="Tides on an invented sea, measured again")
    result = merge_references([ref], [edited])
    (outcome,) = result.outcomes
    assert (outcome.key, outcome.matched_by) == ("brine:2029:tides", "key, year and first author")
    assert [c.field for c in outcome.conflicts] == ["title"] and result.references == []
    # the same key on another author's work is a key that happens to be taken: a new entry
    other = edited.with_fields(author=(ref.author[0].__class__(family="Quay", given="P"),))
    (outcome,) = merge_references([ref], [other]).outcomes
    assert outcome.status == "new" and outcome.key != "brine:2029:tides"


# Better BibTeX entries as it writes them, with made-up works
BBT = (
    "@article{quill2031owls, title = {{{CRISPR}}-Based Screening of Owl Genes in "
    "{{Northern Europe}}},\n  author = {Quill, Anna}, date = {2031}, journaltitle = {Owl J}}\n"
    "@inbook{stone2030night, title = {Owls in the Night}, booktitle = {A Made-up Handbook},\n"
    "  author = {Stone, Carl}, date = {2030}, publisher = {Example Press}, pages = {45--67}}\n"
    "@online{lark2031flight, title = {A Model of Owl Flight}, author = {Lark, Dana},\n"
    "  date = {2031-05-01}, eprint = {3105.01234}, eprinttype = {arxiv},\n"
    "  url = {http://arxiv.org/abs/3105.01234}}\n"
)


@pytest.mark.parametrize("fmt", ["bibtex", "biblatex"])
def test_better_bibtex_entries_come_back_as_they_went(tmp_path, fmt):
    # a Title Case title keeps only its own protection ({{...}}), not a brace on every
    # capitalised word; @inbook stays @inbook (not @incollection); an arXiv @online stays
    # @online and is a preprint, not a web page
    quill, stone, lark = read_references(BBT, "bibtex").references
    assert (quill.type, stone.type, lark.type) == ("article-journal", "chapter", "article")
    assert quill.title == "CRISPR-Based Screening of Owl Genes in Northern Europe"
    out = export_references([quill, stone, lark], fmt, clean=True)
    assert "{{{CRISPR}}-Based Screening of Owl Genes in {{Northern Europe}}}" in out
    assert "@inbook{stone2030night," in out and "@online{lark2031flight," in out
    assert "blinarefs-" not in out
    store = Store.from_references([quill, stone, lark], tmp_path / "s.bib")
    store.save()
    again = Store.load(tmp_path / "s.bib").references
    assert [r.type for r in again] == ["article-journal", "chapter", "article"]
    assert export_references(again, fmt, clean=True) == out


def test_a_title_edited_since_is_braced_as_the_store_braces_it():
    quill = read_references(BBT, "bibtex").references[0]
    edited = quill.with_fields(title="CRISPR screening of owl genes in Northern Europe")
    assert "{CRISPR} screening of owl genes in {Northern} {Europe}" in export_references(
        [edited], "bibtex"
    )


@pytest.mark.parametrize("fmt", ["csl-json", "ris", "endnote-xml"])
def test_a_key_with_slashes_comes_back_from_every_exchange_format(fmt):
    # a real review's .bib keyed a trial by its registry number, "CTRI/2030/12/000001":
    # exported and imported back, it became "ctri203012000001...", and [@CTRI/...] dangled
    store = Store.loads(BIB.replace("brine:2029:tides", "CTRI/2030/12/000001"))
    text = export_references(store.references, fmt)
    back = read_references(text, fmt, source="back")
    assert [r.id for r in back.references] == ["CTRI/2030/12/000001"]
    # an item's URI is no key, slashes or not
    assert _read(ZOTERO_ITEM | {"citation-key": ""}).references[0].id != ZOTERO_ITEM["id"]
