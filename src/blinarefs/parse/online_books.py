"""A chapter of a book published online, as Citing Medicine prints it and as PubMed's
Bookshelf gives it for StatPearls-like and GeneReviews-like books:

    Roe J, Doe P. Made-up Disease. [Updated 2031 Feb 2]. In: ExamplePearls [Internet].
    Springfield (FL): ExamplePearls Publishing; 2031 Jan-. Available from: URL

    Roe J. Made-up syndrome. 2030 Mar 5 [Updated 2031 Feb 2]. In: Poe A, editor.
    ExampleReviews [Internet]. Springfield (WA): University of Example; 1993-2031.

The labeller learnt books printed on paper: the online book's title before "[Internet]"
was read as no field (the chapter lost its book), the book's open or closed run of years
("2031 Jan-", "1993-2031") as pages or as the title's end, and the chapter's own dates
("2030 Mar 5 [Updated ...]") as part of its title. The printed form says every field, so
they are read from it: the book is the container, the chapter's date its date (else the
book's first year), the update a note.
"""

from __future__ import annotations

import re

from ..model import Reference
from .webpages import MONTH
from .years import YEAR, date_parts

_YEAR = YEAR.pattern
_MONTH = MONTH
# "In: [Poe A, Moe B, editors.] Book [Internet]. [2nd ed.] Place: Publisher; years"
_IN_ONLINE_BOOK = re.compile(
    r"(?<=[.\]] )In: (?:(?P<editors>[^.]{2,300}?,? (?:editors?|eds?)\.) )?"
    r"(?P<book>[^\[\]]{2,200}?) ?\[Internet\]\.(?: \d{1,2}\w{0,2} ed\.)?"
    r" (?P<place>[^:;.]{2,80}?): (?P<publisher>[^;]{2,150}?);"
    rf" c?(?P<year>{_YEAR})(?P<run>(?: {_MONTH})?[-–](?:{_YEAR})?)?"
)
# The chapter's own dates between its title and "In:": "2030 Mar 5 [Updated 2031 Feb 2]."
_CHAPTER_DATES = re.compile(
    rf"(?:(?P<year>{_YEAR})(?: (?P<month>{_MONTH})(?: (?P<day>\d{{1,2}}))?)?)?"
    r" ?(?:\[(?P<update>(?:Updated|Revised|Last update)[^\]]{0,40})\])?\.?"
)


# What the printed form settles: the book, the date, the kind of work (the chapter's title
# and its authors are still the readers', and judged)
ONLINE_BOOK_FIELDS = frozenset({"container_title", "issued", "type"})


def is_online_book_part(ref: Reference) -> bool:
    """Whether ``ref`` was read as the chapter of the online book its text prints."""
    if ref.type != "chapter" or "[Internet]" not in ref.source_text:
        return False
    m = _IN_ONLINE_BOOK.search(ref.source_text)
    return m is not None and ref.container_title == m["book"].strip()


def online_book_part(ref: Reference) -> Reference:
    """``ref`` read as the chapter of the online book it prints "In: ... [Internet]",
    when its title is the chapter's (not the book's own name)."""
    # ("In: " asked first, in C: the pattern opens with a look behind, tried at every
    # position of every reference)
    m = _IN_ONLINE_BOOK.search(ref.source_text) if "In: " in ref.source_text else None
    if m is None or not ref.title:
        return ref
    book = m["book"].strip()
    title, dates = _title_and_dates(ref, m.start())
    if not title or title == book:
        return ref
    changes: dict[str, object] = {
        "type": "chapter",
        "title": title,
        "container_title": book,
        "container_title_short": "",
        "publisher": ref.publisher or m["publisher"].strip(),
        "publisher_place": ref.publisher_place or m["place"].strip(),
        "issued": _issued(dates) or (int(m["year"]),),
    }
    if ref.page and re.fullmatch(rf"{_YEAR}[-–]{_YEAR}", ref.page):
        changes["page"] = ""  # the book's run of years, "1993-2031"
    if ref.volume.startswith("Chapter"):
        changes["volume"] = ""  # "Chapter 4" names the part, not a volume
    if dates and dates["update"] and not ref.note:
        changes["note"] = dates["update"]
    return ref.with_fields(**changes)


def _title_and_dates(ref: Reference, before: int) -> tuple[str, re.Match[str] | None]:
    """The chapter's title without the dates a reader ran into it, and those dates, as
    printed between the title and "In:"."""
    text = ref.source_text[:before].rstrip()
    at = text.find(ref.title[:40])
    if at < 0:
        return ref.title, None
    # the title's own end: the first full stop after its start followed by its dates
    for stop in re.finditer(r"[.?!] ", text[at:] + " "):
        rest = text[at + stop.end() :].strip()
        dates = _CHAPTER_DATES.fullmatch(rest)
        if dates and (rest == "" or dates.group().strip(" .")):
            return text[at : at + stop.start() + (stop.group()[0] != ".")].strip(), dates
    return ref.title, None


def _issued(dates: re.Match[str] | None) -> tuple[int, ...]:
    """The chapter's date as (year, month, day), as far as it is printed; () if none."""
    if dates is None or not dates["year"]:
        return ()
    return date_parts(dates["year"], dates["month"], dates["day"])
