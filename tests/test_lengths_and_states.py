"""A whole work's length (``number_of_pages``) and its publication state (``status``): kept
apart from the pages cited and the note, carried by every format that has a place for them,
and printed by the styles that print them. Every reference here is made up."""

from __future__ import annotations

from blinarefs import format_bibliography
from blinarefs.bibtex import format_entry
from blinarefs.interchange import export_references, read_references
from blinarefs.model import Name, Reference

BOOK = Reference(
    id="roe2030soils",
    type="book",
    author=(Name(family="Roe", given="A."),),
    title="A history of made-up soils",
    publisher="Example Press",
    publisher_place="Nowhere",
    issued=(2030,),
    number_of_pages="xii + 345",
)
IN_PRESS = Reference(
    id="doe2031finding",
    author=(Name(family="Doe", given="B."),),
    title="A finding not yet printed",
    container_title="Journal of Examples",
    status="in press",
)

# A style that prints both, as ABNT-like and APA-like styles do
STYLE = """<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
  <info><title>Test lengths</title><id>test-lengths</id>
    <updated>2026-12-05T00:00:00+00:00</updated></info>
  <citation><layout><text variable="title"/></layout></citation>
  <bibliography><layout suffix=".">
    <group delimiter=", ">
      <text variable="title"/>
      <choose><if variable="issued"><date variable="issued"><date-part name="year"/></date></if>
        <else><text variable="status"/></else></choose>
      <group delimiter=" "><text variable="number-of-pages"/><text value="p"/></group>
    </group>
  </layout></bibliography>
</style>
"""


def test_the_model_names_them_as_csl_does():
    assert BOOK.to_csl()["number-of-pages"] == "xii + 345"
    assert IN_PRESS.to_csl()["status"] == "in press"
    assert Reference.from_csl(BOOK.to_csl()) == BOOK
    assert Reference.from_csl(IN_PRESS.to_csl()) == IN_PRESS


def test_bibtex_writes_biblatex_pagetotal_and_a_pubstate_key():
    book, paper = format_entry(BOOK), format_entry(IN_PRESS)
    assert "pagetotal" in book and "pages " not in book
    assert "pubstate" in paper and "{inpress}" in paper
    other = IN_PRESS.with_fields(status="Epub ahead of print")
    assert "{Epub ahead of print}" in format_entry(other)


def test_every_format_with_a_place_gives_them_back():
    for fmt in ("bibtex", "biblatex", "csl-json", "ris", "endnote-xml"):
        back = read_references(export_references([BOOK], fmt), source=f"x.{fmt}").references
        assert back[0].number_of_pages == "xii + 345", fmt
        assert back[0].page == "", fmt
    for fmt in ("bibtex", "biblatex", "csl-json"):
        back = read_references(export_references([IN_PRESS], fmt), source=f"x.{fmt}").references
        assert back[0].status == "in press", fmt


def test_a_biblatex_pubstate_key_is_read_as_the_state_it_names():
    text = "@article{k, title = {T}, journal = {J}, pubstate = {forthcoming}}\n"
    assert read_references(text, source="x.bib").references[0].status == "forthcoming"


def test_styles_print_them(tmp_path):
    style = tmp_path / "lengths.csl"
    style.write_text(STYLE, encoding="utf-8")
    book, paper = format_bibliography([BOOK, IN_PRESS], style=str(style))
    assert "xii + 345 p" in book
    assert "in press" in paper
