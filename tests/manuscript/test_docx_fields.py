"""Reference-manager citations in Word: every storage form Zotero, Mendeley and EndNote use,
in the body and in footnotes, read with the works they cite. The items are made up for the
tests; the codes are shaped as the managers write them."""

from __future__ import annotations

import pytest
from wordbuild import (
    bookmark,
    docx,
    endnote_data_field,
    endnote_xml,
    field,
    footnote_ref,
    mendeley_legacy_code,
    mendeley_tag,
    notes,
    p,
    sdt,
    simple_field,
    t,
    zotero_bookmark_properties,
    zotero_code,
)

from blinarefs.manuscript import read_manuscript
from blinarefs.trace.load import load_inputs

A = {
    "n": 1,
    "type": "article-journal",
    "title": "A made-up trial of drug X",
    "author": [{"family": "Roe", "given": "Jane"}, {"family": "Doe", "given": "John"}],
    "issued": {"date-parts": [[2020, 3]]},
    "container-title": "Test Journal of Medicine",
    "volume": "12",
    "page": "100-109",
    "DOI": "10.0000/test.a",
}
B = {
    "n": 2,
    "type": "book",
    "title": "An invented handbook",
    "author": [{"family": "Poe", "given": "Edgar"}],
    "issued": {"date-parts": [[2019]]},
    "publisher": "Test Press",
}
EN_A = {"n": 7, "author": "Roe, Jane", "year": "2020", "title": "A made-up trial of drug X",
        "journal": "Test Journal of Medicine"}  # fmt: skip
EN_B = {"n": 9, "author": "Poe, Edgar", "year": "2019", "title": "An invented handbook",
        "journal": "Test Series"}  # fmt: skip


def _read(tmp_path, body, **parts):
    return read_manuscript(docx(tmp_path / "f.docx", body, **parts))


def _summary(doc):
    return [(m.text, m.origin, [doc_ref(doc, k).title for k in m.keys]) for m in doc.markers]


def doc_ref(doc, key):
    return next(r for r in doc.references if r.id == key)


@pytest.mark.parametrize("cut", [1, 7])
def test_zotero_complex_field_cut_over_runs(tmp_path, cut):
    code = zotero_code([A, B], "1,2")
    doc = _read(tmp_path, p(t("Drug X works"), field(code, "1,2", cut=cut, sup=True), t(".")))
    assert _summary(doc) == [
        ("¹,²", "field:zotero", ["A made-up trial of drug X", "An invented handbook"])
    ]
    ref = doc_ref(doc, doc.markers[0].keys[0])
    assert (ref.doi, ref.volume, ref.page, ref.issued) == (
        "10.0000/test.a",
        "12",
        "100-109",
        (2020, 3),
    )
    assert ("title", "word field") in ref.provenance
    assert doc.references_from == "word field"
    assert doc.text == "Drug X works¹,².\n"


def test_zotero_simple_field_and_repeated_citation_share_one_reference(tmp_path):
    body = p(
        t("First"),
        simple_field(zotero_code([A], "(Roe 2020)"), "(Roe 2020)"),
        t(" and again "),
        field(zotero_code([A], "(Roe 2020)"), "(Roe 2020)"),
        t("."),
    )
    doc = _read(tmp_path, body)
    assert [m.text for m in doc.markers] == ["(Roe 2020)", "(Roe 2020)"]
    assert len(doc.references) == 1 and doc.markers[0].keys == doc.markers[1].keys


def test_zotero_bibliography_field_marks_the_printed_list(tmp_path):
    bibl = ' ADDIN ZOTERO_BIBL {"uncited":[],"omitted":[],"custom":[]} CSL_BIBLIOGRAPHY '
    body = (
        p(t("Drug X works"), field(zotero_code([A], "1"), "1", sup=True), t("."))
        + p(t("Bibliography"), style="Heading1")
        + p(field(bibl, "1. Roe J, Doe J. A made-up trial of drug X. 2020."))
    )
    doc = _read(tmp_path, body)
    assert doc.text[doc.reference_list_start :].startswith("1. Roe J")


