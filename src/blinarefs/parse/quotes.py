"""Straight double quotes read as the curly pair they stand for.

Typed lists (IEEE, Chicago, Harvard pasted from a plain-text editor or a web form) quote
titles with '"', one mark for both sides; the labeller learnt the quoted title from
typeset lists, whose marks say which side they are ("“Title,” in Proc. ..."), and with
straight marks it runs the names into the title. The side of each straight mark is plain
from its neighbours when the marks pair up, and the label is asked of that reading, one
character for one, so every field is still cut from the printed text.
"""

from __future__ import annotations

import re

_MARK = re.compile('"')


def _opens(text: str, i: int) -> bool:
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in "([") and not after.isspace()


def _closes(text: str, i: int) -> bool:
    """A closing mark after a word, and a title's: with the comma or full stop a list
    prints at a title's end inside or after it ('Title,"', '"Title".'); a quoted phrase
    opening a title ('"Herd immunity": a guide') is left as printed."""
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return not before.isspace() and (before in ",.?!" or after in ",.")


def curled(text: str) -> str:
    """``text`` with its straight double quotes as “ and ”, when each opening mark opens
    (after a space or a bracket, before a word) and each closing one closes (after a
    word); otherwise, an unpaired or ambiguous mark, ``text`` unchanged."""
    marks = [m.start() for m in _MARK.finditer(text)]
    if not marks or len(marks) % 2:
        return text
    chars = list(text)
    for n, i in enumerate(marks):
        opening = n % 2 == 0
        if not (_opens(text, i) if opening else _closes(text, i)):
            return text
        chars[i] = "“" if opening else "”"
    return "".join(chars)
