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


ENDNOTE = """<?xml version="1.0" encoding="UTF-8"?>
<xml><records>
<record><database name="My.enl">My.enl</database><rec-number>1</rec-number>
<ref-type name="Journal Article">17</ref-type>
<contributors><authors><author><style face="normal">Roe, Jan</style></author></authors>
</contributors>
<auth-address><style face="normal">Made-up Institute, Invented City</style></auth-address>
<titles><title>Made-up title</title><secondary-title>J Invented</secondary-title></titles>
<dates><year>2030</year></dates><custom2>PMC1234567</custom2>
</record>
<record><ref-type name="Journal Article">17</ref-type>
<auth-address>Other Institute</auth-address><custom2>batch 4</custom2>
<titles><title>Other title</title></titles>
</record>
</records></xml>
"""


def test_endnote_import_names_the_elements_it_does_not_read(tmp_path, capsys):
    path = tmp_path / "lib.xml"
    path.write_text(ENDNOTE, encoding="utf-8")
    assert main(["import", str(path), "--dry-run"]) == 0
    err = capsys.readouterr().err
    assert "not read: auth-address ('Made-up Institute, Invented City') in 2 records" in err
    assert "not read: custom2 ('batch 4') in 1 record" in err  # the other is the PMCID
    assert "database" not in err and "rec-number" not in err  # EndNote's bookkeeping
