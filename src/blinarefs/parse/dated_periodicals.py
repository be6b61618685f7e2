"""A newspaper's or a website's article as APA prints it: dated to the day in its
parentheses, the paper's or site's name printed as a sentence of its own after the title.

"Roe, K. (2030, March 4). Made-up rains flood made-up town. The Example Times, A1." and
"... town. The Example Times. https://example.org/rains": no reader has a place for a
sentence between the title and the page or link, so the paper's name stayed in the title
and the article became a book or a web page with no site. A journal's article is dated by
its year alone in APA; a date to the day says the item is a newspaper's, a magazine's or a
web page's, and a short name in title case after the title is where it appeared.

BMJ's markup prints a paper's date after its name, year first ("Roe J Made-up rains flood
a made-up town. The Example Times 2030 12 March.", with ", 2030 Available: URL" after it
when read online): no reader has a place for a day after the year, so the paper and its
date stayed in the title, undated. A day and a month after a year closing the title's last
sentence are a day of issue, and the words before them the paper's name (its site's, the
item a web page still, where it was read online).
"""

from __future__ import annotations

import re

from ..model import Reference
from .features import MONTHS
from .field_values import APA_DATE
from .years import YEAR, date_parts

# The title's last sentence as a paper's or site's name: up to six words, each capitalised or
# a short joining word ("The Example Times", "Journal of Example Affairs" is read as a
# journal before this runs), then perhaps a newspaper's page ("A1", "B3-B4", "12")
_WORD = r"(?:[A-Z][\w'’&.-]*|of|the|and|for|on|in|&)"
_NAME_THEN_PAGE = re.compile(
    rf"(?P<name>[A-Z][\w'’&.-]*(?: {_WORD}){{0,5}})(?:, (?P<page>[A-Z]?\d+(?:[-–][A-Z]?\d+)?))?"
)


# ... or BMJ's paper's name, then its year, day and month ("The Example Times 2030 12 March",
# or Vancouver's month first, "Example Daily News 2030 Mar 12")
_NAME_YEAR_DAY = re.compile(
    rf"(?<![\w'’&.-])(?P<name>[A-Z][\w'’&.-]*(?: {_WORD}){{0,5}}) (?P<year>{YEAR.pattern}) "
    r"(?:(?P<day>[0-3]?\d) (?P<month>[A-Z][a-z]{2,8})|(?P<mon>[A-Z][a-z]{2,8})\.? (?P<d>[0-3]?\d))"
    r"\.?"
)

# ... or SAGE's Harvard's, its day and month after the paper's name and a comma, the year
# being the names' ("Roe J (2030) Title. The Example Post, 22 May. Available at: URL")
_NAME_DAY = re.compile(
    rf"(?<![\w'’&.-])(?P<name>[A-Z][\w'’&.-]*(?: {_WORD}){{0,5}}), "
    r"(?P<day>[0-3]?\d) (?P<month>[A-Z][a-z]{2,8})"
)

# The types an item whose paper or site went unread comes out as
_UNPLACED = frozenset({"book", "document", "webpage"})


# SAGE's Harvard's day and month alone after a page's title, read as its site ("Example
# News (2030) Title. 3 June. Available at: URL"): no site is named so
_DAY_MONTH = re.compile(r"(?P<day>[0-3]?\d) (?P<month>[A-Z][a-z]{2,8})")


def dated_periodical(ref: Reference) -> Reference:
    """``ref`` with the paper or site its title ran into, where APA dated it to the day, or
    BMJ printed the day after the paper's name."""
    # (a day opens it: asked of str first, the pattern tried only then)
    alone = ref.container_title[:1].isdigit() and _DAY_MONTH.fullmatch(ref.container_title)
    if alone and alone["month"].lower() in MONTHS and ref.type in _UNPLACED and ref.issued:
        return ref.with_fields(
            container_title="",
            issued=date_parts(str(ref.issued[0]), alone["month"], alone["day"]),
        )
    if ref.container_title or ". " not in ref.title or ref.type not in _UNPLACED:
        return ref
    title, _, last = ref.title.rpartition(". ")
    year, month, day = "", "", ""
    if issue := _NAME_YEAR_DAY.fullmatch(last.strip()):
        year, month, day = issue["year"], issue["month"] or issue["mon"], issue["day"] or issue["d"]
    elif (issue := _NAME_DAY.fullmatch(last.strip())) and ref.issued:
        year, month, day = str(ref.issued[0]), issue["month"], issue["day"]
    if issue and month.lower() in MONTHS and len(title.split()) > 1:
        return ref.with_fields(
            # read online, a web page still, as the APA form's below
            type="webpage" if ref.type == "webpage" else "article-newspaper",
            title=title,
            container_title=issue.group("name"),
            issued=date_parts(year, month, day),
            publisher="",
            publisher_place="",
        )
    dated = APA_DATE.search(ref.source_text)
    if dated is None or dated.group(2).lower() not in MONTHS:
        return ref
    title, _, last = ref.title.rpartition(". ")
    m = _NAME_THEN_PAGE.fullmatch(last.strip())
    if m is None or len(title.split()) < 2:
        return ref
    if m.group("page"):
        return ref.with_fields(
            type="article-newspaper",
            title=title,
            container_title=m.group("name"),
            page=ref.page or m.group("page"),
            publisher="",
            publisher_place="",
        )
    if ref.type != "webpage":
        return ref
    return ref.with_fields(title=title, container_title=m.group("name"))
