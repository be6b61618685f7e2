"""`blinarefs check paper.docx --annotate -o checked.docx`: one Word comment per finding,
at the citation, claim or reference it is about; the document otherwise unchanged; a
package Word and LibreOffice open. The manuscripts are made up for the tests."""

from __future__ import annotations

import contextlib
import io
import json
import re
import shutil
import subprocess

import pytest
from wordbuild import docx, footnote_ref, notes, p, run, t
from wordcheck import W, check_package, covered, parts, without_comments

from blinarefs.cli import main

REFERENCES = [
    "Author A, Writer B. A made-up trial of drug A in adults. Test J. 2020;1:1-9.",
    "Author C. A made-up safety study of drug B. Test J. 2019;2:10-19.",
    "Author D. A made-up review of both drugs. Test J. 2018;3:20-29.",
    "Author E. A made-up cohort treated with drug C. Test J. 2017;4:30-39.",
]


def manuscript_body(extra: str = "") -> str:
    return (
        p(t("A made-up manuscript"), style="Title")
        + p(t("Drug A helped adults"), t("3,1", sup=True), t(". Drug B was safe in children"),
            t("2", sup=True), t(". Half of 40 patients responded within a year."))
        + p(t("A later study agreed [7]."), footnote_ref(1))
        + extra
        + p(t("References"), style="Heading1")
        + "".join(p(t(f"{n}. {ref}")) for n, ref in enumerate(REFERENCES, 1))
    )  # fmt: skip


FOOTNOTES = notes("footnote", {1: p(t("As shown before [9]."))})


def run_check(*args: str) -> tuple[int, dict]:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = main(["check", *args, "--json"])
    return code, json.loads(out.getvalue())


@pytest.fixture
def annotated(tmp_path):
    source = docx(tmp_path / "paper.docx", manuscript_body(), footnotes_xml=FOOTNOTES)
    target = tmp_path / "paper-checked.docx"
    code, report = run_check(str(source), "--annotate", "-o", str(target))
    return source, target, code, report


def test_one_comment_per_finding_at_its_place(annotated):
    _, target, code, report = annotated
    assert code == 1  # errors found, as check reports them
    codes = sorted(f["code"] for f in report["findings"])
    assert codes == ["citation-order", "dangling-citation", "dangling-citation",
                     "mixed-conventions", "uncited-claim", "uncited-reference"]  # fmt: skip
    assert report["comments"] == len(report["findings"])
    xml = check_package(target.read_bytes())
    document = xml["word/document.xml"]
    comments = {
        c.get(W + "id"): "\n".join("".join(p.itertext()) for p in c.iter(W + "p"))
        for c in xml["word/comments.xml"].iter(W + "comment")
    }
    where = {re.search(r"\[([\w-]+)\]", text).group(1): covered(document, cid)
             for cid, text in comments.items() if not text.startswith("in the")}  # fmt: skip
    assert where == {
        "citation-order": "3,1",
        "dangling-citation": "[7]",
        "mixed-conventions": "[7]",  # superscripts, then a bracketed [7]
        "uncited-claim": "Half of 40 patients responded within a year.",
        "uncited-reference": "4. " + REFERENCES[3],
    }
    order = next(text for text in comments.values() if "[citation-order]" in text)
    assert order.startswith("error [citation-order]: reference 3 is first cited here")
    assert "\n\u2192 renumber the references in order of first citation" in order
    for c in xml["word/comments.xml"].iter(W + "comment"):
        assert c.get(W + "author") == "blinarefs" and c.get(W + "initials") == "BR"
        assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", c.get(W + "date"))


def test_nothing_else_changes(annotated):
    source, target, _, _ = annotated
    before, after = parts(source.read_bytes()), parts(target.read_bytes())
    assert without_comments(after["word/document.xml"]) == without_comments(
        before["word/document.xml"]
    )
    for name in set(before) - {"word/document.xml", "[Content_Types].xml",
                               "word/_rels/document.xml.rels"}:  # fmt: skip
        assert without_comments(after[name]) == without_comments(before[name]), name


def test_a_finding_in_a_footnote_is_anchored_on_its_mark(annotated):
    """LibreOffice will not open a file with a comment inside a note: the comment goes on
    the note's reference mark in the body and quotes what it is about."""
    xml = check_package(annotated[1].read_bytes())
    assert not list(xml["word/footnotes.xml"].iter(W + "commentRangeStart"))
    note = next(
        c for c in xml["word/comments.xml"].iter(W + "comment")
        if "".join(c.itertext()).startswith("in the footnote")
    )  # fmt: skip
    assert "".join(note.itertext()).startswith("in the footnote: \u201c[9]\u201derror [dangling")
    start = next(
        n for n in xml["word/document.xml"].iter(W + "commentRangeStart")
        if n.get(W + "id") == note.get(W + "id")
    )  # fmt: skip
    marked = start.getnext()
    assert marked.find(f"{W}footnoteReference") is not None
    assert marked.getnext().tag == W + "commentRangeEnd"


