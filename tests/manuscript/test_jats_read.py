"""JATS XML: markers and references exactly as the markup says. The article below is made
up for the tests; its tagging follows the JATS 1.2 Journal Publishing tag set."""

from __future__ import annotations

import json

import pytest

from blinarefs.cli import main
from blinarefs.errors import ParseError
from blinarefs.manuscript import read_manuscript
from blinarefs.trace.manuscript import trace_manuscript

ARTICLE = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE article PUBLIC "-//NLM//DTD JATS (Z39.96) Journal Publishing DTD v1.2 20190208//EN"
  "JATS-journalpublishing1.dtd">
<article xmlns:xlink="http://www.w3.org/1999/xlink" article-type="research-article">
<front><article-meta><title-group><article-title>A made-up article</article-title>
</title-group><abstract><p>Nothing was tested <xref ref-type="bibr" rid="B1">1</xref>.</p>
</abstract></article-meta></front>
<body><sec><title>Introduction</title>
<p>Drug X works<sup><xref ref-type="bibr" rid="B1">1</xref>,<xref ref-type="bibr"
rid="B2">2</xref></sup>. Also [<xref ref-type="bibr" rid="B2">2</xref>–<xref ref-type="bibr"
rid="B4">4</xref>] and <xref ref-type="bibr" rid="B1 B3">1, 3</xref>, see
<xref ref-type="fig" rid="F1">Figure 1</xref>. Cells were 10<sup>6</sup>.</p>
<sec><title>Details</title><p>Only <xref ref-type="bibr" rid="B3">3–4</xref> apply.</p></sec>
</sec></body>
<back><ref-list><title>References</title>
<ref id="B1"><label>1</label><element-citation publication-type="journal"><person-group
person-group-type="author"><name><surname>Roe</surname><given-names>J</given-names></name>
<etal/></person-group><article-title>Made-up trial</article-title><source>Test J</source>
<year>2020</year><month>Mar</month><volume>1</volume><fpage>10</fpage><lpage>19</lpage>
<pub-id pub-id-type="doi">10.0000/test.1</pub-id><pub-id pub-id-type="pmid">1</pub-id>
</element-citation></ref>
<ref id="B2"><label>2</label><mixed-citation publication-type="book"><person-group
person-group-type="author"><name><surname>Doe</surname><given-names>J</given-names></name>
</person-group>. <source>A made-up book</source>. <publisher-loc>Nowhere</publisher-loc>:
<publisher-name>Test Press</publisher-name>; <year>2019</year>.</mixed-citation></ref>
<ref id="B3"><label>3</label><nlm-citation citation-type="journal"><person-group
person-group-type="author"><collab>Test Consortium</collab></person-group>
<article-title>Third</article-title><source>Test J</source><year>2018</year></nlm-citation>
</ref>
<ref id="B4"><label>4</label><mixed-citation>Nobody N. Fourth. 2017.</mixed-citation></ref>
</ref-list></back></article>
"""


@pytest.fixture
def article(tmp_path):
    path = tmp_path / "article.txt"  # chosen by content, not by extension
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def test_markers_as_the_markup_says(article):
    doc = read_manuscript(article)
    assert doc.kind == "jats" and doc.markers_complete
    got = [(m.text, m.numbers, m.keys, m.superscript) for m in doc.markers]
    assert got == [
        ("1", (1,), ("B1",), False),
        ("¹,²", (1, 2), ("B1", "B2"), True),
        ("2–4", (2, 3, 4), ("B2", "B3", "B4"), False),
        ("1, 3", (1, 3), ("B1", "B3"), False),
        ("3–4", (3, 4), ("B3", "B4"), False),
    ]
    for m in doc.markers:
        assert doc.text[m.start : m.end] == m.text
    assert "<" not in doc.text and "Cells were 106." in doc.text


@pytest.mark.parametrize(
    ("between", "numbers"),
    [
        ("–", [(2, 3, 4)]),
        (" – ", [(2, 3, 4)]),
        ("]–[", [(2, 3, 4)]),  # "[2]–[4]"
        ("] —\n[", [(2, 3, 4)]),
        (" ) - ( ", [(2, 3, 4)]),
        (", ", [(2, 4)]),
        (" and ", [(2, 4)]),
        ("–x", [(2,), (4,)]),  # a dash, then text: two markers
        (" to ", [(2,), (4,)]),
    ],
)
def test_what_joins_two_xrefs_into_one_marker(tmp_path, between, numbers):
    gap = '2</xref>–<xref ref-type="bibr"\nrid="B4">'
    path = tmp_path / "article.xml"
    path.write_text(ARTICLE.replace(gap, gap.replace("–", between)), encoding="utf-8")
    markers = read_manuscript(path).markers
    assert [m.numbers for m in markers[2 : 2 + len(numbers)]] == numbers


@pytest.mark.parametrize(
    ("printed", "numbers"),
    [
        ("3 4", (3, 4)),  # BMJ: one xref, a list with a space for the comma
        ("3  4", (3, 4)),
        ("4 5", (3,)),  # numbers that do not start at the rid's: read as the rid says
    ],
)
def test_one_xref_printing_numbers_apart(tmp_path, printed, numbers):
    path = tmp_path / "article.xml"
    path.write_text(ARTICLE.replace('rid="B3">3–4<', f'rid="B3">{printed}<'), encoding="utf-8")
    assert read_manuscript(path).markers[-1].numbers == numbers


def test_a_dash_tagged_as_its_own_xref_is_the_range(tmp_path):
    # ASM's and Neurology's "1<xref>–</xref>4": the dash is an xref to a reference inside
    gap = 'rid="B2">2</xref>–<xref ref-type="bibr"\nrid="B4">'
    tagged = (
        'rid="B1">1</xref><xref ref-type="bibr" rid="B2">–</xref><xref ref-type="bibr"\nrid="B4">'
    )
    path = tmp_path / "article.xml"
    path.write_text(ARTICLE.replace(gap, tagged), encoding="utf-8")
    marker = read_manuscript(path).markers[2]
    assert (marker.text, marker.numbers) == ("1–4", (1, 2, 3, 4))


def test_an_xref_typed_ref_cites_when_its_rid_is_a_reference(tmp_path):
    # Europe PMC's copies of some Wiley and EMBO articles, and the AHA's, type citations
    # "ref"; a "ref" xref to something else (a figure's id) is no citation
    text = ARTICLE.replace('ref-type="bibr"', 'ref-type="ref"').replace(
        'ref-type="fig" rid="F1"', 'ref-type="ref" rid="F1"'
    )
    path = tmp_path / "article.xml"
    path.write_text(text, encoding="utf-8")
    numbers = [m.numbers for m in read_manuscript(path).markers]
    assert numbers == [(1,), (1, 2), (2, 3, 4), (1, 3), (3, 4)]


def test_references_from_the_tags(article):
    refs = read_manuscript(article).references
    assert [(r.id, r.number, r.type) for r in refs] == [
        ("B1", 1, "article-journal"),
        ("B2", 2, "book"),
        ("B3", 3, "article-journal"),
        # an untagged string, read by the parser: no journal is printed, so none is assumed
        ("B4", 4, "document"),
    ]
    first = refs[0]
    assert (first.title, first.container_title, first.issued, first.page) == (
        "Made-up trial", "Test J", (2020, 3), "10-19"
    )  # fmt: skip
    assert (first.doi, first.pmid, first.author_truncated) == ("10.0000/test.1", "1", True)
    assert (refs[1].title, refs[1].publisher, refs[1].publisher_place) == (
        "A made-up book", "Test Press", "Nowhere"
    )  # fmt: skip
    assert refs[2].author[0].literal == "Test Consortium"
    assert refs[1].source_text == "Doe J. A made-up book. Nowhere: Test Press; 2019."


def test_an_abbreviated_last_page_is_stored_in_full(tmp_path):
    abbreviated = ARTICLE.replace(
        "<fpage>10</fpage><lpage>19</lpage>", "<fpage>152</fpage><lpage>7</lpage>"
    )
    path = tmp_path / "article.xml"
    path.write_text(abbreviated, encoding="utf-8")
    assert read_manuscript(path).references[0].page == "152-157"


def test_sections_and_reference_list(article):
    doc = read_manuscript(article)
    assert [(s.title, s.level) for s in doc.sections] == [("Introduction", 1), ("Details", 2)]
    assert doc.text[doc.reference_list_start :].startswith("References\n\n1. Roe J.")


def test_trace_takes_only_the_markup_markers(article, capsys):
    assert main(["trace", str(article), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [c["numbers"] for c in data["citations"]] == [[1], [1, 2], [2, 3, 4], [1, 3], [3, 4]]
    assert all("<" not in c["text"] for c in data["claims"])


def test_malformed_jats_is_one_line(tmp_path):
    bad = tmp_path / "bad.xml"
    bad.write_text('<article xmlns:xlink="x"><front></article>', encoding="utf-8")
    bad.write_text(bad.read_text() + "<ref-list>", encoding="utf-8")
    with pytest.raises(ParseError, match="not well-formed XML"):
        read_manuscript(bad)


def test_check_judges_conventions_by_the_markup(article, capsys):
    assert main(["check", str(article), "--json"]) == 0
    findings = json.loads(capsys.readouterr().out)["findings"]
    mixed = [f["message"] for f in findings if f["code"] == "mixed-conventions"]
    assert mixed and all("flattened" not in m for m in mixed)  # the decoder's guesses are gone
    assert not [f for f in findings if f["code"] in ("dangling-citation", "uncited-reference")]


def test_pandoc_cites_what_the_markup_cites(article, tmp_path, capsys):
    """`pandoc` and `build` on JATS write each <xref> group as a Pandoc citation."""
    import re

    assert main(["pandoc", str(article), "-o", str(tmp_path / "paper.md")]) == 0
    capsys.readouterr()
    markdown = (tmp_path / "paper.md").read_text(encoding="utf-8")
    cited = re.findall(r"\[(@[^]]+)\]", markdown.split("\n---\n", 1)[1])
    assert len(cited) == 5  # one Pandoc citation per marker of the trace above
    assert all("<xref" not in line for line in markdown.splitlines())
    assert main(["build", str(article), "-o", str(tmp_path / "out")]) in (0, 1)
    assert "5 citations as [@key]" in capsys.readouterr().out


WEB_AND_DATES = """<article xmlns:xlink="http://www.w3.org/1999/xlink"><body><p>See
<xref ref-type="bibr" rid="R1">1</xref> and <xref ref-type="bibr" rid="R2">2</xref>.</p>
</body><back><ref-list>
<ref id="R1"><label>1</label><mixed-citation publication-type="webpage"><collab>Made-up
Atlas</collab>. <source>Key figures</source>. (<year>2017</year>). Available from:
<uri xlink:href="https://example.org/key">https://example.org/key</uri></mixed-citation></ref>
<ref id="R2"><label>2</label><element-citation publication-type="report"><collab>Made-up
Agency</collab><source>Annual report on nothing</source><year>September 2015</year>
</element-citation></ref>
<ref id="R3"><label>3</label><mixed-citation publication-type="journal"><name><surname>Roe
</surname></name>. <article-title>Made-up</article-title>. <source>Test J</source>.
(<year>. 2008</year>) <volume>;28</volume>.</mixed-citation></ref>
</ref-list></back></article>"""


def test_a_web_page_or_report_source_is_its_title_and_years_are_found_in_the_tag(tmp_path):
    path = tmp_path / "web.xml"
    path.write_text(WEB_AND_DATES, encoding="utf-8")
    web, report, journal = read_manuscript(path).references
    assert (web.type, web.title, web.container_title) == ("webpage", "Key figures", "")
    assert (report.type, report.title, report.year) == ("report", "Annual report on nothing", 2015)
    assert (journal.title, journal.container_title, journal.year) == ("Made-up", "Test J", 2008)


def test_a_paragraph_around_a_list_keeps_its_words_and_citations(tmp_path):
    path = tmp_path / "list.xml"
    path.write_text(
        """<article xmlns:xlink="http://www.w3.org/1999/xlink"><body><sec><title>Intro</title>
