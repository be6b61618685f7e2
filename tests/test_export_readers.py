"""Each export read by a reader blinarefs did not write, compared field by field with the
store: BibTeX and BibLaTeX by pybtex, RIS by rispy, CSL-JSON by citeproc-py and by
Pandoc's citeproc (the pandoc binary that pypandoc-binary ships)."""

from __future__ import annotations

import calendar
import json
import warnings

import pytest

from blinarefs.interchange import export_references
from blinarefs.model import Reference
from exchange_data import store_references, verified_references
from pandocrun import run_pandoc

REFS = store_references() + verified_references()


def name_parts(ref: Reference) -> list[tuple[str, str]]:
    """(particle + family, given) or (literal, ""): how every reader below can give a name."""
    return [(n.literal or n.full_family, n.given) for n in ref.author]


# -- BibTeX and BibLaTeX: pybtex -----------------------------------------------------------------


def pybtex_entries(text: str):
    from pybtex.database import parse_string

    return parse_string(text, "bibtex").entries


def latex(value: str) -> str:
    """TeX -> text with pybtex's own LaTeX reader (not blinarefs'). pybtex does not know
    the \\textquoteright command (LaTeX does): that one is looked up here."""
    from pybtex.richtext import Text

    if "\\" not in value and "{" not in value:
        return value  # nothing to decode (and pybtex's decoder is slow)
    return Text.from_latex(value.replace("{\\textquoteright}", "’")).render_as("text")


def pybtex_names(entry) -> tuple[list[tuple[str, str]], bool]:
    people = [
        (
            latex(" ".join(p.prelast_names + p.last_names)),
            latex(" ".join(p.first_names + p.middle_names)),
        )
        for p in entry.persons.get("author", [])
    ]
    truncated = bool(people) and people[-1] == ("others", "")
    return (people[:-1] if truncated else people), truncated


@pytest.mark.parametrize("fmt", ["bibtex", "biblatex"])
def test_pybtex_reads_the_bibtex_exports(fmt):
    text = export_references(REFS, fmt)
    if fmt == "bibtex":
        assert text.isascii()
    entries = pybtex_entries(text)
    assert list(entries) == [r.id for r in REFS]
    for ref in REFS:
        entry = entries[ref.id]
        f = entry.fields
        assert entry.type == "article"
        assert pybtex_names(entry) == (name_parts(ref), ref.author_truncated), ref.id
        if ref.title:
            assert latex(f["title"]) == ref.title
        journal = f.get("journal" if fmt == "bibtex" else "journaltitle", "")
        assert latex(journal) == ref.container_title
        assert f.get("volume", "") == ref.volume and f.get("number", "") == ref.issue
        assert f.get("pages", "").replace("--", "-") == ref.page
        assert f.get("doi", "") == ref.doi
        if fmt == "bibtex":
            assert f.get("pmid", "") == ref.pmid
            assert f.get("year", "") == (str(ref.year) if ref.year else "")
            if ref.issued and len(ref.issued) > 1:  # the month macro, expanded by pybtex
                assert f["month"] == calendar.month_name[ref.issued[1]]
        else:
            pubmed = {"eprint": ref.pmid, "eprinttype": "pubmed"} if ref.pmid else {}
            assert {k: f[k] for k in ("eprint", "eprinttype") if k in f} == pubmed
            want = "-".join(f"{p:02d}" if i else str(p) for i, p in enumerate(ref.issued or ()))
            assert f.get("date", "") == want


def test_classic_bibtex_escapes_what_pybtex_decodes():
    text = export_references(verified_references(), "bibtex")
    assert 'G{\\"o}kbuget, Nicola' in text and "Fo{\\`a}, Robin" in text
    entries = pybtex_entries(text)
    names = [latex(str(p)) for p in entries["ref2"].persons["author"]]
    assert "Dombret, Hervé" in names and "Foà, Robin" in names and "Arslan, Önder" in names
    assert entries["ref8"].fields["month"] == "September"


# -- RIS: rispy ----------------------------------------------------------------------------------


def test_rispy_reads_the_ris_export():
    import rispy

    records = rispy.loads(export_references(REFS, "ris"))
    assert [r["id"] for r in records] == [r.id for r in REFS]
    for ref, rec in zip(REFS, records, strict=True):
        csl = ref.to_csl()
        names = [f"{a[0]}, {a[1]}" if a[1] else a[0] for a in name_parts(ref)]
        assert rec.get("authors", []) == names
        assert rec["type_of_reference"] == "JOUR"
        assert rec.get("title", "") == csl.get("title", "")
        assert rec.get("secondary_title", "") == csl.get("container-title", "")
        assert rec.get("alternate_title1", "") == csl.get("container-title-short", "")
        assert rec.get("year", "") == (str(ref.year) if ref.year else "")
        if ref.issued and len(ref.issued) > 1:
            assert rec["date"] == "/".join(f"{p:02d}" for p in ref.issued) + "/"
        first, _, last = ref.page.partition("-")
        assert (rec.get("start_page", ""), rec.get("end_page", "")) == (first, last)
        assert rec.get("volume", "") == ref.volume and rec.get("number", "") == ref.issue
        assert rec.get("doi", "") == ref.doi
        assert rec.get("accession_number", "") == ref.pmid
        assert rec.get("custom2", "") == ref.pmcid


