"""A chapter as SciELO's author-year lists print it: "Roe, A. 2030. Chapter. In: Doe, B.; Moe,
C. (Ed.). Book. Publisher, Place, p.86-89." The book and its imprint follow the editors' "(Ed.)"
and are parted by a full stop only, with the publisher, its place and the pages parted by
commas and no year after them (it follows the names). The readers ran the book into the
publisher ("Book. Museum of Examples") or took the publisher for the book.

The imprint is the last sentence before the pages that holds a comma (a publisher, then its
place: "Museum of Examples, Example City"; a country after the place's full stop, "Example
City. Brazil", is the place's); what is between the editors and it is the book, less a
volume printed after it ("Book. v.2").
"""

from __future__ import annotations

import re

from ..model import Reference
from .nature_chapters import nature_chapter

# The editors' mark, then the rest up to the pages (or the book's length) at the end
_FORM = re.compile(
    r"\bIn:? .{1,400}?\((?:Eds?|Orgs?|Coords?|Editors?|Compilers?|Comps?)\.?\)\.?\s+"
    r"(?P<rest>.+?)\s?,\s*(?:pp?\.\s?(?P<pages>\d+(?:\s?[-–]\s?\d+)?)|\d+\s?p)\.?$"
)
# A sentence's end inside the rest: a full stop after a word of two letters or more (not
# an initial's), then a space
_SENTENCE = re.compile(r"(?<=[^\W\d_]{2})\.\s+|(?<=\))\.\s+")
# ABNT's line for the chapter's own author, printed before the book ("In: ______. Book."),
# which the readers kept in the book's title
_SAME_AUTHOR = re.compile(r"\A_{3,}\.?\s*")
# A volume of the book printed after its title: "Book. v.2. Publisher", "Book. Vol. 3."
_VOLUME = re.compile(r"(?<=\.)\s+(?:v|vol)\.\s?\d+\.(?=\s)", re.I)


def chapter_imprint(ref: Reference) -> Reference:
    """``ref``, a chapter (or a paper in a book of proceedings) printed in SciELO's
    author-year form, with its book, publisher and place as printed; the book without
    ABNT's line for the chapter's own author."""
    if ref.type not in ("chapter", "paper-conference"):
        return ref
    if _SAME_AUTHOR.match(ref.container_title):  # ABNT's "In: ______. Book."
        ref = ref.with_fields(container_title=_SAME_AUTHOR.sub("", ref.container_title))
    m = _FORM.search(ref.source_text)
    if m is None:
        return ref
    rest = _VOLUME.sub("", m["rest"])
    ends = [s.end() for s in _SENTENCE.finditer(rest)]
    for end in reversed(ends):
        imprint = rest[end:]
        if "," in imprint:
            break
    else:
        return ref
    book = rest[:end].rstrip().rstrip(".")
    publisher, _, place = imprint.rpartition(",")
    if not book or not publisher.strip() or not place.strip():
        return ref
    return ref.with_fields(
        container_title=book.strip(),
        publisher=publisher.strip(),
        publisher_place=place.strip(),
    )


def chapter_imprints(ref: Reference) -> Reference:
    """``ref`` with a chapter's imprint read as its style prints it: SciELO's author-year
    form (:func:`chapter_imprint`), then Nature's bare pages before the imprint
    (:func:`.nature_chapters.nature_chapter`)."""
    return nature_chapter(chapter_imprint(ref))
