"""Round trips: store -> each format -> import -> store keeps every field the format can
carry, and the fields it cannot are exactly the ones ``lost_fields`` reports."""

from __future__ import annotations

from dataclasses import fields

import pytest

from blinarefs.interchange import (
    FIELD_NAMES,
    FORMATS,
    WRITE_FORMATS,
    export_references,
    lost_fields,
    read_references,
)
from blinarefs.model import Reference
from exchange_data import all_references, store_references, verified_references

REFS = all_references()


def differing(a: Reference, b: Reference) -> set[str]:
    return {FIELD_NAMES[f.name] for f in fields(a) if getattr(a, f.name) != getattr(b, f.name)}


@pytest.mark.parametrize("clean", [False, True], ids=["full", "clean"])
@pytest.mark.parametrize("fmt", WRITE_FORMATS)
def test_round_trip_loses_exactly_what_is_reported(fmt, clean):
    text = export_references(REFS, fmt, clean=clean)
    back = read_references(text, source=f"export.{fmt}")
    assert back.format == FORMATS[fmt].name or fmt == "biblatex"
    assert [r.id for r in back.references] == [r.id for r in REFS]
    for ref, again in zip(REFS, back.references, strict=True):
        assert differing(ref, again) == set(FORMATS[fmt].lost_fields(ref, clean)), ref.id


@pytest.mark.parametrize("fmt", ["bibtex", "biblatex", "csl-json"])
def test_bibtex_and_csl_json_carry_everything_but_a_dropping_particle(fmt):
    assert lost_fields(store_references() + verified_references(), fmt) == {}
    assert lost_fields(REFS, fmt) == ({} if fmt == "csl-json" else {"author": ["testdata-names"]})


@pytest.mark.parametrize("fmt", WRITE_FORMATS)
def test_every_reported_loss_has_a_reason(fmt):
    for clean in (False, True):
        reasons = FORMATS[fmt].reasons(clean)
        assert set(lost_fields(REFS, fmt, clean=clean)) <= set(reasons)


def test_ris_reports_the_et_al_flag_and_the_printed_text():
    lost = lost_fields(store_references(), "ris")
    assert set(lost) == {"author-truncated", "number", "printed-text"}
    assert len(lost["author-truncated"]) == 10


def test_clean_bibtex_has_no_blinarefs_fields():
    text = export_references(store_references(), "bibtex", clean=True)
    assert "blinarefs-" not in text
    assert export_references(store_references(), "bibtex").count("blinarefs-number") == 10


def test_clean_csl_json_has_no_custom():
    assert '"custom"' not in export_references(store_references(), "csl-json", clean=True)


def _organisations() -> list[Reference]:
    from blinarefs.model import Name, build_reference

    names = (
        (Name(literal="Quillsoft"),),  # a program's maker, one word
        (Name(literal="WMO"), Name(literal="Example Tools, Inc.")),  # an initialism, a comma
        (Name(family="Plotinus"),),  # a person known by one name: stays a family name
        (Name(literal="Fictional Health Organization"),),  # several words: written as is
    )
    return [
        build_reference(f"org{i}", {"type": "report", "title": f"Report {i}", "author": n})
        for i, n in enumerate(names)
    ]


@pytest.mark.parametrize("fmt", ["ris", "endnote-xml"])
def test_one_word_and_comma_organisations_come_back_as_literal_names(fmt):
    refs = _organisations()
    text = export_references(refs, fmt)
    back = read_references(text, source=f"export.{fmt}").references
    assert [r.author for r in back] == [r.author for r in refs]
    assert lost_fields(refs, fmt) == {}
    assert "Quillsoft," in text and "Example Tools, Inc.," in text  # EndNote's corporate mark
    assert "Plotinus," not in text and "Fictional Health Organization," not in text


def test_a_corporate_author_closed_by_a_comma_is_read_as_one_name():
    from blinarefs.model import Name

    ris = "TY  - RPRT\nAU  - Fictional Agency for Made-up Data,\nAU  - Roe, Jane\nTI  - T\nER  - \n"
    (ref,) = read_references(ris, "ris").references
    assert ref.author == (
        Name(literal="Fictional Agency for Made-up Data"),
        Name(family="Roe", given="Jane"),
    )


@pytest.mark.parametrize("fmt", WRITE_FORMATS)
def test_a_page_range_whose_ends_are_equal_comes_back_unchanged(fmt):
    from blinarefs.model import build_reference

    ref = build_reference("one", {"type": "article-journal", "title": "T", "page": "12-12"})
    (again,) = read_references(export_references([ref], fmt), source=f"export.{fmt}").references
    assert again.page == "12-12"
