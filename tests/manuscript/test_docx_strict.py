"""Strict Open XML (Word's "Strict Open XML Document"): the same manuscript as a transitional
file, its parts bound to the ``purl.oclc.org/ooxml`` namespaces and its relationships typed
with Strict names, is read the same way, and ``check --annotate`` writes it back in its own
form. The manuscripts are made up for the tests; the markup follows ISO/IEC 29500-1 Strict.
"""

from __future__ import annotations

import contextlib
import io
import json
import zipfile

from wordbuild import (
    STRICT,
    bookmark,
    docx,
    field,
    footnote_ref,
    notes,
    numbering,
    p,
    run,
    t,
    zotero_bookmark_properties,
    zotero_code,
)
from wordcheck import W_NS, W, check_package, covered, without_comments

from blinarefs.cli import main
from blinarefs.manuscript import read_manuscript
from blinarefs.manuscript.wordml_strict import to_strict, to_transitional

STRICT_W = STRICT[W_NS]
WORK = {
    "n": 5,
    "type": "article-journal",
    "title": "An invented cohort of tea drinkers",
    "author": [{"family": "Quill", "given": "Ada"}],
    "issued": {"date-parts": [[2021]]},
    "container-title": "Journal of Made-up Results",
}
LIST = [
    "Quill A. An invented cohort of tea drinkers. J Made-up Res. 2021;3:1-8.",
    "Vane B, Wick C. A fictional trial of morning walks. Imag Med. 2018;7:40-49.",
    "Yarrow D. Notes on a pretend survey. Fict Stud. 2016;2:5-9.",
    "Zeal E. An uncited made-up essay on naps. Fict Stud. 2015;1:1-4.",
]


def manuscript(extra: str = "") -> str:
    """Raised citations by a character style and by direct formatting, an automatically
    numbered list, a footnote with a Zotero field, a Zotero citation in bookmark mode."""
    return (
        p(t("A made-up manuscript on tea"), style="Title")
        + p(t("Introduction"), style="Heading1")
        + p(t("Tea drinkers slept longer"), t("1,2", style="CiteSup"),
            t(". Walkers slept as long"), t("3", sup=True), t(" and more."), footnote_ref(1))
        + p(t("Others agree "),
            bookmark("ZOTERO_BREF_tea1", t("(Quill 2021)"), 7), t("."))
        + extra
        + p(t("References"), style="Heading1")
        + "".join(p(t(ref), num=(1, 0)) for ref in LIST)
    )  # fmt: skip


FOOTNOTES = notes("footnote", {1: p(t("See "), field(zotero_code([WORK], "Quill"), "Quill"))})


def build(path, *, strict: bool, **parts):
    data = zotero_code([WORK], "(Quill 2021)").split("CSL_CITATION ", 1)[1]
    code = "ZOTERO_ITEM CSL_CITATION " + data
    return docx(
        path, manuscript(), numbering_xml=numbering(), footnotes_xml=FOOTNOTES,
        custom=zotero_bookmark_properties("ZOTERO_BREF_tea1", code.strip(), size=200),
        strict=strict, **parts,
    )  # fmt: skip


def _what_is_read(doc):
    refs = [(r.id, r.title, r.year) for r in doc.references]
    markers = [(m.start, m.end, m.numbers, m.keys, m.origin, m.superscript) for m in doc.markers]
    sections = [(s.title, s.level, s.start, s.end) for s in doc.sections]
    return (doc.text, markers, refs, sections, doc.notes, doc.reference_list_start)


def test_the_built_file_is_strict(tmp_path):
    """The test's own file: no transitional namespace or relationship type is left in it."""
    with zipfile.ZipFile(build(tmp_path / "s.docx", strict=True)) as zf:
        for name in zf.namelist():
            data = zf.read(name).decode()
            assert "schemas.openxmlformats.org/wordprocessingml" not in data, name
            assert "schemas.openxmlformats.org/officeDocument" not in data, name
        assert f'xmlns:w="{STRICT_W}"' in zf.read("word/numbering.xml").decode()
        assert (
            "purl.oclc.org/ooxml/officeDocument/customProperties"
            in zf.read("docProps/custom.xml").decode()
        )


def test_strict_reads_as_transitional(tmp_path):
    plain = read_manuscript(build(tmp_path / "t.docx", strict=False))
    strict = read_manuscript(build(tmp_path / "s.docx", strict=True))
    assert _what_is_read(strict) == _what_is_read(plain)
    # and what is read is the manuscript: numbers from numbering.xml, raised citations from
    # the styles, the footnote's field and the bookmark's code from the custom properties
    assert "1. Quill A. An invented cohort" in strict.text
    shown = [(m.text, m.origin) for m in strict.markers]
    assert shown == [("¹,²", "superscript-run"), ("³", "superscript-run"),
                     ("(Quill 2021)", "field:zotero"), ("Quill", "field:zotero")]  # fmt: skip
    assert [r.title for r in strict.references] == [WORK["title"]]
    titles = [s.title for s in strict.sections]
    assert titles == ["A made-up manuscript on tea", "Introduction", "References"]


