"""Word comments: anchored on a span of runs, written to the comments part.

A comment's range starts and ends on run boundaries, so a run is split there (both halves
keep its ``w:rPr``), except where the range would cut into something another program owns
or LibreOffice mishandles: a field's result, a content control, a note. Comments already
in the file are kept and new ids follow theirs.
"""

from __future__ import annotations

import posixpath
from collections.abc import Iterable
from dataclasses import dataclass

from lxml import etree

from .document import Location
from .docx_edit import XML_SPACE, WordPackage, location_key, place_between, resolve, split_run
from .wordml import MAIN_PART, REL_NS, W, paragraph_runs, part_paragraphs
from .wordml_strict import STRICT_RELATIONSHIPS

CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types"
COMMENTS_PART = "word/comments.xml"
COMMENTS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments"
COMMENTS_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"
_DOCUMENT_RELS = "word/_rels/document.xml.rels"


@dataclass(frozen=True, slots=True)
class Comment:
    """A comment over the characters ``first`` to ``last`` (both included)."""

    first: Location
    last: Location
    paragraphs: tuple[str, ...]  # its text, one entry per paragraph


def add_comments(
    package: WordPackage,
    comments: Iterable[Comment],
    *,
    author: str = "blinarefs",
    initials: str = "BR",
    date: str = "",
) -> list[int]:
    """Anchor each comment on its range and write it to the comments part (created and
    registered if missing; the ids of comments already there are kept). Returns the ids."""
    comments = list(comments)
    root = _comments_root(package)
    used = [int(c.get(W + "id", "-1")) for c in root.iter(W + "comment")]
    ids = list(range(max(used, default=-1) + 1, max(used, default=-1) + 1 + len(comments)))
    for cid, comment in zip(ids, comments, strict=True):
        node = etree.SubElement(root, W + "comment")
        node.set(W + "id", str(cid))
        node.set(W + "author", author)
        if date:
            node.set(W + "date", date)
        node.set(W + "initials", initials)
        for text in comment.paragraphs:
            run = etree.SubElement(etree.SubElement(node, W + "p"), W + "r")
            t = etree.SubElement(run, W + "t")
            t.text = text
            t.set(XML_SPACE, "preserve")
    # (location, 0 = end / 1 = start, id): cut from the end of each part backwards, so a run
    # resolved before any cut still holds every character before the cut being made
    cuts = []
    for cid, comment in zip(ids, comments, strict=True):
        end = Location(comment.last.part, comment.last.paragraph, comment.last.run,
                       comment.last.offset + 1)  # fmt: skip
        cuts.append((end, 0, cid))
        cuts.append((comment.first, 1, cid))
    runs = {location_key(loc): resolve(package, loc) for loc, _, _ in cuts}
    for loc, is_start, cid in sorted(cuts, key=lambda c: (location_key(c[0]), -c[1]), reverse=True):
        run = runs[location_key(loc)]
        reference = etree.Element(W + "r")
        etree.SubElement(reference, W + "commentReference").set(W + "id", str(cid))
        block = _block_control(run)
        home = _reference_home(block) if block is not None else None
        if block is not None and home is not None:
            if is_start:
                block.addprevious(_marker("commentRangeStart", cid))
            else:
                block.addnext(_marker("commentRangeEnd", cid))
                _put_reference(home, reference)
            continue
        left, right = _cut(run, loc.offset, bool(is_start))
        if is_start:
            place_between(left, right, [_marker("commentRangeStart", cid)])
        else:
            place_between(left, right, [_marker("commentRangeEnd", cid), reference])
    return ids


def _cut(run: etree._Element, offset: int, start: bool) -> tuple:
    """Where a comment range starting (or ending) at ``offset`` of ``run`` goes, as the
    (before, after) neighbours of :func:`_place`.

    A field's result (a reference manager's citation, a cross-reference) and a content
    control in the paragraph are covered whole, from outside: LibreOffice shows a comment
    inside a field as text of the field, and drops text of a control whose runs were split;
    a reference manager rewrites both when it refreshes.
    """
    whole = _field_around(run, start)
    if whole is None:
        whole = _control_around(run)
    if whole is not None:
        return (None, whole) if start else (whole, None)
    return split_run(run, offset)


def _block_control(run: etree._Element) -> etree._Element | None:
    """The outermost content control around the paragraph of ``run`` (a block or a table
    cell in a control). LibreOffice hides the text of such a control once a comment is
    inside it, so the comment's range goes around the control instead."""
    paragraph = next((a for a in run.iterancestors() if a.tag == W + "p"), None)
    found = None
    for ancestor in paragraph.iterancestors() if paragraph is not None else ():
        if ancestor.tag == W + "sdt":
            found = ancestor
    return found


