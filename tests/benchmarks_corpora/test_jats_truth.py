"""The truth loader on small JATS articles written for these tests (the people, journals and
findings in them are made up)."""

from __future__ import annotations

from pathlib import Path

import pytest
from corpora.jats_truth import markers, reference_list_text, references

from benchmarks_corpora.jats_made import HEAD, article

MIXED = """
<ref id="R1"><label>1.</label><mixed-citation publication-type="journal"><person-group
 person-group-type="author"><name><surname>Quillfeather</surname><given-names>AB</given-names>
</name><name><surname>Marrowby</surname><given-names>C</given-names></name>, <etal>et al</etal>
</person-group>.
<article-title>Invented findings on imaginary cells</article-title>.
<source>J Made Up Stud</source>.
<year>2031</year>;<volume>12</volume>(<issue>3</issue>):<fpage>101</fpage>&#8211;<lpage>9</lpage>.
doi: <pub-id pub-id-type="doi">10.9999/made.up.1</pub-id>.<pub-id
pub-id-type="pmid">99999999</pub-id>
</mixed-citation></ref>
<ref id="R2"><label>2</label><mixed-citation>2. Fernhollow D. A fictional handbook. Nowhere:
 Pretend Press; 2030.</mixed-citation><element-citation publication-type="book"><person-group
 person-group-type="author"><name><surname>Fernhollow</surname><given-names>D</given-names>
 </name></person-group><source>A fictional handbook</source><year>2030</year>
 <page-range>45-67</page-range></element-citation></ref>
<ref id="R3"><element-citation publication-type="journal"><person-group person-group-type="editor">
<name><surname>Editorson</surname></name></person-group><collab>The Imaginary Study Group</collab>
<article-title>Only tagged, never printed</article-title><source>Fict Rep</source><year>2029a</year>
<elocation-id>e42</elocation-id></element-citation></ref>
<ref id="R4"><label>4</label><mixed-citation><person-group><name><surname>Gluemaker</surname>
</name><etal/></person-group>. <source>Fict Rep</source><year>2028</year></mixed-citation></ref>
"""


def test_references_fields_and_printed_text(tmp_path: Path) -> None:
    first, second, third, fourth = references(article(tmp_path, "<p>x</p>", MIXED))
    # names joined as printed, the PMC-appended PubMed id left out, "et al" from <etal/>
    assert first.text == (
        "Quillfeather AB, Marrowby C, et al. Invented findings on imaginary cells. J Made Up Stud. "
        "2031;12(3):101–9. doi: 10.9999/made.up.1."
    )
    assert first.number == 1 and first.label == "1."
    assert first.authors == ("Quillfeather", "Marrowby") and first.etal
    assert (first.title, first.container, first.year) == (
        "Invented findings on imaginary cells",
        "J Made Up Stud",
        "2031",
    )
    assert (first.volume, first.issue, first.fpage, first.lpage) == ("12", "3", "101", "9")
    assert (first.doi, first.pmid, first.pub_type, first.tagged) == (
        "10.9999/made.up.1",
        "99999999",
        "journal",
        True,
    )
    # the number repeated inside the citation is the label's; fields from element-citation
    assert second.text == "Fernhollow D. A fictional handbook. Nowhere: Pretend Press; 2030."
    assert (second.title, second.container, second.pub_type) == (
        "A fictional handbook",
        None,
        "book",
    )
    assert (second.fpage, second.lpage, second.etal) == ("45", "67", False)
    # no label: numbered by position; no printed form; editors are not authors
    assert (third.number, third.label, third.text) == (3, None, None)
    assert third.authors == ("The Imaginary Study Group",)
    assert (third.year, third.fpage) == ("2029", "e42")
    # parts glued and an empty <etal/>: the markup is not the printed text
    assert fourth.text is None and fourth.markup_text == "Gluemaker. Fict Rep2028"
    assert fourth.etal and fourth.container == "Fict Rep"


def test_an_etal_glued_to_the_last_name_gets_the_comma_its_renderer_prints(
    tmp_path: Path,
) -> None:
    glued = """<ref id="G1"><label>1</label><mixed-citation><person-group><name><surname>Ashby
</surname><given-names>A</given-names></name><name><surname>Birchwood</surname><given-names>T
</given-names></name><etal>et al</etal></person-group> An invented trial. <source>Fict Rep
</source>. <year>2027</year>;<volume>3</volume>:<fpage>5</fpage>.</mixed-citation></ref>"""
    (ref,) = references(article(tmp_path, "<p>x</p>", glued))
    assert ref.text == "Ashby A, Birchwood T, et al An invented trial. Fict Rep. 2027;3:5."
    assert ref.etal and ref.authors == ("Ashby", "Birchwood")


