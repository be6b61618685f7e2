"""A Word manuscript (.docx) read into a :class:`ManuscriptDocument`.

The body, then its footnotes and endnotes under a "Notes" line placed before the reference
list (so that the list still closes the text, as the reference-list parser expects). The
citations the markup identifies become markers: reference-manager fields (Zotero, Mendeley,
EndNote; field codes, content controls, Zotero's and Mendeley's bookmarks) with the works
they cite, and superscript digits that read as citations (see :mod:`.superscript`).
"""

from __future__ import annotations

import re
import zipfile
from collections import Counter
from dataclasses import replace
from pathlib import Path

from lxml import etree

from ..model import Reference
from .document import ManuscriptDocument, Marker, Section, shift_all
from .docx_endnotes import endnote_labels
from .docx_raised import alone_in_cell, cited_part, past_punctuation, raised_groups
from .docx_walk import Field, Paragraph, Stream, Walker, front_end
from .fields import (
    FieldCitation,
    is_bibliography,
    is_citation_code,
    read_field,
    read_mendeley_tag,
)
from .numbering import Numbering
from .superscript import SUPERSCRIPT_DIGITS, citation_numbers
from .wordml import MAIN_PART, Package, Styles

NOTES_HEADING = "Notes"


def read_docx(path: Path, zf: zipfile.ZipFile) -> ManuscriptDocument:
    pkg = Package(str(path), zf)
    styles = Styles.read(pkg.part(pkg.related("styles") or "word/styles.xml"))
    numbering = Numbering.read(pkg.part(pkg.related("numbering") or "word/numbering.xml"))
    main = pkg.part(MAIN_PART)
    assert main is not None  # read_manuscript only calls this for a .docx
    body_walker = Walker(MAIN_PART, styles, numbering)
    body_walker.walk_part(main)
    body = body_walker.finish()
    endnotes = pkg.related("endnotes") or "word/endnotes.xml"
    notes_root = pkg.part(endnotes)
    listed = _endnotes_listed(pkg, main, body, notes_root)
    if listed and notes_root is not None:  # the endnotes are the list: read with numbers
        body_walker = Walker(MAIN_PART, styles, numbering)
        body_walker.note_labels = listed
        body_walker.walk_part(main)
        body_walker.end_list(notes_root, endnotes)
        body = body_walker.finish()
    streams = [body]
    for kind in ("footnotes", "endnotes"):
        name = pkg.related(kind) or f"word/{kind}.xml"
        root = pkg.part(name)
        if root is not None and not (listed and kind == "endnotes"):
            walker = Walker(name, styles, numbering)
            walker.walk_part(root, notes=kind[:-1])
            stream = walker.finish()
            if stream.paragraphs:
                streams.append(stream)
    return _assemble(path, streams, pkg.custom_properties())


def _endnotes_listed(
    pkg: Package, main: etree._Element, body: Stream, root: etree._Element | None
) -> dict[str, str]:
    """The endnotes' numbers when they are the reference list (see :mod:`.docx_endnotes`):
    only in a body with no printed list and no bibliography field of its own."""
    if root is None or _printed_list_start(body) is not None:
        return {}
    if any(is_bibliography(f.code) for f in body.fields):
        return {}
    return endnote_labels(main, root, pkg.part(pkg.related("settings") or "word/settings.xml"))


