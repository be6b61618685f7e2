"""An organisation's or a web site's name opening a reference with nothing closing it.

BMJ's markup renders no full stop after a corporate author, so "EXO Atlas of example
diseases, 2030." or "examplestats.org Total made-up cases ..." reach the readers with the
name run into the title. Where the print shows the name's end (an acronym before a
sentence-case title, a site's address, a bracketed acronym, a title opening with "The"),
:func:`close_acronym` puts the full stop there, as :func:`.closing.close_names` does for
people's names, for :mod:`.agencies` to read.
"""

from __future__ import annotations

import re

from .body_names import is_body_name
from .one_name import ORGANISATION_WORDS

# An organisation's acronym opening a reference with nothing closing it, before a title in
# sentence case ("EXO Atlas of example diseases, 2030.", "ABCD Report on the tests 2030":
# BMJ's markup renders no full stop after a corporate author): three to eight capitals, then
# a capitalised word and a lower-case one. "NHS England. Title" or "HIV Testing Guidance"
# (the next word a name's, or a title's in title case) are left alone, and so is a body's
# name that opens with its acronym and its full stop closes ("EXU Center for the Example
# Adolescent. Title", :func:`.body_names.is_body_name`).
_UNCLOSED_ACRONYM = re.compile(r"([A-Z]{3,8})(?= [A-Z][a-z]+ [a-z])")


# An organisation's whole name that nothing closes before the title (BMJ's markup again),
# where something else shows its end: its acronym in brackets before a capitalised word
# ("Example Institute of Made-up Studies (EIMS) Field notes: ...", three letters at least:
# not a country's "(US)"), or a title opening with
# "The" and a lower-case word ("The Example Herald The made-up effect: ...", "Example Study
# Group of the Made-up Committee The species ..."). Capitalised words and the small words
# of a name only, so a list of people, with its commas, is never one.
_ORG_WORD = r"(?:[A-Z][\w'’&\-]*|of|for|and|the|on|in|&|-)"
_ORG_BEFORE_ACRONYM = re.compile(
    rf"\A(?:The )?[A-Z][\w'’&\-]*(?: {_ORG_WORD}){{1,12}} \([A-Z][A-Za-z]{{2,8}}\)(?= [A-Z0-9])"
)
# ... unless the name goes on past its acronym to its last word, which a full stop closes
# ("Example Association Study (EAS) Consortium. Title": the acronym is the study's)
_NAME_GOES_ON = re.compile(r" ([A-Z][\w'’\-]*)\.(?= )")
_ORG_BEFORE_THE = re.compile(rf"\A(?:The )?[A-Z][\w'’&\-]*(?: {_ORG_WORD}){{0,12}}?(?= The [a-z])")


# A web site's name opening a reference with nothing closing it, before a capitalised
# title ("examplestats.org Total made-up cases per million, 2030 Available: ...": BMJ's
# markup renders no full stop after a corporate author); not a bare address's "www."
SITE_ADDRESS = r"(?!www\.)[A-Za-z][\w\-]*(?:\.[\w\-]+)*\.(?:gov|org|com|net|int|edu)(?:\.[a-z]{2})?"
_UNCLOSED_SITE = re.compile(rf"\A({SITE_ADDRESS})(?= (?!(?:Accessed|Available|Retrieved)\b)[A-Z])")

# A social platform's name, the author BMJ's markup gives a post, before the account's name
# or the post ("Twitter Example News [Tweet], 2030 Available: https://twitter.com/..."),
# where the reference links to that platform: a title opening with its name ("Facebook Use
# Among ...") links elsewhere
_PLATFORM = re.compile(r"\A(Twitter|Facebook|YouTube|Instagram|LinkedIn|TikTok|Reddit)(?= [A-Z@])")
_PLATFORM_LINK = {"Twitter": ("twitter.com/", "x.com/"), "YouTube": ("youtube.com/", "youtu.be/")}


def close_platform(source: str) -> str:
    """``source`` with a full stop after a social platform's name that opens it unclosed
    (``_PLATFORM``), or as it was."""
    m = _PLATFORM.match(source)
    if m is None:
        return source
    links = _PLATFORM_LINK.get(m.group(1), (f"{m.group(1).lower()}.com/",))
    if not any(link in source.lower() for link in links):
        return source
    return f"{m.group(1)}.{source[m.end() :]}"


def close_acronym(source: str) -> str:
    """``source`` with a full stop after an acronym or a web site's name that opens it
    unclosed, as an organisation's name closed (``_UNCLOSED_ACRONYM``, ``_UNCLOSED_SITE``),
    or after an organisation's whole name whose end its bracketed acronym or a title's
    "The" shows, for :mod:`.agencies` to read."""
    acronym = _UNCLOSED_ACRONYM.match(source)
    if acronym and is_body_name(source.partition(". ")[0]):
        return source  # the acronym opens the body's name: "EXU Center for Tests. Title"
    if m := acronym or _UNCLOSED_SITE.match(source):
        return f"{m.group(1)}.{source[m.end() :]}"
    m = _ORG_BEFORE_ACRONYM.match(source)
    goes_on = (
        m and (on := _NAME_GOES_ON.match(source, m.end())) and ORGANISATION_WORDS.search(on[1])
    )
    if m and ORGANISATION_WORDS.search(m.group()) and not goes_on:
        return f"{m.group()}.{source[m.end() :]}"
    if m := _ORG_BEFORE_THE.match(source):
        return f"{m.group()}.{source[m.end() :]}"
    return source
