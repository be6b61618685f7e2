"""Checks on a Word file blinarefs wrote or edited: a valid package (well-formed parts,
content types, relationships), consistent comments, and the document's XML compared with
the original once the comments are taken out. Inputs are built with :mod:`wordbuild`.
"""

from __future__ import annotations

import io
import posixpath
import re
import zipfile

from lxml import etree

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W = f"{{{W_NS}}}"
REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types"


def parts(data: bytes) -> dict[str, etree._Element]:
    """Every XML part of the package, parsed (a part that is not well-formed fails here).
    A Strict document's parts are read in the transitional namespaces, as the reader reads
    them, so its comments are found and taken out like any other's."""
    from blinarefs.manuscript.wordml_strict import to_transitional

    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return {
            name: etree.fromstring(to_transitional(zf.read(name))[0])
            for name in zf.namelist()
            if name.endswith((".xml", ".rels"))
        }


def check_package(data: bytes) -> dict[str, etree._Element]:
    """Fail unless ``data`` is a valid package with consistent comments: every part
    well-formed and typed, every relationship target present, every comment id unique with
    a reference in the text and, if it has a range, both its start and its end (Word also
    writes comments on a point, with a reference only), and no anchor without its comment.
    Returns the parsed parts."""
    xml = parts(data)
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        names = {n for n in zf.namelist() if not n.endswith("/")}
    types = xml["[Content_Types].xml"]
    overrides = {o.get("PartName").lower() for o in types.iter(f"{{{CT_NS}}}Override")}
    defaults = {d.get("Extension").lower() for d in types.iter(f"{{{CT_NS}}}Default")}
    for name in names - {"[Content_Types].xml"}:
        typed = "/" + name.lower() in overrides or name.rsplit(".", 1)[-1].lower() in defaults
        assert typed, f"{name} has no content type"
    for name, root in xml.items():
        if name.endswith(".rels"):
            folder = posixpath.dirname(name.replace("_rels/", "").removesuffix(".rels"))
            for rel in root.iter(f"{{{REL_NS}}}Relationship"):
                target = rel.get("Target")
                if rel.get("TargetMode") == "External":
                    continue
                full = posixpath.normpath(
                    target.lstrip("/") if target.startswith("/") else posixpath.join(folder, target)
                )
                assert full in names, (name, target)
    ids = [
        c.get(W + "id")
        for c in xml.get("word/comments.xml", etree.Element("x")).iter(W + "comment")
    ]
    assert len(ids) == len(set(ids)), ids
    if ids:
        assert "/word/comments.xml" in overrides
    anchors: dict[str, list[str]] = {}
    for root in xml.values():
        for tag in ("commentRangeStart", "commentRangeEnd", "commentReference"):
            for node in root.iter(W + tag):
                anchors.setdefault(node.get(W + "id"), []).append(tag)
    for cid in ids:  # a range has both ends and a reference; a point comment, a reference only
        assert sorted(anchors.get(cid, [])) in (
            ["commentRangeEnd", "commentRangeStart", "commentReference"],
            ["commentReference"],
        ), cid
    assert set(anchors) <= set(ids)
    return xml


_COMMENT_TAGS = {W + "commentRangeStart", W + "commentRangeEnd"}


def without_comments(root: etree._Element) -> str:
    """The document's XML with the comment anchors removed and runs split at them joined
    again (adjacent runs with the same properties, adjacent ``w:t``): what must equal the
    original."""
    root = etree.fromstring(etree.tostring(root))
    for node in list(root.iter(*_COMMENT_TAGS)):
        node.getparent().remove(node)
    for ref in list(root.iter(W + "commentReference")):
        run = ref.getparent()
        run.getparent().remove(run)
    for parent in list(root.iter()):
        previous = None
        for node in list(parent):
            same = previous is not None and node.tag == previous.tag == W + "r"
            if same and _props(node) == _props(previous):
                for child in [c for c in node if c.tag != W + "rPr"]:
                    previous.append(child)
                parent.remove(node)
            else:
                previous = node
    for run in root.iter(W + "r"):
        previous = None
        for node in list(run):
            if previous is not None and node.tag == previous.tag == W + "t":
                previous.text = (previous.text or "") + (node.text or "")
                run.remove(node)
            else:
                previous = node
    for t in root.iter(W + "t"):
        t.attrib.pop("{http://www.w3.org/XML/1998/namespace}space", None)
    return re.sub(r">\s+<", "><", etree.tostring(root, encoding="unicode"))


def _props(run: etree._Element) -> bytes:
    props = run.find(W + "rPr")
    return etree.tostring(props) if props is not None else b""


def document_text(data: bytes) -> list[str]:
    """The text of each paragraph of the main document."""
    root = parts(data)["word/document.xml"]
    return ["".join(t.text or "" for t in p.iter(W + "t")) for p in root.iter(W + "p")]


def covered(root, cid: str) -> str:
    """The text a comment's range covers."""
    out, inside = [], False
    for node in root.iter():
        if node.tag == W + "commentRangeStart" and node.get(W + "id") == cid:
            inside = True
        elif node.tag == W + "commentRangeEnd" and node.get(W + "id") == cid:
            break
        elif inside and node.tag == W + "t":
            out.append(node.text or "")
    return "".join(out)
