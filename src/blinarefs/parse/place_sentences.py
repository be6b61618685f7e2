"""A book's place printed as the sentence after its title, the publisher after the place's
comma, as botany's and zoology's author-year lists print a book: "Roe, D.H. 2030. The
Biology of Examples. Springfield, Example Press." The labeller, which knows the place
before a colon ("Springfield: Example Press"), reads the place as the title's last
sentence ("The Biology of Examples. Springfield") and the publisher as the book's or a
journal's name. A reference that ends with one to three capitalised words after the
title's full stop, then a comma and a name with no figure (a journal prints its volume
and pages), is that book: the words are its place, the name its publisher.
"""

from __future__ import annotations

import re

from ..model import Reference

# The title, then its last sentence: a place of one to three capitalised words, which may
# hold a particle ("Rio de Exemplo", "San Examplo")
_PLACE_LAST = re.compile(
    r"(?P<title>.*[^\W\d_]{2}[.?!)]?)\.\s+"
    r"(?P<place>[A-ZÀ-Ý][^\W\d_]+(?: (?:[A-ZÀ-Ý][^\W\d_]+|de|do|da|del)){0,2})"
)
# What closes the reference after the place: its comma and the publisher, no figure
_PUBLISHER_TO_END = re.compile(r",\s*(?P<publisher>[A-ZÀ-Ý][^\d.;:,()\[\]]+)\.?\s*")


def place_after_title(ref: Reference) -> Reference:
    """``ref`` read as a book with its place and publisher, when its title closed with the
    place and the publisher, read as a journal or the publisher, ends the reference."""
    if ref.volume or ref.issue or ref.page or ref.publisher_place or not ref.title:
        return ref
    m = _PLACE_LAST.fullmatch(ref.title)
    if m is None:
        return ref
    at = ref.source_text.find(ref.title)
    end = _PUBLISHER_TO_END.fullmatch(ref.source_text, at + len(ref.title)) if at >= 0 else None
    if end is None:
        return ref
    publisher = end["publisher"].strip()
    if publisher not in (ref.container_title or publisher, ref.publisher or publisher):
        return ref
    return ref.with_fields(
        title=m["title"],
        publisher_place=m["place"],
        publisher=publisher,
        container_title="",
        type="book" if ref.type == "article-journal" else ref.type,
    )
