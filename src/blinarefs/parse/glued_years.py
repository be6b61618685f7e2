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


# A sentence's end glued to the next sentence ("...of medicines.Turin: Press", "...a
# programme.From decision to..."; F1000's markup puts no space after a tagged title): a
# word's lower-case end, a full stop, a capitalised word; not inside a URL or an e-mail.
# The stop is looked for first, and the word's end behind it only there: every reference
# is asked (a pattern opening with the look behind tries it at every character)
GLUED_SENTENCE = re.compile(r"\.(?<=[a-z]{3}\.)(?=[A-Z][a-z]+\b(?!\.\w))")
_WEB_TOKEN = re.compile(r"(?<!\S)\S*?(?:/|@|www\.)\S*")


def _unglued_sentences(source: str) -> str:
    """``source`` with a space after each glued full stop (``GLUED_SENTENCE``); the web's
    tokens, where a full stop is no sentence's end, are looked for only where one is."""
    if not GLUED_SENTENCE.search(source):
        return source
    web = [m.span() for m in _WEB_TOKEN.finditer(source)]
    return GLUED_SENTENCE.sub(
        lambda m: m.group() if any(a <= m.start() < b for a, b in web) else ". ", source
    )


def unglued(source: str) -> str:
    """``source`` with its glued sentences and glued years apart."""
    return unglued_years(_unglued_sentences(source))