# -- CSL-JSON: citeproc-py and Pandoc ---------------------------------------------------------


def test_citeproc_py_reads_the_csl_json_export():
    from citeproc.source.json import CiteProcJSON

    items = json.loads(export_references(REFS, "csl-json", clean=True))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        source = CiteProcJSON(items)
    # the clean export holds only CSL variables; citeproc-py 0.11 predates available-date
    assert {str(w.message).rsplit(": ", 1)[-1] for w in caught} <= {"available_date"}
    for ref in REFS:
        item = source[ref.id.lower()]  # citeproc-py lower-cases ids
        assert [(a.get("family", ""), a.get("given", "")) for a in item.get("author", [])] == [
            (n.family, n.given) for n in ref.author
        ]
        particles = [a.get("non-dropping-particle", "") for a in item.get("author", [])]
        assert particles == [n.non_dropping_particle for n in ref.author]
        for attr in ("title", "container_title", "container_title_short", "volume", "issue"):
            assert str(item.get(attr, "")) == getattr(ref, attr), (ref.id, attr)
        assert str(item.get("page", "")) == ref.page
        assert str(item.get("DOI", item.get("doi", ""))) == ref.doi
        if ref.issued:
            date = item["issued"]
            got = (date.year, date.get("month"), date.get("day"))
            assert tuple(p for p in got if p is not None) == ref.issued


def test_citeproc_py_renders_every_exported_item():
    from citeproc import (
        Citation,
        CitationItem,
        CitationStylesBibliography,
        CitationStylesStyle,
        formatter,
    )
    from citeproc.source.json import CiteProcJSON

    items = json.loads(export_references(REFS, "csl-json", clean=True))
    style = CitationStylesStyle("harvard-cite-them-right", validate=False)  # bundled with it
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # available_date, as above
        source = CiteProcJSON(items)
    bibliography = CitationStylesBibliography(style, source, formatter.plain)
    for ref in REFS:
        bibliography.register(Citation([CitationItem(ref.id)]))
    rendered = [str(entry) for entry in bibliography.bibliography()]
    assert len(rendered) == len(REFS)
    assert sum("Blinatumomab versus chemotherapy" in e for e in rendered) == 1


def _normal(item: dict) -> dict:
    """Pandoc's own normal form: particles split from the family, EDTF date strings, curly
    apostrophes. Reduced to what the comparison needs."""
    names = [(" ".join(filter(None, (a.get("non-dropping-particle"), a.get("family")))),
              a.get("given", "")) for a in item.get("author", [])]  # fmt: skip
    out = {k: v for k, v in item.items() if k not in ("author", "custom")}
    for key in ("issued", "available-date"):
        if isinstance(out.get(key), str):
            out[key] = {"date-parts": [[int(p) for p in out[key].split("-")]]}
    if "title" in out:
        out["title"] = out["title"].replace("’", "'")
    return {**out, "author": names}


def test_pandoc_reads_the_csl_json_export_field_by_field():
    text = export_references(REFS, "csl-json")  # with custom: Pandoc must not mind it
    back = json.loads(run_pandoc("-f", "csljson", "-t", "csljson", input=text, warnings=False))
    assert [item["id"] for item in back] == [r.id for r in REFS]
    for ref, item in zip(REFS, back, strict=True):
        assert item.pop("citation-key") == ref.id  # the key Zotero keeps
        assert _normal(item) == _normal(ref.to_csl(custom=False)), ref.id


def test_pandoc_citeproc_renders_the_csl_json_export(tmp_path):
    bib = tmp_path / "references.json"
    bib.write_text(export_references(REFS, "csl-json"), encoding="utf-8")
    doc = "---\nnocite: '@*'\n---\n\nText written for the tests.\n"
    stdout = run_pandoc("--citeproc", "--bibliography", str(bib), "-t", "plain", "--wrap=none",
                        input=doc, warnings=False)  # fmt: skip
    for title in ("Blinatumomab versus chemotherapy", "Long-term survival and T-cell kinetics"):
        assert title.casefold() in stdout.casefold()
    assert "10.1056/NEJMoa1609783" in stdout  # ref2's DOI from the verified data
