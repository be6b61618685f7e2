"""WordprocessingML as the reader and the writers both see it: the package's parts, which
paragraphs and runs there are (counted the same way by both), a run's text, and the styles
that decide whether a run is superscript or a paragraph a heading.

Only the standard library's ``zipfile`` and lxml: python-docx hides fields, content
controls and tracked changes, which are what a manuscript's citations live in.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field

from lxml import etree

from ..errors import ParseError
from .wordml_strict import to_transitional

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W = f"{{{W_NS}}}"
REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
CUSTOM_NS = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"
VT_NS = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"
MAIN_PART = "word/document.xml"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
# What holds a text box inside a run: a drawing (DrawingML), a picture (VML), an embedded
# object, or the alternate content Word writes both in
BOX_HOLDERS = frozenset({W + "drawing", W + "pict", W + "object", MC + "AlternateContent"})

# lxml refuses entities and network access here: a .docx is untrusted input.
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True)
# "in tag p line 1, line 1, column 44": the open tag's line, then the position again
_LXML_LINE = re.compile(r",? line \d+(?:, column \d+)?")


def is_docx(zf: zipfile.ZipFile) -> bool:
    return MAIN_PART in zf.namelist()


def parse_xml(data: bytes, name: str, source: str) -> etree._Element:
    """A part parsed; a part that is not well-formed XML is a damaged file, said on one line
    with one position (lxml's message names the line of the tag left open as well, and its
    string form adds a third, of its own source)."""
    try:
        return etree.fromstring(data, _PARSER)
    except etree.XMLSyntaxError as exc:
        what = _LXML_LINE.sub("", exc.msg or "not well-formed").strip()
        line, column = exc.position
        raise ParseError(
            f"{source}: a damaged Word file: {name} is not well-formed XML ({what[:1].lower()}"
            f"{what[1:]}, line {line}, column {column}); open it in Word and save it again"
        ) from None


@dataclass
class Package:
    """The parts of a .docx a reader needs, parsed once (a Strict file's as transitional:
    :mod:`.wordml_strict`)."""

    source: str
    zf: zipfile.ZipFile
    _cache: dict[str, etree._Element | None] = field(default_factory=dict)

    def part(self, name: str) -> etree._Element | None:
        if name not in self._cache:
            try:
                data = self.zf.read(name)
            except KeyError:
                self._cache[name] = None
            else:
                self._cache[name] = parse_xml(to_transitional(data)[0], name, self.source)
        return self._cache[name]

    def related(self, rel_type: str) -> str | None:
        """The part the main document relates to by a relationship type ending in
        ``rel_type`` ("footnotes", "numbering"...), by its name in the package."""
        rels = self.part("word/_rels/document.xml.rels")
        if rels is None:
            return None
        for rel in rels.iter(f"{{{REL_NS}}}Relationship"):
            if rel.get("Type", "").endswith("/" + rel_type) and rel.get("TargetMode") != "External":
                target = rel.get("Target", "")
                return (
                    target.lstrip("/")
                    if target.startswith("/")
                    else posixpath.normpath(posixpath.join("word", target))
                )
        return None

    def custom_properties(self) -> dict[str, str]:
        root = self.part("docProps/custom.xml")
        if root is None:
            return {}
        out = {}
        for prop in root.iter(f"{{{CUSTOM_NS}}}property"):
            out[prop.get("name", "")] = element_text(prop)
        return out


def element_text(el: etree._Element) -> str:
    """All the text inside an element (lxml's itertext, typed as text)."""
    return "".join(str(piece) for piece in el.itertext())


# -- counting paragraphs and runs (the reader and the writers must agree) ----------------------


def part_paragraphs(root: etree._Element) -> list[etree._Element]:
    """Every ``w:p`` of a part in document order: a :class:`Location`'s paragraph index."""
    return list(root.iter(W + "p"))


def paragraph_runs(paragraph: etree._Element) -> list[etree._Element]:
    """The ``w:r`` elements of a paragraph in document order, deleted ones included, but not
    those of paragraphs nested inside it (text boxes): a :class:`Location`'s run index."""
    return [r for r in paragraph.iter(W + "r") if _owner(r) is paragraph]


def _owner(element: etree._Element) -> etree._Element | None:
    parent = element.getparent()
    while parent is not None and parent.tag != W + "p":
        parent = parent.getparent()
    return parent


def text_boxes(element: etree._Element) -> list[etree._Element]:
    """The text boxes' contents (``w:txbxContent``) in ``element``, each once: of
    ``mc:AlternateContent``'s branches only the first that holds any (Word writes a box
    twice, as a DrawingML shape in ``mc:Choice`` and as VML in ``mc:Fallback``, the same
    text in both); a box inside a box's content is left to that content's paragraphs."""
    if element.tag == W + "txbxContent":
        return [element]
    if element.tag == MC + "AlternateContent":
        for branch in element:
            found = [box for child in branch for box in text_boxes(child)]
            if found:
                return found
        return []
    return [box for child in element for box in text_boxes(child)]


_RUN_CHARS = {W + "tab": "\t", W + "br": "\n", W + "cr": "\n", W + "noBreakHyphen": "\u2011"}


def run_text(run: etree._Element) -> str:
    """A run's text as the reader renders it: ``w:t`` and ``w:delText`` as written, a tab as
    ``\\t``, a line break as ``\\n``, a no-break hyphen as U+2011, a symbol as its character."""
    return "".join(child_text(child) for child in run)


def child_text(child: etree._Element) -> str:
    tag = child.tag
    if tag in (W + "t", W + "delText"):
        return child.text or ""
    if tag in _RUN_CHARS:
        if tag == W + "br" and child.get(W + "type") == "page":
            return ""
        return _RUN_CHARS[tag]
    if tag == W + "sym":
        code = child.get(W + "char", "")
        try:
            value = int(code, 16)
        except ValueError:
            return ""
        return chr(value - 0xF000 if value >= 0xF000 else value)  # symbol fonts map to F0xx
    return ""


# -- styles -----------------------------------------------------------------------------------


@dataclass
class Styles:
    """What the reader needs of styles.xml: how character styles place their text (raised or
    lowered: ``w:vertAlign``, ``w:position``), which paragraph styles are headings (and their
    level) and which carry list numbering."""

    vert_align: dict[str, str] = field(default_factory=dict)  # style -> "superscript"...
    position: dict[str, float] = field(default_factory=dict)  # style -> half-points raised
    heading_level: dict[str, int] = field(default_factory=dict)
    titles: set[str] = field(default_factory=set)  # "Title" and the styles based on it
    numbering: dict[str, tuple[str, int]] = field(default_factory=dict)  # style -> numId, ilvl

    @classmethod
    def read(cls, root: etree._Element | None) -> Styles:
        styles = cls()
        if root is None:
            return styles
        based: dict[str, str] = {}
        own_align: dict[str, str] = {}
        own_position: dict[str, float] = {}
        own_level: dict[str, int] = {}
        own_num: dict[str, tuple[str, int]] = {}
        titled = set()
        for style in root.iter(W + "style"):
            sid = style.get(W + "styleId", "")
            if _is_title(style):
                titled.add(sid)
            parent = style.find(W + "basedOn")
            if parent is not None:
                based[sid] = parent.get(W + "val", "")
            align = style.find(f"{W}rPr/{W}vertAlign")
            if align is not None:
                own_align[sid] = align.get(W + "val", "")
            position = style.find(f"{W}rPr/{W}position")
            if position is not None:
                own_position[sid] = half_points(position)
            level = _heading_level(style)
            if level:
                own_level[sid] = level
            num = style.find(f"{W}pPr/{W}numPr")
            if num is not None:
                num_id = num.find(W + "numId")
                ilvl = num.find(W + "ilvl")
                if num_id is not None:
                    lvl = int(ilvl.get(W + "val", "0")) if ilvl is not None else 0
                    own_num[sid] = (num_id.get(W + "val", ""), lvl)
        for sid in {*based, *own_align, *own_position, *own_level, *own_num, *titled}:
            chain = list(_chain(sid, based))
            align_val = next((own_align[s] for s in chain if s in own_align), "")
            if align_val:
                styles.vert_align[sid] = align_val
            raised = next((own_position[s] for s in chain if s in own_position), 0.0)
            if raised:
                styles.position[sid] = raised
            if titled & set(chain):
                styles.titles.add(sid)
            level = next((own_level[s] for s in chain if s in own_level), 0)
            if level:
                styles.heading_level[sid] = level
            listed = next((own_num[s] for s in chain if s in own_num), None)
            if listed:
                styles.numbering[sid] = listed
        return styles

    def placement(self, rpr: etree._Element | None) -> tuple[bool, bool]:
        """Whether a run with these properties is raised (superscript) or lowered (subscript):
        its own ``w:vertAlign`` and ``w:position`` (Font, Advanced, Position: Raised or
        Lowered, as some writers set their superscripts), else its character style's, each
        apart, as Word applies them. A superscript or subscript stays one whatever its
        position; on the baseline, a position above it raises and one below lowers."""
        if rpr is None:
            return False, False
        rstyle = rpr.find(W + "rStyle")
        sid = rstyle.get(W + "val", "") if rstyle is not None else ""
        align = rpr.find(W + "vertAlign")
        vert = align.get(W + "val", "") if align is not None else self.vert_align.get(sid, "")
        moved = rpr.find(W + "position")
        by = half_points(moved) if moved is not None else self.position.get(sid, 0.0)
        if vert == "subscript":
            return False, True
        if vert == "superscript":
            return True, False
        return by > 0, by < 0


# A universal measure (ISO/IEC 29500-1, ST_UniversalMeasure), the form Strict files and some
# writers give ``w:position``: a number and its unit, in points per unit
_MEASURE = re.compile(r"([-+]?(?:\d+(?:\.\d*)?|\.\d+))(mm|cm|in|pt|pc|pi)?")
_POINTS = {"mm": 72 / 25.4, "cm": 72 / 2.54, "in": 72.0, "pt": 1.0, "pc": 12.0, "pi": 12.0}


def half_points(el: etree._Element) -> float:
    """A signed measure in half-points (``w:position``): a bare number is half-points (the
    transitional form), a number with a unit ("3pt", "-0.1in") is converted; 0 when it is
    neither."""
    m = _MEASURE.fullmatch(el.get(W + "val", "0").strip())
    if m is None:
        return 0.0
    value = float(m.group(1))
    return value * 2 * _POINTS[m.group(2)] if m.group(2) else value


def _chain(sid: str, based: dict[str, str]) -> Iterator[str]:
    seen = set()
    while sid and sid not in seen:
        seen.add(sid)
        yield sid
        sid = based.get(sid, "")


def _style_label(style: etree._Element) -> str:
    name = style.find(W + "name")
    return (name.get(W + "val", "") if name is not None else "").lower().replace(" ", "")


def _is_title(style: etree._Element) -> bool:
    """Word's Title style: the document's title (Pandoc reads it as its ``title``)."""
    return _style_label(style) == "title"


def _heading_level(style: etree._Element) -> int:
    """Heading 1-9 and Title by name, else the outline level the style sets."""
    label = _style_label(style)
    if label == "title":
        return 1
    if label.startswith("heading") and label[7:].isdecimal():
        return int(label[7:])
    outline = style.find(f"{W}pPr/{W}outlineLvl")
    if outline is not None and outline.get(W + "val", "9").isdecimal():
        value = int(outline.get(W + "val", "9"))
        return value + 1 if value < 9 else 0
    return 0