def _assemble(path: Path, streams: list[Stream], properties: dict[str, str]) -> ManuscriptDocument:
    body, notes = streams[0], streams[1:]
    problems: list[str] = []
    cited_body, bib_start = _citations(body, properties, problems)
    list_start = bib_start if bib_start is not None else _printed_list_start(body)
    cut = _with_heading(body, list_start) if list_start is not None else body.pos
    text = body.text[:cut]
    pending = [(m, c) for m, c in cited_body if m.start < cut]
    pieces = [p for p in body.pieces if p.start < cut]
    sections = _sections(body, 0, cut)
    if notes:
        text += NOTES_HEADING + "\n\n"
        for stream in notes:
            found, _ = _citations(stream, properties, problems)
            pending += _shifted(found, len(text))
            pieces += shift_all(stream.pieces, len(text))
            text += stream.text
    shift = len(text) - cut
    pending += _shifted([(m, c) for m, c in cited_body if m.start >= cut], shift)
    pieces += shift_all((p for p in body.pieces if p.start >= cut), shift)
    sections += shift_all(_sections(body, cut, body.pos), shift)
    ref_start = None if list_start is None else list_start + shift
    text += body.text[cut:]
    text = _superscripts_shown(text, pending)
    references, markers = _references(pending, text)
    return ManuscriptDocument(
        text=text.rstrip("\n") + "\n",
        kind="docx",
        path=path,
        markers=tuple(markers),
        references=tuple(references),
        references_from="word field" if references else "",
        reference_list_start=ref_start,
        sections=tuple(sections),
        notes=tuple(_notes(streams, markers, references, problems)),
        pieces=tuple(pieces),
    )


# -- citations --------------------------------------------------------------------------------

# A marker on its way: the works a field cites travel with it until keys are assigned.
_Pending = tuple[Marker, FieldCitation | None]


def _citations(
    stream: Stream, properties: dict[str, str], problems: list[str]
) -> tuple[list[_Pending], int | None]:
    """Field and superscript markers of one stream, and where a bibliography field starts."""
    text = stream.text
    found: list[_Pending] = []
    bib_start = None

    def add(
        start: int, end: int, cited: FieldCitation | None, origin: str, superscript: bool = False
    ) -> None:
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        shown = text[start:end]
        numbers = citation_numbers(shown)
        if numbers is None and cited is not None:
            start, numbers = _named_numbers(text, start, end)
            shown = text[start:end]
        found.append((Marker(start, end, numbers or (), (), origin, shown, superscript), cited))

    for f in stream.fields:
        code = f.code
        if is_bibliography(code):
            bib_start = f.start if bib_start is None else min(bib_start, f.start)
            continue
        if not is_citation_code(code):
            continue
        cited = _read(code, f, problems)
        add(f.start, f.end, cited, f"field:{cited.manager}" if cited else "field:unreadable")
    for span in stream.controls:
        if span.name.startswith("MENDELEY_BIBLIOGRAPHY"):
            bib_start = span.start if bib_start is None else min(bib_start, span.start)
            continue
        try:
            cited = read_mendeley_tag(span.name)
        except ValueError as exc:
            problems.append(f"a Mendeley citation's data cannot be read: {exc}")
            continue
        if cited is not None:
            add(span.start, span.end, cited, "field:mendeley")
    marked: set[tuple[int, int, str]] = set()  # LibreOffice can write a mark twice
    for span in stream.bookmarks:
        code = _bookmark_code(span.name, properties)
        if code.startswith(("BIBL", "ZOTERO_BIBL")) or is_bibliography(code):
            bib_start = span.start if bib_start is None else min(bib_start, span.start)
        elif code and (span.start, span.end, code) not in marked:
            marked.add((span.start, span.end, code))
            cited = _read(code, None, problems)
            if cited:
                add(span.start, span.end, cited, f"field:{cited.manager}")
    sups = [(sup.start, sup.end) for sup in stream.superscripts]
    found = [(_as_superscript(m, sups), c) for m, c in found]
    taken = sorted((m.start, m.end) for m, _ in found)
    front = front_end(stream)
    para_of = _paragraph_at(stream)
    if bib_start is not None:
        # a bibliography in a list Word numbers: its first label is the list's, not the body's
        first = para_of(bib_start)
        if first is not None and not text[first.start : bib_start].strip():
            bib_start = first.label_start
    seen = 0  # the highest number a raised citation cited so far
    for sup in raised_groups(stream.superscripts, text):
        if sup.start < front or (bib_start is not None and sup.start >= bib_start):
            continue
        if any(s < sup.end and sup.start < e for s, e in taken):
            continue  # a field's own superscript result
        sup = past_punctuation(text, sup)
        para = para_of(sup.start)
        part = cited_part(text, sup, para.start if para else 0, stream.subscripts, seen)
        if part is None and para is not None and para.cell:
            part = alone_in_cell(text, sup, para.start, para.end)
        if part:
            add(part[0], part[1], None, "superscript-run", superscript=True)
            seen = max(seen, *found[-1][0].numbers, 0)
    found.sort(key=lambda pair: pair[0].start)
    return found, bib_start


