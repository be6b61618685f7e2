"""A BibTeX entry type the store keeps beside its CSL type (@manual is a report, as every
R package's citation has it) through formats with no such type: RIS and EndNote give a
report back as @techreport, so the export says so. A made-up entry."""

from __future__ import annotations

import pytest

from blinarefs import export_references, lost_fields, read_references
from blinarefs.cli import main

MANUAL = """@manual{owlr,
  author = {Quill, Anna},
  title  = {owlr: Counting Owls},
  year   = {2031},
  note   = {R package version 1.0},
}
"""


@pytest.mark.parametrize(("fmt", "clean"), [("ris", False), ("endnote-xml", False),
                                            ("csl-json", True)])  # fmt: skip
def test_a_manual_that_comes_back_a_techreport_is_reported(fmt, clean):
    (ref,) = read_references(MANUAL, "bibtex").references
    (again,) = read_references(export_references([ref], fmt, clean=clean), fmt).references
    back = export_references([again.with_fields(id="owlr")], "biblatex")
    assert back.startswith("@techreport{")  # what the format can carry
    assert lost_fields([ref], fmt, clean=clean)["entry-type"] == ["owlr"]


@pytest.mark.parametrize("fmt", ["bibtex", "biblatex", "csl-json"])
def test_a_format_that_keeps_it_reports_nothing(fmt):
    (ref,) = read_references(MANUAL, "bibtex").references
    (again,) = read_references(export_references([ref], fmt), fmt).references
    assert export_references([again], "biblatex").startswith("@manual{")
    assert "entry-type" not in lost_fields([ref], fmt)


def test_a_techreport_has_nothing_to_report():
    (ref,) = read_references(MANUAL.replace("@manual", "@techreport"), "bibtex").references
    assert "entry-type" not in lost_fields([ref], "ris")


def test_export_says_the_entry_type_it_cannot_keep(tmp_path, capsys):
    bib = tmp_path / "m.bib"
    bib.write_text(MANUAL, encoding="utf-8")
    assert main(["export", str(bib), "--to", "ris", "-o", str(tmp_path / "m.ris")]) == 0
    said = capsys.readouterr().out
    assert "not carried: entry-type (1 of 1)" in said and "@manual" in said