def test_names_and_an_etal_spaced_apart_get_the_comma_and_no_space_before_it(
    tmp_path: Path,
) -> None:
    spaced = """<ref id="S1"><label>1</label><mixed-citation><person-group><name><surname>Ashby
</surname> <given-names>A</given-names></name> <name><surname>Birchwood</surname>
<given-names>T</given-names></name> <etal>et al</etal></person-group>. Invented: a trial.
<source>Fict Rep</source>. <year>2027</year>;<volume>3</volume>:<fpage>5</fpage>.</mixed-citation>
</ref>"""
    (ref,) = references(article(tmp_path, "<p>x</p>", spaced))
    assert ref.text == "Ashby A, Birchwood T, et al. Invented: a trial. Fict Rep. 2027;3:5."


def test_reference_list_text_one_a_line_and_one_token_a_line(tmp_path: Path) -> None:
    path = article(tmp_path, "<p>x</p>", MIXED)
    lines = reference_list_text(path).splitlines()
    assert lines[0].startswith("1. Quillfeather AB, Marrowby C, et al.")
    assert lines[1] == "2. Fernhollow D. A fictional handbook. Nowhere: Pretend Press; 2030."
    assert len(lines) == 2  # references 3 and 4 have no printed form
    tokens = reference_list_text(path, one_token_per_line=True).splitlines()
    assert tokens[:4] == ["1", ".", "Quillfeather", "AB"]
    second = "2 . Fernhollow D . A fictional handbook . Nowhere : Pretend Press ; 2030 ."
    assert tokens[-16:] == second.split()
    assert "10" in tokens and "9999" in tokens  # a DOI is cut at its punctuation


def refs(n: int) -> str:
    return "".join(
        f'<ref id="B{i}"><label>{i}</label><mixed-citation>Ref {i}.</mixed-citation></ref>'
        for i in range(1, n + 1)
    )


def x(n: int, text: str | None = None, rid: str | None = None) -> str:
    return f'<xref ref-type="bibr" rid="{rid or f"B{n}"}">{text or n}</xref>'


def spans(path: Path, which: str = "printed") -> list[tuple[str, tuple[int, ...], str]]:
    art = markers(path)
    rendering = getattr(art, which)
    return [(rendering.text[m.start : m.end], m.numbers, m.kind) for m in rendering.markers]


def test_bracketed_markers_groups_and_ranges(tmp_path: Path) -> None:
    body = (
        f"<sec><title>Background</title><p>Seen before [{x(1)}]&#8211;[{x(3)}] and since "
        f"[{x(4)}, {x(5)}]; the range [{x(1, '1&#8211;3', 'B1 B3')}] too.</p>"
        f'<fig id="f1"><caption><p>Never read [{x(2)}].</p></caption></fig></sec>'
    )
    path = article(tmp_path, body, refs(5))
    art = markers(path)
    assert art.style == "bracket"
    assert art.printed.text.startswith("Background\n\nSeen before [1]–[3] and since")
    assert "Never read" not in art.printed.text
    assert spans(path) == [
        ("[1]–[3]", (1, 2, 3), "bracket"),
        ("[4, 5]", (4, 5), "bracket"),
        ("[1–3]", (1, 2, 3), "bracket"),
    ]
    assert art.flattened == art.printed  # nothing raised, nothing to flatten


def test_parenthesised_markers(tmp_path: Path) -> None:
    path = article(
        tmp_path, f"<p>A period of 5 days ({x(2)}, {x(3)}) was used ({x(1)}).</p>", refs(3)
    )
    assert markers(path).style == "paren"
    assert spans(path) == [("(2, 3)", (2, 3), "paren"), ("(1)", (1,), "paren")]


def test_superscripts_printed_and_flattened(tmp_path: Path) -> None:
    body = (
        f"<p>A made-up disease.<sup>{x(1)},{x(2)}</sup> Its cause<sup>{x(3)}&#8211;{x(5)}</sup>"
        f" is unknown.{x(4, '<sup>4</sup>')}</p>"
        # indentation between raised brackets and a plain xref, as some publishers write it
        f"<p>Rare<sup>[</sup>\n  {x(1)}\n<sup>]</sup> at best.</p>"
    )
    path = article(tmp_path, body, refs(5))
    art = markers(path)
    assert art.style == "superscript"
    assert art.printed.text == (
        "A made-up disease.^1,2^ Its cause^3–5^ is unknown.^4^\n\nRare^[1]^ at best."
    )
    assert (
        art.flattened.text == "A made-up disease.1,2 Its cause3–5 is unknown.4\n\nRare[1] at best."
    )
    assert spans(path) == [
        ("^1,2^", (1, 2), "superscript"),
        ("^3–5^", (3, 4, 5), "superscript"),
        ("^4^", (4,), "superscript"),
        ("^[1]^", (1,), "superscript"),
    ]
    assert spans(path, "flattened") == [
        ("1,2", (1, 2), "superscript"),
        ("3–5", (3, 4, 5), "superscript"),
        ("4", (4,), "superscript"),
        ("[1]", (1,), "superscript"),
    ]


