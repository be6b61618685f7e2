"""JATS (and the older NLM) XML articles: their text, citation markers and references, all
as the markup says.

The markers are the ``<xref ref-type="bibr">`` elements, grouped as printed: neighbours
joined by nothing but commas, semicolons, dashes and spaces are one marker, and a dash
between two of them ("<xref>3</xref>–<xref>6</xref>") cites everything between, as does
one xref whose text is a range. The references come from ``<ref-list>`` tag by tag
(:mod:`.jats_refs`), so no reference text is parsed. The text has the title, abstract,
body sections (headings as paragraphs), figure and table captions, notes, then the list,
then a ``<floats-group>``'s figures and tables. It is printed as a reader sees the article,
not as the file lays it out: a citation whose digits are superscript inside it
(``<xref><sup>16</sup></xref>``) is raised ("¹⁶"), and the file's indentation is one space,
or none around a raised citation; read again as plain text, it cites what the markup says.
"""

from __future__ import annotations

import re
from pathlib import Path

from lxml import etree

from ..errors import ParseError
from .document import ManuscriptDocument, Marker, Section
from .jats_refs import read_ref_list
from .superscript import citation_numbers
from .wordml import element_text
from .xmltext import entity_text, layout_space, xref_shown
from .xmltext import local_name as _local

_PARSER = etree.XMLParser(
    resolve_entities=False, no_network=True, load_dtd=False, huge_tree=True, recover=False
)
_SECTIONS = frozenset({"sec", "app", "ack", "boxed-text"})
_CONTAINERS = frozenset(
    {"table-wrap", "table-wrap-group", "fig", "fig-group", "table", "thead", "tbody", "tfoot",
     "tr", "list", "caption", "def-list", "fn-group", "glossary", "notes", "app-group",
     "disp-quote", "list-item", "fn", "statement"}
)  # fmt: skip
_SKIP = frozenset(
    {"ref-list", "object-id", "alt-text", "graphic", "inline-graphic", "media",
     "tex-math", "mml:math", "math", "supplementary-material"}
)  # fmt: skip
# Between two xrefs of one marker: a comma or semicolon, "and", or a dash (a range), with
# brackets around each xref when the journal prints "[7]–[10]".
_JOIN = re.compile(r"^\s*(?:[,;]\s*)?(?:and\s+|&\s*)?$")
_DASH = re.compile(r"\A\s*(?:[\])]\s*)?[-–—‐‑−]\s*(?:[\[(]\s*)?$")


