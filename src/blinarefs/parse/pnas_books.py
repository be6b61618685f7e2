"""A book as PNAS (and Science) print it: the names, a comma, the title, then the publisher,
the edition and the year in parentheses closing the reference: "R. M. Roe, B. Doe,
Made-up Plagues: A History of Examples (Example Press, 2030).", "R. M. Roe, Made-up lakes
(Springer, ed. 2, 2030)."

Nothing else closes a reference with a publisher and a year in one parenthesis, and the
style prints nothing between the names' comma and the title. The readers, which have seen
"Place: Publisher" far more often, read a title in title case with a colon as the place
and the publisher ("Made-up Plagues" | "A History of Examples (Example Press"), and the
edition as a place ("ed. 2"). The title is what the names' last comma and the parenthesis
hold; the publisher, the edition and the year are the parenthesis's.
"""

from __future__ import annotations

import re

from ..model import Reference
from .years import YEAR

_IMPRINT = re.compile(
    rf"\s\((?P<publisher>[A-Z][^(),;:]*?)(?:,\s(?:ed|edn)\.\s(?P<edition>\d{{1,2}}))?,\s"
    rf"(?P<year>{YEAR.pattern})\)\.?\s*$"
)

# the last name's initial, printed before its family name
_INITIAL_BEFORE = re.compile(r"[A-Z]\.\s$")


def pnas_book(ref: Reference) -> Reference:
    """``ref`` read as PNAS's book where the reference ends with its parenthesis and the
    title between the last name's comma and it was not read whole."""
    text = ref.source_text
    if not ref.author or ref.editor or ref.container_title or ref.volume:
        return ref  # (a chapter's editors and book, "in Book, B. Doe, Ed. (Press, 2030).")
    if not text.rstrip().endswith(")."):
        return ref
    found = _IMPRINT.search(text)
    family = ref.author[-1].family  # the last name's (two authors may share it)
    names_end = text.rfind(f"{family}, ", 0, found.start()) if family and found else -1
    if found is None or names_end < 0 or not _INITIAL_BEFORE.search(text, 0, names_end):
        return ref  # (PNAS prints initials first: "R. M. Roe, B. Doe, Title")
    place = ref.publisher_place  # a piece of the title, or the edition, read as the place
    if ref.title and not (place and (place in ref.title or "ed." in place)):
        return ref  # the readers' own reading, its edition out of the title
    title = text[names_end + len(family) + 2 : found.start()].strip()
    if len(title.split()) < 2 or any(m in title for m in '()“”"'):
        return ref
    return ref.with_fields(
        type="book" if ref.type in ("article-journal", "document") else ref.type,
        title=title,
        publisher=found["publisher"],
        publisher_place="" if (place and place in title) or "ed." in place else place,
        edition=ref.edition or (found["edition"] or ""),
        issued=ref.issued or (int(found["year"][:4]),),
    )