def test_only_namespace_declarations_are_rebound():
    """Text that quotes a Strict namespace stays as written; a declaration with single
    quotes or a default namespace is rebound, and bound back as it was."""
    part = (
        f"<w:document xmlns:w='{STRICT_W}'><w:body><w:p><w:r><w:t>see {STRICT_W}</w:t>"
        f'</w:r></w:p></w:body><x xmlns="{STRICT_W}"/></w:document>'
    ).encode()
    mapped, rebound = to_transitional(part)
    assert mapped.count(W_NS.encode()) == 2 and mapped.count(STRICT_W.encode()) == 1
    assert rebound == {W_NS: STRICT_W}
    assert to_strict(mapped, rebound) == part
    assert to_transitional(b"<a xmlns='urn:other'/>") == (b"<a xmlns='urn:other'/>", {})


def run_check(*args: str) -> tuple[int, dict]:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = main(["check", *args, "--json"])
    return code, json.loads(out.getvalue())


def _as_transitional(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return {name: to_transitional(zf.read(name))[0] for name in zf.namelist()}


def _repacked(parts: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        for name, data in parts.items():
            zf.writestr(name, data)
    return out.getvalue()


def test_annotate_writes_a_strict_file_back_in_its_form(tmp_path):
    source = build(tmp_path / "paper.docx", strict=True)
    target = tmp_path / "checked.docx"
    _, report = run_check(str(source), "--annotate", "-o", str(target))
    assert report["comments"] == len(report["findings"]) > 0
    with zipfile.ZipFile(target) as zf:
        document = zf.read("word/document.xml").decode()
        comments = zf.read("word/comments.xml").decode()
        rels = zf.read("word/_rels/document.xml.rels").decode()
    for part in (document, comments):
        assert f'xmlns:w="{STRICT_W}"' in part and W_NS not in part
    assert 'Type="http://purl.oclc.org/ooxml/officeDocument/relationships/comments"' in rels
    assert 'w:conformance="strict"' in document
    # a valid package once read as transitional, the text unchanged but for the comments
    xml = check_package(_repacked(_as_transitional(target.read_bytes())))
    before = check_package(_repacked(_as_transitional(source.read_bytes())))
    assert without_comments(xml["word/document.xml"]) == without_comments(
        before["word/document.xml"]
    )
    uncited = next(
        c.get(W + "id") for c in xml["word/comments.xml"].iter(W + "comment")
        if "[uncited-reference]" in "".join(c.itertext())
    )  # fmt: skip
    assert covered(xml["word/document.xml"], uncited).startswith("Zeal E. An uncited")
    assert read_manuscript(target).text == read_manuscript(source).text


def test_annotate_keeps_a_strict_files_comments(tmp_path):
    existing = (
        f'<w:comments xmlns:w="{W_NS}"><w:comment w:id="0" w:author="Editor" '
        'w:initials="ED"><w:p><w:r><w:t>Check this</w:t></w:r></w:p></w:comment></w:comments>'
    )
    remark = p('<w:commentRangeStart w:id="0"/>', t("An editor's remark."),
               '<w:commentRangeEnd w:id="0"/>', run('<w:commentReference w:id="0"/>'))  # fmt: skip
    source = docx(tmp_path / "paper.docx", manuscript(remark), numbering_xml=numbering(),
                  comments_xml=existing, strict=True)  # fmt: skip
    target = tmp_path / "checked.docx"
    _, report = run_check(str(source), "--annotate", "-o", str(target))
    xml = check_package(_repacked(_as_transitional(target.read_bytes())))
    ids = [c.get(W + "id") for c in xml["word/comments.xml"].iter(W + "comment")]
    assert ids == [str(n) for n in range(report["comments"] + 1)]
    rels = xml["word/_rels/document.xml.rels"]
    assert sum(r.get("Type").endswith("/comments") for r in rels) == 1  # the file's own


def test_the_word_checks_read_a_strict_package_as_it_is_written(tmp_path):
    # eval_docx_annotate.py found a Strict file "changed" by its comments alone: the checks
    # looked for the comment anchors in the transitional namespace only
    source = build(tmp_path / "paper.docx", strict=True)
    target = tmp_path / "checked.docx"
    _, report = run_check(str(source), "--annotate", "-o", str(target))
    xml = check_package(target.read_bytes())
    assert len(list(xml["word/comments.xml"].iter(W + "comment"))) == report["comments"] > 0
    before = check_package(source.read_bytes())
    assert without_comments(xml["word/document.xml"]) == without_comments(
        before["word/document.xml"]
    )