class _Builder:
    def __init__(
        self,
        numbers: dict[str, int],
        refs_by_number: dict[int, list[str]],
        parts: dict[str, list[str]],
    ) -> None:
        self.chunks: list[str] = []
        self.pos = 0
        self.numbers = numbers  # ref id -> number (a sub-labelled list's heading's too)
        self.by_number = refs_by_number  # number -> the ids of its reference (or its parts)
        self.xrefs: list[tuple[int, int, tuple[str, ...], bool]] = []  # start, end, rids, sup
        self.sections: list[Section] = []
        self.open_sections: list[tuple[str, int, int]] = []
        self.space = ""  # whitespace read but not yet printed: words() decides
        self.raised = False  # whether the last words printed were raised
        self.parts = parts  # a sub-labelled reference's heading's id -> its parts' ids
        self.labelled = True  # whether the list prints its references' numbers
        self.inside: dict[str, str] = {}  # an element's id inside a <ref> -> the ref's id
        self.elsewhere: frozenset[str] = frozenset()  # the ids of no reference nor part

    def emit(self, s: str) -> None:
        self.space = ""
        if s:
            self.chunks.append(s)
            self.pos += len(s)

    def words(self, s: str, raised: bool = False) -> int:
        """Running text as a reader sees it, where it starts. Whitespace holding a line
        break or a tab is the file's indentation: it reads as one space, as nothing at a
        paragraph's start, and as nothing between two raised pieces ("¹⁷,¹⁸", however the
        XML spreads the superscripts and commas of one citation over its lines)."""
        body = s.strip(" \t\r\n")
        if not body:
            self.space += s
            return self.pos
        self.space += s[: len(s) - len(s.lstrip(" \t\r\n"))]
        space, at_start = self.space, not self.pos or self.text_ends_with("\n")
        self.emit("" if at_start or (raised and self.raised) else layout_space(space))
        start = self.pos
        self.emit(layout_space(body))
        self.space = s[len(s.rstrip(" \t\r\n")) :]
        self.raised = raised
        return start

    def text_ends_with(self, end: str) -> bool:
        return "".join(self.chunks[-2:]).endswith(end)

    def paragraph_break(self) -> None:
        self.raised = False
        if self.pos and not self.text_ends_with("\n\n"):
            self.emit("\n\n")
        self.space = ""

    def block(self, el: etree._Element, depth: int = 0) -> None:
        for child in el:
            name = _local(child.tag)
            if name in _SKIP or not name:
                continue
            if name in _SECTIONS:
                self.section(child, depth + 1)
            elif name not in _CONTAINERS and _has_blocks(child) and _has_own_text(child):
                self.mixed(child, depth)
            elif name in _CONTAINERS or _has_blocks(child):
                self.block(child, depth)
            else:
                self.paragraph_break()
                self.inline(child, False)
                self.paragraph_break()

    def mixed(self, el: etree._Element, depth: int) -> None:
        """A paragraph with words of its own around a block ("... as follows: <list>"): its
        words and citations are read inline, the blocks inside it as paragraphs."""
        self.paragraph_break()
        self.words(el.text or "")
        for child in el:
            name = _local(child.tag)
            if name in _SECTIONS:
                self.section(child, depth + 1)
            elif name in _CONTAINERS or _has_blocks(child):
                self.paragraph_break()
                self.block(child, depth)
                self.paragraph_break()
            else:
                self.inline_child(child, False)
                continue
            self.words(child.tail or "")
        self.paragraph_break()

    def section(self, sec: etree._Element, level: int) -> None:
        title = next((c for c in sec if _local(c.tag) == "title"), None)
        self.paragraph_break()
        start = self.pos
        heading = element_text(title).strip() if title is not None else ""
        self.block(sec, level)
        self.paragraph_break()
        if heading:
            self.sections.append(Section(heading, level, start, self.pos))

    def cites(self, xref: etree._Element) -> bool:
        """JATS cites a reference with ``ref-type="bibr"``; some Wiley and EMBO articles as
        Europe PMC gives them, and the AHA's, type it "ref": a citation when a rid is one
        of the list's references (not a figure's or a note's)."""
        kind = xref.get("ref-type")
        rids = self.rids(xref)
        if rids and all(r in self.elsewhere for r in rids):
            return False  # typed "bibr", but its rids name a note or a figure: no reference
        return kind == "bibr" or (kind == "ref" and any(r in self.numbers for r in rids))

    def rids(self, xref: etree._Element) -> tuple[str, ...]:
        """The references an xref names: a rid naming an element inside a ``<ref>`` (a work's
        own citation, "c2a") names that reference."""
        return tuple(
            r if r in self.numbers else self.inside.get(r, r)
            for r in (xref.get("rid") or "").split()
        )

    def _glued(self, xref: etree._Element) -> bool:
        """Whether a numbered citation follows another with nothing between them
        ("ring<xref>8</xref><xref>9</xref>"): renderers print a comma there ("ring8,9"),
        as digits never run together."""
        prev = xref.getprevious()
        return (
            prev is not None
            and _local(prev.tag) == "xref"
            and self.cites(prev)
            and not prev.tail
            and element_text(prev).strip().isdigit()
            and element_text(xref).strip().isdigit()
        )

    def _repeats(self, xref: etree._Element) -> bool:
        """Whether a citation repeats the range or list the one right before it prints, as
        some converters tag "7–10" once for each reference it covers (Nature's older
        articles in PMC): a reader sees it once."""
        prev = xref.getprevious()
        shown = element_text(xref).strip()
        return (
            prev is not None
            and _local(prev.tag) == "xref"
            and self.cites(prev)
            and not (prev.tail or "").strip()
            and not shown.isdigit()
            and citation_numbers(shown) is not None
            and element_text(prev).strip() == shown
        )

    def inline(self, el: etree._Element, sup: bool) -> None:
        self.words(el.text or "", sup)
        for child in el:
            self.inline_child(child, sup)

    def inline_child(self, child: etree._Element, sup: bool) -> None:
        """One element inside running text, then the text that follows it. A comment or a
        processing instruction prints nothing but what follows it (Pensoft's
        ``<!--PageBreak-->`` between two citations of one marker)."""
        name = _local(child.tag)
        if not name:
            if entity := entity_text(child):  # "&chi;" in a file whose DTD is not loaded
                self.words(entity, sup)
        elif name == "xref" and self.cites(child) and self._repeats(child) and self.xrefs:
            # printed once, by the xref before it: its references join that one's
            start, end, rids, raised = self.xrefs[-1]
            self.xrefs[-1] = (start, end, rids + self.rids(child), raised)
        elif name == "xref" and self.cites(child):
            shown, raised = xref_shown(child, sup)
            if self._glued(child):
                self.words(",", raised)
            start = self.words(shown, raised)
            if shown.strip():  # an empty xref prints nothing: "23<xref/>–25" cites 23 to 25
                rids = self.rids(child)
                self.xrefs.append((start, self.pos, rids, raised))
        elif name in _SKIP:
            pass
        elif name in ("p", "list-item", "title"):
            self.paragraph_break()
            self.inline(child, sup)
            self.paragraph_break()
        else:
            self.inline(child, sup or name == "sup")
        self.words(child.tail or "", sup)

    @property
    def text(self) -> str:
        return "".join(self.chunks)

    def markers(self) -> list[Marker]:
        """The xrefs grouped into markers as printed, with their numbers and keys."""
        text = self.text
        out: list[Marker] = []
        group: list[tuple[int, int, tuple[str, ...], bool]] = []
        for xref in [*self.xrefs, None]:
            if xref is not None and group and _JOIN_OR_DASH(text[group[-1][1] : xref[0]]):
                group.append(xref)
                continue
            if group:
                out.append(self._marker(group, text))
            group = [xref] if xref is not None else []
        return out

    def _marker(self, group: list, text: str) -> Marker:
        ids: list[str] = []
        for k, (start, end, rids, _sup) in enumerate(group):
            shown = text[start:end].translate(_PLAIN_DIGITS)
            if k and _DASH.match(shown):
                continue  # ASM's and Neurology's "3<xref>–</xref>6": a range's dash, tagged
            printed = citation_numbers(shown) or ()
            cited = [self.numbers[r] for r in rids if r in self.numbers]
            if cited and len(cited) == len(rids) and set(cited) <= set(printed):
                # one xref printing a list or a range, with the rid of one of its numbers or
                # of each: "1,6", "1 28–31" (BMJ prints a space for the comma), "2–5"; it
                # cites what it prints (its rids where they say which part: "1b")
                others = [n for n in printed if n not in cited]
                ids += [i for n in others for i in self.by_number.get(n, ())]
            ids += [i for r in rids for i in self.parts.get(r, (r,))]
            before = k - 1
            if before > 0 and _DASH.match(text[group[before][0] : start]):
                before -= 1  # after a tagged dash: the range runs from the xref before it
            if k and _DASH.match(text[group[before][1] : start]):
                lo = self.numbers.get(group[before][2][-1]) if group[before][2] else None
                hi = self.numbers.get(rids[0]) if rids else None
                if lo is not None and hi is not None:
                    ids += [i for n in range(lo + 1, hi) for i in self.by_number.get(n, ())]
        keys = tuple(sorted(dict.fromkeys(ids), key=lambda k: self.numbers.get(k, 0)))
        numbers = tuple(sorted({self.numbers[k] for k in keys if k in self.numbers}))
        start, end = group[0][0], group[-1][1]
        printed_numbers = citation_numbers(text[start:end].translate(_PLAIN_DIGITS)) or ()
        if not self.labelled and not set(numbers) & set(printed_numbers):
            # a list printed without numbers, cited by the year or the names ("Roe et al.,
            # <xref>2015</xref>"): the numbers are the list's positions, which nobody sees;
            # read as numbered, its citations were out of order in every such article
            numbers = ()
        return Marker(start, end, numbers, keys, "xref", text[start:end], all(g[3] for g in group))