def test_zotero_bookmark_mode_reads_the_code_from_custom_properties(tmp_path):
    code = "ZOTERO_ITEM CSL_CITATION " + zotero_code([A, B], "1,2").split("CSL_CITATION ", 1)[1]
    props = zotero_bookmark_properties("ZOTERO_BREF_aBcD1234", code.strip(), size=255)
    assert len(props) > 1  # the code really is split
    body = p(t("Drug X works "), bookmark("ZOTERO_BREF_aBcD1234", t("(Roe 2020; Poe 2019)"), 5))
    doc = _read(tmp_path, body, custom=props)
    assert _summary(doc) == [
        (
            "(Roe 2020; Poe 2019)",
            "field:zotero",
            ["A made-up trial of drug X", "An invented handbook"],
        )
    ]


def test_mendeley_bookmarks_written_by_libreoffice(tmp_path):
    # Mendeley's LibreOffice plugin, saved as .docx: a bookmark per citation, its code split
    # over custom properties as Zotero's bookmark mode splits it. LibreOffice writes each
    # mark twice (two names, one range, one code), and the properties keep the codes of
    # citations deleted since (no bookmark names them): one citation each, stale codes unread.
    first, second = mendeley_legacy_code([A], "(1)"), mendeley_legacy_code([A, B], "(1,2)")
    props = {
        **zotero_bookmark_properties("Mendeley_Bookmark_Aa1", first),
        **zotero_bookmark_properties("Mendeley_Bookmark_Bb2", first),
        **zotero_bookmark_properties("Mendeley_Bookmark_Cc3", second),
        **zotero_bookmark_properties("Mendeley_Bookmark_Zz9", mendeley_legacy_code([B], "(2)")),
    }
    twice = '<w:bookmarkStart w:id="1" w:name="Mendeley_Bookmark_Aa1"/>'
    twice += bookmark("Mendeley_Bookmark_Bb2", t("(1)"), 2) + '<w:bookmarkEnd w:id="1"/>'
    body = p(t("Drug X works "), twice, t(", as later trials agree "))
    body += p(t("and so do others "), bookmark("Mendeley_Bookmark_Cc3", t("(1,2)"), 3), t("."))
    doc = _read(tmp_path, body, custom=props)
    assert _summary(doc) == [
        ("(1)", "field:mendeley", ["A made-up trial of drug X"]),
        ("(1,2)", "field:mendeley", ["A made-up trial of drug X", "An invented handbook"]),
    ]
    assert doc.references_from == "word field"


def test_a_numbered_list_in_the_text_is_no_reference_list(tmp_path):
    # A numbered list with no "References" heading and no year in any item (steps,
    # criteria), followed by more sections: the citations after it stay in the text.
    body = p(t("Patients met the criteria:"))
    body += "".join(p(t(f"{n}. Criterion {w} was met.")) for n, w in enumerate("ABC", 1))
    body += p(t("Discussion"), style="Heading1")
    body += p(t("Drug X works "), field(mendeley_legacy_code([A], "(1)"), "(1)"), t("."))
    path = docx(tmp_path / "f.docx", body)
    doc = read_manuscript(path)
    assert doc.reference_list_start is None
    assert _summary(doc) == [("(1)", "field:mendeley", ["A made-up trial of drug X"])]
    traced = load_inputs(path)  # what check reads: the text runs to its end
    assert traced.body_end is None and traced.problems == []


def test_citations_in_footnotes(tmp_path):
    body = p(t("Drug X works"), footnote_ref(1), t("."))
    fn = notes(
        "footnote", {1: p(t("See "), field(zotero_code([B], "Poe, Handbook."), "Poe, Handbook."))}
    )
    doc = _read(tmp_path, body, footnotes_xml=fn)
    assert _summary(doc) == [("Poe, Handbook.", "field:zotero", ["An invented handbook"])]
    assert doc.text.index("Notes") < doc.markers[0].start


def test_mendeley_legacy_field(tmp_path):
    doc = _read(
        tmp_path, p(t("Known"), field(mendeley_legacy_code([A, B], "[1,2]"), "[1,2]"), t("."))
    )
    assert _summary(doc) == [
        ("[1,2]", "field:mendeley", ["A made-up trial of drug X", "An invented handbook"])
    ]
    assert doc.markers[0].numbers == (1, 2)


