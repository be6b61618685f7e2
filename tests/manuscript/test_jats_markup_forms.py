"""The JATS reader on the ways publishers tag citations and references: each snippet is
invented; the reader must give the markers and references the markup says."""

from __future__ import annotations

from blinarefs.manuscript.jats import read_jats


def _article(body: str, refs: str) -> str:
    return (
        "<article><front><article-meta><title-group><article-title>Invented"
        "</article-title></title-group></article-meta></front>"
        f"<body><sec><title>Intro</title><p>{body}</p></sec></body>"
        f"<back><ref-list>{refs}</ref-list></back></article>"
    )


def _refs(n: int) -> str:
    return "".join(
        f'<ref id="r{k}"><label>{k}</label><mixed-citation>Author{k} A. Work {k}. 2001.'
        "</mixed-citation></ref>"
        for k in range(1, n + 1)
    )


def _xref(rid: str, text: str = "") -> str:
    return f'<xref ref-type="bibr" rid="{rid}">{text}</xref>'


def _numbers(body: str, n: int = 40) -> list[tuple[int, ...]]:
    return [m.numbers for m in read_jats(_article(body, _refs(n))).markers]


def test_one_xref_printing_a_list_cites_what_it_prints():
    # one rid, the first of the printed numbers: a list, not a range counted from it
    body = f"Seen twice<sup>{_xref('r1', '1,6')}</sup> and once{_xref('r3', '3, 36')}."
    assert _numbers(body) == [(1, 6), (3, 36)]


def test_a_space_for_the_comma_and_a_range_in_one_xref():
    body = f"Known well.{_xref('r1', '1 28–31')} Also here.{_xref('r12', '12 13')}"
    assert _numbers(body) == [(1, 28, 29, 30, 31), (12, 13)]


def test_printed_numbers_that_are_not_the_rids_leave_the_rid():
    # the xref's rid is 11, its text another list: the markup's link is what it cites
    assert _numbers(f"Found in blood.{_xref('r11', '17-19')}") == [(11,)]


def test_an_empty_xref_inside_a_range_prints_nothing():
    body = f"Agents.<sup>{_xref('r23', '23')}{_xref('r22')}–{_xref('r25', '25')}</sup> Then."
    doc = read_jats(_article(body, _refs(30)))
    assert [m.numbers for m in doc.markers] == [(23, 24, 25)]
    assert "²³–²⁵" in doc.text


def test_back_to_back_xrefs_print_a_comma():
    raised = f"<sup>{_xref('r2', '2')}{_xref('r4', '4')}</sup>"
    body = f"Rings{_xref('r8', '8')}{_xref('r9', '9')} and walls{raised}."
    doc = read_jats(_article(body, _refs(10)))
    assert "Rings8,9 and walls²,⁴." in doc.text
    assert [m.numbers for m in doc.markers] == [(8, 9), (2, 4)]


def test_sub_labelled_parts_answer_to_their_reference_number():
    # "1", "1a", "1b", "2", "2a", each with text: the parts of 1 and 2 keep their labels and
    # number; "1b" cites its part, the rid of "2" the entry it names (not 2a as well)
    refs = "".join(
        f'<ref id="b{label}"><label>{label}</label><mixed-citation>Name{k} A. Work. 2001.'
        "</mixed-citation></ref>"
        for k, label in enumerate(("1", "1a", "1b", "2", "2a"), 1)
    )
    doc = read_jats(_article(f"Cited.{_xref('b1b', '1b')}, {_xref('b2', '2')}", refs))
    got = [(r.number, r.printed_label) for r in doc.references]
    assert got == [(1, "1"), (1, "1a"), (1, "1b"), (2, "2"), (2, "2a")]
    assert [(m.numbers, m.keys) for m in doc.markers] == [((1, 2), ("b1b", "b2"))]


def _ref(citation: str) -> str:
    return f'<ref id="r1"><label>1</label>{citation}</ref>'


