"""A work that Vancouver names by its medium and its year alone: "Example Institute. Example
Atlas [Internet]. 2030." The medium says it was read online; no place, publisher, edition,
pages or ISBN says it was printed, and no journal or book holds it. The readers, who give
a title and a year with nothing else the type of a book, read a book: it is a page on the
web, as the styles that print "[Internet]" type it (a book read online prints its imprint,
"Title [Internet]. Springfield: Example Press; 2030").
"""

from __future__ import annotations

import re

from ..model import Name, Reference
from .body_names import is_body_name
from .webpages import medium_out_of_title
from .years import YEAR

# After the title: its medium (which the title read may hold), the year, then at most the
# day it was read ("[cited 2031 May 1]") and where ("Available from: URL"), nothing that a
# printed work has
_YEAR_ONLY = re.compile(
    r"(?P<medium>\s?\[(?:[a-z]+ on the )?Internet\])?\.?\s+"
    rf"{YEAR.pattern}\b\.?\s*(?:\[[^\]]{{0,60}}\]\.?\s*)?(?:(?:Available|Dispon[ií]vel)\b.*)?$",
    re.IGNORECASE,
)
# What a printed work, a part of one or an article has besides a title and a year
_PRINTED = ("publisher", "publisher_place", "edition", "isbn", "page", "volume", "issue",
            "container_title", "number_of_pages", "collection_title", "doi")  # fmt: skip


def page_by_medium(ref: Reference) -> Reference:
    """``ref``, read as a book, as the web page its title's medium and bare year print."""
    if ref.type != "book" or ref.editor or any(getattr(ref, f) for f in _PRINTED):
        return ref
    at = ref.source_text.find(ref.title) if ref.title else -1
    found = _YEAR_ONLY.match(ref.source_text, at + len(ref.title)) if at >= 0 else None
    if found is None or not (found["medium"] or medium_out_of_title(ref) is not ref):
        return ref  # (no "[Internet]" after the title's words)
    return ref.with_fields(type="webpage")


# A medium closing a name read as a journal's: "Example Portal [Homepage]", "[Internet]"
_MEDIUM_CLOSING = re.compile(r" ?\[(?:(?:[a-z]+ on the )?Internet|Home ?page)\]$", re.IGNORECASE)


def body_then_titled_page(ref: Reference) -> Reference:
    """ "Example Service (XX). Example Programme [Homepage]. 2030 May 18 [cited ...].
    Available from: URL", which the grammar reads as a title and a journal: no journal
    closes with the medium, so the "journal" is the page's title and the body's name read
    as the title, with no author, its author."""
    if ref.author or ref.volume or ref.page or not (ref.container_title and ref.title):
        return ref
    if not _MEDIUM_CLOSING.search(ref.container_title) or not is_body_name(ref.title):
        return ref
    return ref.with_fields(
        author=(Name(literal=ref.title),),
        title=ref.container_title,
        container_title="",
        container_title_short="",
    )