<p>Two camps agree (see [<xref ref-type="bibr" rid="R1">1</xref>]) on three steps:
<list><list-item><p>first <xref ref-type="bibr" rid="R2">2</xref>,</p></list-item>
<list-item><p>second.</p></list-item></list> as shown before.</p></sec></body>
<back><ref-list><ref id="R1"><label>1</label><mixed-citation>One A. First. 2001.</mixed-citation>
</ref><ref id="R2"><label>2</label><mixed-citation>Two B. Second. 2002.</mixed-citation></ref>
</ref-list></back></article>""",
        encoding="utf-8",
    )
    doc = read_manuscript(path)
    assert [m.numbers for m in doc.markers] == [(1,), (2,)]
    assert "Two camps agree (see [1]) on three steps:" in doc.text
    assert "first 2," in doc.text and "as shown before." in doc.text


FLOATS_LAST = """<?xml version="1.0" encoding="UTF-8"?>
<article xmlns:xlink="http://www.w3.org/1999/xlink" article-type="research-article">
<body><sec><title>Background</title>
<p>Drug X works [<xref ref-type="bibr" rid="B1">1</xref>], as
<xref ref-type="fig" rid="F1">Figure 1</xref> shows.</p><p>It lasts
[<xref ref-type="bibr" rid="B3">3</xref>].</p></sec></body>
<back><ref-list>
<ref id="B1"><label>1</label>
<mixed-citation>Roe J. Made-up trial. Test J. 2020;1:10-19.</mixed-citation></ref>
<ref id="B2"><label>2</label>
<mixed-citation>Doe J. Made-up cohort. Test J. 2019;2:1-9.</mixed-citation></ref>
<ref id="B3"><label>3</label>
<mixed-citation>Poe E. Made-up review. Test J. 2018;3:5-9.</mixed-citation></ref>
</ref-list></back>
<floats-group><fig id="F1"><label>Figure 1</label><caption><p>Survival by arm, redrawn
from [<xref ref-type="bibr" rid="B2">2</xref>].</p></caption></fig></floats-group>
</article>
"""


def test_floats_printed_after_the_list_are_read(tmp_path, capsys):
    path = tmp_path / "floats.xml"
    path.write_text(FLOATS_LAST, encoding="utf-8")
    doc = read_manuscript(path)
    assert [m.numbers for m in doc.markers] == [(1,), (3,), (2,)]
    assert doc.text.index("Survival by arm") > (doc.reference_list_start or 0)
    main(["check", str(path), "--json"])
    codes = [f["code"] for f in json.loads(capsys.readouterr().out)["findings"]]
    # 2 is cited in Figure 1's legend, counted after the paragraph that mentions Figure 1,
    # between 1 and 3: in order
    assert "uncited-reference" not in codes and "citation-order" not in codes


# Laid out as some journals' XML is: each citation's superscript on a line of its own inside
# the xref, and the superscript commas between them on lines of their own.
INDENTED = """<article xmlns:xlink="http://www.w3.org/1999/xlink"><body><sec><title>Intro</title>
\t<p>Cells grow.<xref ref-type="bibr" rid="R1">
\t\t\t<sup>1</sup>
\t\t</xref> Roe<xref ref-type="bibr" rid="R2">
\t\t\t<sup>2</sup>
\t\t</xref> (2001) disagreed, as did others.<xref ref-type="bibr" rid="R1">
\t\t\t<sup>1</sup>
\t\t</xref>
\t\t<sup>,</sup>
\t\t<xref ref-type="bibr" rid="R3">
\t\t\t<sup>3</sup>
\t\t</xref> Then
\t\tthe end.</p></sec></body>
<back><ref-list><ref id="R1"><label>1</label><mixed-citation>One A. First. 2001.</mixed-citation>
</ref><ref id="R2"><label>2</label><mixed-citation>Two B. Second. 2002.</mixed-citation></ref>
<ref id="R3"><label>3</label><mixed-citation>Three C. Third. 2003.</mixed-citation></ref>
</ref-list></back></article>"""


def test_a_superscript_inside_the_citation_is_printed_raised_without_the_indentation(tmp_path):
    path = tmp_path / "indented.xml"
    path.write_text(INDENTED, encoding="utf-8")
    doc = read_manuscript(path)
    got = [(m.text, m.numbers, m.superscript) for m in doc.markers]
    assert got == [("¹", (1,), True), ("²", (2,), True), ("¹,³", (1, 3), True)]
    assert "Cells grow.¹ Roe² (2001) disagreed, as did others.¹,³ Then the end." in doc.text
    # read again as plain text (no markup), the same citations are found
    trace = trace_manuscript(doc.text)
    assert [c.numbers for c in trace.citations] == [(1,), (2,), (1, 3)]


AUTHOR_YEAR = """<?xml version="1.0" encoding="UTF-8"?>
<article xmlns:xlink="http://www.w3.org/1999/xlink" article-type="research-article">
<front><article-meta><title-group><article-title>A made-up article</article-title>
</title-group></article-meta></front>
<body><sec><title>Introduction</title>
<p>Otters eat fish (Roe and Doe, <xref ref-type="bibr" rid="B2">2019</xref>; Adams,
<xref ref-type="bibr" rid="B1">2020</xref>). Adams (<xref ref-type="bibr" rid="B1">2020</xref>)
counted them.</p></sec></body>
<back><ref-list><title>References</title>
<ref id="B1"><element-citation publication-type="journal"><person-group
person-group-type="author"><name><surname>Adams</surname><given-names>J</given-names></name>
</person-group><article-title>Made-up counts</article-title><source>Test J</source>
<year>2020</year></element-citation></ref>
<ref id="B2"><element-citation publication-type="journal"><person-group
person-group-type="author"><name><surname>Roe</surname><given-names>J</given-names></name>
<name><surname>Doe</surname><given-names>K</given-names></name></person-group>
<article-title>Made-up diets</article-title><source>Test J</source><year>2019</year>
</element-citation></ref>
</ref-list></back></article>
"""


def test_a_list_printed_without_numbers_is_cited_by_name(tmp_path, capsys):
    # Frontiers tags the year of "(Roe and Doe, 2019)": the list's positions are no numbers
    # anyone sees, and the alphabetical list was out of citation order in every such article
    path = tmp_path / "article.xml"
    path.write_text(AUTHOR_YEAR, encoding="utf-8")
    doc = read_manuscript(path)
    assert [(m.text, m.numbers, m.keys) for m in doc.markers] == [
        ("2019", (), ("B2",)),
        ("2020", (), ("B1",)),
        ("2020", (), ("B1",)),
    ]
    main(["check", str(path), "--json"])
    told = json.loads(capsys.readouterr().out)
    assert not [f for f in told["findings"] if f["code"] == "citation-order"]
    assert told["summary"].startswith("2 of 2 references cited, 0 dangling")  # no numbering


def test_year_only_citations_become_pandoc_citations_with_their_names(tmp_path, capsys):
    path = tmp_path / "article.xml"
    path.write_text(AUTHOR_YEAR, encoding="utf-8")
    out = tmp_path / "paper.md"
    assert main(["pandoc", str(path), "-o", str(out), "--json"]) == 0
    told = json.loads(capsys.readouterr().out)
    assert told["citations"] == 3
    assert not [w for w in told["warnings"] if w["code"] == "author-year-citation"]
    body = out.read_text(encoding="utf-8").split("---\n")[-1]
    # names and parentheses replaced whole: not "(Roe and Doe, [@B2]; ...)"
    assert "Otters eat fish [@B2; @B1]. @B1 counted them." in " ".join(body.split())


def test_authors_printed_untagged_before_the_tags_are_read_from_the_print(tmp_path):
    # some Springer Nature journals tag a mixed citation's year, title and journal but
    # print its authors as plain text: an author-year text cites it by them
    untagged = ARTICLE.replace(
        '<ref id="B4"><label>4</label><mixed-citation>Nobody N. Fourth. 2017.</mixed-citation>',
        '<ref id="B4"><label>4</label><mixed-citation publication-type="journal">Madeup QR, '
        "Invented ST (<year>2017</year>). <article-title>Fourth</article-title>. <source>Test "
        "J</source> <volume>3</volume>: <fpage>5</fpage>.</mixed-citation>",
    )
    path = tmp_path / "untagged.xml"
    path.write_text(untagged, encoding="utf-8")
    refs = read_manuscript(path).references
    fourth = refs[3]
    assert [a.family for a in fourth.author] == ["Madeup", "Invented"]
    assert (fourth.title, fourth.year, fourth.container_title) == ("Fourth", 2017, "Test J")
    assert ("author", "jats printed string, parsed") in fourth.provenance
    assert [a.family for a in refs[1].author] == ["Doe"]  # tagged names stay as tagged


def test_a_list_of_data_citations_is_numbered_after_the_references(tmp_path):
    # Scientific Data prints "Data Citations" apart, before the references in its markup:
    # the text's superscript 1 is the first reference, not the first data set
    data = (
        '<back><ref-list content-type="data-citations"><title>Data Citations</title>'
        '<ref id="d1"><mixed-citation>Madeup Archive. Invented reads. 2020.</mixed-citation>'
        "</ref></ref-list><ref-list>"
    )
    path = tmp_path / "data.xml"
    path.write_text(ARTICLE.replace("<back><ref-list>", data), encoding="utf-8")
    refs = read_manuscript(path).references
    assert [(r.id, r.number) for r in refs] == [
        ("B1", 1),
        ("B2", 2),
        ("B3", 3),
        ("B4", 4),
        ("d1", 5),
    ]
