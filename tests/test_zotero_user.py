"""A Zotero user's exports (CSL-JSON, RIS, Better BibTeX) brought into a store (session 34's
walk: identifiers in Zotero's "Extra", a title's TeX taken for a field). Made-up works."""

from __future__ import annotations

import json

from blinarefs.interchange import identifiers_from_note, read_references
from blinarefs.interchange.merge import merge_references
from blinarefs.model import Reference

ITEM = {
    "id": "http://zotero.org/users/1/items/ABCD1234",
    "citation-key": "quill2029owls",
    "type": "article-journal",
    "title": "Owls counted at night",
    "container-title": "Journal of Made-up Ornithology",
    "author": [{"family": "Quill", "given": "Anna"}],
    "issued": {"date-parts": [["2029", "6", "15"]]},
    "note": "PMCID: PMC7700001\ntex.ids= quill2029owls\nPMID: 37700001",
}
RIS = (
    "\ufeffTY  - JOUR\r\nAU  - Quill, Anna\r\nTI  - Owls counted at night\r\n"
    "T2  - Journal of Made-up Ornithology\r\nPY  - 2029\r\nN1  - PMID: 37700001\r\nER  - \r\n"
)


def test_zotero_extra_lines_fill_pmid_and_pmcid_from_csl_json_and_ris():
    # they stayed in the note: the store had no PMID, PMCID to match or export by
    (ref,) = read_references(json.dumps([ITEM]), "csl-json").references
    assert (ref.pmid, ref.pmcid, ref.note) == ("37700001", "PMC7700001", "tex.ids= quill2029owls")
    (ris,) = read_references(RIS, "ris").references
    assert (ris.pmid, ris.note) == ("37700001", "")


def test_a_note_line_that_disagrees_or_is_not_an_identifier_stays_in_the_note():
    ref = Reference(id="k", pmid="1", note="PMID: 2\nDOI: not-a-doi\nSee PMID: 3 too")
    assert identifiers_from_note(ref) == ref
    doi = identifiers_from_note(Reference(id="k", note="doi: 10.1000/xyz.1"))
    assert (doi.doi, doi.note) == ("10.1000/xyz.1", "")


def test_merging_a_title_case_bib_entry_adds_no_title_tex(tmp_path):
    # "added blinarefs-title-tex": the TeX of the import's title, taken as a field of the work
    (have,) = read_references(json.dumps([ITEM]), "csl-json").references
    bib = (
        "@article{quill2029owls, author = {Quill, Anna}, title = {{{Owls}} Counted at Night},\n"
        "  journal = {Journal of Made-up Ornithology}, year = {2029}}\n"
    )
    (outcome,) = merge_references([have], read_references(bib, "bibtex").references).outcomes
    assert outcome.status == "unchanged" and not outcome.added


def test_the_csl_json_export_names_the_key_where_zotero_reads_it():
    # only "id" held it, which Zotero replaces: the re-imported item got a new key
    from blinarefs.interchange import export_references

    (ref,) = read_references(json.dumps([ITEM]), "csl-json").references
    (item,) = json.loads(export_references([ref], "csl-json"))
    assert item["citation-key"] == item["id"] == "quill2029owls"
    (clean,) = json.loads(export_references([ref], "csl-json", clean=True))
    assert "citation-key" not in clean  # citeproc-py warns about a variable it predates


PAPER = "---\ntitle: Owls\nbibliography: lib.json\n---\n\nOwls were counted [@quill2029owls].\n\n"


def test_pandoc_of_a_manuscript_ending_with_its_heading_sets_no_second_title(tmp_path, monkeypatch):
    # Pandoc printed "References" twice: the manuscript's "# References" and the header's
    # reference-section-title; a title the manuscript set itself was replaced by "References"
    from blinarefs.cli import main

    monkeypatch.chdir(tmp_path)
    (tmp_path / "lib.json").write_text(json.dumps([ITEM]), encoding="utf-8")
    (tmp_path / "a.md").write_text(PAPER + "# References\n", encoding="utf-8")
    assert main(["pandoc", "a.md", "-o", "a-out.md", "-q"]) == 0
    assert "reference-section-title" not in (tmp_path / "a-out.md").read_text(encoding="utf-8")
    titled = PAPER.replace("title: Owls\n", "title: Owls\nreference-section-title: Works cited\n")
    (tmp_path / "b.md").write_text(titled, encoding="utf-8")
    assert main(["pandoc", "b.md", "-o", "b-out.md", "-q"]) == 0
    out = (tmp_path / "b-out.md").read_text(encoding="utf-8")
    assert "reference-section-title: Works cited" in out and "References" not in out
    (tmp_path / "c.md").write_text(PAPER, encoding="utf-8")
    assert main(["pandoc", "c.md", "-o", "c-out.md", "-q"]) == 0
    assert "reference-section-title: References" in (tmp_path / "c-out.md").read_text("utf-8")


def test_a_short_title_travels_both_ways_through_csl_json_and_ris():
    # "not read: title-short" on every Zotero item with a Short Title; RIS's ST was unread
    from blinarefs.interchange import export_references

    item = {**ITEM, "title-short": "Owls at night"}
    (ref,) = read_references(json.dumps([item]), "csl-json").references
    assert dict(ref.extra)["shorttitle"] == "Owls at night"
    assert not read_references(json.dumps([item]), "csl-json").findings
    (back,) = json.loads(export_references([ref], "csl-json", clean=True))
    assert back["title-short"] == "Owls at night"
    ris = export_references([ref], "ris")
    assert "ST  - Owls at night" in ris
    (again,) = read_references(ris, "ris").references
    assert dict(again.extra)["shorttitle"] == "Owls at night"
