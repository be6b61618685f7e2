"""A year printed right after a title, which the markup tags as the title's last word or as
the reference's year, each publisher its own way: counted by a note, and the title compared
without it on both sides.

"Example surveillance report, 2030. Available at: https://..." prints the year once, where a
report's title may end with its year and where a web page's date stands in BMJ's and
Vancouver's form ("Title, 2030. Available:"): OUP tags it inside the title, BMJ as the
year, in the same printed form, and nothing printed tells the two apart. Where the markup's
year is that very year, printed right after the title or ending the title tag, the year is
known either way; whether the title holds it is the markup's choice, so titles are compared
without it on both sides (``without_closing_year``), never the year. Where the markup tags
no year at all and its title tag ends with one (OUP's "Example surveillance report 2030.
Available at: URL. Accessed ..."), that year is the only date the work prints, which a
reader takes for the work's date as rightly as the markup for the title's word: the same
comparison, counted apart.
"""

from __future__ import annotations

import re

YEAR_CLOSES_TITLE = (
    "title compared without the year printed at its end: the markup's year, tagged in or out"
)
UNTAGGED_YEAR_CLOSES_TITLE = (
    "title compared without the year printed at its end: the markup tags no year, its title ends"
    " with one"
)
_ANY_YEAR = re.compile(r"[,\s]+\(?((?:19|20)\d\d)\)?[\W_]*$")


def _closing(year: str) -> re.Pattern[str]:
    """The year at a title's end, after a comma or a space, in parentheses or not."""
    return re.compile(rf"[,\s]+\(?{re.escape(year)}\)?[\W_]*$")


def closing_year_note(title: str | None, year: str | None, text: str | None) -> str | None:
    """The note for a title whose end the markup's year may be (or None): the tagged year
    ending the title tag or printed right after the title (", 2030." or " 2030."), or, with
    no year tagged, a year ending the title tag."""
    if not title or not text:
        return None
    if not year:
        return UNTAGGED_YEAR_CLOSES_TITLE if _ANY_YEAR.search(title) else None
    if _closing(year).search(title):
        return YEAR_CLOSES_TITLE
    at = text.find(title.rstrip(" .,"))
    if at < 0:
        return None
    after = text[at + len(title.rstrip(" .,")) :]
    closes = re.match(rf"[,\s]+\(?{re.escape(year)}\)?[.,;:]", after)
    return YEAR_CLOSES_TITLE if closes else None


def without_closing_year(
    title: str | None, truth_title: str | None, year: str | None
) -> str | None:
    """``title`` without the year at its end ("Report 2030" -> "Report"): the markup's
    year, or with none the year its title ends with; else as it is."""
    if not year and truth_title and (found := _ANY_YEAR.search(truth_title)):
        year = found.group(1)
    if not title or not year:
        return title
    return _closing(year).sub("", title) or title
