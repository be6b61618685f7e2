"""Whether a reference list is numbered alphabetically, told from the list itself.

The decoder (:mod:`blinarefs.trace.infer`) leans on the order of first citations: in a list
numbered by first citation they mostly come in increasing order. A list numbered
alphabetically (SciELO journals, some OUP, Elsevier and physics journals) says so in its
own entries: its first authors' family names run in alphabetical order. In a list numbered
by first citation, neighbouring first authors are in alphabetical order about half the
time; in an alphabetical one nearly always (a few entries the parser misread, a particle
or an organisation sorted by another word). So the list, when the reader has it, tells
whether the order of the numbers can be trusted before any marker is read: a manuscript
whose few markers are glued to names ("Cunha18", "PRISMA19") gives too little evidence of
its own. Pure.
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import pairwise

from ..model import Reference
from ..names import fold_ascii

SORTED = 0.9  # of neighbouring first authors, at least this share in alphabetical order
NAMED = 8  # first authors needed to tell: seven neighbours in order by chance is 1 in 5,040


def numbered_alphabetically(references: Iterable[Reference]) -> bool:
    """Whether the list, in its numbers' order (its own order where it prints none), runs
    alphabetically by first author: its numbers then say nothing of the order in which the
    text first cites them."""
    refs = list(references)
    if any(r.number is not None for r in refs):
        refs = sorted((r for r in refs if r.number is not None), key=lambda r: r.number or 0)
    names = [fold_ascii(r.author[0].full_family).casefold() for r in refs if r.author]
    names = [n for n in names if n]
    if len(names) < NAMED:
        return False
    pairs = list(pairwise(names))
    return sum(a <= b for a, b in pairs) >= SORTED * len(pairs)
