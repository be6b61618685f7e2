"""Findings as Word comments: where in the file each one belongs, and what it says.

A finding about a citation or a claim carries the span of its text; one about a reference
(never cited, a duplicate) is anchored on that reference's item in the printed list; one
about the manuscript as a whole (no reference list) on its first paragraph. The text of
the trace is the reader's, so a span is turned into run positions through the reader's
map (:meth:`~blinarefs.manuscript.document.ManuscriptDocument.locate_span`); characters the
reader wrote itself (a list number, a paragraph break) have no place in the file and are
skipped over.

A finding inside a footnote or an endnote is anchored on the note's reference mark in the
body, its comment quoting the note's text: Word accepts comments inside notes, but
LibreOffice (7.4) refuses to open a file that has one.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from ..findings import Finding
from ..model import Reference
from ..parse import find_reference_section, parse_reference_list
from ..textlines import lines_with_ends
from ..trace.manuscript import Trace
from .crosscheck import matched_pairs
from .document import Location, ManuscriptDocument
from .docx_comments import Comment, add_comments, note_reference
from .docx_edit import WordPackage


def comment_text(f: Finding) -> tuple[str, ...]:
    """The comment's paragraphs: what is wrong, then what to do."""
    lines = [f"{f.severity} [{f.code}]: {f.message}"]
    if f.suggestion:
        lines.append(f"\u2192 {f.suggestion}")
    return tuple(lines)


def list_item_spans(trace: Trace) -> dict[str, tuple[int, int]]:
    """Reference key -> the span of its item in the printed list (from its first line to
    the end of its last).

    The list is looked for after the body, then, when that text alone does not read as one
    (an unnumbered list the reader cut from its "References" heading), in the whole text
    from the heading on. Each item is tied to its reference by its number, except for the
    works of reference-manager fields: they are numbered in the order the reader met them,
    not as the list prints them, so each is tied to the entry its title matches, as the
    check of the printed list ties them (an entry only the list has keeps its own key)."""
    offset = trace.body_end
    section = find_reference_section(trace.text[offset:])
    if section is None:
        section, offset = find_reference_section(trace.text), 0
    if section is None:
        return {}
    text = trace.text[offset:]
    starts = [0]
    for line in lines_with_ends(text):
        starts.append(starts[-1] + len(line))
    items = [i for i in section.items if offset + starts[i.line - 1] >= trace.body_end]
    spans = {
        (i.number, i.label): (
            offset + starts[i.line - 1],
            offset + len(text[: starts[i.end_line]].rstrip()),
        )
        for i in items
    }
    works = [r for r in trace.references if not r.source_text]  # described by markup only
    if works:
        return _spans_of_works(trace, works, text[section.start :], spans)
    out: dict[str, tuple[int, int]] = {}
    parts = {r.label: r for same in trace.index.parts.values() for r in same}  # "1a", "1b"
    for item in items:
        ref = parts.get(item.label) if item.label else trace.index.by_number.get(item.number)
        if ref is not None:
            out[ref.id] = spans[item.number, item.label]
    return out


def _spans_of_works(
    trace: Trace,
    works: list[Reference],
    listed: str,
    spans: dict[tuple[int, str], tuple[int, int]],
) -> dict[str, tuple[int, int]]:
    """The spans of :func:`list_item_spans` for a manuscript whose references are works of
    its fields (plus the entries only its printed list has): the printed entries read from
    ``listed`` (the list, from its heading), each tied to its work by what it says."""
    entries = parse_reference_list(listed).references
    keys = {r.id for r in trace.references}
    work_of = {entry: work for work, entry in matched_pairs(works, list(entries))}
    out: dict[str, tuple[int, int]] = {}
    for entry in entries:
        key = work_of.get(entry.id) or (entry.id if entry.id in keys else None)
        span = spans.get((entry.number or 0, entry.label))
        if key and span:
            out[key] = span
    return out


def place(
    findings: Sequence[Finding], doc: ManuscriptDocument, trace: Trace
) -> list[tuple[Finding, tuple[Location, Location], bool]]:
    """Each finding with the first and last located characters it is about (its span; the
    list item of its reference; the line it names), and whether that is its own place
    (False: it went to the first paragraph)."""
    items = list_item_spans(trace)
    lines = [0]
    for text in lines_with_ends(doc.text):
        lines.append(lines[-1] + len(text))
    first = doc.locate_span(0, len(doc.text))
    out = []
    for f in findings:
        span = f.span or (items.get(f.key) if f.key else None)
        line = f.line if f.source in (None, str(doc.path)) else None
        if span is None and line and line < len(lines):  # about a line of the manuscript
            span = (lines[line - 1], lines[line])
        where = doc.locate_span(*span) if span else None
        if where is None:
            where = _nearest(doc, span[0]) if span else None
        if where is not None:
            out.append((f, where, True))
        elif first is not None:
            out.append((f, (first[0], first[0]), False))
    return out


def _nearest(doc: ManuscriptDocument, offset: int) -> tuple[Location, Location] | None:
    """The first located character at or after ``offset`` (a span the reader wrote)."""
    for piece in doc.pieces:
        if piece.end > offset:
            loc = doc.locate(max(offset, piece.start))
            return (loc, loc) if loc else None
    return None


def annotate_docx(
    data: bytes,
    doc: ManuscriptDocument,
    trace: Trace,
    findings: Iterable[Finding],
    *,
    date: str = "",
) -> tuple[bytes, int]:
    """The .docx ``data`` with a comment at each finding; (new bytes, comments written)."""
    package = WordPackage.open(data, str(doc.path or "manuscript"))
    comments = []
    for f, (a, b), own in place(list(findings), doc, trace):
        text = comment_text(f) if own else ("(about the whole manuscript)", *comment_text(f))
        note = note_reference(package, a)
        if note is not None:  # on the note's mark in the body, quoting the note's text
            (a, kind), quoted = note, " ".join((f.text or "").split())
            b = a
            text = (f"in the {kind}" + (f": \u201c{quoted[:200]}\u201d" if quoted else ""), *text)
        comments.append(Comment(a, b, text))
    add_comments(package, comments, date=date)
    return package.save(), len(comments)
