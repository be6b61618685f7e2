"""What an export or an import leaves out is named, field by field: `export --to ris` named
"extra-fields" without saying which fields, and its JSON the entries but not the fields."""

from __future__ import annotations

import json

from blinarefs.cli import main

STORE = """@article{roe2030,
  author = {Roe, Jan}, title = {Made-up title}, journal = {J Invented}, year = {2030},
  fundinginfo = {Grant 12},
}
@article{doe2030,
  author = {Doe, Kim}, title = {Other title}, journal = {J Invented}, year = {2030},
}
@article{moe2030,
  author = {Moe, Al}, title = {Third title}, journal = {J Invented}, year = {2030},
  mrclass = {92C}, keywords = {fever},
}
"""


def _store(tmp_path):
    path = tmp_path / "x.bib"
    path.write_text(STORE, encoding="utf-8")
    return str(path)


def test_export_names_the_fields_it_does_not_carry(tmp_path, capsys):
    store = _store(tmp_path)
    assert main(["export", store, "--to", "ris", "-o", str(tmp_path / "x.ris")]) == 0
    out = capsys.readouterr().out
    assert "not carried: extra-fields [fundinginfo, mrclass] (2 of 3):" in out


def test_export_json_names_each_entry_s_fields(tmp_path, capsys):
    assert main(["export", _store(tmp_path), "--to", "endnote-xml", "--json"]) == 0
    lost = json.loads(capsys.readouterr().out)["lost"]["extra-fields"]
    assert lost["keys"] == ["roe2030", "moe2030"]
    # keywords has its element: only the field that is left out is named
    assert lost["fields"] == {"roe2030": ["fundinginfo"], "moe2030": ["mrclass"]}
