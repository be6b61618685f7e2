"""A body's or a web site's name run into its page's title with no stop between, in a list
that closes its names with one ("The Example Times Dengue spreading in Springfield [cited
2030 May 4]. Available from: https://theexampletimes.example.com/...", "GoE Exampleland
biodiversity strategy ..."): the publisher's markup tags the name as the author and
renders nothing after it).

Where a list leaves all its names open (:mod:`.open_bodies`) any name before a
sentence-case title is closed; in a list that closes its names, an item opening so is as
often a title ("Downscaled GCM data portal"), so the name must show itself as a body's: by
its words (:func:`.body_names.is_body_name`), as an acronym before the title's first word
("GoE Exampleland biodiversity strategy", not "EXO COVID-19 Case rules"), or as the name of
the site the item links to (its letters a name in the address's host: "The Example
Times", theexampletimes.example.com). An acronym before a title in title case ("EXSTAT
Annual Trends of ...") is left alone: guidelines print their body's acronym as their
title's first word ("EXCN Clinical Practice Guidelines in Examples").
"""

from __future__ import annotations

import re

from .body_names import is_body_name
from .open_bodies import open_name

_HOST = re.compile(r"(?:https?://|www\.)([\w.\-]+)")
# an acronym: one word, two capitals at least ("EXO", "GoE")
_ACRONYM = re.compile(r"[A-Z][A-Za-z]*[A-Z][A-Za-z]*")
_WORD_NEXT = re.compile(r" [A-Z][a-z]")


def _site_names(source: str) -> set[str]:
    """The names in the hosts of the addresses ``source`` prints, letters only, lower case
    ("theexampletimes" of https://www.theexampletimes.example.com/)."""
    names = set()
    for host in _HOST.findall(source):
        for label in host.lower().split(".")[:-1]:
            if label not in ("www", "m") and len(label) > 2:
                names.add(_letters(label))
    return names


def _letters(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


def close_site_name(source: str) -> str:
    """``source`` with a full stop after the body's or site's name that opens it unclosed
    before a sentence-case title, or as it was."""
    name = open_name(source)
    if _ACRONYM.fullmatch(name):  # before the title's first word, not another acronym's
        named = bool(_WORD_NEXT.match(source, len(name)))  # ("EXO COVID-19 Case rules")
    else:
        named = bool(name) and (is_body_name(name) or _letters(name) in _site_names(source))
    return f"{name}.{source[len(name) :]}" if named else source
