"""A Pandoc manuscript's CSL-JSON bibliography whose ids are Manubot's (session 37's walk:
a real Manubot review's manual references, "url:https://…" and bare addresses as ids, every
one cited by its id). Items invented here."""

from __future__ import annotations

import json

from blinarefs.cli import main
from blinarefs.interchange import read_references
from blinarefs.interchange.endnote import write_endnote
from blinarefs.interchange.ris import write_ris
from blinarefs.validate import validate_references

LONG = "url:https://example.org/reports/moths/" + "counted-at-dusk-and-at-dawn/" * 3 + "index"
ITEMS = [
    {"id": LONG, "type": "webpage", "title": "Moths counted at dusk", "URL": LONG[4:],
     "author": [{"literal": "Invented Moth Society"}],
     "accessed": {"date-parts": [["2031", 5, 2]]}},
    {"id": "https://example.org/data/moths", "type": "dataset", "title": "Moth counts",
     "issued": {"date-parts": [[2031]]}},
    {"id": "http://zotero.org/users/1/items/ABCD2345", "type": "book", "title": "Lamps",
     "issued": {"date-parts": [[2030]]}, "publisher": "Made-up Press"},
]  # fmt: skip


def test_prefixed_ids_and_addresses_are_keys_and_a_library_item_uri_is_not():
    refs = read_references(json.dumps(ITEMS), fmt="csl-json").references
    assert [r.id for r in refs[:2]] == [LONG, "https://example.org/data/moths"]
    assert "zotero.org" not in refs[2].id
    for write, fmt in ((write_ris, "ris"), (write_endnote, "endnote-xml")):
        back = read_references("".join(write(refs)), fmt=fmt).references
        assert [r.id for r in back] == [r.id for r in refs]
    # a page with no date but the day it was read is a warning, not an error
    assert not [f for f in validate_references(refs[:1]) if f.severity == "error"]


def test_a_manuscript_citing_manubot_ids_has_no_dangling_citations(tmp_path, capsys):
    (tmp_path / "refs.json").write_text(json.dumps(ITEMS[:2]), encoding="utf-8")
    (tmp_path / "paper.md").write_text(
        "---\nbibliography: refs.json\n---\n\n# Introduction\n\n"
        f"Moths were counted at dusk [@{LONG}; @https://example.org/data/moths].\n",
        encoding="utf-8",
    )
    main(["check", str(tmp_path / "paper.md")])
    assert "2 of 2 references cited, 0 dangling" in capsys.readouterr().out