def test_mendeley_items_without_uris_are_told_apart_by_their_data(tmp_path):
    # an old Mendeley code with no "uris": each citation numbers its items ITEM-1, ITEM-2,
    # so the first item of one citation is no other citation's first item
    import json

    def code(items: list[dict], shown: str) -> str:
        cited = [{"id": f"ITEM-{i}", "itemData": {**item, "id": f"ITEM-{i}"}}
                 for i, item in enumerate(items, 1)]  # fmt: skip
        data = {"citationItems": cited, "mendeley": {"formattedCitation": shown}}
        return f"ADDIN CSL_CITATION {json.dumps(data)}"

    body = p(t("Known "), field(code([A], "[1]"), "[1]"), t(", handbook "),
             field(code([B], "[2]"), "[2]"), t(", both "),
             field(code([B, A], "[1,2]"), "[1,2]"))  # fmt: skip
    doc = _read(tmp_path, body)
    assert _summary(doc) == [
        ("[1]", "field:mendeley", ["A made-up trial of drug X"]),
        ("[2]", "field:mendeley", ["An invented handbook"]),
        ("[1,2]", "field:mendeley", ["An invented handbook", "A made-up trial of drug X"]),
    ]
    assert len(doc.references) == 2


def test_mendeley_cite_content_control(tmp_path):
    body = p(t("Known"), sdt(mendeley_tag([B]), t("(Poe, 2019)")), t("."))
    body += p(sdt("MENDELEY_BIBLIOGRAPHY", t("Poe E. An invented handbook. 2019.")))
    doc = _read(tmp_path, body)
    assert _summary(doc) == [("(Poe, 2019)", "field:mendeley", ["An invented handbook"])]
    assert doc.text[doc.reference_list_start :].startswith("Poe E.")


def test_mendeley_cite_tag_in_the_url_safe_alphabet(tmp_path):
    # Mendeley Cite writes its tags' base64 URL-safe ("-", "_") and unpadded; the standard
    # decoder drops those characters and reads garbage
    prefix = "MENDELEY_CITATION_v3_"
    item = {**B, "title": "An invented handbook?>>> (2nd ed.)", "note": "~~~???"}
    standard = mendeley_tag([item])[len(prefix) :]
    url_safe = standard.replace("+", "-").replace("/", "_").rstrip("=")
    assert "-" in url_safe or "_" in url_safe
    body = p(t("Known"), sdt(prefix + url_safe, t("(Poe, 2019)")), t("."))
    doc = _read(tmp_path, body)
    assert _summary(doc) == [
        ("(Poe, 2019)", "field:mendeley", ["An invented handbook?>>> (2nd ed.)"])
    ]


def test_endnote_inline_and_base64_data(tmp_path):
    inline = field(" ADDIN EN.CITE " + endnote_xml([EN_A], "1"), "1", cut=3, sup=True)
    long = endnote_data_field(endnote_xml([EN_A, EN_B], "1,2"), "1,2", sup=True)
    reflist = field(" ADDIN EN.REFLIST ", "1. Roe J. A made-up trial of drug X. 2020.")
    body = p(t("Drug X works"), inline, t(" and lasts"), long, t(".")) + p(reflist)
    doc = _read(tmp_path, body)
    assert _summary(doc) == [
        ("¹", "field:endnote", ["A made-up trial of drug X"]),
        ("¹,²", "field:endnote", ["A made-up trial of drug X", "An invented handbook"]),
    ]
    assert len(doc.references) == 2
    assert doc.text[doc.reference_list_start :].startswith("1. Roe J.")
    first = doc.references[0]
    assert first.author[0].family == "Roe" and first.container_title == "Test Journal of Medicine"


def test_old_reference_manager_mdl_code(tmp_path):
    mdl = (
        "<Refman><Cite><Author>Roe</Author><Year>2020</Year><RecNum>3</RecNum>"
        '<MDL Ref_Type="Journal"><Ref_Type>Journal</Ref_Type><Ref_ID>3</Ref_ID>'
        "<Title_Primary>A made-up trial of drug X</Title_Primary>"
        "<Authors_Primary>Roe,J.</Authors_Primary><Authors_Primary>Doe,J.</Authors_Primary>"
        "<Date_Primary>2020</Date_Primary><Periodical>Test J.Med.</Periodical>"
        "<Volume>12</Volume><Start_Page>100</Start_Page><End_Page>109</End_Page></MDL>"
        "</Cite></Refman>"
    )
    doc = _read(tmp_path, p(t("Drug X"), field(" ADDIN REFMGR.CITE " + mdl, "(1)"), t(".")))
    ref = doc.references[0]
    assert (ref.title, ref.volume, ref.page, ref.year) == (
        "A made-up trial of drug X",
        "12",
        "100-109",
        2020,
    )
    assert [a.family for a in ref.author] == ["Roe", "Doe"]


