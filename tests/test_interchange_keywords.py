"""Keywords that hold a comma ("1,2-diol", "Owls, barn"), as RIS and EndNote XML give them
one a line, kept whole through the store's BibLaTeX ``keywords`` list (a comma separates
its items; braces keep one whole, as biber reads them) and back. Made-up records."""

from __future__ import annotations

import pytest

from blinarefs import export_references, lost_fields, read_references
from blinarefs.interchange.ris import keyword_list

RIS = """TY  - JOUR
TI  - Diols in an invented marsh
AU  - Fen, Ida
PY  - 2029
KW  - 1,2-diol
KW  - Owls, barn
KW  - marsh
ER  -
"""


def test_a_ris_keyword_with_a_comma_is_one_keyword_in_the_store():
    (ref,) = read_references(RIS, "ris").references
    assert dict(ref.extra)["keywords"] == "{1,2-diol}, {Owls, barn}, marsh"
    assert keyword_list(dict(ref.extra)["keywords"]) == ["1,2-diol", "Owls, barn", "marsh"]


@pytest.mark.parametrize("fmt", ["ris", "endnote-xml", "biblatex", "csl-json"])
def test_keywords_with_commas_come_back_whole_from_every_format(fmt):
    (ref,) = read_references(RIS, "ris").references
    ref = ref.with_fields(id="fen2029")
    text = export_references([ref], fmt)
    (again,) = read_references(text, fmt).references
    assert dict(again.extra)["keywords"] == dict(ref.extra)["keywords"]
    assert "extra-fields" not in lost_fields([ref], fmt)


def test_ris_and_endnote_write_each_keyword_on_its_own_without_braces():
    (ref,) = read_references(RIS, "ris").references
    ris = export_references([ref.with_fields(id="fen2029")], "ris")
    assert [line for line in ris.splitlines() if line.startswith("KW")] == [
        "KW  - 1,2-diol",
        "KW  - Owls, barn",
        "KW  - marsh",
    ]
    xml = export_references([ref.with_fields(id="fen2029")], "endnote-xml")
    assert "<keyword>1,2-diol</keyword>" in xml and "{" not in xml