def test_author_year_labels_are_not_reference_numbers(tmp_path: Path) -> None:
    body = f"<p>As shown (Quillfeather et al. {x(2, '2031')}; {x(1, 'Fernhollow 2030')}).</p>"
    path = article(tmp_path, body, refs(2))
    assert markers(path).style == "author-year"
    assert [m.numbers for m in markers(path).printed.markers] == [(1, 2)]


def test_a_link_sign_after_an_author_year_citation_prints_no_number(tmp_path: Path) -> None:
    # IUCr's journals link each author-year citation with an arrow, the xref's only text:
    # a reader sees "(Roe, 2030 ▸)", no number, so the citation is author-year
    body = (
        f"<p>Known (Roe, 2030{x(2, ' &#x025b8;')}; Doe &amp; Poe, 2031{x(1, '&#x025b6;')}) "
        f"and since ({x(1, '1&#8211;2', 'B1 B2')}).</p>"
    )
    path = article(tmp_path, body, refs(2))
    assert spans(path) == [
        ("▸", (2,), "author-year"),
        ("▶", (1,), "author-year"),
        ("(1–2)", (1, 2), "paren"),
    ]
    assert [rule for rule, _ in markers(path).set_aside] == ["link-sign", "link-sign"]


def test_an_xref_typed_ref_cites_when_its_rid_is_a_reference(tmp_path: Path) -> None:
    # some Wiley articles type their citations "ref"; a "ref" xref to a figure cites nothing
    body = (
        '<p>As found <xref ref-type="ref" rid="B2">2</xref> and drawn'
        ' <xref ref-type="ref" rid="F1">1</xref>.</p>'
    )
    path = article(tmp_path, body, refs(2))
    assert spans(path) == [("2", (2,), "bare")]


def test_a_dash_tagged_as_an_xref_covers_the_range(tmp_path: Path) -> None:
    # some journals tag the dash of "(2–5)" as an xref to the range's second reference
    body = f"<p>Long known ({x(2)}{x(3, '&#8211;')}{x(5)}) and since ({x(1)}).</p>"
    path = article(tmp_path, body, refs(5))
    assert spans(path) == [("(2–5)", (2, 3, 4, 5), "paren"), ("(1)", (1,), "paren")]


def test_numbered_citations_tagged_back_to_back_read_with_a_comma(tmp_path: Path) -> None:
    # some journals leave the comma between two citations to their renderer: "[16]" is not
    # what a reader sees for references 1 and 6, nor "ring89" for 8 and 9
    body = f"<p>Seen once.[{x(1)}{x(6)}] And again, a ring{x(2)}{x(3)}.</p>"
    path = article(tmp_path, body, refs(6))
    assert markers(path).printed.text == "Seen once.[1,6] And again, a ring2,3."
    assert spans(path) == [("[1,6]", (1, 6), "bracket"), ("2,3", (2, 3), "bare")]


def test_a_range_tagged_once_for_each_reference_prints_once(tmp_path: Path) -> None:
    # some converters tag "7–10" once for each reference it covers, each xref holding the
    # whole range: a reader sees it once, not "7–107–10"
    rng = "2&#8211;4"
    body = f"<p>Known well<sup>{x(2, rng)}{x(3, rng)}{x(4, rng)}</sup>. Since<sup>{x(5)}</sup>.</p>"
    path = article(tmp_path, body, refs(5))
    assert markers(path).flattened.text == "Known well2–4. Since5."
    assert spans(path, "flattened") == [
        ("2–4", (2, 3, 4), "superscript"),
        ("5", (5,), "superscript"),
    ]


def _listed(labels: tuple[str, ...], empty: tuple[str, ...] = ()) -> str:
    return "".join(
        f'<ref id="S{k}"><label>{label}</label><mixed-citation>'
        + ("&#160;" if label in empty else f"Name{k} A. Work. 2030.")
        + "</mixed-citation></ref>"
        for k, label in enumerate(labels, 1)
    )


def test_sub_labelled_parts_share_their_number(tmp_path: Path) -> None:
    # "1", "1a", "1b", "2": the list sub-labels the works of reference 1 (a chemistry
    # journal's style); "1b" and "1a,b" cite reference 1, by number, not by author and year;
    # the empty "1" that only heads its parts is no reference, and citing it cites 1
    listed = _listed(("1", "1a", "1b", "2"), empty=("1",))
    body = (
        '<p>Seen.<xref ref-type="bibr" rid="S3">1b</xref> Then '
        '[<xref ref-type="bibr" rid="S2 S3">1a,b</xref>] and '
        '<xref ref-type="bibr" rid="S1">1</xref>, <xref ref-type="bibr" rid="S4">2</xref>.</p>'
    )
    path = article(tmp_path, body, listed)
    assert [(r.number, r.part, r.printed_label) for r in references(path)] == [
        (1, "a", "1a"), (1, "b", "1b"), (2, "", "2")
    ]  # fmt: skip
    found = [(m.numbers, m.kind) for m in markers(path).printed.markers]
    assert found == [((1,), "bare"), ((1,), "bracket"), ((1, 2), "bare")]
    assert reference_list_text(path).splitlines()[:2] == ["1a. Name2 A. Work. 2030.",
                                                         "1b. Name3 A. Work. 2030."]  # fmt: skip


