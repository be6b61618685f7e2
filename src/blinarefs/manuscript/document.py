"""What a manuscript reader gives back, whatever the file was: the text a reader sees, and
what the markup already knows about it.

Plain text knows nothing beyond its characters, so the trace has to guess which digits are
citations. A Word file or a JATS article says more: which runs are superscript, which spans
are citation fields and which works they cite, where the reference list starts. A
:class:`ManuscriptDocument` carries that alongside the text, every piece of it as a span of
``text``, so that the trace and the writers (Word comments, renumbering) can use it.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from ..findings import Finding
from ..model import Reference
from ..reprs import brief_repr
from .latex_inputs import Origin

KINDS = ("text", "docx", "jats")
ORIGINS = (
    "superscript-run",  # digits set superscript in the source (Word run formatting, <sup>)
    "field:zotero",
    "field:mendeley",
    "field:endnote",
    "xref",  # JATS <xref ref-type="bibr">
)


@dataclass(frozen=True, slots=True)
class Marker:
    """A citation marker the markup identifies: ``text[start:end]`` is what the reader sees.

    ``numbers`` are the reference numbers it names (as printed, or the positions of the cited
    references in :attr:`ManuscriptDocument.references`); ``keys`` are the ids of the cited
    references when the markup names the works themselves (fields, JATS rids).
    """

    start: int
    end: int
    numbers: tuple[int, ...]
    keys: tuple[str, ...]
    origin: str
    text: str = ""
    superscript: bool = False  # set superscript in the source (shown with Unicode digits)

    def shifted(self, by: int) -> Marker:
        return replace(self, start=self.start + by, end=self.end + by)

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "numbers": list(self.numbers),
            "keys": list(self.keys),
            "origin": self.origin,
            "superscript": self.superscript,
        }


@dataclass(frozen=True, slots=True)
class Section:
    """A heading and the stretch of text it governs (up to the next heading of its level or
    higher). ``level`` 1 is the top (Word "Heading 1", a JATS top ``<sec>``)."""

    title: str
    level: int
    start: int  # offset of the heading in text
    end: int  # end of the section's last paragraph

    def shifted(self, by: int) -> Section:
        return replace(self, start=self.start + by, end=self.end + by)


@dataclass(frozen=True, slots=True)
class Location:
    """A place inside a .docx: the writing half anchors comments and edits here.

    ``paragraph`` counts the ``w:p`` elements of ``part`` in document order
    (:func:`blinarefs.manuscript.wordml.part_paragraphs`), ``run`` the ``w:r`` elements of
    that paragraph (:func:`blinarefs.manuscript.wordml.paragraph_runs`, deleted runs
    included, so the counts match the file as it is), and ``offset`` the character within
    the run's text as :func:`blinarefs.manuscript.wordml.run_text` renders it.
    """

    part: str
    paragraph: int
    run: int
    offset: int


@dataclass(frozen=True, slots=True)
class Piece:
    """``text[start:end]`` is the text of one run (or part of it) starting at ``at``."""

    start: int
    end: int
    at: Location

    def shifted(self, by: int) -> Piece:
        return replace(self, start=self.start + by, end=self.end + by)


@dataclass(frozen=True)
class ManuscriptDocument:
    """A manuscript as read: its text, and what its markup knows.

    ``text`` has paragraphs separated by blank lines, headings as paragraphs of their own,
    table cells as paragraphs, Word's list numbers written out ("1. "), and footnotes and
    endnotes after the body under a "Notes" line (before the reference list, so that the
    list still closes the text). ``reference_list_start`` is where the printed list starts
    (None when there is none). ``markers`` are the citations the markup identifies; when
    ``markers_complete`` is true (JATS) they are all the citations there are, otherwise
    (Word) they are the superscript and field citations, and typed ones ("[3]") are left
    for the decoder to find. ``references`` are the works the markup describes (reference
    manager fields, a JATS ``<ref-list>``); empty for plain text. ``lowered`` are the spans
    set as subscripts (Word): digits there are indices ("CO₂", a model's "CP₍₁,₂,₃₎"), never
    citations, which a plain-text copy cannot tell once they are flattened. ``notes`` say
    what was read (for ``--json``); ``findings`` are what the reader decided or could not
    read that a person must be told, because the checks that follow rest on it: tracked
    changes read as accepted, a citation field that cannot be read, a LaTeX ``\\input``
    whose file is missing. The trace reports them before anything they may cause.
    """

    text: str
    kind: str = "text"
    path: Path | None = None
    markers: tuple[Marker, ...] = ()
    markers_complete: bool = False
    references: tuple[Reference, ...] = ()
    references_from: str = ""  # "word field", "jats ref-list"
    reference_list_start: int | None = None
    sections: tuple[Section, ...] = ()
    notes: tuple[str, ...] = ()
    findings: tuple[Finding, ...] = ()
    # a LaTeX manuscript in several files: where each stretch of text comes from
    origins: tuple[Origin, ...] = ()
    pieces: tuple[Piece, ...] = field(default=(), repr=False)
    lowered: tuple[tuple[int, int], ...] = field(default=(), repr=False)
    # raised text that cites nothing (an affiliation's "1", the 9 of 10⁹): kept raised by
    # the writers (Pandoc's ^9^), as a reader sees it, though the text holds plain digits
    raised: tuple[tuple[int, int], ...] = field(default=(), repr=False)
    # a Word file's footnotes and endnotes: where each one's mark stands, and its text under
    # "Notes" (mark, start, end), for a writer that puts the note back in its place
    footnotes: tuple[tuple[int, int, int], ...] = field(default=(), repr=False)
    # the span of the document's title where its markup names one (Word's Title style):
    # Pandoc's ``title`` metadata, not a heading of the body
    title: tuple[int, int] | None = None
    _starts: list[int] = field(default_factory=list, repr=False, compare=False)

    __repr__ = brief_repr  # a notebook shows it without its whole text

    def locate(self, offset: int) -> Location | None:
        """Where character ``offset`` of ``text`` sits in the .docx, or None when it was
        written by the reader (a list number, a paragraph break) or the file is not Word."""
        if not self.pieces:
            return None
        if not self._starts:
            self._starts.extend(p.start for p in self.pieces)
        i = bisect.bisect_right(self._starts, offset) - 1
        if i < 0:
            return None
        piece = self.pieces[i]
        if not piece.start <= offset < piece.end:
            return None
        at = piece.at
        return replace(at, offset=at.offset + offset - piece.start)

    def locate_span(self, start: int, end: int) -> tuple[Location, Location] | None:
        """The first and last characters of ``text[start:end]`` that come from the file (the
        last inclusive), or None when none does."""
        first = next((loc for i in range(start, end) if (loc := self.locate(i))), None)
        last = next((loc for i in range(end - 1, start - 1, -1) if (loc := self.locate(i))), None)
        return (first, last) if first and last else None

    def to_dict(self) -> dict[str, Any]:
        return {
            "path": str(self.path) if self.path else None,
            "kind": self.kind,
            "characters": len(self.text),
            "markers": [m.to_dict() for m in self.markers],
            "references": len(self.references),
            "references_from": self.references_from,
            "reference_list_start": self.reference_list_start,
            "sections": [
                {"title": s.title, "level": s.level, "start": s.start, "end": s.end}
                for s in self.sections
            ],
            "notes": list(self.notes),
            "findings": [f.to_dict() for f in self.findings],
        }


def shift_all(items: Iterable[Any], by: int) -> list[Any]:
    """Markers, sections or pieces moved ``by`` characters (text inserted before them)."""
    return [item.shifted(by) for item in items] if by else list(items)


def uncited(
    spans: Iterable[tuple[int, int]], markers: Iterable[Marker]
) -> tuple[tuple[int, int], ...]:
    """The parts of ``spans`` that no marker covers: raised text less its citations."""
    taken = sorted((m.start, m.end) for m in markers)
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        i = bisect.bisect_left(taken, (start, start)) - 1
        for a, b in taken[max(i, 0) :]:
            if a >= end:
                break
            if b > start and a > start:
                out.append((start, a))
            start = max(start, b)
        if start < end:
            out.append((start, end))
    return tuple(out)
