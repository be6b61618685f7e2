"""Test data for import/export: the seed store, the verified seed metadata, and variants.

Where the values come from:
- ``store_references``: references/commentary.bib, the seed's printed reference list parsed
  (three authors + "et al", printed number and text).
- ``verified_references``: ../shared/data/seed-references.json, its CSL keys only (full
  author lists, DOIs, PMIDs, PMCIDs, full dates, an online-first date).
- ``variant_references``: copies of those references changed to exercise the formats'
  corner cases. Every variant has an id starting with "testdata-"; what was changed is
  written next to it. They are not claims about real works.
"""

from __future__ import annotations

import json

from blinarefs.model import Name, Reference
from blinarefs.store import Store
from conftest import CSL_KEYS, ROOT, SHARED

SYNTHETIC_ISBN = "978-0-00-000001-0"  # synthetic, in the style of benchmarks/synth.py


def store_references() -> list[Reference]:
    return Store.load(ROOT / "references" / "commentary.bib").references


def verified_references() -> list[Reference]:
    items = json.loads((SHARED / "data" / "seed-references.json").read_text(encoding="utf-8"))
    return [Reference.from_csl({k: v for k, v in it.items() if k in CSL_KEYS}) for it in items]


def variant_references() -> list[Reference]:
    verified = {r.id: r for r in verified_references()}
    stored = {r.number: r for r in store_references()}
    kantarjian, locatelli, hogan = verified["ref2"], verified["ref9"], verified["ref8"]
    return [
        # ref2 as other CSL types: the type mappings of every format
        kantarjian.with_fields(id="testdata-review", type="review"),
        kantarjian.with_fields(id="testdata-dataset", type="dataset"),
        kantarjian.with_fields(id="testdata-report", type="report", publisher="NEJM Group"),
        # ref9 as a book chapter: its first two authors as editors, an online-first date and
        # a container abbreviation on a non-periodical, a synthetic ISBN beside no ISSN
        locatelli.with_fields(
            id="testdata-chapter",
            type="chapter",
            editor=locatelli.author[:2],
            available_date=(2021, 3, 2),
            isbn=SYNTHETIC_ISBN,
        ),
        # a whole book's length and a work's publication state, one as biblatex keys it and
        # one as printed (written for the tests)
        kantarjian.with_fields(
            id="testdata-book", type="book", number_of_pages="xii + 345", page=""
        ),
        kantarjian.with_fields(id="testdata-inpress", status="in press"),
        locatelli.with_fields(id="testdata-epub", status="Epub ahead of print"),
        # name forms: ref9's "von Stackelberg" with the particle split off, as a dropping
        # particle, and two group authors named in the seed's titles (ref8, ref1)
        locatelli.with_fields(
            id="testdata-names",
            author=(
                Name(family="Stackelberg", given="Arend", non_dropping_particle="von"),
                Name(family="Stackelberg", given="Arend", dropping_particle="von"),
                Name(literal="Children’s Oncology Group"),
                Name(literal="GIMEMA"),
            ),
        ),
        # blinarefs' own data, a BibTeX field it does not model, LaTeX specials and a
        # non-ASCII capital in the title, line breaks in a note (all written for the tests)
        stored[8].with_fields(
            id="testdata-private",
            title="Test title: B-cell & T-cell 50% of Ørsted_cells",
            note="written for the tests\nsecond line",
            provenance=(("DOI", "crossref 2026-11-25"),),
            locked=("title",),
            extra=(("keywords", "blinatumomab; ALL"),),
            doi=hogan.doi,
            pmid=hogan.pmid,
            available_date=hogan.available_date,
        ),
    ]


def all_references() -> list[Reference]:
    return store_references() + verified_references() + variant_references()