def test_repeated_labels_out_of_order_number_by_position(tmp_path: Path) -> None:
    # "1", "2", "2", "3": a repeated label is no sub-label, and numbering by label would
    # give two references one number; the references are told apart by where they stand
    path = article(tmp_path, "<p>Nothing cited.</p>", _listed(("1", "2", "2", "3")))
    assert [r.number for r in references(path)] == [1, 2, 3, 4]
    path = article(tmp_path, "<p>None.</p>", _listed(("1", "1b", "1a", "2")), name="back")
    assert [r.number for r in references(path)] == [1, 2, 3, 4]  # letters out of order


def test_not_an_article(tmp_path: Path) -> None:
    path = tmp_path / "other.xml"
    path.write_text("<pmc-articleset/>", encoding="utf-8")
    with pytest.raises(ValueError, match="not a JATS article"):
        references(path)


def test_flattened_spans_point_at_the_same_text_as_printed(tmp_path: Path) -> None:
    body = f"<p>One<sup>{x(1)}</sup>, two<sup>{x(2)}&#8211;{x(3)}</sup> and [{x(1)}].</p>"
    art = markers(article(tmp_path, body, refs(3)))
    printed = [art.printed.text[m.start : m.end].strip("^") for m in art.printed.markers]
    flat = [art.flattened.text[m.start : m.end] for m in art.flattened.markers]
    assert printed == flat == ["1", "2–3", "[1]"]
    assert [m.numbers for m in art.printed.markers] == [m.numbers for m in art.flattened.markers]


def test_a_cited_page_is_not_a_range_of_references(tmp_path: Path) -> None:
    # "[2: 27]" is reference 2, page 27
    body = f"<p>As drawn {x(2, '[2: 27]')} and as said.</p>"
    path = article(tmp_path, body, refs(3))
    assert spans(path) == [("[2: 27]", (2,), "bracket")]


def test_a_list_spaced_without_commas_cites_each_number(tmp_path: Path) -> None:
    # BMJ prints a list of superscripts with spaces and tags it as one xref to its first
    # reference: "1 3" cites 1 and 3, no range; "2 4–5" cites 2, 4 and 5. Printed numbers
    # that do not hold the rid's ("89 16" for reference 8: "8 9 16" glued) are a slip, and
    # the rid says what is cited.
    body = (
        f"<p>As said<sup>{x(1, '1 3')}</sup>, shown<sup>{x(2, '2 4&#8211;5')}</sup>"
        f" and seen<sup>{x(4, '41 5')}</sup>.</p>"
    )
    path = article(tmp_path, body, refs(5))
    assert spans(path) == [
        ("^1 3^", (1, 3), "superscript"),
        ("^2 4–5^", (2, 4, 5), "superscript"),
        ("^41 5^", (4,), "superscript"),
    ]


def test_a_web_pages_source_is_its_title_when_no_article_title_is_tagged(
    tmp_path: Path,
) -> None:
    page = """<ref id="W1"><label>1</label><mixed-citation publication-type="webpage"><collab>
Imaginary Health Office</collab>. <source>Made-up guidance on pretend things</source>
[Internet]. <year>2027</year>. Available from: http://example.org/x</mixed-citation></ref>"""
    (ref,) = references(article(tmp_path, "<p>x</p>", page))
    assert (ref.title, ref.container) == ("Made-up guidance on pretend things", None)


def test_reference_list_text_one_element_a_line(tmp_path: Path) -> None:
    # a copy of a web page: the number, then each tagged part and each run between parts
    lines = reference_list_text(
        article(tmp_path, "<p>x</p>", MIXED), one_element_per_line=True
    ).splitlines()
    assert lines[:8] == ["1.", "Quillfeather", "AB", ",", "Marrowby", "C", ",", "et al"]
    assert lines[11:25] == ["J Made Up Stud", ".", "2031", ";", "12", "(", "3", "):", "101",
                            "–", "9", ". doi:", "10.9999/made.up.1", "."]  # fmt: skip
    # the number repeated inside the citation is left out; references 3 and 4 have no
    # printed form
    assert lines[25:] == ["2.", "Fernhollow D. A fictional handbook. Nowhere: Pretend Press; 2030."]


