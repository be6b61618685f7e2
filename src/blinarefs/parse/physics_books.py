"""The physical-sciences styles' books, which print no full stop between the names, the
title and the imprint, the imprint in parentheses: "M. Alonso e E.J. Finn, Física (Editora
Escolar, São Paulo, 2012)." The journals' tails of the same styles are :mod:`.tails`'.
"""

from __future__ import annotations

import re

from .name_forms_dotted import names_end

# The same styles' books: "M. Alonso e E.J. Finn, Física (Editora Escolar, São Paulo,
# 2012).", with an edition, a page or both after it ("(CRC Press, Boca Raton, 2018), p.
# 61.", "(Example Press, Springfield, 2030), 7th ed., p. 908.").
_BOOK_CLOSE = (
    r"(?P<year>(?:19|20)\d{2})\)"
    r"(?:, (?P<ed>\d+\w{0,2}) ed\.?)?(?:, p\. ?(?P<page>\d+(?:[-–]\d+)?)\.?)?\.?$"
)
_BOOK_TAIL = re.compile(
    r", (?P<title>[^,()]{2,200}?) \((?P<publisher>[^(),]{2,80}), (?P<place>[^()]{2,80}?), "
    + _BOOK_CLOSE
)
# What every _BOOK_TAIL match ends with, from the comma before its year: nothing after the
# year's parenthesis closes one, so that parenthesis is the text's last
_BOOK_CLOSED = re.compile(", " + _BOOK_CLOSE)
_BEFORE_YEAR = len(", 2030")  # characters from that comma to the parenthesis


def physics_book(text: str) -> tuple[int, dict[str, object]] | None:
    """(where the title starts, the book's fields) when ``text`` (one line, single spaces)
    ends in the physical-sciences book form, else None. Only the last 300 characters are
    searched, and only where the text's last parenthesis closes such an end
    (``_BOOK_CLOSED``): the pattern backtracks, and most references are no books."""
    start = max(0, len(text) - 300)
    comma = text.rfind(")", start) - _BEFORE_YEAR
    if comma < start or not _BOOK_CLOSED.match(text, comma):
        return None
    m = _BOOK_TAIL.search(text, start)
    if not m:
        return None
    title_start = _book_title_start(text, m)
    fields: dict[str, object] = {
        "title": text[title_start : m.end("title")].strip(),
        "publisher": m.group("publisher").strip(),
        "publisher_place": m.group("place").strip(),
        "issued": (int(m.group("year")),),
        "type": "book",
    }
    if m.group("page"):
        fields["page"] = m.group("page")
    if m.group("ed"):
        fields["edition"] = re.sub(r"\D", "", m.group("ed"))
    return title_start, fields


def _book_title_start(text: str, m: re.Match[str]) -> int:
    """Where a book's title starts: after the names where they are read whole in their
    dotted form (:func:`.name_forms_dotted.names_end`), its own commas kept ("J. Roe, Atlas
    of Widgets, Gadgets, and Sprockets (Press, Place, 2030)."); after the tail's last comma
    elsewhere, and before a chapter's ", in " (the book is then no title of the reference's)."""
    names = names_end(text)
    between = text[names : m.start("title")]
    if not 0 < names < m.start("title") or "(" in between or m.group("title").startswith("in "):
        return m.start("title")
    return names + len(between) - len(between.lstrip(" ,"))
