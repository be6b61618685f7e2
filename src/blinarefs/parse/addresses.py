"""Web addresses on lines of their own in a list without numbers, which are the address of
the entry above them, not entries: EndNote prints each of a record's URLs as a paragraph of
its own, and a typed author-year list puts a web page's address and the day it was read on
a line under its entry. Pure: lines in, the groups of lines that make each entry out.
"""

from __future__ import annotations

import re

_ADDRESS = re.compile(r"(?:https?://|www\.)\S+$", re.IGNORECASE)  # ending a line
# a line that is a web address and at most the day it was read ("https://... Accessed:
# January 4, 2018"): no reference opens so, it is the address of the one above it
_ADDRESS_LINE = re.compile(
    r"(?:https?://|www\.)\S+(?:\s+[\[(]?(?:last )?(?:accessed|retrieved|cited|viewed|acesso em"
    r"|consultado)\b[^\n]{0,40})?$",
    re.IGNORECASE,
)


def second_address(line: str, before: str) -> bool:
    """Whether ``line`` is a web address alone after an entry that ends with one: the
    record's second address."""
    return bool(_ADDRESS.match(line) and _ADDRESS.search(before))


_AUTHOR_YEAR_ITEM = re.compile(r"^[^()]{1,150}\((?:1[5-9]|20)\d\d[a-z]?\)")


def addresses_joined(lines: list[str], groups: list[list[int]]) -> list[list[int]]:
    """In an author-year list (most items open with names and "(2017)"), an item that is a
    web address with at most the day it was read ("https://... Accessed: January 4, 2018")
    is the address of the item above it: a typed list puts it on a line of its own, and no
    reference of such a list opens with an address. (A numbered list copied without its
    numbers may hold a reference that is an address alone: left as it is.)"""
    if len(groups) < 3:
        return groups
    dated = sum(bool(_AUTHOR_YEAR_ITEM.match(lines[g[0]].strip())) for g in groups)
    if 2 * dated < len(groups):
        return groups
    out: list[list[int]] = []
    for g in groups:
        if out and len(g) == 1 and _ADDRESS_LINE.match(lines[g[0]].strip()):
            out[-1] = [*out[-1], *g]
        else:
            out.append(g)
    return out
