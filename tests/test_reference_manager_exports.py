"""Reference managers' own exports read as they mean them, and written back whole.

Shapes from a real EndNote 20 library exported as EndNote XML and as RIS (PubMed records:
the Epub Date in the edition field as YYYYMMDD, line breaks in a field as CR, a keyword a
line). Every value below is invented for the tests.
"""

from __future__ import annotations

from blinarefs.interchange import read_references
from blinarefs.interchange.endnote import lost_fields, write_endnote


def _style(text: str) -> str:
    return f'<style face="normal" font="default" size="100%">{text}</style>'


ENDNOTE = f"""<?xml version="1.0" encoding="UTF-8" ?><xml><records><record>
<ref-type name="Journal Article">17</ref-type>
<contributors><authors><author>{_style("Quillfeather, A. B.")}</author></authors></contributors>
<titles><title>{_style("Lantern moths under violet light")}</title>
<secondary-title>{_style("J Invented Entomol")}</secondary-title>
<short-title>{_style("Lantern moths")}</short-title></titles>
<periodical><full-title>{_style("J Invented Entomol")}</full-title></periodical>
<volume>{_style("12")}</volume><edition>{_style("20190415")}</edition>
<keywords><keyword>{_style("Moths/*physiology")}</keyword>
<keyword>{_style("Light&#xD;Research Support, Non-U.S. Gov't")}</keyword></keywords>
<dates><year>{_style("2019")}</year></dates>
<isbn>{_style("1234-5678 (Print)&#xD;1234-5678")}</isbn>
<notes>{_style("Quillfeather, Ada Beth&#xD;Journal Article&#xD;2019/04/16")}</notes>
<language>{_style("eng")}</language><access-date>{_style("2020/01/31")}</access-date>
</record></records></xml>"""


def test_endnote_xml_epub_date_line_breaks_and_keywords_are_read_as_endnote_means_them():
    (ref,) = read_references(ENDNOTE, fmt="endnote-xml").references
    assert ref.available_date == (2019, 4, 15) and not ref.edition  # not (2019,) alone
    assert ref.issn == "1234-5678 (Print) 1234-5678"  # a CR is a line break, never kept raw
    assert ref.note == "Quillfeather, Ada Beth\nJournal Article\n2019/04/16"
    extra = dict(ref.extra)
    # PubMed's publication type is one keyword, its comma kept inside braces
    assert extra["keywords"] == "Moths/*physiology, Light, {Research Support, Non-U.S. Gov't}"
    assert (extra["language"], extra["shorttitle"], extra["urldate"]) == (
        "eng",
        "Lantern moths",
        "2020-01-31",
    )
    assert not any("\r" in str(v) for v in ref.to_csl().values())


def test_endnote_xml_written_and_read_back_keeps_keywords_language_and_short_title():
    (ref,) = read_references(ENDNOTE, fmt="endnote-xml").references
    assert "extra-fields" not in lost_fields(ref)
    (back,) = read_references("".join(write_endnote([ref])), fmt="endnote-xml").references
    assert dict(back.extra) == dict(ref.extra)
    assert (back.available_date, back.note) == (ref.available_date, ref.note)


RIS = """TY  - JOUR
AU  - Quillfeather, A. B.
TI  - Lantern moths under violet light
T2  - J Invented Entomol
ET  - 20190415
KW  - Moths/*physiology
Light
Wing/anatomy & histology
N1  - Quillfeather, Ada Beth
Journal Article
AB  - Moths were kept under violet lamps
for six nights.
ER  -
"""


def test_ris_continuation_lines_keep_keywords_and_note_lines_apart():
    (ref,) = read_references(RIS, fmt="ris").references
    assert dict(ref.extra)["keywords"] == "Moths/*physiology, Light, Wing/anatomy & histology"
    assert ref.note == "Quillfeather, Ada Beth\nJournal Article"
    assert ref.abstract == "Moths were kept under violet lamps for six nights."


def test_ris_epub_date_of_a_journal_article_is_its_online_date_as_in_endnote_xml():
    (ref,) = read_references(RIS, fmt="ris").references
    assert ref.available_date == (2019, 4, 15) and not ref.edition
    book = RIS.replace("TY  - JOUR", "TY  - BOOK").replace("20190415", "3rd")
    assert read_references(book, fmt="ris").references[0].edition == "3rd"


def test_endnote_xml_journal_names_swapped_by_a_pubmed_import_are_put_back():
    # EndNote's PubMed import writes the abbreviation as the full title and the full name
    # (in PubMed's lower case) as abbr-1, and Blood printed that long lower-case name
    swapped = ENDNOTE.replace(
        "<periodical><full-title>",
        "<periodical><abbr-1>Invented journal of entomology</abbr-1><full-title>",
    )
    (ref,) = read_references(swapped, fmt="endnote-xml").references
    assert (ref.container_title, ref.container_title_short) == (
        "Invented journal of entomology",
        "J Invented Entomol",
    )
