"""Author-year citations as Pandoc citations: "(Roe et al. 2017; Doe 2019a, p. 4)" becomes
``[@roe2017; @doe2019, p. 4]`` and "Roe et al. (2017)" becomes ``@roe2017``.

The works a citation names are known already (the trace matched its names and years to
the references, or a reference manager's field says which they are), but not which name
is which work: a field lists its works in the order they were inserted, not as printed.
So each name and year written is matched to the one work of the citation whose first
author and year it gives, and what else is written is kept: a prefix ("e.g.", "see"), a
locator ("p. 4"), a remark after the year ("for a meta-analysis"). A citation written in
any other form ("(coral bleaching; Roe 2017)"), or whose names do not each match one of
its works, gets None and is left as written, with a warning: a Pandoc citation is only
written where it says everything the text said. Pure.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..names import fold_ascii

_YEAR = r"(?:1[5-9]|20)\d\d[a-z]?|in press|n\.d\."
_YEARS = rf"(?:{_YEAR})(?:\s*,\s*(?:{_YEAR}))*"
# a locator of a page, chapter, figure or table ("p. 4", "pp. 12-19", "Table S2")
_NUMBER = r"[A-Z]?\d+[a-z]?"
_LOCATOR = (
    r"(?:pp?|chap|ch|[Ff]igs?|[Tt]able|sec|vol)(?:\.\s*|\s+)"
    rf"{_NUMBER}(?:\s*[-–]\s*{_NUMBER})?"
)
# names: words, initials, "et al.", "and", "&", a group's name; never digits or brackets
_NAMES = r"[^\W\d_][^\d();]*?"
_PREFIX = r"(?i:e\.g\.|i\.e\.|cf\.|(?:[a-z]+,? ){0,3}see(?: also)?|for example|reviewed in)"
# what a citation adds after its years in words: "for a meta-analysis", "and others"
_SUFFIX = r"[a-z][^\d();@\[\]]*?"
# one author's works, and what may follow before the next: ";" or "," ("Roe 2001, Doe 2003")
_PART = re.compile(
    rf"(?P<prefix>{_PREFIX},?\s+)?(?P<names>{_NAMES}),?\s+(?P<years>{_YEARS})"
    rf"(?:,\s*(?P<locator>{_LOCATOR}))?(?:(?P<sep>,?)\s+(?P<suffix>{_SUFFIX}))?"
    r"\s*(?:[;,]\s*|$)"
)
_NARRATIVE = re.compile(
    rf"(?P<names>{_NAMES})\s+\((?P<years>{_YEARS})(?:,\s*(?P<locator>{_LOCATOR}))?\)"
)
_ONE_YEAR = re.compile(_YEAR)
LONGEST = 300  # characters of a citation read at all: the patterns above stay bounded
# words a typed prefix may hold before a reference manager's field ("(for review see ")
TYPED_PREFIX = re.compile(r"\(([^\W\d_][^\d()\[\]@;]{0,40}?\s)$")

# key -> (the words of its first author's name, folded; its year)
Works = Mapping[str, tuple[frozenset[str], int | None]]


def name_words(name: str) -> frozenset[str]:
    """The words of a name as :func:`author_year_citation` compares them ("Mohseni-Moghadam"
    is "mohseni" and "moghadam")."""
    return frozenset(_words(name))


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", fold_ascii(text).lower())


def author_year_citation(marker: str, keys: tuple[str, ...], works: Works) -> str | None:
    """The Pandoc citation of an author-year citation ``marker`` that cites ``keys``, each
    key's first author and year in ``works``; None when it is written in a form this does
    not read whole, or its names do not each match one of its works."""
    text = " ".join(marker.split())
    if len(text) > LONGEST:
        return None
    if text.startswith("(") and text.endswith(")"):
        return _parenthetical(text[1:-1], keys, works)
    if m := _NARRATIVE.fullmatch(text):
        cited = _matched(m["names"], m["years"], list(keys), works)
        if cited is None or len(cited) != len(keys):
            return None
        if len(cited) == 1:
            return f"@{cited[0]}" + (f" [{m['locator']}]" if m["locator"] else "")
        # "Roe (2017, 2019)": the names as written, the works' years from the style
        locator = f", {m['locator']}" if m["locator"] else ""
        return f"{m['names']} [" + "; ".join(f"-@{k}" for k in cited) + f"{locator}]"
    return None


def split_citation(pieces: list[tuple[str, tuple[str, ...]]], works: Works) -> list[str] | None:
    """One parenthesis of citations a reference manager split over several fields (Zotero
    and Mendeley write "(Roe et al., 2004; " and "Doe, 2020)" as two when the author typed
    between them): each piece's (marker, keys), the first opening the parenthesis and the
    last closing it, as Pandoc pieces that join into one citation (``[@roe2004;`` and
    ``@doe2020]``), or None when a piece is written in a form this does not read whole. A
    piece may start with the words typed before it ("for reviews see Doe, 2020)")."""
    out = []
    for i, (marker, keys) in enumerate(pieces):
        text = " ".join(marker.split())
        if len(text) > LONGEST:
            return None
        opens, closes = i == 0, i == len(pieces) - 1
        inner = text[1:] if opens else text
        inner = (inner[:-1] if closes else inner).rstrip()
        goes_on = inner.endswith(";")
        cited = _parenthetical(inner.rstrip(";"), keys, works, bracketed=False)
        if cited is None:
            return None
        cited = ("[" if opens else "") + cited + (";" if goes_on else "")
        out.append(cited + ("]" if closes else ""))
    return out


def typed_prefix(words: str) -> bool:
    """Whether ``words`` are a citation's prefix ("for reviews see", "e.g.")."""
    return re.fullmatch(_PREFIX + r",?", words.strip()) is not None


