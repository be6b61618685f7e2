"""Editing a Word file where the reader found things: comments at spans, typed text replaced,
paragraphs moved, and every other byte of the package left as it was.

Places come as :class:`~blinarefs.manuscript.document.Location` values (part, paragraph,
run, character), counted as the reader counts them (:mod:`.wordml`). A comment needs its
range to start and end on run boundaries, so a run is split there; both halves keep the
run's properties (``w:rPr``), so the text looks the same. Parts nobody touched are copied
from the original zip entry by entry, compressed bytes and all.
"""

from __future__ import annotations

import copy
import io
import posixpath
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from lxml import etree  # type: ignore[import-untyped]

from ..errors import ParseError
from .document import Location
from .wordml import (
    MAIN_PART,
    REL_NS,
    W,
    child_text,
    paragraph_runs,
    parse_xml,
    part_paragraphs,
    run_text,
)

XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
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


@dataclass
class WordPackage:
    """A .docx opened for editing: parts are parsed on first use and written back only if
    they were asked for (a part asked for is assumed changed)."""

    source: str
    zf: zipfile.ZipFile
    _parts: dict[str, etree._Element] = field(default_factory=dict)
    _added: dict[str, etree._Element] = field(default_factory=dict)

    @classmethod
    def open(cls, data: bytes, source: str) -> WordPackage:
        try:
            zf = zipfile.ZipFile(io.BytesIO(data))
        except zipfile.BadZipFile:
            raise ParseError(f"{source}: not a Word file (not a zip package)") from None
        if MAIN_PART not in zf.namelist():
            raise ParseError(f"{source}: not a Word file (no {MAIN_PART})")
        return cls(source, zf)

    def part(self, name: str) -> etree._Element:
        if name in self._added:
            return self._added[name]
        if name not in self._parts:
            try:
                raw = self.zf.read(name)
            except KeyError:
                raise ParseError(f"{self.source}: no part {name}") from None
            self._parts[name] = parse_xml(raw, name, self.source)
        return self._parts[name]

    def has(self, name: str) -> bool:
        return name in self._added or name in self.zf.namelist()

    def add(self, name: str, root: etree._Element) -> None:
        self._added[name] = root

    def save(self) -> bytes:
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dest:
            for info in self.zf.infolist():
                if info.filename in self._parts:
                    dest.writestr(info, _serialise(self._parts[info.filename]))
                else:
                    dest.writestr(info, self.zf.read(info.filename))
            for name, root in self._added.items():
                dest.writestr(name, _serialise(root))
        return out.getvalue()


def _serialise(root: etree._Element) -> bytes:
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


# -- runs --------------------------------------------------------------------------------


def resolve(package: WordPackage, loc: Location) -> etree._Element:
    """The ``w:r`` element a location names."""
    try:
        paragraph = part_paragraphs(package.part(loc.part))[loc.paragraph]
        return paragraph_runs(paragraph)[loc.run]
    except IndexError:
        raise ParseError(f"{package.source}: no run at {loc} (the file changed?)") from None


def split_run(
    run: etree._Element, offset: int
) -> tuple[etree._Element | None, etree._Element | None]:
    """Cut ``run`` before character ``offset``: (the run holding what comes before, the run
    holding the rest); None for an empty side. The new run copies ``w:rPr``."""
    if offset <= 0:
        return None, run
    pos = 0
    content = [child for child in run if child.tag != W + "rPr"]
    for child in content:
        n = len(child_text(child))
        if pos + n > offset:
            k = offset - pos
            if k:
                text = child.text or ""
                rest = etree.Element(child.tag)
                child.text, rest.text = text[:k], text[k:]
                child.set(XML_SPACE, "preserve")
                rest.set(XML_SPACE, "preserve")
                child.addnext(rest)
                child = rest
            right = etree.Element(run.tag, dict(run.attrib))
            props = run.find(W + "rPr")
            if props is not None:
                right.append(copy.deepcopy(props))
            moving = [child, *child.itersiblings()]
            for node in moving:
                right.append(node)
            run.addnext(right)
            return run, right
        pos += n
    return run, None


def _place(left: etree._Element | None, right: etree._Element | None, nodes: Sequence) -> None:
    """Put ``nodes`` between ``left`` and ``right`` (siblings, one of them may be None)."""
    if left is not None:
        for node in reversed(nodes):
            left.addnext(node)
    elif right is not None:
        for node in nodes:
            right.addprevious(node)


def _cut_key(loc: Location) -> tuple[str, int, int, int]:
    return (loc.part, loc.paragraph, loc.run, loc.offset)


