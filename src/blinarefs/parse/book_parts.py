"""A part of a book by the book's own authors, as Citing Medicine prints it: "Roe J.
Example Textbook. 5th ed. Springfield: Example Press; 2030. Chapter 12, Made-up disorders;
p. 123-45."

The book comes first, whole, then the part's number and title and the pages it spans (the
rule for a chapter whose authors wrote the whole book; a chapter by others opens with its
own title and "In:"). Read as a book, the part's number became a volume and its title was
lost. The entry is the chapter (what Zotero makes of it: a book section, its title the
part's, its container the book's), with the pages the part spans.
"""

from __future__ import annotations

import re

from ..model import Reference
from .prefilter import holds_any

_PART = re.compile(
    r"(?<=[.;] )(?P<kind>Chapter|Part|Section) (?P<number>[\dIVXLC]{1,6}),"
    r" (?P<title>[^;]{3,300}?)(?:; (?:p|pp)\. ?(?P<pages>[A-Za-z]?\d+(?:[-–][A-Za-z]?\d+)?))?"
    r"\.?$"
)
_KINDS = ("Chapter ", "Part ", "Section ")  # what every match of _PART holds


def book_part(ref: Reference) -> Reference:
    """``ref`` read as the part of a book its closing sentence names, when it was read as
    the book ("Chapter 12" its volume, or nothing) or as the journal "Part"; ``ref``
    otherwise."""
    text = ref.source_text.strip()
    # (the part's word asked first, in C: every entry is asked, and few print one)
    m = _PART.search(text) if holds_any(text, _KINDS) else None
    if not m or not ref.title or ref.title in m.group():
        return ref
    # a book, or the part's word read as a journal ("Part" of volume 3) after an imprint
    as_journal = ref.container_title == m["kind"] and bool(ref.publisher)
    if ref.type != "book" and not as_journal:
        return ref
    changes: dict[str, object] = {
        "type": "chapter",
        "title": m["title"].strip(),
        "container_title": ref.title,
        "container_title_short": "",
    }
    if ref.volume and ref.volume in m.group():
        changes["volume"] = ""  # "Chapter 12" is no volume
    if ref.note and ref.note in m.group():
        changes["note"] = ""
    if m["pages"] and not ref.page:
        changes["page"] = m["pages"]
    return ref.with_fields(**changes)