def opens_only(marker: str) -> bool:
    """Whether a citation opens a parenthesis it does not close: the first piece of one
    split over several fields."""
    return marker.count("(") > marker.count(")")


def closes_only(marker: str) -> bool:
    return marker.count(")") > marker.count("(")


def _parenthetical(
    inner: str, keys: tuple[str, ...], works: Works, bracketed: bool = True
) -> str | None:
    """The works of a parenthesis's text, each name with its years, parts apart by ";" or
    "," (an ecologist's "Roe 2001, Doe 2003"): a Pandoc citation of them in turn."""
    parts: list[str] = []
    remaining = list(keys)
    inner, pos = inner.strip(), 0
    while pos < len(inner):
        m = _PART.match(inner, pos)
        if m is None or m.end() == pos:
            return None
        pos = m.end()
        mine = _matched(m["names"], m["years"], remaining, works)
        if mine is None:
            return None
        cited = [f"@{k}" for k in mine]
        if m["locator"]:
            cited[-1] += f", {m['locator']}"
        if m["suffix"]:
            cited[-1] += f"{m['sep']} {m['suffix'].strip()}"  # as written: ", and others"
        if m["prefix"]:
            cited[0] = m["prefix"] + cited[0]
        parts += cited
    if remaining or not parts:
        return None
    return "[" + "; ".join(parts) + "]" if bracketed else "; ".join(parts)


def _matched(names: str, years: str, remaining: list[str], works: Works) -> list[str] | None:
    """The keys of ``remaining`` that ``names`` and each of ``years`` give, in the order
    written, taken out of ``remaining``; None unless each year names exactly one of them,
    or the name only one (a manager's record may give the year it went online, the text
    the year of the issue). Two works of one author and year, "2018a" and "2018b", are told
    apart by the letter only in the order the list prints them: not guessed here."""
    words = set(_words(names))
    out = []
    for year in _ONE_YEAR.findall(years):
        number = int(year[:4]) if year[:4].isdecimal() else None
        named = [k for k in remaining if k in works and works[k][0] and works[k][0] <= words]
        fits = [k for k in named if works[k][1] == number]
        if len(fits) != 1 and len(named) == 1:
            fits = named  # the one work by that name: its record's year is not the one shown
        if len(fits) != 1:
            return None
        out.append(fits[0])
        remaining.remove(fits[0])
    return out


_YEAR_ONLY = re.compile(rf"(?:{_YEARS})")
# the names a year-only citation follows outside its parenthesis ("Roe et al. (" 2014 ")")
_NAMES_BEFORE = re.compile(
    r"(?:[^\W\d_][\w'’-]*\s+(?:and|&)\s+)?[^\W\d_][\w'’-]*(?:\s+et\s+al\.?)?\s*\($"
)
NAMES_REACH = 80  # characters before a parenthesis where its names may start


def year_only(marker: str) -> bool:
    """Whether a citation's marker is its year alone, as JATS tags an author-year citation
    ("(Roe and Doe, <xref>2019</xref>)"): its names are the text's, before it."""
    return _YEAR_ONLY.fullmatch(" ".join(marker.split())) is not None


def parenthesised(
    text: str, cited: list[tuple[int, int, tuple[str, ...]]], works: Works
) -> tuple[int, int, str] | None:
    """The Pandoc citation of the parenthesis around year-only citations (each ``(start,
    end, keys)``, in order, all in one parenthesis): ``(start, end, markup)`` of the text to
    replace, names and parentheses included; None when the text around them is not a
    citation this reads whole. "(Roe and Doe, 2019; Adams, 2020)" is one parenthetical
    citation; "Adams (2020)" a narrative one, its names before the parenthesis."""
    first, last = cited[0][0], cited[-1][1]
    opened = text.rfind("(", max(0, first - NAMES_REACH), first)
    closed = last if text[last : last + 1] == ")" else -1
    if opened < 0 or closed < 0 or ")" in text[opened:first]:
        return None
    keys = tuple(k for _, _, ks in cited for k in ks)
    inside = text[opened : closed + 1]
    if text[opened + 1 : first].strip():  # names inside: "(Roe, 2019)"
        markup = author_year_citation(inside, keys, works)
        return None if markup is None else (opened, closed + 1, markup)
    names = _NAMES_BEFORE.search(text, max(0, opened - NAMES_REACH), opened + 1)
    if names is None or len(cited) != 1:
        return None
    shown = text[names.start() : opened].rstrip() + " " + inside
    markup = author_year_citation(shown, keys, works)
    return None if markup is None else (names.start(), closed + 1, markup)
