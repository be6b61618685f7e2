"""A body's or a web site's name run into its page's title with no stop between, in a list
that closes its names with one ("The Example Times Dengue spreading in Springfield [cited
2030 May 4]. Available from: https://theexampletimes.example.com/...", "EXSTAT Annual
Trends of Made-up Consumption. ... http://exstat.example.kr/...": the publisher's markup
tags the name as the author and renders nothing after it).

Where a list leaves all its names open (:mod:`.open_bodies`) any name before a
sentence-case title is closed; in a list that closes its names, an item opening so is as
often a title ("Downscaled GCM data portal"), so the name must show itself as a body's: by
its words (:func:`.body_names.is_body_name`), as an acronym ("EXO", "GoE"), or as the name
of the site the item links to (its letters a name in the address's host: "The Example
Times", theexampletimes.example.com). An acronym before a title in title case shows no
title's start; only the address, naming the acronym, closes it there.
"""

from __future__ import annotations

import re

from .body_names import is_body_name
from .one_name import ORGANISATION_WORDS
from .open_bodies import open_name

_HOST = re.compile(r"(?:https?://|www\.)([\w.\-]+)")
# an acronym: one word, two capitals at least ("EXO", "GoE", "EXSTAT")
_ACRONYM = re.compile(r"[A-Z][A-Za-z]*[A-Z][A-Za-z]*")
# an acronym alone before a capitalised word
_ACRONYM_OPENS = re.compile(r"\A([A-Z]{3,8}) (?=[A-Z])")
_WORD_NEXT = re.compile(r" [A-Z][a-z]")


def _site_names(source: str) -> set[str]:
    """The names in the hosts of the addresses ``source`` prints, letters only, lower case
    ("theexampletimes" of https://www.theexampletimes.example.com/)."""
    names = set()
    for host in _HOST.findall(source):
        for label in host.lower().split(".")[:-1]:
            if label not in ("www", "m") and len(label) > 2:
                names.add(re.sub(r"[^a-z0-9]", "", label))
    return names


def _letters(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


def close_site_name(source: str) -> str:
    """``source`` with a full stop after the body's or site's name that opens it unclosed
    before the title, or as it was."""
    sites = _site_names(source)
    name = open_name(source)
    if _ACRONYM.fullmatch(name):  # before the title's first word, not another acronym's
        named = bool(_WORD_NEXT.match(source, len(name)))  # ("EXO COVID-19 Case rules")
    else:
        named = bool(name) and (is_body_name(name) or _letters(name) in sites)
    if named:
        return f"{name}.{source[len(name) :]}"
    m = _ACRONYM_OPENS.match(source)
    if not m or m[1].lower() not in sites or not _WORD_NEXT.match(source, m.end(1)):
        return source
    # the words up to the sentence's end or the address: a title's, three at least, not
    # a body's name that the acronym opens ("EXI Institute for Tests.", "EXO Zoo.")
    words = _HOST.split(source.partition(". ")[0], maxsplit=1)[0][m.end() :]
    if len(words.split()) < 3 or ORGANISATION_WORDS.search(words):
        return source
    return f"{m[1]}.{source[len(m[1]) :]}"