def test_a_chapters_editors_after_its_title_are_not_its_authors(tmp_path: Path) -> None:
    # PLOS tags the book's editors as names after the chapter's title; SciELO as a second
    # person-group with no type (made-up references)
    refs = """
<ref id="R1"><label>1</label><mixed-citation publication-type="book"><name><surname>Quillby
</surname> <given-names>E</given-names></name> (<year>2030</year>) <chapter-title>Invented
findings</chapter-title>. In: <name><surname>Sallow</surname> <given-names>R</given-names></name>,
editor, <source>A Book of Made-up Things</source>.</mixed-citation></ref>
<ref id="R2"><label>2</label><element-citation publication-type="book"><person-group><name>
<surname>Rowan</surname></name></person-group><chapter-title>More findings</chapter-title>
<person-group><name><surname>Thistle</surname></name></person-group><source>Another Book</source>
<year>2030</year></element-citation></ref>
"""
    first, second = references(article(tmp_path, "<p>x</p>", refs))
    assert (first.authors, second.authors) == (("Quillby",), ("Rowan",))


def test_an_authors_group_typed_as_such_counts_after_the_title(tmp_path: Path) -> None:
    # SciELO's element-citations put the authors' person-group after the title (tag order is
    # not print order); a book's untyped second group after the title stays the editors'
    refs = """
<ref id="R1"><label>1</label><element-citation publication-type="journal"><article-title>
Invented findings</article-title><source>J Made Up Stud</source><year>2030</year>
<person-group person-group-type="author"><name><surname>Bramblewood</surname></name><name>
<surname>Quince</surname></name></person-group></element-citation></ref>
"""
    (only,) = references(article(tmp_path, "<p>x</p>", refs))
    assert only.authors == ("Bramblewood", "Quince")


def test_a_journal_type_with_neither_journal_nor_volume_tagged_has_no_type(
    tmp_path: Path,
) -> None:
    # F1000 tags every reference "journal", its books and web pages too (made-up references)
    refs = """
<ref id="R1"><label>1</label><mixed-citation publication-type="journal"><collab>Imaginary
Advisory Committee</collab>: <article-title>Pretend guidance.</article-title>Nowhere: Made-up
Press;<year>2030</year></mixed-citation></ref>
<ref id="R2"><label>2</label><mixed-citation publication-type="journal"><name><surname>Quince
</surname><given-names>A</given-names></name>: <article-title>Invented findings.</article-title>
<source>J Made Up Stud.</source><year>2030</year>;<volume>4</volume>:<fpage>7</fpage>.
</mixed-citation></ref>
"""
    book, paper = references(article(tmp_path, "<p>x</p>", refs))
    assert (book.pub_type, paper.pub_type) == (None, "journal")


def test_a_collab_that_holds_the_title_leaves_the_authors_unknown(tmp_path: Path) -> None:
    # the title tagged inside the organisation's name (made-up references)
    refs = """
<ref id="R1"><label>1</label><mixed-citation publication-type="web"><collab>Imaginary Gardens.
Pretend Seed Database. Version 2</collab>. <year>2030</year></mixed-citation></ref>
<ref id="R2"><label>2</label><mixed-citation publication-type="web"><collab>Pretend Solutions:
Widget</collab>. <year>2030</year></mixed-citation></ref>
<ref id="R3"><label>3</label><mixed-citation publication-type="web"><collab>U.S. Imaginary
Office</collab>. Pretend guidance. <year>2030</year></mixed-citation></ref>
"""
    first, second, third = references(article(tmp_path, "<p>x</p>", refs))
    assert (first.authors, second.authors) == ((), ())
    assert third.authors == ("U.S. Imaginary Office",)
    # ... while a reader of the markup still owes the names as tagged
    assert first.tagged_authors == ("Imaginary Gardens. Pretend Seed Database. Version 2",)
    assert third.tagged_authors == third.authors


def test_a_name_tag_cut_inside_a_parenthesis_leaves_the_authors_unknown(tmp_path: Path) -> None:
    # made-up reference: the group's tag closes before its ")", the rest tagged as the title
    refs = """
<ref id="R1"><label>1</label><mixed-citation publication-type="book"><person-group
person-group-type="author"><collab>Imaginary Office of Tests (IOT</collab>)</person-group>,
<source>Pretendia. Report on invented things</source>; <year>2030</year>.</mixed-citation></ref>
<ref id="R2"><label>2</label><mixed-citation publication-type="book"><collab>Imaginary Office
of Tests (IOT)</collab>. <source>Report on invented things</source>; <year>2030</year>.
</mixed-citation></ref>
"""
    cut, whole = references(article(tmp_path, "<p>x</p>", refs))
    assert cut.authors == ()
    assert whole.authors == ("Imaginary Office of Tests (IOT)",)


def test_a_year_tag_without_a_year_is_no_year(tmp_path: Path) -> None:
    # made-up references: a tag slipped onto other words, and a work in press
    refs = """
<ref id="R1"><label>1</label><mixed-citation publication-type="web"><collab>IOT</collab>. Pretend
surveillance report<year>, vol. 2</year>5, no. 1. Nowhere: IOT; 2030.</mixed-citation></ref>
<ref id="R2"><label>2</label><mixed-citation publication-type="journal"><person-group>
<name><surname>Roe</surname> <given-names>J</given-names></name></person-group>. <article-title>
Pretend findings</article-title>. <source>J Made Up</source>. <year>in press</year>.
</mixed-citation></ref>
"""
    slipped, in_press = references(article(tmp_path, "<p>x</p>", refs))
    assert (slipped.year, in_press.year) == (None, None)