def test_existing_comments_are_kept(tmp_path):
    existing = (
        p('<w:commentRangeStart w:id="0"/>', t("An editor's remark was here."),
          '<w:commentRangeEnd w:id="0"/>', run('<w:commentReference w:id="0"/>'))
    )  # fmt: skip
    source = docx(tmp_path / "paper.docx", manuscript_body(existing))
    with_comment = tmp_path / "with-comment.docx"
    _add_comments_part(source, with_comment)
    target = tmp_path / "checked.docx"
    _, report = run_check(str(with_comment), "--annotate", "-o", str(target))
    xml = check_package(target.read_bytes())
    comments = list(xml["word/comments.xml"].iter(W + "comment"))
    assert comments[0].get(W + "author") == "Editor"
    assert [c.get(W + "id") for c in comments] == [str(n) for n in range(report["comments"] + 1)]


COMMENTS_TYPE = b"application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"
COMMENTS_REL = b"http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments"


def _add_comments_part(source, target):
    """A copy of ``source`` with a comments part, registered as Word registers it."""
    import zipfile

    comments = (
        '<w:comments xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        '<w:comment w:id="0" w:author="Editor" w:initials="ED"><w:p><w:r><w:t>Check this'
        "</w:t></w:r></w:p></w:comment></w:comments>"
    )
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(target, "w") as dest:
        for name in src.namelist():
            data = src.read(name)
            if name == "[Content_Types].xml":
                override = b'<Override PartName="/word/comments.xml" ContentType="%s"/>'
                data = data.replace(b"</Types>", override % COMMENTS_TYPE + b"</Types>")
            if name == "word/_rels/document.xml.rels":
                rel = b'<Relationship Id="rId99" Type="%s" Target="comments.xml"/>'
                data = data.replace(b"</Relationships>", rel % COMMENTS_REL + b"</Relationships>")
            dest.writestr(name, data)
        dest.writestr("word/comments.xml", comments)


def test_annotate_needs_an_output_and_a_word_file(tmp_path, capsys):
    source = docx(tmp_path / "paper.docx", manuscript_body())
    assert main(["check", str(source), "--annotate"]) == 2
    assert "give -o OUT.docx" in capsys.readouterr().err
    text = tmp_path / "paper.txt"
    text.write_text("A claim [1].\n\nReferences\n1. " + REFERENCES[0] + "\n", encoding="utf-8")
    assert main(["check", str(text), "--annotate", "-o", str(tmp_path / "x.docx")]) == 2
    assert "--annotate needs a Word (.docx) manuscript" in capsys.readouterr().err
    assert not (tmp_path / "x.docx").exists()


SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


def _convert(path, to: str, folder) -> str:
    subprocess.run(
        [SOFFICE, "--headless", f"-env:UserInstallation=file://{folder}/profile",
         "--convert-to", to, "--outdir", str(folder), str(path)],
        check=True, capture_output=True, timeout=120,
    )  # fmt: skip
    return (folder / (path.stem + "." + to.split(":")[0])).read_text(encoding="utf-8-sig")


@pytest.mark.skipif(not SOFFICE, reason="LibreOffice is not installed")
def test_libreoffice_opens_the_annotated_file_with_its_comments(annotated, tmp_path):
    source, target, _, report = annotated
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    assert _convert(target, "txt:Text", tmp_path / "a") == _convert(
        source, "txt:Text", tmp_path / "b"
    )
    flat = _convert(target, "fodt", tmp_path / "a")
    assert flat.count("<office:annotation ") == report["comments"]
    assert flat.count("<office:annotation-end ") == report["comments"]


def test_a_citation_field_is_covered_whole_from_outside(tmp_path):
    """A reference manager rewrites its field's result, and LibreOffice shows a comment
    inside a field as text of the field: the comment goes around the whole field."""
    from wordbuild import field, zotero_code

    item = {"n": 7, "type": "article-journal", "title": "A made-up field item",
            "author": [{"family": "Fieldauthor", "given": "F"}],
            "issued": {"date-parts": [[2016]]}}  # fmt: skip
    body = p(t("A claim"), field(zotero_code([item], "[9]"), "[9]"), t(" and text."))
    plain = docx(tmp_path / "in.docx", body)
    from blinarefs.manuscript import read_manuscript
    from blinarefs.manuscript.docx_comments import Comment, add_comments
    from blinarefs.manuscript.docx_edit import WordPackage

    doc = read_manuscript(plain)
    start = doc.text.index("[9]")
    first, last = doc.locate_span(start + 1, start + 2)
    package = WordPackage.open(plain.read_bytes(), "in.docx")
    add_comments(package, [Comment(first, last, ("about the field",))])
    xml = check_package(package.save())
    paragraph = next(xml["word/document.xml"].iter(W + "p"))
    tags = [n.tag.split("}")[1] + ":" + (n.find(W + "fldChar").get(W + "fldCharType")
            if n.find(W + "fldChar") is not None else "") for n in paragraph]  # fmt: skip
    assert tags.index("commentRangeStart:") + 1 == tags.index("r:begin")
    assert tags.index("commentRangeEnd:") - 1 == tags.index("r:end")
    assert covered(xml["word/document.xml"], "0") == "[9]"


