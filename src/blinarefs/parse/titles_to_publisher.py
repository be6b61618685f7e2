"""A book's title whose last words were left out before its publisher, as OUP's journals
print a book, the publisher first ("Title. Example Press, Springfield."): with no mark
between the title and the publisher, as Nucleic Acids Research's style prints them
("Roe,D. (2030) Design and analysis of widgets John Wiley & Sons, New York."), or with
a subtitle that lists things after a colon ("Widgets: Making, Keeping and Mending.
Example Press, Springfield.").

The labeller may end such a title a word or two early, or at its comma (reading the rest
as a journal's name, which the book then loses), and leave those words in no field.
Words in lower case between the title read and the publisher read are the title's: a
publisher's name is capitalised, and no other field stands between a title and its
publisher with no mark. So is the rest of the title's sentence after its comma or colon,
up to the full stop before the publisher, when it holds no other field's words, opens no
book ("In") and is no edition (", fourth ed").
"""

from __future__ import annotations

import re

from ..model import Reference
from .editions import EDITION_WORD
from .titles_to_imprint import OTHER_FIELDS

# one word or more in lower case, with no mark between them or around them
_LOWER_WORDS = re.compile(r"[a-z][\w'’\-]*(?: [a-z][\w'’\-]*)*")
# the rest of the title's sentence after its comma or colon, then the full stop before the
# publisher: ", Nutrition and Cuisine. "
_REST = re.compile(r"(?P<gap>[,:] [^.:;()\[\]\d]*[^\W\d_])\.\s+")
_IN_BOOK = re.compile(r"\bIn\b")
# an edition the readers left unread: ", fourth ed" is no part of the title
_EDITION = re.compile(rf"\b{EDITION_WORD}$", re.I)


def title_to_publisher(ref: Reference) -> Reference:
    """``ref``, a book with its publisher read, with the title's words left out between
    its title and its publisher put back at the title's end."""
    if ref.type != "book" or not (ref.title and ref.publisher):
        return ref
    printed = ref.source_text
    at = printed.find(ref.title)
    if at < 0:
        return ref
    end = at + len(ref.title)
    by = printed.find(ref.publisher, end)
    if by < 0:
        return ref
    gap = printed[end:by]
    if _LOWER_WORDS.fullmatch(gap.strip()) and gap[:1] == " " == gap[-1:]:
        return ref.with_fields(title=f"{ref.title} {gap.strip()}")
    rest = _REST.fullmatch(gap)
    if rest is None or _IN_BOOK.search(gap) or _EDITION.search(rest["gap"]):
        return ref
    words = rest["gap"][2:]
    if any(words in value or value in words for f in OTHER_FIELDS if (value := getattr(ref, f))):
        return ref
    return ref.with_fields(title=ref.title + rest["gap"])
