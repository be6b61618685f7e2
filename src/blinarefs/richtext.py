"""CSL-JSON's rich text: the few HTML-like tags CSL processors read inside a field
(``<i>``, ``<b>``, ``<sup>``, ``<sub>``, ``<span class="nocase">``), as Zotero writes a
species name in a title (``<i>E. coli</i>``). Pure functions.

The store keeps plain text (a BibTeX title's ``\\emph`` is read as its text, a Crossref
title's markup is stripped), so CSL-JSON and RIS imports leave the tags out as well, and
say so; the formatter lets balanced tags through to citeproc-py.
"""

from __future__ import annotations

import re

RICH = re.compile(r'(</?(?:i|b|sup|sub)>|<span class="nocase">|</span>)')


def balanced(pieces: list[str]) -> bool:
    """Whether the tags of ``RICH.split(text)`` (its odd items) open and close in order."""
    stack: list[str] = []
    for piece in pieces[1::2]:
        if piece.startswith("</"):
            name = "nocase" if piece == "</span>" else piece[2:-1]
            if not stack or stack.pop() != name:
                return False
        else:
            stack.append("nocase" if piece.startswith("<span") else piece[1:-1])
    return not stack


def plain(text: str) -> str:
    """``text`` without its rich-text tags when they are balanced; else as it is (a "<"
    in "P < .05 <b" is data)."""
    if "<" not in text:
        return text
    pieces = RICH.split(text)
    if len(pieces) == 1 or not balanced(pieces):
        return text
    return "".join(pieces[0::2])