# The number a field's result ends with when it names the author first: EndNote's
# "Morton [7]" (the author is inside the field; Zotero leaves it out).
_TRAILING_GROUP = re.compile(r"[\[(][\d\s,;\-–—‐‑−]+[\])]$")


def _named_numbers(text: str, start: int, end: int) -> tuple[int, tuple[int, ...] | None]:
    """Where the numbered part of a field's result starts, and its numbers; years are not
    numbers ("Roe (2020)" is an author-year citation)."""
    m = _TRAILING_GROUP.search(text, start, end)
    if m and m.start() > start and not text[m.start() - 1].isalnum():
        numbers = citation_numbers(m.group())
        if numbers and max(numbers) < 1000:
            return m.start(), numbers
    return start, None


def _as_superscript(marker: Marker, sups: list[tuple[int, int]]) -> Marker:
    """A field whose shown text is set superscript is flagged so, as superscript runs are."""
    if any(s <= marker.start and marker.end <= e for s, e in sups) and marker.end > marker.start:
        return replace(marker, superscript=True)
    return marker


def _shifted(pending: list[_Pending], by: int) -> list[_Pending]:
    return [(m.shifted(by), c) for m, c in pending] if by else pending


def _paragraph_at(stream: Stream):
    import bisect

    starts = [p.start for p in stream.paragraphs]

    def paragraph_of(offset: int) -> Paragraph | None:
        i = bisect.bisect_right(starts, offset) - 1
        return stream.paragraphs[i] if i >= 0 else None

    return paragraph_of


def _read(code: str, f: Field | None, problems: list[str]) -> FieldCitation | None:
    try:
        return read_field(code, f.all_data if f else "")
    except ValueError as exc:
        problems.append(f"a citation field cannot be read: {exc}")
        return None


def _bookmark_code(name: str, properties: dict[str, str]) -> str:
    """Zotero's bookmark mode (and Mendeley's in LibreOffice): the code is split over custom
    properties NAME_1, NAME_2..."""
    parts = []
    n = 1
    while f"{name}_{n}" in properties:
        parts.append(properties[f"{name}_{n}"])
        n += 1
    return "".join(parts).strip()


def _references(pending: list[_Pending], text: str) -> tuple[list[Reference], list[Marker]]:
    """One reference per cited work, in order of first citation, keyed; markers with keys
    and with their text as shown. A work cited through two managers (or two libraries) is
    one work when its DOI, or its title and year, agree."""
    from ..keys import assign_keys

    refs: list[Reference] = []
    slot: dict[str, int] = {}  # identity, DOI or title+year -> index in refs
    for _, cited in pending:
        for item in cited.items if cited else ():
            ref = item.reference
            if item.identity in slot or ref is None:
                continue
            same = [k for k in _work_keys(ref) if k in slot]
            if same:
                slot[item.identity] = slot[same[0]]
                continue
            for key in (item.identity, *_work_keys(ref)):
                slot[key] = len(refs)
            refs.append(ref)
    keyed = assign_keys(refs)
    markers = []
    for marker, cited in pending:
        shown = text[marker.start : marker.end]
        if cited is not None:
            found = [slot[i.identity] for i in cited.items if i.identity in slot]
            keys = tuple(dict.fromkeys(keyed[n].id for n in found))
            marker = replace(marker, keys=keys)
        markers.append(replace(marker, text=shown))
    return keyed, markers


