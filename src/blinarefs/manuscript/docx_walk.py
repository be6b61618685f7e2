"""One pass through a WordprocessingML part: its text as a reader sees it, with every run
mapped back to its place, and what the markup marks on the way (superscript runs, fields,
content controls, bookmarks, headings, tracked changes).

Fields are followed as Word nests them: ``w:fldChar`` begin / separate / end, the code in
``w:instrText`` (cut over as many runs as Word likes), fields inside a field's code
(EndNote's ``EN.CITE.DATA``) and results that run over several paragraphs (a bibliography).
Deleted text (``w:del``, ``w:moveFrom``) is left out and inserted text kept: the document
as it reads with every tracked change accepted.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from lxml import etree

from .document import Location, Piece
from .numbering import Numbering
from .wordml import BOX_HOLDERS, Styles, W, child_text, paragraph_runs, part_paragraphs, text_boxes


@dataclass
class Field:
    instruction: list[str] = field(default_factory=list)
    data: str = ""
    start: int = -1  # where the result starts (after "separate"), -1 while in the code
    end: int = -1
    nested: list[Field] = field(default_factory=list)

    @property
    def code(self) -> str:
        return "".join(self.instruction)

    @property
    def all_data(self) -> str:
        """Its own ``w:fldData``, else that of a field nested in its code (EndNote)."""
        return self.data or next((f.data for f in self.nested if f.data), "")


@dataclass
class Span:
    start: int
    end: int
    name: str = ""  # bookmark name, content control tag
    # where one raised run meets the next inside a superscript span: "m" then "²" then
    # "³⁰⁸" (a square, then a citation) reads as one span but was typed as two
    breaks: list[int] = field(default_factory=list)


@dataclass
class Paragraph:
    start: int  # offset of its text (after any list label)
    end: int
    label_start: int  # offset of the list label, = start when there is none
    level: int  # heading level, 0 for body text
    number: str  # the list label ("1.", "[2]"), "" when not numbered
    cell: bool = False  # in a table cell
    title: bool = False  # in Word's Title style: the document's title


@dataclass
class Stream:
    """What one part gives: text, pieces, and the marked spans, offsets local to it."""

    part: str
    chunks: list[str] = field(default_factory=list)
    pos: int = 0
    pieces: list[Piece] = field(default_factory=list)
    paragraphs: list[Paragraph] = field(default_factory=list)
    superscripts: list[Span] = field(default_factory=list)
    subscripts: list[int] = field(default_factory=list)  # where each subscript run starts
    lowered: list[Span] = field(default_factory=list)  # subscript text, adjacent runs joined
    fields: list[Field] = field(default_factory=list)
    controls: list[Span] = field(default_factory=list)  # w:sdt with a tag
    bookmarks: list[Span] = field(default_factory=list)
    # where each footnote's or endnote's mark stands in the text, and the note it marks
    # ("footnote:2"); in a notes part, each note's text: (note, start, end)
    note_marks: list[tuple[int, str]] = field(default_factory=list)
    note_texts: list[tuple[str, int, int]] = field(default_factory=list)
    inserted: int = 0
    deleted: int = 0
    broken_fields: int = 0

    @property
    def text(self) -> str:
        return "".join(self.chunks)

    def emit(self, s: str) -> None:
        self.chunks.append(s)
        self.pos += len(s)


_SKIP = frozenset({W + "pPr", W + "rPr", W + "proofErr", W + "permStart", W + "permEnd"})
_DELETED = frozenset({W + "del", W + "moveFrom"})
_INSERTED = frozenset({W + "ins", W + "moveTo"})
_CONTAINERS = frozenset(
    {W + "hyperlink", W + "smartTag", W + "customXml", W + "sdtContent", W + "dir", W + "bdo"}
)
_NOTE_SKIP = frozenset({"separator", "continuationSeparator", "continuationNotice"})
_NOTE_MARKS = {W + "footnoteReference": "footnote", W + "endnoteReference": "endnote"}
# Bookmarks whose code a manager keeps in the custom properties: Zotero's bookmark mode,
# and Mendeley's LibreOffice plugin in a file saved as .docx
_MANAGER_BOOKMARKS = ("ZOTERO_", "Mendeley_Bookmark_")


class Walker:
    """Walks the block-level content of a part into a :class:`Stream`."""

    def __init__(self, part: str, styles: Styles, numbering: Numbering) -> None:
        self.stream = Stream(part)
        self.styles = styles
        self.numbering = numbering
        self.stack: list[Field] = []
        self.open_bookmarks: dict[str, Span] = {}
        self.index: dict[etree._Element, int] = {}
        self.front = True  # still in the title and author block
        # endnote id -> its number, when the endnotes are the reference list (docx_endnotes)
        self.note_labels: dict[str, str] = {}
        self.note = ""  # the id of the note being walked
        self.cells = 0  # how many table cells the walk is inside
        self.boxes: list[etree._Element] = []  # text boxes anchored in the paragraph walked

    # -- blocks ----------------------------------------------------------------------------

    def walk_part(self, root: etree._Element, notes: str = "") -> None:
        self.index = {p: i for i, p in enumerate(part_paragraphs(root))}
        if notes:  # footnotes.xml / endnotes.xml: each note's paragraphs in turn
            for note in root.iter(W + notes):
                if note.get(W + "type") not in _NOTE_SKIP:
                    self.note = note.get(W + "id", "")
                    start = self.stream.pos
                    self.blocks(note)
                    if self.stream.pos > start:
                        self.stream.note_texts.append(
                            (f"{notes}:{self.note}", start, self.stream.pos)
                        )
            return
        body = root.find(W + "body")
        self.blocks(body if body is not None else root)

    def blocks(self, parent: etree._Element) -> None:
        for child in parent:
            tag = child.tag
            if tag == W + "p":
                self.paragraph(child)
            elif tag == W + "tbl":
                self.cells += 1
                for cell in _own_cells(child):
                    self.blocks(cell)
                self.cells -= 1
            elif tag == W + "sdt":
                content = child.find(W + "sdtContent")
                if content is not None:
                    self.blocks(content)
            elif tag in _INSERTED or tag == W + "customXml":
                self.blocks(child)

    def paragraph(self, p: etree._Element) -> None:
        s = self.stream
        ppr = p.find(W + "pPr")
        style = ""
        level = 0
        num: tuple[str, int] | None = None
        if ppr is not None:
            ps = ppr.find(W + "pStyle")
            style = ps.get(W + "val", "") if ps is not None else ""
            level = self.styles.heading_level.get(style, 0)
            outline = ppr.find(W + "outlineLvl")
            if outline is not None and outline.get(W + "val", "9").isdecimal():
                value = int(outline.get(W + "val", "9"))
                level = value + 1 if value < 9 else level
            numpr = ppr.find(W + "numPr")
            if numpr is not None:
                nid, lvl = numpr.find(W + "numId"), numpr.find(W + "ilvl")
                num = (
                    nid.get(W + "val", "") if nid is not None else "",
                    int(lvl.get(W + "val", "0")) if lvl is not None else 0,
                )
        if num is None or not num[0]:
            num = self.styles.numbering.get(style, num)
        label_start = s.pos
        label = self.numbering.label(*num) if num and num[0] else None
        if label:
            s.emit(label + " ")
        start = s.pos
        runs = {r: i for i, r in enumerate(paragraph_runs(p))}
        outer, self.boxes = self.boxes, []
        self.inline(p, self.index.get(p, -1), runs)
        boxes, self.boxes = self.boxes, outer
        if s.pos == start:  # an empty paragraph: no blank line of its own
            del s.chunks[len(s.chunks) - (1 if label else 0) :]
            s.pos = label_start
        else:
            s.paragraphs.append(
                Paragraph(
                    start,
                    s.pos,
                    label_start,
                    level,
                    label or "",
                    cell=self.cells > 0,
                    title=style in self.styles.titles,
                )
            )
            s.emit("\n\n")
        if boxes:
            self.boxed(boxes)

    def boxed(self, boxes: list[etree._Element]) -> None:
        """Text boxes, after the paragraph anchoring them: where a reader of the page meets
        them (a box floats beside its anchor, which is often an empty paragraph), their
        paragraphs blocks of their own, in no table cell even when the anchor is in one."""
        cells, self.cells = self.cells, 0
        for box in boxes:
            self.blocks(box)
        self.cells = cells

    # -- inline content --------------------------------------------------------------------

    def inline(self, parent: etree._Element, p_index: int, runs: dict) -> None:
        s = self.stream
        for child in parent:
            tag = child.tag
            if tag == W + "r":
                self.run(child, p_index, runs)
            elif tag in _SKIP:
                continue
            elif tag in _DELETED:
                s.deleted += 1
            elif tag in _INSERTED:
                s.inserted += 1
                self.inline(child, p_index, runs)
            elif tag in _CONTAINERS:
                self.inline(child, p_index, runs)
            elif tag == W + "fldSimple":
                f = Field([child.get(W + "instr", "")], start=s.pos)
                self.inline(child, p_index, runs)
                f.end = s.pos
                s.fields.append(f)
            elif tag == W + "sdt":
                tag_el = child.find(f"{W}sdtPr/{W}tag")
                start = s.pos
                content = child.find(W + "sdtContent")
                if content is not None:
                    self.inline(content, p_index, runs)
                if tag_el is not None:
                    s.controls.append(Span(start, s.pos, tag_el.get(W + "val", "")))
            elif tag in BOX_HOLDERS:
                self.boxes += text_boxes(child)
            elif tag == W + "bookmarkStart":
                name = child.get(W + "name", "")
                if name.startswith(_MANAGER_BOOKMARKS):
                    self.open_bookmarks[child.get(W + "id", "")] = Span(s.pos, -1, name)
            elif tag == W + "bookmarkEnd":
                span = self.open_bookmarks.pop(child.get(W + "id", ""), None)
                if span is not None:
                    span.end = s.pos
                    s.bookmarks.append(span)

    def run(self, r: etree._Element, p_index: int, runs: dict) -> None:
        s = self.stream
        sup, sub = self.styles.placement(r.find(W + "rPr"))
        r_index = runs.get(r, -1)
        offset = 0
        for child in r:
            tag = child.tag
            if tag == W + "fldChar":
                self.field_char(child)
                continue
            if tag == W + "instrText":
                if self.stack and self.stack[-1].start < 0:
                    self.stack[-1].instruction.append(child.text or "")
                continue
            if tag in BOX_HOLDERS:
                self.boxes += text_boxes(child)
                continue
            if self.note_labels and tag in (W + "endnoteReference", W + "endnoteRef"):
                self.note_number(child)
                continue
            if tag in _NOTE_MARKS:  # shows nothing in the text: where its note belongs
                s.note_marks.append((s.pos, f"{_NOTE_MARKS[tag]}:{child.get(W + 'id', '')}"))
                continue
            piece = child_text(child)
            if not piece or tag == W + "delText":
                offset += len(piece)
                continue
            if self.stack and self.stack[-1].start < 0:
                offset += len(piece)  # text inside a field's code is not shown
                continue
            at = Location(s.part, p_index, r_index, offset)
            s.pieces.append(Piece(s.pos, s.pos + len(piece), at))
            if sup:
                last = s.superscripts[-1] if s.superscripts else None
                if last is not None and last.end == s.pos:
                    if offset == 0:
                        last.breaks.append(s.pos)
                    last.end += len(piece)
                else:
                    s.superscripts.append(Span(s.pos, s.pos + len(piece)))
            elif sub:
                s.subscripts.append(s.pos)
                if s.lowered and s.lowered[-1].end == s.pos:
                    s.lowered[-1].end += len(piece)
                else:
                    s.lowered.append(Span(s.pos, s.pos + len(piece)))
            s.emit(piece)
            offset += len(piece)

    def note_number(self, mark: etree._Element) -> None:
        """An endnote's number written out: raised where the body cites it (two marks side
        by side, "¹˒²"), and "1. " before the note's own text, a list entry's label."""
        s = self.stream
        if mark.tag == W + "endnoteRef":
            label = self.note_labels.get(self.note, "")
            s.emit(f"{label}. " if label else "")
            return
        label = self.note_labels.get(mark.get(W + "id", ""), "")
        last = s.superscripts[-1] if s.superscripts else None
        if not label:
            return
        if last is not None and last.end == s.pos:
            s.emit("," + label)
            last.end = s.pos
        else:
            s.superscripts.append(Span(s.pos, s.pos + len(label)))
            s.emit(label)

    def end_list(self, root: etree._Element, part: str) -> None:
        """The endnotes, as the reference list closing the body under a "References"
        heading; their pieces keep their own part."""
        s = self.stream
        s.paragraphs.append(Paragraph(s.pos, s.pos + len("References"), s.pos, 1, ""))
        s.emit("References\n\n")
        body_part, s.part = s.part, part
        self.walk_part(root, notes="endnote")
        s.part = body_part

    def field_char(self, char: etree._Element) -> None:
        kind = char.get(W + "fldCharType")
        s = self.stream
        if kind == "begin":
            data = char.find(W + "fldData")
            self.stack.append(Field(data=(data.text or "") if data is not None else ""))
        elif kind == "separate" and self.stack:
            self.stack[-1].start = s.pos
        elif kind == "end" and self.stack:
            f = self.stack.pop()
            if f.start < 0:
                f.start = s.pos  # no result at all
            f.end = s.pos
            if self.stack and self.stack[-1].start < 0:
                self.stack[-1].nested.append(f)  # a field inside another's code
            else:
                s.fields.append(f)

    def finish(self) -> Stream:
        self.stream.broken_fields = len(self.stack)
        return self.stream


def _own_cells(table: etree._Element) -> list[etree._Element]:
    """The cells of a table, not those of the tables nested in them (a cell's own blocks
    hold those, and walking them twice would read their text, and citations, twice); rows
    and cells inside content controls or custom XML included."""
    own = []
    for cell in table.iter(W + "tc"):
        up = cell.getparent()
        while up is not None and up.tag != W + "tbl":
            up = up.getparent()
        if up is table:
            own.append(cell)
    return own