def test_data_citations_listed_first_are_numbered_after_the_list(tmp_path: Path) -> None:
    # Scientific Data prints its data citations in a list of their own ("Data Citation 1");
    # where the markup puts that list first, the references still carry the numbers their
    # superscripts print, and the data citations come after them
    data = (
        '<ref-list content-type="data-citations"><title>Data Citations</title>'
        '<ref id="d1"><mixed-citation>Invented Archive 2031.</mixed-citation></ref></ref-list>'
    )
    body = (
        '<p>Known.<sup><xref ref-type="bibr" rid="b1">1</xref></sup> Then '
        'more.<sup><xref ref-type="bibr" rid="b2">2</xref></sup></p>'
    )
    text = (
        f"{HEAD}<body>{body}</body><back>{data}<ref-list>{_listed(('', ''))}</ref-list>"
        "</back></article>"
    ).replace('id="S', 'id="b')
    path = tmp_path / "data.xml"
    path.write_text(text, encoding="utf-8")
    assert [m.numbers for m in markers(path).flattened.markers] == [(1,), (2,)]
    assert [r.text for r in references(path)][-1] == "Invented Archive 2031."


def test_a_raised_number_left_untagged_cites_by_the_declared_rule(tmp_path: Path) -> None:
    """A raised number printed as the tagged citations are, in prose and within the list,
    is a citation the markup left untagged (counted apart); exponents, isotopes, formulas,
    note marks, titles and numbers past the list are not."""
    sup = "<sup>{}</sup>".format
    body = (
        f"<sec><title>Heading{sup(2)}</title><p>Glimmerwort blooms twice.{sup(x(1))} "
        f"As seen in the shrub{sup('2,3&#8722;5')} and after Quill (Fernby){sup(4)}, "
        f"a later bloom{sup(6)} was counted.</p>"
        f"<p>An area of 100 cm{sup(2)}, the fit R{sup(2)} = 0.9, 10{sup(5)} cells, "
        f"the {sup(14)}C label, 1.73 m{sup(2)}. BMI (kg)/[height(m)]{sup(2)} and "
        f"(width{sup(2)} × length) of {sup(111)}InCl{sup(3)}; a note"
        f'<xref ref-type="fn" rid="n1">{sup(3)}</xref> and the shrub{sup(9)}; residues '
        f"{sup(2)}GLAD{sup(5)}, Chi{sup(2)} tests, the {sup(3)} <italic>J</italic>(P,H) "
        f"coupling and the apart shrub {sup(4)}.</p></sec>"
        f"<table-wrap><table><tr><td>cell{sup(4)}</td></tr></table></table-wrap>"
    )
    path = article(tmp_path, body, refs(5))
    assert all(not m.untagged for m in markers(path).printed.markers)  # only when asked
    art = markers(path, untagged=True).printed
    found = [(art.text[m.start : m.end], m.numbers, m.untagged) for m in art.markers]
    assert found == [
        ("^1^", (1,), False),
        ("^2,3−5^", (2, 3, 4, 5), True),
        ("^4^", (4,), True),
    ]


def test_untagged_raised_numbers_count_only_where_citations_are_raised(tmp_path: Path) -> None:
    body = f"<p>Seen twice [{x(1)}], [{x(2)}] and in the shrub<sup>3</sup>.</p>"
    art = markers(article(tmp_path, body, refs(3)), untagged=True).printed
    assert [m.numbers for m in art.markers] == [(1,), (2,)]


def test_a_typed_bracket_left_untagged_cites_where_citations_are_bracketed(tmp_path: Path) -> None:
    """Where the tagged citations are bracketed, a typed "[4]" in prose cites; a bracket
    after a short word or a digit, before a unit or a hyphened word, in a clause that names
    a range or an interval, past the list, or in a caption does not."""
    body = (
        f"<p>Snails need lime [{x(1)}] and shade [{x(2)}, {x(3)}], as shown twice [4] and "
        "in gardens [2-3]. The fit F[1,2] = 4, exon 11[4], angles of [1, 3] mm, a "
        "[1,4]-addition, a 95% CI [2, 4], values ranging over [1, 5], the note [9].</p>"
        "<fig><caption><p>Shells [5].</p></caption></fig>"
    )
    art = markers(article(tmp_path, body, refs(5)), untagged=True).printed
    found = [(art.text[m.start : m.end], m.numbers, m.untagged) for m in art.markers]
    assert found == [
        ("[1]", (1,), False),
        ("[2, 3]", (2, 3), False),
        ("[4]", (4,), True),
        ("[2-3]", (2, 3), True),
    ]


