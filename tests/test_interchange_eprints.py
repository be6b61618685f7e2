"""An arXiv eprint (BibTeX ``eprint`` + ``archivePrefix`` or biblatex's ``eprinttype``)
through RIS and EndNote XML, which have no field for it: written as the line Zotero's
"Extra" holds ("arXiv: 2101.00001"), in RIS's N1 and EndNote's notes, and read back from
it. Made-up entries."""

from __future__ import annotations

import pytest

from blinarefs import export_references, lost_fields, read_references

BIB = """@misc{quill2031owls,
  author        = {Quill, Anna},
  title         = {Owls counted by ear},
  year          = {2031},
  eprint        = {3101.00042},
  archivePrefix = {arXiv},
  primaryClass  = {q-bio.PE},
  note          = {A draft},
}
"""


@pytest.mark.parametrize("fmt", ["ris", "endnote-xml"])
def test_an_arxiv_eprint_comes_back_from_ris_and_endnote(fmt):
    (ref,) = read_references(BIB, "bibtex").references
    text = export_references([ref], fmt)
    assert "arXiv: 3101.00042 [q-bio.PE]" in text
    (again,) = read_references(text, fmt).references
    fields = {k.lower(): v for k, v in again.extra}
    # biblatex's names: archivePrefix and primaryClass are its aliases of them
    assert (fields["eprint"], fields["eprinttype"], fields["eprintclass"]) == (
        "3101.00042",
        "arXiv",
        "q-bio.PE",
    )
    assert again.note == "A draft"
    assert "extra-fields" not in lost_fields([ref], fmt)


def test_a_zotero_extra_line_names_the_eprint_in_csl_json_too():
    item = '[{"id": "x", "type": "article-journal", "title": "Owls", "note": "arXiv: 3101.00042"}]'
    (ref,) = read_references(item, "csl-json").references
    assert (ref.note, dict(ref.extra)["eprint"]) == ("", "3101.00042")


def test_an_eprint_on_no_server_blinarefs_knows_is_still_reported_lost():
    (ref,) = read_references(BIB.replace("arXiv", "Example Archive"), "bibtex").references
    assert "extra-fields" in lost_fields([ref], "ris")
    assert "3101.00042" not in export_references([ref], "ris")
