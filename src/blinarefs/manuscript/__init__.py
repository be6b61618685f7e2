"""Manuscripts as they arrive: plain text, Word (.docx) and JATS XML, read into one
:class:`ManuscriptDocument` that says what the markup knows (citation markers, the works
reference-manager fields describe, the reference list, sections) beside the text."""

from __future__ import annotations

from .document import Location, ManuscriptDocument, Marker, Piece, Section
from .read import read_manuscript

__all__ = ["Location", "ManuscriptDocument", "Marker", "Piece", "Section", "read_manuscript"]
