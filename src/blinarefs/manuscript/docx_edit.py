"""Editing a Word file where the reader found things: runs split, typed text replaced,
paragraphs moved, and every other byte of the package left as it was (comments:
:mod:`.docx_comments`).

Places come as :class:`~blinarefs.manuscript.document.Location` values (part, paragraph,
run, character), counted as the reader counts them (:mod:`.wordml`). A run split in two
keeps its properties (``w:rPr``) on both halves, so the text looks the same. Parts nobody
touched are copied from the original zip entry by entry.
"""

from __future__ import annotations

import copy
import io
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from lxml import etree

from ..errors import ParseError
from .document import Location
from .wordml import (
    MAIN_PART,
    W,
    child_text,
    paragraph_runs,
    parse_xml,
    part_paragraphs,
)
from .wordml_strict import to_strict, to_transitional

XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"


@dataclass
class WordPackage:
    """A .docx opened for editing: parts are parsed on first use and written back only if
    they were asked for (a part asked for is assumed changed)."""

    source: str
    zf: zipfile.ZipFile
    _parts: dict[str, etree._Element] = field(default_factory=dict)
    _added: dict[str, etree._Element] = field(default_factory=dict)
    # part -> the Strict namespaces its declarations were rebound from (:mod:`.wordml_strict`)
    _strict: dict[str, dict[str, str]] = field(default_factory=dict)

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
            raw, self._strict[name] = to_transitional(raw)
            self._parts[name] = parse_xml(raw, name, self.source)
        return self._parts[name]

    @property
    def strict(self) -> bool:
        """Whether the document is Strict Open XML: its main part's namespaces are."""
        self.part(MAIN_PART)
        return bool(self._strict.get(MAIN_PART))

    def has(self, name: str) -> bool:
        return name in self._added or name in self.zf.namelist()

    def add(self, name: str, root: etree._Element) -> None:
        self._added[name] = root

    def save(self) -> bytes:
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dest:
            for info in self.zf.infolist():
                if info.filename in self._parts:
                    rebound = self._strict.get(info.filename, {})
                    dest.writestr(info, to_strict(_serialise(self._parts[info.filename]), rebound))
                else:
                    dest.writestr(info, self.zf.read(info.filename))
            for name, root in self._added.items():  # in the document's own form
                dest.writestr(name, to_strict(_serialise(root), self._strict.get(MAIN_PART, {})))
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
            right = etree.Element(run.tag, {str(k): str(v) for k, v in run.attrib.items()})
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


def place_between(
    left: etree._Element | None, right: etree._Element | None, nodes: Sequence
) -> None:
    """Put ``nodes`` between ``left`` and ``right`` (siblings, one of them may be None)."""
    if left is not None:
        for node in reversed(nodes):
            left.addnext(node)
    elif right is not None:
        for node in nodes:
            right.addprevious(node)


def location_key(loc: Location) -> tuple[str, int, int, int]:
    return (loc.part, loc.paragraph, loc.run, loc.offset)


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
    edits = sorted(edits, key=lambda e: location_key(e.first), reverse=True)
    runs = {location_key(loc): resolve(package, loc) for e in edits for loc in (e.first, e.last)}
    for edit in edits:
        # a cut keeps the run's element for what comes before it: the last character ends
        # that element, unless the first character's cut (in the same run) moved it on
        last_run = runs[location_key(edit.last)]
        split_run(last_run, edit.last.offset + 1)
        first_run = runs[location_key(edit.first)]
        _, start = split_run(first_run, edit.first.offset)
        if start is None:  # an edit starts on a character, so something follows the cut
            raise ParseError(f"{package.source}: no text at {edit.first}")
        if first_run is last_run:
            last_run = start
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
                _parent(run).remove(run)


def _parent(node: etree._Element) -> etree._Element:
    parent = node.getparent()
    if parent is None:
        raise ParseError("internal: a run or paragraph outside any part")
    return parent


def reorder_paragraphs(blocks: Sequence[Sequence[etree._Element]], order: Sequence[int]) -> None:
    """Put the blocks of paragraphs (each a list item, in its present order) in the order
    ``order`` gives (``order[k]`` is the new position of block ``k``), where the first block
    stood. Other content between the blocks stays before the list."""
    first = blocks[0][0]
    parent = _parent(first)
    index = parent.index(first)
    for block in blocks:
        for p in block:
            parent.remove(p)
    moved = sorted(range(len(blocks)), key=lambda k: order[k])
    for block_index in reversed(moved):
        for p in reversed(blocks[block_index]):
            parent.insert(index, p)