def test_an_xref_on_an_exponent_is_no_citation_by_the_declared_rule(tmp_path: Path) -> None:
    """Where the markup tags an exponent or a symbol's label as a citation (a unit squared
    after its quantity, a power of ten, a lone letter squared, a label glued to its word),
    the Word benchmark's truth sets it aside, counted; a name's number ("pes-10"), a capital
    that names by its letter ("hepatitis B"), a raised group and a citation after a word
    still cite, and nothing is set aside unless asked."""
    sup = "<sup>{}</sup>".format
    body = (
        f"<p>Filtration under 15 mL/min/1.73 m{sup(x(2))} and an area of 100 cm{sup(x(3))}"
        f" of fat, 1&#8211;5&#215;10{sup(x(6))}CFU/mL, a fit R{sup(x(2))} = 0.99 and "
        f"(&#967;{sup(x(2))}) tests; the &#916;{sup(x(7))}sterols and the orbital 3d "
        f"<sub>z</sub> {sup(x(3))} bind. The promoter pes-10{sup(x(5))} and hepatitis "
        f"B{sup(x(4))} cite, as do m{sup(x(2) + ',' + x(3))} and the shrub{sup(x(1))}.</p>"
    )
    path = article(tmp_path, body, refs(7))
    assert len(markers(path).printed.markers) == 11 and not markers(path).set_aside
    art = markers(path, untagged=True)
    assert [m.numbers for m in art.printed.markers] == [(5,), (4,), (2, 3), (1,)]
    rules = [rule for rule, _ in art.set_aside]
    assert rules == ["exponent"] * 7


def test_a_label_printing_other_numbers_than_its_rid_reads_as_printed(tmp_path: Path) -> None:
    """A numeric label whose numbers all lie within the list but not the rid's (a default
    rid printed "4", a range printed for one rid) cites what it prints, counted, where asked;
    a label past the list, or with a space in it, keeps its rid."""
    sup = "<sup>{}</sup>".format
    body = (
        f"<p>Snails need lime.{sup(x(1, '4', 'B1'))} Shade helps.{sup(x(2, '3-5,7', 'B2'))}"
        f" Rain too.{sup(x(6, '2021', 'B6'))} Wind.{sup(x(1, '34 5', 'B1'))} "
        f"Sun.{sup(x(2))}</p>"
    )
    path = article(tmp_path, body, refs(7))
    assert [m.numbers for m in markers(path).printed.markers][:2] == [(1,), (2,)]
    art = markers(path, untagged=True)
    assert [m.numbers for m in art.printed.markers] == [(4,), (3, 4, 5, 7), (6,), (1,), (2,)]
    assert [rule for rule, _ in art.set_aside] == ["relabelled (rid [1])", "relabelled (rid [2])"]


UNMARKED = """
<ref id="R1"><label>1</label><mixed-citation publication-type="journal">
<person-group person-group-type="author"><name><surname>Quillfeather</surname>
<given-names>AB</given-names></name></person-group>
<year>2031</year>
<article-title>Invented findings on imaginary cells</article-title>
<source>Journal of Made Up Studies</source>
<volume>12</volume>
<fpage>101</fpage>&#8211;<lpage>109</lpage>
</mixed-citation></ref>
<ref id="R2"><label>2</label><mixed-citation publication-type="journal">
<person-group person-group-type="author"><name><surname>Marrowby</surname>
<given-names>C</given-names></name></person-group> <year>2030</year>
<article-title>Why do imaginary cells divide?</article-title>
<source>J Made Up Stud</source> <volume>11</volume>:<fpage>5</fpage>
</mixed-citation></ref>
"""


def test_a_title_and_journal_printed_with_no_mark_between_are_set_aside(tmp_path: Path) -> None:
    # the renderer adds the marks: where the title ends is not printed
    unmarked, marked = references(article(tmp_path, "<p>x</p>", UNMARKED))
    assert unmarked.text == (
        "Quillfeather AB 2031 Invented findings on imaginary cells Journal of Made Up Studies "
        "12 101–109"
    )
    assert (unmarked.title, unmarked.container) == (None, None)
    assert any("no mark between" in note for note in unmarked.notes)
    assert (unmarked.volume, unmarked.fpage, unmarked.year) == ("12", "101", "2031")
    # a title closed by its own question mark is printed whole
    assert (marked.title, marked.container) == ("Why do imaginary cells divide?", "J Made Up Stud")
    assert not marked.notes


PREPRINT = """
<ref id="R1"><label>1</label><mixed-citation publication-type="journal"><person-group
 person-group-type="author"><name><surname>Quillfeather</surname><given-names>A</given-names>
</name></person-group> (<year>2030</year>) <article-title>Pretend networks for made-up
 genomics</article-title>. <source>arXiv preprint arXiv</source>: 3011.09340.
</mixed-citation></ref>
"""


def test_google_scholars_preprint_source_names_the_server(tmp_path: Path) -> None:
    (ref,) = references(article(tmp_path, "<p>x</p>", PREPRINT))
    assert ref.container == "arXiv"
    assert any("names the server" in note for note in ref.notes)


