"""Comments and text edits in a Word file, at places given as the reader counts them."""

from __future__ import annotations

import io
import zipfile

import pytest
from wordbuild import docx, p, run, t
from wordcheck import W, check_package, covered, document_text, parts, without_comments

from blinarefs.manuscript.document import Location
from blinarefs.manuscript.docx_comments import Comment, add_comments
from blinarefs.manuscript.docx_edit import TextEdit, WordPackage, replace_text


def build(tmp_path, body: str) -> bytes:
    return docx(tmp_path / "in.docx", body).read_bytes()


@pytest.fixture
def doc(tmp_path) -> bytes:
    return build(
        tmp_path,
        p(t("Title of a made-up paper"), style="Title")
        + p(t("Drug A helped most patients"), t("3,1", sup=True), t(". It was "),
            t("safe", italic=True), t("."))
        + p(t("A second paragraph without citations.")),
    )  # fmt: skip


def loc(paragraph: int, run: int, offset: int) -> Location:
    return Location("word/document.xml", paragraph, run, offset)


def annotate(data: bytes, comments) -> bytes:
    package = WordPackage.open(data, "paper.docx")
    add_comments(package, comments, date="2026-01-01T00:00:00Z")
    return package.save()


def test_comments_are_anchored_and_the_document_is_otherwise_unchanged(doc):
    new = annotate(
        doc,
        [
            Comment(loc(1, 1, 0), loc(1, 1, 2), ("error: out of order",)),
            Comment(loc(1, 0, 0), loc(1, 4, 0), ("warning: a claim", "-> cite it")),
            Comment(loc(1, 0, 5), loc(1, 0, 5), ("one character",)),
            Comment(loc(2, 0, 2), loc(2, 0, 7), ("inside a run",)),
        ],
    )
    xml = check_package(new)
    assert without_comments(xml["word/document.xml"]) == without_comments(
        parts(doc)["word/document.xml"]
    )
    assert document_text(new) == document_text(doc)
    comments = list(xml["word/comments.xml"].iter(W + "comment"))
    assert [c.get(W + "id") for c in comments] == ["0", "1", "2", "3"]
    assert comments[1].get(W + "author") == "blinarefs" and comments[1].get(W + "initials")
    assert ["".join(p.itertext()) for p in comments[1].iter(W + "p")] == [
        "warning: a claim",
        "-> cite it",
    ]
    # each range covers exactly its characters
    assert covered(xml["word/document.xml"], "0") == "3,1"
    assert covered(xml["word/document.xml"], "1") == "Drug A helped most patients3,1. It was safe."
    assert covered(xml["word/document.xml"], "2") == "A"
    assert covered(xml["word/document.xml"], "3") == "second"
    # the superscript run split for comment 0 kept its formatting on both sides
    sup = [
        r
        for r in xml["word/document.xml"].iter(W + "r")
        if r.find(f"{W}rPr/{W}vertAlign") is not None
    ]
    assert "".join("".join(r.itertext()) for r in sup) == "3,1"


def test_existing_comments_are_kept_and_new_ids_follow_them(tmp_path):
    old = (
        '<w:comment w:id="4" w:author="Editor" w:initials="ED"><w:p><w:r><w:t>Earlier remark</w:t>'
        "</w:r></w:p></w:comment>"
    )
    plain = build(
        tmp_path,
        p(t("Text"))
        + p('<w:commentRangeStart w:id="4"/>', t("Old anchor"), '<w:commentRangeEnd w:id="4"/>',
            run('<w:commentReference w:id="4"/>')),
    )  # fmt: skip
    doc = with_comments_part(plain, f'<w:comments xmlns:w="{W[1:-1]}">{old}</w:comments>')
    new = annotate(doc, [Comment(loc(0, 0, 0), loc(0, 0, 3), ("new",))])
    xml = check_package(new)
    comments = list(xml["word/comments.xml"].iter(W + "comment"))
    assert [(c.get(W + "id"), c.get(W + "author")) for c in comments] == [
        ("4", "Editor"),
        ("5", "blinarefs"),
    ]
    types = parts(new)["[Content_Types].xml"]
    assert sum(o.get("PartName") == "/word/comments.xml" for o in types) == 1


def test_replace_text_keeps_the_first_runs_formatting(tmp_path):
    doc = build(
        tmp_path,
        p(t("See "), t("[", italic=True), t("3", italic=True), t(", 1]", sup=True), t(" here.")),
    )
    package = WordPackage.open(doc, "p.docx")
    # replace "3, 1" (runs 2 and 3) by "1, 3"
    replace_text(package, [TextEdit(loc(0, 2, 0), loc(0, 3, 2), "1, 3")])
    new = package.save()
    check_package(new)
    assert document_text(new) == ["See [1, 3] here."]
    runs = list(parts(new)["word/document.xml"].iter(W + "r"))
    italic = ["".join(r.itertext()) for r in runs if r.find(f"{W}rPr/{W}i") is not None]
    assert italic == ["[", "1, 3"]
    assert ["".join(r.itertext()) for r in runs if r.find(f"{W}rPr/{W}vertAlign") is not None] == [
        "]"
    ]


def test_untouched_parts_are_copied_byte_for_byte(doc):
    package = WordPackage.open(doc, "p.docx")
    add_comments(package, [Comment(loc(2, 0, 0), loc(2, 0, 0), ("x",))])
    with zipfile.ZipFile(io.BytesIO(doc)) as a, zipfile.ZipFile(io.BytesIO(package.save())) as b:
        assert a.read("_rels/.rels") == b.read("_rels/.rels")
        assert set(b.namelist()) == set(a.namelist()) | {"word/comments.xml"}


def with_comments_part(data: bytes, xml: str) -> bytes:
    """``data`` with a comments part, registered as Word registers it."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dest:
        for name in src.namelist():
            content = src.read(name)
            if name == "[Content_Types].xml":
                content = content.replace(
                    b"</Types>",
                    b'<Override PartName="/word/comments.xml" ContentType="application/vnd.'
                    b'openxmlformats-officedocument.wordprocessingml.comments+xml"/></Types>',
                )
            if name == "word/_rels/document.xml.rels":
                content = content.replace(
                    b"</Relationships>",
                    b'<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/'
                    b'officeDocument/2006/relationships/comments" Target="comments.xml"/>'
                    b"</Relationships>",
                )
            dest.writestr(name, content)
        dest.writestr("word/comments.xml", xml)
    return out.getvalue()


def test_not_a_word_file_is_one_clear_error():
    from blinarefs.errors import ParseError

    with pytest.raises(ParseError, match=r"paper\.docx: not a Word file"):
        WordPackage.open(b"PK\x03\x04 not really", "paper.docx")


def test_a_control_around_paragraphs_is_commented_from_outside(tmp_path):
    """LibreOffice hides the text of a block content control holding a comment: the range
    goes around the control, the reference into the next paragraph."""
    from wordbuild import sdt

    doc = build(tmp_path, p(t("Before")) + sdt("x", p(t("Inside control"))) + p(t("After")))
    new = annotate(doc, [Comment(loc(1, 0, 0), loc(1, 0, 5), ("about the control",))])
    xml = check_package(new)
    body = xml["word/document.xml"].find(W + "body")
    assert [n.tag.split("}")[1] for n in body][:5] == [
        "p", "commentRangeStart", "sdt", "commentRangeEnd", "p"
    ]  # fmt: skip
    assert body[4].find(f"{W}r/{W}commentReference") is not None
    assert without_comments(xml["word/document.xml"]) == without_comments(
        parts(doc)["word/document.xml"]
    )