def _reference_home(block: etree._Element) -> tuple[etree._Element, bool] | None:
    """Where a comment around ``block`` keeps its reference run: the first paragraph after
    it that no control holds (at its start), else the last one before it, else the last
    paragraph inside the block (at their end: a run added there splits nothing)."""
    after = _paragraphs(block, "following::w:p[not(ancestor::w:sdt)][1]")
    if after:
        return after[0], True
    before = _paragraphs(block, "preceding::w:p[not(ancestor::w:sdt)][1]")
    inside = _paragraphs(block, ".//w:p")
    return (before[0], False) if before else (inside[-1], False) if inside else None


def _paragraphs(node: etree._Element, path: str) -> list[etree._Element]:
    found = node.xpath(path, namespaces={"w": W[1:-1]})
    return [p for p in found if isinstance(p, etree._Element)] if isinstance(found, list) else []


def _put_reference(home: tuple[etree._Element, bool], reference: etree._Element) -> None:
    paragraph, at_start = home
    props = paragraph.find(W + "pPr")
    if not at_start:
        paragraph.append(reference)
    elif props is not None:
        props.addnext(reference)
    else:
        paragraph.insert(0, reference)


def _control_around(run: etree._Element) -> etree._Element | None:
    """The outermost content control or simple field holding ``run`` inside its paragraph."""
    found = None
    for ancestor in run.iterancestors():
        if ancestor.tag == W + "p":
            break
        if ancestor.tag in (W + "sdt", W + "fldSimple"):
            found = ancestor
    return found


def _field_around(run: etree._Element, start: bool) -> etree._Element | None:
    """For a run inside a complex field of its paragraph (between ``w:fldChar`` begin and
    end): the field's first run (``start``) or its last; None outside a field, or when the
    field goes on past the paragraph."""
    paragraph = next((a for a in run.iterancestors() if a.tag == W + "p"), None)
    if paragraph is None:
        return None
    runs = paragraph_runs(paragraph)
    k = runs.index(run)
    opened: list[etree._Element] = []
    for r in runs[:k]:
        kind = _field_char(r)
        if kind == "begin":
            opened.append(r)
        elif kind == "end" and opened:
            opened.pop()
    if not opened:
        return None
    if start:
        return opened[0]
    depth = len(opened)
    for r in runs[k:]:
        kind = _field_char(r)
        depth += kind == "begin"
        depth -= kind == "end"
        if depth == 0:
            return r
    return None


def _field_char(run: etree._Element) -> str:
    mark = run.find(W + "fldChar")
    return mark.get(W + "fldCharType", "") if mark is not None else ""


def _marker(tag: str, cid: int) -> etree._Element:
    node = etree.Element(W + tag)
    node.set(W + "id", str(cid))
    return node


def _comments_root(package: WordPackage) -> etree._Element:
    """The comments part, created and registered (content type, relationship) if missing;
    in a Strict document with the Strict relationship type (the content type is the same)."""
    rels = package.part(_DOCUMENT_RELS)
    for rel in rels.iter(f"{{{REL_NS}}}Relationship"):
        if rel.get("Type", "").endswith("/comments"):  # transitional or Strict
            name = posixpath.normpath(posixpath.join("word", rel.get("Target", "")))
            return package.part(name)
    taken = {rel.get("Id") for rel in rels.iter(f"{{{REL_NS}}}Relationship")}
    rid = next(f"rId{n}" for n in range(1, len(taken) + 2) if f"rId{n}" not in taken)
    kind = STRICT_RELATIONSHIPS + "comments" if package.strict else COMMENTS_REL
    etree.SubElement(rels, f"{{{REL_NS}}}Relationship", Id=rid, Type=kind, Target="comments.xml")
    types = package.part("[Content_Types].xml")
    etree.SubElement(
        types, f"{{{CT_NS}}}Override", PartName="/" + COMMENTS_PART, ContentType=COMMENTS_TYPE
    )
    root = etree.Element(W + "comments", nsmap={"w": W[1:-1]})
    package.add(COMMENTS_PART, root)
    return root


def note_reference(package: WordPackage, loc: Location) -> tuple[Location, str] | None:
    """For a place inside a footnote or an endnote: the run of the body that carries the
    note's reference mark, and "footnote" or "endnote"; None for a place in the body (or a
    note nothing refers to)."""
    if loc.part == MAIN_PART:
        return None
    paragraph = part_paragraphs(package.part(loc.part))[loc.paragraph]
    kinds = {W + "footnote": "footnote", W + "endnote": "endnote"}
    note = next((a for a in paragraph.iterancestors() if a.tag in kinds), None)
    if note is None:
        return None
    kind, nid = kinds[note.tag], note.get(W + "id")
    for pi, p in enumerate(part_paragraphs(package.part(MAIN_PART))):
        for ri, r in enumerate(paragraph_runs(p)):
            mark = r.find(f"{W}{kind}Reference")
            if mark is not None and mark.get(W + "id") == nid:
                return Location(MAIN_PART, pi, ri, 0), kind
    return None
