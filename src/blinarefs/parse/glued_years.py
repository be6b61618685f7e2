"""A year glued to the mark after a year or a date before it: "Title of the report
2030.2031.", "accessed on 2031-03-29,2030.".

F1000's markup puts no space between the tagged title, or an access date, and the tagged
year that follows it, so its text prints "...report 2030.2031" and "2031-03-29,2030".
Where a letter ends the title ("Title.2031") the readers find the year; after a year or a
date they read the two as one number (a decimal, a date's run) and find none. A space
after the mark gives the year its own token, as every other style prints it. A link's
token ("doi.org/10.5555/2030.2031") is no title and keeps its marks.
"""

from __future__ import annotations

import re

# A year or a date, its mark, a year glued to it and then a mark, a space or the end
_YEAR = r"(?:1[5-9]|20)\d\d"
_GLUED_YEAR = re.compile(
    rf"(?<![\w/.\-])(?P<before>{_YEAR}|\d{{4}}-\d\d-\d\d)(?P<mark>[.,])(?P<year>{_YEAR})"
    r"(?=[.;]?(?:\s|$))"
)


def unglued_years(source: str) -> str:
    """``source`` with a space between a year or a date's mark and the year glued to it
    (``_GLUED_YEAR``)."""
    return _GLUED_YEAR.sub(r"\g<before>\g<mark> \g<year>", source)
