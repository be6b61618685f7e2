"""A chapter as Nature's house style prints it (Nature-family journals, Scientific Reports,
Communications): "Roe, J. & Doe, A. in Book (eds Poe, M. & Smith, P.) 12–30 (Examplia Press,
2030)." The pages stand bare between the editors' parenthesis and the imprint's, with no
"pp." and no comma, so the readers took them for the book's volume (or for a place).

The form is plain enough to read whole: the book after "in", the editors after "eds" (or
"ed."), the pages, then the publisher (a place may follow it) and the year in parentheses.
The chapter keeps its book and editors as read; its pages move out of the volume (or place).
"""

from __future__ import annotations

import re

from ..model import Reference
from .field_values import printed_pages

# "in Book (eds Names) 12–30 (Publisher, Place, 2030)." at the reference's end; each part is
# bounded (no parenthesis inside a part), so the match stays linear
_FORM = re.compile(
    r"\bin [^()]{1,400}\(eds?\.? [^()]{1,400}\) "
    r"(?P<pages>[A-Za-z]?\d{1,6}(?:\s?[-–]\s?[A-Za-z]?\d{1,6})?) "
    r"\((?P<imprint>[^()]{1,200}), (?P<year>\d{4})[a-z]?\)\.?$"
)


def nature_chapter(ref: Reference) -> Reference:
    """``ref``, a chapter printed in Nature's form, with its pages as pages, no volume read
    from them, and its publisher (and place) from the imprint's parenthesis."""
    if ref.type != "chapter":
        return ref
    m = _FORM.search(ref.source_text.strip())
    if m is None:
        return ref
    printed = m["pages"]
    pages = printed_pages(printed)
    fields: dict[str, object] = {"page": pages}
    if ref.volume and printed_pages(ref.volume) == pages:
        fields["volume"] = ""
    publisher, _, place = m["imprint"].partition(", ")
    fields["publisher"] = publisher.strip()
    fields["publisher_place"] = place.strip()
    return ref.with_fields(**fields)
