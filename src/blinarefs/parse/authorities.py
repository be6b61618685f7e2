"""A species' authority inside a title: its namer and the year it was named, in
parentheses or not ("Chrysoperla exempla (Hagen, 1861) (Neuroptera: Chrysopidae)", "Aphis
exempla Glover, 1877 (Hemiptera: Aphididae)"), as zoology's titles print it.

In an author-year list, the labeller reads such a namer and year as a reference's authors
and year, or the year as a volume, and cuts the title in two there; only its longer half is
then kept. A capitalised name, a comma and a year between words of the title, where the
reference's own year is read elsewhere, are the title's.
"""

from __future__ import annotations

from .labeller import Labelled
from .token_index import numbers_at
from .years import YEAR

_JOINING = frozenset({"&", "and", "e", "y", "et"})  # "Spix & Agassiz, 1829"


def _namer_start(labelled: list[Labelled], comma: int) -> int:
    """Where the namer before ``comma`` opens after the title's words, or -1: capitalised
    words (and their "&"), after a title's word or its open parenthesis."""
    i = comma - 1
    while i >= 0 and (labelled[i].token.text[:1].isupper() or labelled[i].token.text in _JOINING):
        i -= 1
    if i == comma - 1 or not labelled[i + 1].token.text[:1].isupper():
        return -1
    opened = i >= 1 and labelled[i].token.text == "("
    before = labelled[i - 1] if opened else labelled[i] if i >= 0 else None
    return i - opened + 1 if before is not None and before.label == "title" else -1


def authority_in_title(labelled: list[Labelled]) -> list[Labelled]:
    """``labelled`` with a species' authority between words of the title read as the
    title's."""
    out = list(labelled)
    for j in numbers_at(labelled):  # (a year's figures, found in C: others are passed over)
        x = out[j]
        if (
            not 2 <= j < len(out) - 2
            or x.label == "title"
            or len(text := x.token.text) != 4
            or not YEAR.fullmatch(text)
            or out[j - 1].token.text != ","
        ):
            continue
        start = _namer_start(out, j - 1)
        if start < 0:
            continue
        end = j + 1 + (out[start].token.text == "(" and out[j + 1].token.text == ")")
        end += out[end].token.text == "(" if end < len(out) else 0
        if end >= len(out) or out[end].label != "title":
            continue
        if not any(y.label == "year" for k, y in enumerate(out) if not start <= k < end):
            continue  # the reference's own year: no other is read
        out[start:end] = [y._replace(label="title") for y in out[start:end]]
    return out