def _work_keys(ref: Reference) -> list[str]:
    out = [f"doi:{ref.doi.lower()}"] if ref.doi else []
    if ref.title and ref.year:
        out.append(f"title:{' '.join(ref.title.lower().split())}:{ref.year}")
    return out


def _superscripts_shown(text: str, pending: list[_Pending]) -> str:
    """Superscript citation digits written as Unicode superscripts (same length, so every
    span holds): the text then says what the reader sees, and any decoder reads it as it is
    meant."""
    out, last = [], 0
    for marker, _ in sorted(pending, key=lambda pair: pair[0].start):
        if marker.superscript:
            out += [
                text[last : marker.start],
                text[marker.start : marker.end].translate(SUPERSCRIPT_DIGITS),
            ]
            last = marker.end
    out.append(text[last:])
    return "".join(out)


_YEAR = re.compile(r"\b(?:1[5-9]|20)\d\d\b")


def _printed_list_start(stream: Stream) -> int | None:
    """Where the printed reference list starts. Numbered headings ("1. Introduction", "2.
    Methods") read as a numbered list in a manuscript with no printed list (its references
    in a .bib or in fields not yet made into a bibliography): a list that opens on a
    heading paragraph is no reference list. Nor is a list with no "References" heading whose
    items hold no year: steps or criteria in the text of such a manuscript."""
    from ..parse.split import find_reference_section

    section = find_reference_section(stream.text)
    if section is None:
        return None
    items = section.items
    if (
        items
        and items[0].line == section.start_line
        and not any(_YEAR.search(item.text) for item in items)
    ):
        return None
    first = next((p for p in stream.paragraphs if p.label_start >= section.start), None)
    if (
        first is not None
        and first.level
        and stream.text[first.label_start : first.end][:1].isdigit()
    ):
        return None
    return section.start


def _with_heading(stream: Stream, start: int) -> int:
    """Where the notes go: before the list's "References" heading (a bibliography field's
    list starts after it), not between the heading and its list."""
    from ..parse.split import is_list_heading

    before = [p for p in stream.paragraphs if p.end <= start]
    if before and is_list_heading(stream.text[before[-1].start : before[-1].end]):
        between = stream.text[before[-1].end : start]
        if not between.strip():
            return before[-1].label_start
    return start


def _sections(stream: Stream, start: int, end: int) -> list[Section]:
    text = stream.text
    heads = [p for p in stream.paragraphs if p.level and start <= p.label_start < end]
    out = []
    for i, head in enumerate(heads):
        stop = next((h.label_start for h in heads[i + 1 :] if h.level <= head.level), end)
        out.append(Section(text[head.start : head.end].strip(), head.level, head.label_start, stop))
    return out


def _notes(
    streams: list[Stream], markers: list[Marker], refs: list, problems: list[str]
) -> list[str]:
    out = []
    inserted = sum(s.inserted for s in streams)
    deleted = sum(s.deleted for s in streams)
    if inserted or deleted:
        out.append(
            f"tracked changes read as accepted: {inserted} insertions kept, "
            f"{deleted} deletions dropped"
        )
    origins = Counter(m.origin for m in markers)
    for origin, n in sorted(origins.items()):
        out.append(f"{n} citations from {origin}")
    if refs:
        out.append(f"{len(refs)} references from the citation fields")
    bare = sum(1 for m in markers if m.origin.startswith("field:") and not m.keys)
    if bare:
        out.append(
            f"{bare} citation fields name their works without their data (an old manager "
            "version): those citations are read from their text"
        )
    if any(s.broken_fields for s in streams):
        out.append("a field is not closed (the file may be damaged): its text is read as it stands")
    return out + problems
