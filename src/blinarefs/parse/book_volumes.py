"""A book's volume printed as its own sentence after the book's title, as AMA's and NLM's
styles print it: "In: Doe P, ed. Example Book. Vol 2. Example Press; 2030:12-34." and
"Roe J. Example Book. Vol. 3. Springfield: Example Press; 2030." The readers kept the
sentence in the book's title; it is the volume, printed where the style puts a book's.
"""

from __future__ import annotations

import re

from ..model import Reference

# "Vol 2", "Vol. 19", "Vol III" closing the title after its full stop (a title that names
# its volume inside, "Book, Vol 2: Subtitle", goes on after it)
_VOLUME_SENTENCE = re.compile(r"\.\s+Vol\.?\s+(?P<number>\d{1,4}|[IVXLC]{1,6})$")


def volume_out_of_book(ref: Reference) -> Reference:
    """``ref``, a chapter or a book with no volume read, with the volume that closes its
    book's title as its volume."""
    if ref.volume or ref.type not in ("chapter", "book"):
        return ref
    key = "container_title" if ref.type == "chapter" else "title"
    book = getattr(ref, key)
    found = _VOLUME_SENTENCE.search(book)
    if found is None or not found.start():
        return ref
    return ref.with_fields(**{key: book[: found.start()], "volume": found["number"]})
