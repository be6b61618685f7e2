"""Who a JATS citation names, and when: its authors in the order printed, whether "et al."
cuts them short, its editors, and its date, read from the tags alone."""

from __future__ import annotations

import re

from lxml import etree

from ..model import Name
from .xmltext import first_of as _first
from .xmltext import local_name as _local
from .xmltext import squeezed_text as _text

_MONTH_NAMES = "jan feb mar apr may jun jul aug sep oct nov dec"
_MONTHS = {m: i for i, m in enumerate(_MONTH_NAMES.split(), 1)}


_TITLES = frozenset(("article-title", "chapter-title", "part-title"))


def people(cite: etree._Element) -> tuple[tuple[Name, ...], bool, tuple[Name, ...]]:
    """Authors (in the order printed: a group's name before or after its members), whether
    "et al." cuts them short, and editors. Names after the title with no role, or in a
    group with none, are a book's editors ("Title. In: Roe J, Doe A, eds. Book."): a
    reference names its authors before its title."""
    authors: list[Name] = []
    editors: list[Name] = []
    truncated = False
    titled = False
    for child in cite:
        kind = _local(child.tag)
        if kind in _TITLES:
            titled = True
            continue
        if kind == "person-group":
            role = child.get("person-group-type") or ("editor" if titled else "author")
            nodes = list(child)
        elif kind in ("name", "string-name", "collab", "etal"):
            role, nodes = ("editor" if titled else "author"), [child]
        else:
            continue
        if role not in ("author", "editor"):
            continue  # translators, compilers
        target = editors if role == "editor" else authors
        for node in nodes:
            name = _local(node.tag)
            if name == "etal":
                truncated = truncated or target is authors
            elif name in ("name", "string-name"):
                target.append(_name(node))
            elif name == "collab":
                target.append(Name(literal=_text(node)))
    return tuple(authors), truncated, tuple(editors)


def _name(node: etree._Element) -> Name:
    parts = {_local(c.tag): _text(c) for c in node}
    family = parts.get("surname", "")
    if not family:  # a string-name with no tagged parts
        return Name(literal=_text(node))
    return Name(
        family=family,
        given=parts.get("given-names", ""),
        suffix=parts.get("suffix", ""),
        non_dropping_particle=parts.get("prefix", ""),
    )


def issued(cite: etree._Element) -> tuple[int, ...] | None:
    # the first four-digit year anywhere: publishers tag "September 2015", ". 2008", "2.2014"
    year = re.search(r"(?<!\d)(?:1[5-9]|20)\d\d(?!\d)", _text(_first(cite, "year")))
    if not year:
        return None
    parts = [int(year.group())]
    month = _text(_first(cite, "month")).lower()[:3]
    value = int(month) if month.isdecimal() else _MONTHS.get(month)
    if value and 1 <= value <= 12:
        parts.append(value)
        day = _text(_first(cite, "day"))
        if day.isdecimal() and 1 <= int(day) <= 31:
            parts.append(int(day))
    return tuple(parts)
