"""A web page's site goes where BibTeX's and biblatex's styles look for it: biblatex's
@online has no journal (its styles print ``organization``), classic BibTeX's styles know no
@online (a @misc prints ``howpublished``); each comes back as the page's site."""

from __future__ import annotations

import json

from blinarefs.cli import main
from blinarefs.store import Store

PAGE = {
    "id": "roe2030",
    "type": "webpage",
    "title": "Made-up guidance on invented fevers",
    "container-title": "Invented Health Agency",
    "author": [{"family": "Roe", "given": "Jan"}],
    "issued": {"date-parts": [[2030, 1, 5]]},
    "URL": "https://example.org/fevers",
}


def _store(tmp_path):
    (tmp_path / "zot.json").write_text(json.dumps([PAGE]), encoding="utf-8")
    store = tmp_path / "fz.bib"
    assert main(["import", str(tmp_path / "zot.json"), "-o", str(store), "-q"]) == 0
    return store


def test_the_store_names_a_page_s_site_as_biblatex_reads_it(tmp_path):
    text = _store(tmp_path).read_text(encoding="utf-8")
    assert "@online{roe2030," in text and "organization = {Invented Health Agency}" in text
    assert "journal" not in text


def test_biblatex_and_bibtex_exports_name_the_site_and_come_back(tmp_path, capsys):
    store = _store(tmp_path)
    for to, field in (("biblatex", "organization"), ("bibtex", "howpublished")):
        out = tmp_path / f"{to}.bib"
        assert main(["export", str(store), "--to", to, "-o", str(out)]) == 0
        text = out.read_text(encoding="utf-8")
        assert f"{field} = {{Invented Health Agency}}" in " ".join(text.split())
        assert "journal" not in text
        (back,) = Store.load(out).references
        assert (back.type, back.container_title) == ("webpage", "Invented Health Agency")
    assert "@misc{roe2030," in (tmp_path / "bibtex.bib").read_text(encoding="utf-8")


def test_a_page_s_own_organization_is_kept_apart_from_its_site(tmp_path):
    path = tmp_path / "own.bib"
    path.write_text(
        "@online{doe2030, title = {Page}, journal = {Site}, organization = {Owner}}\n",
        encoding="utf-8",
    )
    (ref,) = Store.load(path).references
    assert ref.container_title == "Site" and ("organization", "Owner") in ref.extra