PROGRAM = """
<ref id="R1"><label>1</label><mixed-citation publication-type="journal"><person-group
 person-group-type="author"><name><surname>Quillfeather</surname><given-names>A</given-names>
</name></person-group> <source>PretendSeq: a tool for made-up reads</source>.
 <year>2030</year>.</mixed-citation></ref>
<ref id="R2"><label>2</label><mixed-citation publication-type="journal"><person-group
 person-group-type="author"><name><surname>Marrowby</surname><given-names>C</given-names>
</name></person-group>. <source>J Made Up Stud</source> <year>2030</year>;<volume>4</volume>:
<fpage>7</fpage>.</mixed-citation></ref>
"""


def test_a_journal_with_no_title_nor_place_in_one_tags_the_works_title(tmp_path: Path) -> None:
    program, untitled_article = references(article(tmp_path, "<p>x</p>", PROGRAM))
    assert (program.title, program.container, program.pub_type) == (
        "PretendSeq: a tool for made-up reads",
        None,
        None,
    )
    assert any("title from the source" in note for note in program.notes)
    # an article printed without its title keeps its journal: its volume places it there
    assert (untitled_article.title, untitled_article.container) == (None, "J Made Up Stud")


OPENER = """
<ref id="R1"><label>1</label><mixed-citation publication-type="journal"><person-group
 person-group-type="author"><name><surname>Quillfeather</surname><given-names>A</given-names>
</name></person-group> (<year>2030</year>) <article-title>Pretend cells in made-up livers:
 plan and progress. <italic>Mol</italic></article-title>. <source>Cell Pretendomics</source>
 <volume>4</volume>, <fpage>18</fpage>&#8211;<lpage>24</lpage></mixed-citation></ref>
<ref id="R2"><label>2</label><mixed-citation publication-type="journal"><person-group
 person-group-type="author"><name><surname>Marrowby</surname><given-names>C</given-names>
</name></person-group> (<year>2030</year>) <article-title>Pretend burials in Freedonia,
 Siberia</article-title>. <source>Made Up Antiquity</source> <volume>5</volume>,
 <fpage>1</fpage>&#8211;<lpage>9</lpage></mixed-citation></ref>
"""


def test_a_journals_first_word_tagged_in_the_title_is_the_journals(tmp_path: Path) -> None:
    opener, place = references(article(tmp_path, "<p>x</p>", OPENER))
    assert (opener.title, opener.container) == (
        "Pretend cells in made-up livers: plan and progress",
        "Mol. Cell Pretendomics",
    )
    assert any("first word" in note for note in opener.notes)
    # a place at the title's end stays the title's
    assert (place.title, place.container) == (
        "Pretend burials in Freedonia, Siberia",
        "Made Up Antiquity",
    )


def test_an_etal_tagged_but_not_printed_is_read_as_printed(tmp_path: Path) -> None:
    # made-up references: the printed twin drops the tagged et al ("Lantern B, . Title"), or
    # prints it
    cite = """<element-citation publication-type="journal"><person-group><name><surname>Wickham
</surname><given-names>A</given-names></name><name><surname>Lantern</surname><given-names>B
</given-names></name><etal/></person-group><article-title>Imagined lamps</article-title>
<source>J Made Up</source><year>2030</year></element-citation>"""
    refs = f"""
<ref id="R1"><label>1</label>{cite}<mixed-citation publication-type="other">1. Wickham A,
Lantern B, . Imagined lamps. J Made Up. 2030</mixed-citation></ref>
<ref id="R2"><label>2</label>{cite}<mixed-citation publication-type="other">2. Wickham A,
Lantern B, et al. Imagined lamps. J Made Up. 2030</mixed-citation></ref>
"""
    dropped, printed = references(article(tmp_path, "<p>x</p>", refs))
    assert (dropped.etal, printed.etal) == (False, True)
    assert any("et al read as printed" in note for note in dropped.notes)
    assert not printed.notes


def test_a_rid_naming_a_work_inside_a_ref_cites_the_ref(tmp_path: Path) -> None:
    # RID_INSIDE_REF: each work of reference 2 has its own id, and the text links to one
    parted = (
        '<ref id="B1"><label>1</label><mixed-citation>Ref 1.</mixed-citation></ref>'
        '<ref id="B2"><label>2</label><mixed-citation id="B2a">(a) Ref 2a.</mixed-citation>'
        '<mixed-citation id="B2b">(b) Ref 2b.</mixed-citation></ref>'
        '<ref id="B3"><label>3</label><mixed-citation id="B3a">Ref 3.</mixed-citation></ref>'
    )
    body = f"<p>Made first [{x(1)}], then [{x(2, '2b', 'B2b')}] and [{x(3, '3', 'B3a')}].</p>"
    path = article(tmp_path, body, parted)
    assert [numbers for _, numbers, _ in spans(path)] == [(1,), (2,), (3,)]