def test_a_retracted_or_miscited_reference_is_anchored_on_its_list_item(tmp_path):
    """Integrity findings (check --integrity) name the reference by key, with no span."""
    import argparse

    from blinarefs.commands.trace import traced
    from blinarefs.findings import Finding
    from blinarefs.manuscript.annotate import annotate_docx

    source = docx(tmp_path / "paper.docx", manuscript_body())
    inputs, trace = traced(argparse.Namespace(manuscript=str(source), bib=None, refs=None))
    second = trace.index.by_number[2].id
    findings = [
        Finding("error", "retracted", "the work was retracted", key=second),
        Finding("warning", "mis-cited", "the DOI names another work", key=second),
    ]
    data, count = annotate_docx(source.read_bytes(), inputs.document, trace, findings)
    xml = check_package(data)
    assert count == 2
    assert [covered(xml["word/document.xml"], cid) for cid in ("0", "1")] == [
        "2. " + REFERENCES[1]
    ] * 2


BIBL = ' ADDIN ZOTERO_BIBL {"uncited":[],"omitted":[],"custom":[]} CSL_BIBLIOGRAPHY '


def _work(n: int, family: str, year: int, title: str) -> dict:
    return {"n": n, "type": "article-journal", "title": title,
            "author": [{"family": family, "given": "Ann"}],
            "issued": {"date-parts": [[year]]}, "container-title": "Test Journal"}  # fmt: skip


def test_a_fields_manuscript_has_its_list_findings_on_the_right_entries(tmp_path):
    """Author-year fields: the works are numbered as the reader meets them (Roe 1, Poe 2,
    Kay 3), the list (the manager's field, which starts after its heading) prints them
    alphabetically with an entry the fields lack; without numbers, it reads as a list only
    with its heading. Each finding about an entry is on that entry, not on another of the
    same position, nor at the top of the manuscript."""
    from wordbuild import field, zotero_code

    kay = _work(1, "Kay", 2018, "A fictitious review of drug Y and its rivals")
    poe = _work(2, "Poe", 2019, "An invented cohort of drug X users followed for a decade")
    roe = _work(3, "Roe", 2020, "A made-up trial of drug X in older adults")
    entries = [
        "Kay, A. (2018). A fictitious review of drug Y and its rivals. Test Journal, 1, 1-9.",
        "Nobody, A. (2016). A made-up essay that nothing cites. Test Journal, 4, 1-5.",
        "Poe, A. (2019). An invented cohort of drug X users followed for a decade. Test Journal,"
        " 1, 1-9.",
        "Roe, A. (2020). A MADE-UP TRIAL OF DRUG X IN OLDER ADULTS. Test Journal of Trials, 15.",
    ]  # fmt: skip
    body = p(t("Results"), style="Heading1")
    cited = [("Drug X lowers made-up pressure ", [roe], "(Roe, 2020)"),
             ("The benefit lasted ", [poe, kay], "(Kay, 2018; Poe, 2019)")]  # fmt: skip
    for sentence, works, shown in cited:
        body += p(t(sentence), field(zotero_code(works, shown), shown), t("."))
    body += p(t("References"), style="Heading1")
    for i, entry in enumerate(entries):  # the manager's bibliography field, as Zotero writes it
        inner = [t(entry)]
        if i == 0:
            code = run(f'<w:instrText xml:space="preserve">{BIBL}</w:instrText>')
            inner = [run('<w:fldChar w:fldCharType="begin"/>'), code,
                     run('<w:fldChar w:fldCharType="separate"/>'), *inner]  # fmt: skip
        if i == len(entries) - 1:
            inner.append(run('<w:fldChar w:fldCharType="end"/>'))
        body += p(*inner)
    source, target = docx(tmp_path / "fields.docx", body), tmp_path / "checked.docx"
    code, report = run_check(str(source), "--annotate", "-o", str(target))
    assert code == 1
    assert sorted(f["code"] for f in report["findings"]) == [
        "printed-list-mismatch", "uncited-reference"]  # fmt: skip
    xml = check_package(target.read_bytes())
    texts = ["".join(c.itertext()) for c in xml["word/comments.xml"].iter(W + "comment")]
    assert not any("whole manuscript" in text for text in texts)
    assert [covered(xml["word/document.xml"], str(i)) for i in range(2)] == [entries[1]] * 2
