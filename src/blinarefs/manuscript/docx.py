"""A Word manuscript (.docx) read into a :class:`ManuscriptDocument`.

The body, then its footnotes and endnotes under a "Notes" line placed before the reference
list (so that the list still closes the text, as the reference-list parser expects). The
citations the markup identifies become markers: reference-manager fields (Zotero, Mendeley,
EndNote; field codes, content controls, Zotero's and Mendeley's bookmarks) with the works
they cite, and superscript digits that read as citations (see :mod:`.superscript`): read by
:mod:`.docx_citations`; here, where the list, the notes and the sections are.
"""

from __future__ import annotations

import zipfile
from collections import Counter
from pathlib import Path

from lxml import etree

from ..findings import Finding, counted
from .document import ManuscriptDocument, Marker, Section, shift_all, uncited
from .docx_citations import (
    TYPED_OVER,
    YEAR,
    citations,
    cited_references,
    shifted,
    superscripts_shown,
)
from .docx_endnotes import endnote_labels
from .docx_walk import Stream, Walker
from .fields import is_bibliography
from .numbering import Numbering
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
    typed: list[str] = []
    cited_body, bib_start = citations(body, properties, problems, typed)
    list_start = bib_start if bib_start is not None else _printed_list_start(body)
    cut = _with_heading(body, list_start) if list_start is not None else body.pos
    text = body.text[:cut]
    pending = [(m, c) for m, c in cited_body if m.start < cut]
    pieces = [p for p in body.pieces if p.start < cut]
    lowered = [(s.start, s.end) for s in body.lowered if s.start < cut]
    raised = [(s.start, s.end) for s in body.superscripts if s.start < cut]
    sections = _sections(body, 0, cut)
    marks = [(at, note) for at, note in body.note_marks if at < cut]
    placed: dict[str, tuple[int, int]] = {}
    # the first paragraph in Word's Title style, before the list: the document's title
    title = next(((p.start, p.end) for p in body.paragraphs if p.title and p.end <= cut), None)
    if notes:
        text += NOTES_HEADING + "\n\n"
        for stream in notes:
            placed.update(
                (note, (a + len(text), b + len(text))) for note, a, b in stream.note_texts
            )
            found, _ = citations(stream, properties, problems, typed)
            pending += shifted(found, len(text))
            pieces += shift_all(stream.pieces, len(text))
            lowered += [(s.start + len(text), s.end + len(text)) for s in stream.lowered]
            raised += [(s.start + len(text), s.end + len(text)) for s in stream.superscripts]
            text += stream.text
    shift = len(text) - cut
    pending += shifted([(m, c) for m, c in cited_body if m.start >= cut], shift)
    pieces += shift_all((p for p in body.pieces if p.start >= cut), shift)
    lowered += [(s.start + shift, s.end + shift) for s in body.lowered if s.start >= cut]
    raised += [(s.start + shift, s.end + shift) for s in body.superscripts if s.start >= cut]
    sections += shift_all(_sections(body, cut, body.pos), shift)
    marks += [(at + shift, note) for at, note in body.note_marks if at >= cut]
    ref_start = None if list_start is None else list_start + shift
    text += body.text[cut:]
    text = superscripts_shown(text, pending)
    references, markers = cited_references(pending, text)
    return ManuscriptDocument(
        text=text.rstrip("\n") + "\n",
        kind="docx",
        path=path,
        markers=tuple(markers),
        references=tuple(references),
        references_from="word field" if references else "",
        reference_list_start=ref_start,
        sections=tuple(sections),
        notes=tuple(_notes(markers, references)),
        findings=tuple(_findings(path, streams, markers, problems, typed)),
        pieces=tuple(pieces),
        lowered=tuple(lowered),
        raised=uncited(raised, markers),
        footnotes=tuple((at, *placed[note]) for at, note in marks if note in placed),
        title=title,
    )


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
        and not any(YEAR.search(item.text) for item in items)
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
    from ..parse.headings import is_list_heading

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


def _notes(markers: list[Marker], refs: list) -> list[str]:
    """What was read, counted (``--json``)."""
    origins = Counter(m.origin for m in markers)
    out = [f"{n} citations from {origin}" for origin, n in sorted(origins.items())]
    if refs:
        out.append(f"{len(refs)} references from the citation fields")
    return out


def _findings(
    path: Path,
    streams: list[Stream],
    markers: list[Marker],
    problems: list[str],
    typed: list[str],
) -> list[Finding]:
    """What the reader decided or could not read, for the person checking the file: the
    text checked is the one with tracked changes accepted; a field that cannot be read
    leaves its citations to the text's own digits; a citation typed over by hand is read
    as its text says, not as its field's works."""
    out = []
    if typed:
        shown = "; ".join(f"'{t}'" for t in typed[:3]) + ("; ..." if len(typed) > 3 else "")
        message = (
            f"{counted(len(typed), 'citations')} typed over by hand in the reference manager, "
            f"naming none of the works their fields hold: read as typed ({shown})"
        )
        hint = "cite those works with the manager if the text should cite them"
        out.append(Finding("info", "field-typed-over", message, suggestion=hint, source=str(path)))
    inserted = sum(s.inserted for s in streams)
    deleted = sum(s.deleted for s in streams)
    if inserted or deleted:
        message = (
            f"tracked changes read as accepted: {counted(inserted, 'insertions')} kept, "
            f"{counted(deleted, 'deletions')} dropped"
        )
        hint = "accept or reject them in Word if the checked text should be another"
        out.append(Finding("info", "tracked-changes", message, suggestion=hint, source=str(path)))
    bare = sum(
        1
        for m in markers
        if m.origin.startswith("field:") and not m.keys and m.origin != TYPED_OVER
    )
    if bare:
        message = (
            f"{counted(bare, 'citation fields')} without the data of the works cited (an old "
            "manager version): read from the text they show"
        )
        out.append(Finding("info", "field-without-data", message, source=str(path)))
    hint = "refresh the citations in the reference manager and save the file again"
    if any(s.broken_fields for s in streams):
        message = "a field is not closed (the file may be damaged): its text is read as it stands"
        out.append(
            Finding("warning", "field-unreadable", message, suggestion=hint, source=str(path))
        )
    out += [
        Finding("warning", "field-unreadable", p, suggestion=hint, source=str(path))
        for p in problems
    ]
    return out