def test_a_group_author_before_the_members_stays_first():
    cit = (
        '<mixed-citation publication-type="journal"><collab>Invented Study Group</collab>, '
        '<person-group person-group-type="author"><name><surname>Quill</surname>'
        "<given-names>A</given-names></name><etal/></person-group>"
        "<article-title>Made-up trial</article-title>. <source>J Inv</source> "
        "<year>2010</year>.</mixed-citation>"
    )
    (ref,) = read_jats(_article("Text.", _ref(cit))).references
    assert [a.literal or a.family for a in ref.author] == ["Invented Study Group", "Quill"]
    assert ref.author_truncated


def test_names_after_the_title_are_editors():
    cit = (
        '<mixed-citation publication-type="book"><chapter-title>An invented chapter'
        "</chapter-title>. In: <person-group><name><surname>Roe</surname><given-names>J"
        "</given-names></name></person-group>, eds. <source>A Book</source>; <year>2016"
        "</year>.</mixed-citation>"
    )
    (ref,) = read_jats(_article("Text.", _ref(cit))).references
    assert ref.author == () and [e.family for e in ref.editor] == ["Roe"]
    court = (
        '<mixed-citation publication-type="book"><article-title>A v. B</article-title>. In: '
        "<collab>Invented Court</collab>, ed: <source>Circuit</source>; <year>2018</year>"
        "</mixed-citation>"
    )
    (ref,) = read_jats(_article("Text.", _ref(court))).references
    assert ref.author == () and [e.literal for e in ref.editor] == ["Invented Court"]


def test_a_typed_author_group_after_the_title_is_still_the_authors():
    cit = (
        '<element-citation publication-type="journal"><article-title>Late names'
        '</article-title><person-group person-group-type="author"><name><surname>Vale'
        "</surname><given-names>B</given-names></name></person-group><source>J Inv</source>"
        "<year>2012</year></element-citation>"
    )
    (ref,) = read_jats(_article("Text.", _ref(cit))).references
    assert [a.family for a in ref.author] == ["Vale"] and ref.editor == ()


def test_a_citation_tagging_only_its_string_is_read_by_the_parser():
    # a publisher that tags the printed string and its identifiers, not the parts: the
    # string is read as a pasted reference is, the identifiers as the markup gives them
    cit = (
        '<mixed-citation><named-content content-type="citation-string">'
        "Quill, A., &amp; Roe, B. (2030). A made-up study of invented toads. Journal of "
        "Imagined Zoology, 12(3), 45–67.</named-content>"
        '<ext-link xmlns:xlink="http://www.w3.org/1999/xlink" ext-link-type="doi" '
        'xlink:href="https://doi.org/10.9999/fict.2030.1"/>'
        '<ext-link xmlns:xlink="http://www.w3.org/1999/xlink" ext-link-type="pmid" '
        'xlink:href="99999991"/></mixed-citation>'
    )
    (ref,) = read_jats(_article("Text.", _ref(cit))).references
    assert [a.family for a in ref.author] == ["Quill", "Roe"]
    assert (ref.issued, ref.volume, ref.issue, ref.page) == ((2030,), "12", "3", "45-67")
    assert ref.title == "A made-up study of invented toads"
    assert ref.container_title == "Journal of Imagined Zoology"
    assert (ref.doi, ref.pmid) == ("10.9999/fict.2030.1", "99999991")
    where = dict(ref.provenance)
    assert where["title"] == "jats printed string, parsed"
    assert where["doi"] == "jats ref-list"


def test_a_tagged_citation_is_not_parsed_and_takes_its_doi_from_a_link():
    cit = (
        '<element-citation publication-type="journal"><person-group><name>'
        "<surname>Quill</surname><given-names>A</given-names></name></person-group>"
        "<article-title>Made-up trial. Part 2</article-title><source>J Inv</source>"
        '<year>2010</year><ext-link xmlns:xlink="http://www.w3.org/1999/xlink" '
        'ext-link-type="doi" xlink:href="10.9999/inv.7"/></element-citation>'
    )
    (ref,) = read_jats(_article("Text.", _ref(cit))).references
    assert ref.title == "Made-up trial. Part 2"
    assert ref.doi == "10.9999/inv.7"
    assert set(dict(ref.provenance).values()) == {"jats ref-list"}


