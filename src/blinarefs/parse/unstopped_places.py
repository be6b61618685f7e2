"""A book's title with no full stop before its place: "Roe J. Title of the book
Springfield: Examplia Press; 2030." (Vancouver's "Title. Place: Publisher; Year." whose
title lost its full stop in a copy, or was typed without one).

With no mark to end the title at, the readers ran the title on over the place ("Title of
the book Springfield") or ended it a word or two early and left the rest in no field. A
colon with the publisher read right after it follows a place in Vancouver's imprint, and
a place is capitalised: in a title in sentence case, the capitalised words (with a state
as "(IL)" or ", IL") between the title's last word in lower case and that colon are the
place. A title in title case gives no such edge, and is left as read.
"""

from __future__ import annotations

import re

from ..model import Reference
from .editions import EDITION_WORD

_WORD = r"[A-Z][\w'’-]*"
# the title's last word in lower case, then the place closing the text before the colon
_PLACE_END = re.compile(
    rf" (?P<last>[a-z][\w'’-]*) (?P<place>{_WORD}(?: {_WORD}){{0,2}}"
    r"(?: \([A-Z]{2,3}\)|, [A-Z]{2})?)$"
)
# the particles inside a place's name ("Rio de Janeiro", "Frankfurt am Main"), the words
# no title ends with ("Principles and Methodology Rome", "Preface by Moe Roe") and an
# edition's word ("2nd ed Springfield"): no title's last word before a place
_NOT_LAST = re.compile(
    r"(?:de|da|do|dos|das|del|della|di|am|an|im|upon|sur|la|le|les|los"
    rf"|a|and|as|at|by|for|from|in|of|on|or|the|to|with|{EDITION_WORD})",
    re.I,
)
_LONGEST = 160  # characters looked back from the colon for the place


def place_after_title(ref: Reference) -> Reference:
    """``ref``, a book with its publisher read after a colon and no place read, with the
    place printed after the title and no full stop out of the title (or the words left
    out before it back in the title)."""
    if ref.type != "book" or not (ref.title and ref.publisher) or ref.publisher_place:
        return ref
    text = ref.source_text
    at = text.find(ref.title)
    colon = text.find(f": {ref.publisher}", at + 1)
    if at < 0 or colon < 0:
        return ref
    found = _PLACE_END.search(text, max(at, colon - _LONGEST), colon)
    if found is None or _NOT_LAST.fullmatch(found["last"]):
        return ref
    title = text[at : found.start("place")].rstrip()
    if ref.title.startswith(title):
        kept = ref.title[len(title) :].strip()  # (run on over the place, or a part of it)
        if kept and not found["place"].startswith(kept):
            return ref
    elif not title.startswith(ref.title) or "." in title[len(ref.title) :]:
        return ref  # (the words after the title read hold another field's sentence)
    return ref.with_fields(title=title, publisher_place=found["place"])