# -- comments ----------------------------------------------------------------------------


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
    runs = {_cut_key(loc): resolve(package, loc) for loc, _, _ in cuts}
    for loc, is_start, cid in sorted(cuts, key=lambda c: (_cut_key(c[0]), -c[1]), reverse=True):
        left, right = _cut(runs[_cut_key(loc)], loc.offset, bool(is_start))
        if is_start:
            _place(left, right, [_marker("commentRangeStart", cid)])
        else:
            reference = etree.Element(W + "r")
            etree.SubElement(reference, W + "commentReference").set(W + "id", str(cid))
            _place(left, right, [_marker("commentRangeEnd", cid), reference])
    return ids


def _cut(run: etree._Element, offset: int, start: bool) -> tuple:
    """Where a comment range starting (or ending) at ``offset`` of ``run`` goes, as the
    (before, after) neighbours of :func:`_place`.

    A field's result (a reference manager's citation, a cross-reference) and a content
    control in the paragraph are covered whole, from outside: LibreOffice shows a comment
    inside a field as text of the field, and drops text of a control whose runs were split;
    a reference manager rewrites both when it refreshes. In a control around the paragraph,
    whole runs are covered.
    """
    whole = _field_around(run, start)
    if whole is None:
        whole = _control_around(run)
    if whole is not None:
        return (None, whole) if start else (whole, None)
    if any(a.tag == W + "sdt" for a in run.iterancestors()):
        return split_run(run, 0 if start else len(run_text(run)))
    return split_run(run, offset)


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
    """The comments part, created and registered (content type, relationship) if missing."""
    rels = package.part(_DOCUMENT_RELS)
    for rel in rels.iter(f"{{{REL_NS}}}Relationship"):
        if rel.get("Type") == COMMENTS_REL:
            name = posixpath.normpath(posixpath.join("word", rel.get("Target", "")))
            return package.part(name)
    taken = {rel.get("Id") for rel in rels.iter(f"{{{REL_NS}}}Relationship")}
    rid = next(f"rId{n}" for n in range(1, len(taken) + 2) if f"rId{n}" not in taken)
    etree.SubElement(
        rels, f"{{{REL_NS}}}Relationship", Id=rid, Type=COMMENTS_REL, Target="comments.xml"
    )
    types = package.part("[Content_Types].xml")
    etree.SubElement(
        types, f"{{{CT_NS}}}Override", PartName="/" + COMMENTS_PART, ContentType=COMMENTS_TYPE
    )
    root = etree.Element(W + "comments", nsmap={"w": W[1:-1]})
    package.add(COMMENTS_PART, root)
    return root


# -- typed text and paragraphs -------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class TextEdit:
    """Replace the characters ``first`` to ``last`` (both included) by ``new``."""

    first: Location
    last: Location
    new: str


def replace_text(package: WordPackage, edits: Iterable[TextEdit]) -> None:
    """Make each edit: the replaced characters' runs are cut out of their neighbours, the
    first of them takes the new text (so it keeps its formatting), the others lose theirs.
    Edits must not overlap; they are made from the end backwards, as comments are."""
    edits = sorted(edits, key=lambda e: _cut_key(e.first), reverse=True)
    runs = {_cut_key(loc): resolve(package, loc) for e in edits for loc in (e.first, e.last)}
    for edit in edits:
        last_run = runs[_cut_key(edit.last)]
        split_run(last_run, edit.last.offset + 1)
        first_run = runs[_cut_key(edit.first)]
        _, start = split_run(first_run, edit.first.offset)
        paragraph = part_paragraphs(package.part(edit.first.part))[edit.first.paragraph]
        if edit.first.paragraph != edit.last.paragraph or edit.first.part != edit.last.part:
            raise ParseError(f"{package.source}: an edit across paragraphs at {edit.first}")
        order = paragraph_runs(paragraph)
        covered = order[order.index(start) : order.index(last_run) + 1]
        for k, run in enumerate(covered):
            for child in [c for c in run if c.tag != W + "rPr" and child_text(c)]:
                run.remove(child)
            if k == 0:
                t = etree.SubElement(run, W + "t")
                t.text = edit.new
                t.set(XML_SPACE, "preserve")
            elif all(c.tag == W + "rPr" for c in run):
                run.getparent().remove(run)


def reorder_paragraphs(blocks: Sequence[Sequence[etree._Element]], order: Sequence[int]) -> None:
    """Put the blocks of paragraphs (each a list item, in its present order) in the order
    ``order`` gives (``order[k]`` is the new position of block ``k``), where the first block
    stood. Other content between the blocks stays before the list."""
    first = blocks[0][0]
    parent, index = first.getparent(), first.getparent().index(first)
    for block in blocks:
        for p in block:
            parent.remove(p)
    moved = sorted(range(len(blocks)), key=lambda k: order[k])
    for block_index in reversed(moved):
        for p in reversed(blocks[block_index]):
            parent.insert(index, p)


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
