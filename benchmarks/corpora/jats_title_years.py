"""A year printed right after a title, which the markup tags as the title's last word or as
the reference's year, each publisher its own way: counted by a note, and the title compared
without it on both sides.

"Example surveillance report, 2030. Available at: https://..." prints the year once, where a
report's title may end with its year and where a web page's date stands in BMJ's and
Vancouver's form ("Title, 2030. Available:"): OUP tags it inside the title, BMJ as the
year, in the same printed form, and nothing printed tells the two apart. Where the markup's
year is that very year, printed right after the title or ending the title tag, the year is
known either way; whether the title holds it is the markup's choice, so titles are compared
without it on both sides (``without_closing_year``), never the year.
"""

from __future__ import annotations

import re

YEAR_CLOSES_TITLE = (
    "title compared without the year printed at its end: the markup's year, tagged in or out"
)


def _closing(year: str) -> re.Pattern[str]:
    """The year at a title's end, after a comma or a space, in parentheses or not."""
    return re.compile(rf"[,\s]+\(?{re.escape(year)}\)?[\W_]*$")


def year_closes_title(title: str | None, year: str | None, text: str | None) -> bool:
    """Whether the markup's year ends the title tag, or is printed right after the title
    (", 2030." or " 2030."): the case where print does not say whose it is."""
    if not title or not year or not text:
        return False
    if _closing(year).search(title):
        return True
    at = text.find(title.rstrip(" .,"))
    if at < 0:
        return False
    after = text[at + len(title.rstrip(" .,")) :]
    return re.match(rf"[,\s]+\(?{re.escape(year)}\)?[.,;:]", after) is not None


def without_closing_year(title: str | None, year: str | None) -> str | None:
    """The title without the year at its end ("Report 2030" -> "Report"), else as it is."""
    if not title or not year:
        return title
    return _closing(year).sub("", title) or title
