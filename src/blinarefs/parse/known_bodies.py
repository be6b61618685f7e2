"""A body's name that the list prints whole elsewhere shows where it ends in an item that
leaves it open.

A list that renders no full stop after its authors (BMJ's markup) runs an organisation's
name straight into a title in title case ("Example Agency for Tests and Checks Made-Up
Annual Report 2030"), where no word tells the name's last word from the title's first.
The same body is often cited again in the list: as the author of an item whose title
shows where the name ends (a sentence-case title, its full stop), or as a publisher after
its place ("Springfield: Example Agency for Tests and Checks, 2030"). The name printed so
is the name whole; an item opening with it, then a capitalised word, closes it there.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .one_name import ORGANISATION_WORDS, is_organisation

_NAME = r"(?:The )?[A-Z][\w'’&\-]*(?:,? (?:[A-Z][\w'’&\-]*|of|for|and|on|the|in|&)){1,14}"
# an item opening with a name closed by a full stop (printed, or put in by the rules that
# close an open name before a sentence-case title)
_OPENING = re.compile(rf"\A(?P<name>{_NAME})\. (?=\S)")
# a publisher's name after its place: "Springfield: Example Agency of Tests, 2030"
_PUBLISHER = re.compile(rf"(?<=[A-Za-z)]: )(?P<name>{_NAME})(?=[,;.] |[,;.]?$)")
# the name's last word is its own, not a small word
_SMALL_LAST = re.compile(r" (?:of|for|and|on|the|in|&)$")


def _body(name: str) -> bool:
    """Whether ``name`` is an organisation's name of two words or more."""
    return (
        " " in name
        and not _SMALL_LAST.search(name)
        and bool(ORGANISATION_WORDS.search(name))
        and is_organisation(name)
    )


def bodies_printed(pairs: Iterable[tuple[str, str]]) -> frozenset[str]:
    """The organisations' names a list prints whole: of each item's ``(printed, closed)``
    text (``closed``: with the full stops the closing rules put in), the name that opens
    it closed by a full stop, and every publisher's name after its place."""
    found: set[str] = set()
    for printed, closed in pairs:
        if (m := _OPENING.match(closed)) and _body(m.group("name")):
            found.add(m.group("name"))
        found.update(m.group("name") for m in _PUBLISHER.finditer(printed))
    return frozenset(name for name in found if _body(name))


# what follows a name left open: a capitalised word, a number or a quotation (a title)
_TITLE_AFTER = re.compile(r" (?=[A-Z0-9“\"‘])")
# ... but not a longer name that a full stop closes, made of the known one ("Example
# Organization Made-Up Study Group. Title")
_LONGER_NAME = (
    r" (?:[A-Z][\w'’\-]* |(?:of|for|and|on|the|in) ){0,8}"
    r"(?:Group|Study Group|Consortium|Collaborators|Investigators|Committee|Network|Team)"
)
_LONGER = re.compile(rf"{_LONGER_NAME}\.")
# ... or left open too, before a title's capital: a committee of the known body ("House of
# Commons Example Affairs Committee Made-Up Inquiry"), its name closing at its own last word
_LONGER_OPEN = re.compile(rf"{_LONGER_NAME}(?= [A-Z0-9“\"‘])")


def close_known_body(source: str, bodies: frozenset[str]) -> str:
    """``source`` with a full stop after the longest of the list's ``bodies`` that opens it
    unclosed before a title (:data:`_TITLE_AFTER`), or after its committee or group named
    on from it, or as it was."""
    if not bodies:
        return source
    opening = [b for b in bodies if source.startswith(b) and _TITLE_AFTER.match(source, len(b))]
    if not opening:
        return source
    name = max(opening, key=len)
    if _LONGER.match(source, len(name)):
        return source
    if longer := _LONGER_OPEN.match(source, len(name)):
        name = source[: longer.end()]
    return f"{name}.{source[len(name) :]}"


# an acronym printed after the name: three to eight capitals ("EAT", "DHSC")
_ACRONYM = re.compile(r"(?<![\w/.\-])[A-Z]{3,8}(?![\w/.\-])")
_SMALL = frozenset(("of", "for", "and", "on", "the", "in", "&"))
_NAME_WORD = re.compile(r"[^\s,]+")
_OPENING_NAME = re.compile(rf"\A{_NAME}")


def name_initials(words: list[str]) -> set[str]:
    """The acronyms a name's words make: their capitalised words' initials, with or without
    its small words' ("Example Ministry of Tests": EMT, EMOT)."""
    capital = "".join(w[0] for w in words if w not in _SMALL)
    every = "".join(w[0] for w in words).upper()
    return {capital, every}


def close_by_acronym(source: str) -> str:
    """``source`` with a full stop after the body's name that opens it unclosed, where the
    reference prints the name's acronym after it ("Example Agency of Tests Made-Up Guide
    for Checks. Springfield: EAT, 2030", or opening the title: "Example Agency of Tests
    EAT Made-Up Guide"): the acronym's letters are the name's initials, so the name ends
    where they do), or as it was."""
    m = _OPENING_NAME.match(source)
    if not m:
        return source
    acronyms = [(a.start(), a.group()) for a in _ACRONYM.finditer(source)]
    found = list(_NAME_WORD.finditer(m.group()))
    words = [w.group() for w in found]
    for k in range(len(words) - 1, 1, -1):
        printed = {a for at, a in acronyms if at >= found[k - 1].end()}
        if words[k - 1] in _SMALL or not name_initials(words[:k]) & printed:
            continue
        end = found[k - 1].end()
        if _TITLE_AFTER.match(source, end):
            return f"{source[:end]}.{source[end:]}"
    return source
