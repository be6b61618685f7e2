"""A year tag that holds the date a web page was read, not the date of the work.

Some publishers tag the year of "(accessed January 2030)" or "[cited 2030 May 1]" with
``<year>``, where JATS has ``<date-in-citation content-type="access-date">`` for it. The
print says which date it is: a reader of that reference learns when the author looked, not
when the work appeared, and CSL keeps the two apart (``accessed`` against ``issued``). So
where every printed occurrence of the tagged year stands in an access phrase, the year is
set aside: a parser that leaves the work's date empty is not wrong, nor one that takes the
access year. Decided from the printed citation alone, counted per source by the note.
"""

from __future__ import annotations

import re

ACCESS_YEAR = (
    "year set aside: the year tag holds an access date's year (printed only after 'accessed')"
)
# the words that open an access date, in the languages the corpora print, then the date's
# other parts (a day, a month, a comma) with no bracket or sentence between
_CUE = re.compile(
    r"\b(?:accessed|accessed on|access date|cited|retrieved|viewed|visited|acesso em|acessado em"
    r"|consultado(?: el| em)?|accedido(?: el)?|citado)"
    r"[\s:]*(?:[\w.,]+\s*){0,4}$",
    re.IGNORECASE,
)


def access_year_note(year: str | None, text: str | None) -> str | None:
    """The note when the tagged ``year`` is printed in ``text`` only inside access phrases."""
    if not year or not text:
        return None
    spots = [m.start() for m in re.finditer(rf"(?<!\d){re.escape(year)}(?!\d)", text)]
    if spots and all(_CUE.search(text[max(0, at - 40) : at]) for at in spots):
        return ACCESS_YEAR
    return None
