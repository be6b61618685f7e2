"""A book's publisher printed after its title with no full stop between, as Nucleic Acids
Research prints a book: "Roe,A. (2030) Made-up rivers of the example plains Example
University Press, Springfield." (and "... plains Springer, Springfield, UK.").

The year comes first in that style, so the book ends with "Publisher, Place." and nothing
after. The readers, with no full stop to end the title at, run the publisher's first words
(or all of it) into the title. The publisher is plain where it ends with a publisher's word
(:data:`.journals.PUBLISHER_LAST`: "Press", "Publishers", "Springer", "Wiley-Blackwell"):
a firm's own name alone, or a word such as "Press" with the capitalised words before it up
to the title's last word in lower case (a sentence-case title; in a title-case one the
publisher's first words cannot be told from the title's, and only a firm's name is taken).
"""

from __future__ import annotations

import re

from ..model import Reference
from .imprints import PLACE

# a firm's own name, which is the publisher's whole name (its imprint's prefix hyphened)
_FIRM = (
    r"(?:[A-Z][\w'’]*-)?(?:Elsevier|Wiley|Springer|Saunders|Mosby|Routledge|Blackwell"
    r"|Macmillan|Longman|Heinemann|Penguin|Kluwer|Karger|Thieme|Humana|Earthscan)"
)
# a publisher's name ending with a publisher's word, one to three capitalised words before it
_NAMED = r"(?:[A-Z][\w'’&-]*\s(?:(?:of|and|&)\s)?){1,3}(?:Press|Publish(?:ing|ers?)|Books|Verlag)"
# the title's last word in lower case and the publisher after it, or a firm's name, then the
# place closing the reference: searched in its last characters only (``_TAIL``)
_UNSTOPPED = re.compile(
    rf"(?:\s[a-z0-9][^\s]*\s(?P<named>{_NAMED})|\s(?P<firm>{_FIRM}))"
    rf",\s(?P<place>{PLACE.pattern})\.?\s*$"
)
_TAIL = 200


def publisher_after_title(ref: Reference) -> Reference:
    """``ref`` with the publisher (and the place after its comma) out of the title it was
    read into, in a book whose year was printed before the title."""
    title, text = ref.title, ref.source_text
    if not title or ref.container_title or ref.volume or ref.page or not ref.issued:
        return ref
    at = text.find(title)
    year = str(ref.issued[0])
    if at < 0 or year not in text[:at] or "," not in text[at:]:
        return ref
    found = _UNSTOPPED.search(text, max(at, len(text) - _TAIL))
    if found is None:
        return ref
    publisher = found["named"] or found["firm"]
    place = found["place"]  # its closing full stop, unless an abbreviation's ("D.C.")
    place = place[:-1] if place.endswith(".") and "." not in place[:-1] else place
    kept = text[at : found.start("named") if found["named"] else found.start("firm")].rstrip()
    if not (len(kept) < len(title) and title.startswith(kept)) or len(kept.split()) < 2:
        return ref
    return ref.with_fields(
        title=kept,
        publisher=publisher,
        publisher_place=ref.publisher_place or place,
        type="book" if ref.type in ("document", "article-journal") else ref.type,
    )