_PLAIN_DIGITS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")


def _JOIN_OR_DASH(between: str) -> bool:
    return bool(_JOIN.match(between) or _DASH.match(between))


def _has_own_text(el: etree._Element) -> bool:
    return bool((el.text or "").strip()) or any((c.tail or "").strip() for c in el)


def _has_blocks(el: etree._Element) -> bool:
    return any(_local(c.tag) in _HAS_BLOCKS for c in el)


_HAS_BLOCKS = frozenset({"p", "sec", "title", "label", *_CONTAINERS})


def read_jats(text: str, path: Path | None = None) -> ManuscriptDocument:
    source = str(path) if path else "<input>"
    try:
        root = etree.fromstring(text.lstrip("\ufeff").encode("utf-8"), _PARSER)
    except (etree.XMLSyntaxError, ValueError) as exc:
        raise ParseError(f"{source}: not well-formed XML ({exc})") from None
    ref_list = [
        el
        for el in root.iter()
        if _local(el.tag) == "ref-list"  # the article's own, not a translation's
        and not any(_local(a.tag) in ("sub-article", "response") for a in el.iterancestors())
    ]
    # a list of data citations last: Scientific Data numbers its "Data Citations" apart, and
    # its text's "1" is the first reference after them
    read = read_ref_list(
        sorted(ref_list, key=lambda el: el.get("content-type") == "data-citations")
    )
    refs = read.references
    numbers = {ref.id: ref.number for ref in refs if ref.number is not None}
    by_number: dict[int, list[str]] = {}
    for key, n in numbers.items():
        by_number.setdefault(n, []).append(key)
    parts = {heading: by_number.get(n, []) for heading, n in read.headings.items()}
    b = _Builder({**numbers, **read.headings}, by_number, parts)
    b.labelled = read.labelled
    b.inside = read.inside
    ids = {el.get("id") for el in root.iter() if isinstance(el.tag, str) and el.get("id")}
    b.elsewhere = frozenset(i for i in ids if i and i not in b.numbers and i not in read.inside)
    front = next((el for el in root if _local(el.tag) == "front"), None)
    if front is not None:
        meta = next((el for el in front.iter() if _local(el.tag) == "article-meta"), None)
        for el in meta.iter() if meta is not None else ():
            if _local(el.tag) == "article-title":
                b.paragraph_break()
                b.inline(el, False)
                break
        for el in meta.iter() if meta is not None else ():
            if _local(el.tag) == "abstract" and el.get("abstract-type") in (None, "", "summary"):
                b.paragraph_break()
                b.emit("Abstract")
                b.block(el, 1)
                break
    for part in ("body", "back"):
        el = next((c for c in root if _local(c.tag) == part), None)
        if el is not None:
            b.paragraph_break()
            b.block(el)
    b.paragraph_break()
    list_start = None
    if refs:
        list_start = b.pos
        b.emit("References\n\n")
        for ref in refs:
            b.emit(f"{ref.printed_label}. {ref.source_text}\n\n")
    # floats some journals print after the list: there in the text too, read as the
    # manuscript's text after its list (trace/floats.py)
    for el in root:
        if _local(el.tag) == "floats-group":
            b.paragraph_break()
            b.block(el)
    body = b.text
    markers = b.markers()
    notes = [
        f'{len(markers)} citations from <xref ref-type="bibr">',
        f"{len(refs)} references from <ref-list>",
    ]
    return ManuscriptDocument(
        text=body.rstrip("\n") + "\n",
        kind="jats",
        path=path,
        markers=tuple(markers),
        markers_complete=True,
        references=tuple(refs),
        references_from="jats ref-list" if refs else "",
        reference_list_start=list_start,
        sections=tuple(sorted(b.sections, key=lambda s: s.start)),
        notes=tuple(notes),
    )