def test_a_pub_id_is_kept_over_the_same_doi_given_as_an_escaped_link():
    cit = (
        '<element-citation publication-type="journal"><person-group><name>'
        "<surname>Quill</surname><given-names>A</given-names></name></person-group>"
        "<article-title>Made-up trial</article-title><source>J Inv</source><year>2010</year>"
        '<ext-link xmlns:xlink="http://www.w3.org/1999/xlink" ext-link-type="doi" '
        'xlink:href="https://doi.org/10.9999/%28FICT%291-2"/>'
        '<pub-id pub-id-type="doi">10.9999/(FICT)1-2</pub-id></element-citation>'
    )
    (ref,) = read_jats(_article("Text.", _ref(cit))).references
    assert ref.doi == "10.9999/(FICT)1-2"


def test_a_comment_between_two_citations_prints_nothing():
    # a page break kept as a comment ("<!--PageBreak-->") between the xrefs of one marker,
    # and a processing instruction in a reference: neither is printed
    body = f"Known (e.g., {_xref('r1', 'Roe 1979')}, <!--PageBreak-->{_xref('r3', 'Doe 1993')})."
    refs = _refs(3).replace("Work 2.", "Work <?page 12?>2.<!--PageBreak-->")
    doc = read_jats(_article(body, refs))
    assert [m.numbers for m in doc.markers] == [(1, 3)]
    assert "PageBreak" not in doc.text and "page 12" not in doc.text
    assert "Roe 1979, Doe 1993" in doc.text
    assert doc.references[1].source_text == "Author2 A. Work 2. 2001."


def test_data_citations_listed_first_are_numbered_after_the_list():
    # Scientific Data's data citations, printed in a list of their own, may come first in
    # the markup: the references keep the numbers their superscripts print
    data = (
        '<ref-list content-type="data-citations"><ref id="d1"><mixed-citation>Invented '
        "Archive. 2031.</mixed-citation></ref></ref-list>"
    )
    refs = "".join(
        f'<ref id="r{k}"><mixed-citation>Author{k} A. Work {k}. 2001.</mixed-citation></ref>'
        for k in (1, 2)
    )
    text = _article(f"Seen.<sup>{_xref('r2', '2')}</sup>", refs).replace("<back>", f"<back>{data}")
    doc = read_jats(text)
    assert [(r.id, r.number) for r in doc.references] == [("r1", 1), ("r2", 2), ("d1", 3)]
    assert [m.numbers for m in doc.markers] == [(2,)]


def test_a_range_tagged_once_for_each_reference_prints_once():
    # some converters tag "7–10" once for each reference it covers (each xref holding the
    # whole range): the reader prints it once and cites each reference once
    rng = "7&#8211;10"
    body = "Known well<sup>" + "".join(_xref(f"r{k}", rng) for k in range(7, 11)) + "</sup>."
    doc = read_jats(_article(body, _refs(12)))
    assert "Known well⁷–¹⁰." in doc.text
    assert [(m.text, m.numbers) for m in doc.markers] == [("⁷–¹⁰", (7, 8, 9, 10))]


def test_a_named_entity_the_dtd_would_define_prints_its_character():
    # publishers' JATS names a DTD the reader never loads, so "&chi;" stays an entity node:
    # dropped, "&chi;<sup>2</sup>" would leave a bare raised 2, read as a citation
    doctype = (
        '<!DOCTYPE article PUBLIC "-//NLM//DTD Journal Publishing DTD v2.3 20070202//EN" '
        '"journalpublishing.dtd">'
    )
    body = f"The &chi;<sup>2</sup> test &ndash; invented here {_xref('r1', '1')} &mdash; held."
    doc = read_jats(doctype + _article(body, _refs(3)))
    assert "The χ2 test – invented here" in doc.text
    assert "held" in doc.text and "—" in doc.text
    assert [m.numbers for m in doc.markers] == [(1,)]
