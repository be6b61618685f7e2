"""An article number with its year, as the American Society for Microbiology prints it
("e00123-20": the DOI ends in the same "00123-20"), is one number in every export and in
the formatted bibliography: never a range with an en dash ("e00123--20" in BibTeX, SP/EP
in RIS, "e00123-00125" formatted), which a reader takes for pages e00123 to e00120
(issue 13). Made-up references."""

from __future__ import annotations

import json
import re

import pytest

from blinarefs.format import format_bibliography
from blinarefs.interchange import export_references, read_references
from blinarefs.model import Name, Reference
from blinarefs.store import Store


def field(text: str, name: str) -> str | None:
    """The braced value of the first ``name = {...}`` line of a .bib text."""
    m = re.search(rf"^  {name} *= \{{(.*)\}},$", text, re.M)
    return m.group(1) if m else None


def made_up(key: str, page: str) -> Reference:
    return Reference(
        id=key,
        type="article-journal",
        title="Examplia bacteria in Springfield soils",
        author=(Name(family="Roe", given="A."), Name(family="Doe", given="B.")),
        container_title="J Fict Microbiol",
        issued=(2030,),
        volume="11",
        page=page,
    )


# "-25" runs past the number's own last digits: it once formatted as "e00123-00125"
NUMBERS = ["e00123-20", "e00123-25", "e02468-17"]


@pytest.mark.parametrize("page", NUMBERS)
def test_the_store_and_classic_bibtex_keep_the_hyphen(page: str) -> None:
    ref = made_up("roe2030", page)
    for text in (Store.from_references([ref]).dumps(), export_references([ref], "bibtex")):
        assert field(text, "pages") == page
    assert Store.loads(Store.from_references([ref]).dumps())["roe2030"].page == page


@pytest.mark.parametrize("page", NUMBERS)
def test_biblatex_writes_the_number_as_eid(page: str) -> None:
    """biber splits ``pages`` at any dash and prints a range dash: ``eid`` is printed as
    given, and is biblatex's field for an article's number."""
    text = export_references([made_up("roe2030", page)], "biblatex")
    assert field(text, "eid") == page and field(text, "pages") is None
    assert read_references(text, "biblatex").references[0].page == page


@pytest.mark.parametrize("page", NUMBERS)
def test_ris_writes_one_start_page(page: str) -> None:
    text = export_references([made_up("roe2030", page)], "ris")
    assert f"SP  - {page}" in text.splitlines() and "EP  -" not in text
    assert read_references(text, "ris").references[0].page == page


@pytest.mark.parametrize("page", NUMBERS)
def test_csl_json_and_endnote_keep_the_number(page: str) -> None:
    ref = made_up("roe2030", page)
    item = json.loads(export_references([ref], "csl-json"))[0]
    assert item["page"] == page
    assert f"<pages>{page}</pages>" in export_references([ref], "endnote-xml")
    for fmt in ("csl-json", "endnote-xml"):
        assert read_references(export_references([ref], fmt), fmt).references[0].page == page


@pytest.mark.parametrize("style", ["blood", "vancouver"])
@pytest.mark.parametrize("page", NUMBERS)
def test_the_formatted_bibliography_prints_it_as_published(style: str, page: str) -> None:
    for to in ("text", "html"):
        entry = format_bibliography([made_up("roe2030", page)], style, to)[0]
        assert f"11:{page}." in entry, entry


def test_a_store_written_before_reads_the_number_back() -> None:
    """Stores written since stop 56 hold "e00123--20": read as the one number."""
    text = Store.from_references([made_up("roe2030", "e00123-20")]).dumps()
    older = text.replace("{e00123-20}", "{e00123--20}")
    assert Store.loads(older)["roe2030"].page == "e00123-20"


def test_real_ranges_stay_ranges_everywhere() -> None:
    """Guard: an e-page range ("e284-e289") and a plain range keep their forms: the BibTeX
    range dash, SP/EP in RIS, the style's range formatting."""
    ranges = made_up("roe2030", "e284-e289"), made_up("doe2031", "1795-1802")
    bib = export_references(ranges, "bibtex")
    assert "{e284--e289}" in bib and "{1795--1802}" in bib
    biblatex = export_references(ranges, "biblatex")
    assert "{e284--e289}" in biblatex and field(biblatex, "eid") is None
    ris = export_references(ranges, "ris").splitlines()
    assert {"SP  - e284", "EP  - e289", "SP  - 1795", "EP  - 1802"} <= set(ris)
    assert "11:1795-802." in format_bibliography([ranges[1]], "vancouver")[0]


def test_the_european_respiratory_number_is_one_too() -> None:
    """ "00161-2017" (an article number, then its year) is written the same way."""
    ers = made_up("poe2029", "00161-2017")
    assert field(export_references([ers], "bibtex"), "pages") == "00161-2017"
    assert field(export_references([ers], "biblatex"), "eid") == "00161-2017"