def test_a_broken_field_is_reported_not_fatal(tmp_path):
    body = p(
        t("Drug X"), field(" ADDIN ZOTERO_ITEM CSL_CITATION {not json} ", "1", sup=True), t(".")
    )
    doc = _read(tmp_path, body)
    assert any("cannot be read" in f.message for f in doc.findings)
    assert doc.text == "Drug X¹.\n"
    assert [m.origin for m in doc.markers] == ["field:unreadable"]


def test_other_fields_are_text(tmp_path):
    doc = _read(tmp_path, p(t("Page "), field(" PAGE ", "3"), t(" of "), field(" NUMPAGES ", "9")))
    assert doc.text == "Page 3 of 9\n" and doc.markers == ()


def test_old_zotero_field_without_data_is_left_to_the_decoder(tmp_path, capsys):
    import json

    from blinarefs.cli import main

    code = (
        ' ADDIN ZOTERO_ITEM {"citationID":"x1","citationItems":[{"id":12,'
        '"uris":["http://zotero.org/users/1/items/ABCD1234"]}]} '
    )
    body = p(t("Drug X helped"), simple_field(code, "[1]"), t("."))
    body += p(t("References"), style="Heading1")
    body += p(t("1. Roe J, Doe J. A made-up trial of drug X. Test J Med. 2020;12(3):100-109."))
    path = docx(tmp_path / "old.docx", body)
    doc = read_manuscript(path)
    assert [(m.origin, m.keys) for m in doc.markers] == [("field:zotero", ())]
    assert any(f.code == "field-without-data" for f in doc.findings)
    assert main(["trace", str(path), "--json"]) == 0
    cited = json.loads(capsys.readouterr().out)["citations"]
    assert [(c["marker"], c["numbers"]) for c in cited] == [("[1]", [1])]


def test_endnote_data_ending_in_nul_and_author_inside_the_field(tmp_path):
    # EndNote ends the base64 copy with a NUL byte; an "Author [n]" citation keeps the
    # author's name inside the field, and the marker is the number it ends with.
    data = endnote_data_field(endnote_xml([EN_A, EN_B], "[7, 9]") + "\x00", "[7, 9]")
    named = field(" ADDIN EN.CITE " + endnote_xml([EN_B], "Poe [9]"), "Poe [9]")
    dated = field(" ADDIN EN.CITE " + endnote_xml([EN_A], "Roe (2020)"), "Roe (2020)")
    doc = _read(tmp_path, p(t("Drug X works "), data, t(" as "), named, t(" and "), dated))
    assert not [f for f in doc.findings if "cannot be read" in f.message]
    assert [(m.text, m.numbers, len(m.keys)) for m in doc.markers] == [
        ("[7, 9]", (7, 9), 2),
        ("[9]", (9,), 1),
        ("Roe (2020)", (), 1),
    ]


@pytest.mark.parametrize(
    ("parts", "issued"),
    [
        (["2016", "Jan"], (2016, 1)),
        ([2016, "September", 5], (2016, 9, 5)),
        ([2016, "Sept."], (2016, 9)),
        ([2016, "Spring"], (2016,)),  # a season: the year stands, no month is guessed
        (["2016", "", "3"], (2016,)),  # a day with no month is no date part
    ],
)
def test_a_month_in_words_keeps_the_year(tmp_path, parts, issued):
    """Some Mendeley and Zotero fields hold the month as a word: the year must stay."""
    item = {**A, "issued": {"date-parts": [parts]}}
    doc = _read(tmp_path, p(t("Known"), field(mendeley_legacy_code([item], "[1]"), "[1]")))
    assert doc.references[0].issued == issued
    assert doc.references[0].year == 2016
