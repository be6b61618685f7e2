"""A body's name of two written-out words or more printed alone where an item's names end, in
a list that prints its people with initials: "Lamplight Brief (2030)", "The Chronicle (2030)",
"Springfield Farmers. (2030)", "Royal Example Gardens Springfield (2030)" among "Roe J
(2030)" or "Roe, J. (2030)".

Two capitalised words alone say little on their own: the readers take them for a given name
and a family ("Walter Yoe (2030)"), as the lists that print whole given names print them. A
list whose people are printed with initials says more: its style abbreviates every person's
given names, so two whole words alone before the year are a name the style did not turn
into initials, the name of a body (a newspaper, a company, a charity, a website) that its
author entered as one. Such names beside others ("Peter Roe and Anna Doe", copied
given-first into the list) are people, and so are pinyin pairs ("Liu Xun", which
:mod:`.written_out_names` reads family first in a list that prints its people family first).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from ..model import Name
from ..names import PARTICLES, is_initials
from .pinyin_names import pinyin_family_given
from .read import Reading
from .written_out_names import WORD, given_first, names_head

# A list prints its people with initials when at least this many of its people are printed
# so, and no more than this share of them is printed otherwise
INITIALLED_MIN = 8
WRITTEN_OUT_SHARE = 0.1
# What may follow the names where they end alone: marks and the year ("(2030).", ", 2030.")
_CLOSE = re.compile(r"[\s.,;:()\[\]]*(?:\d{4}[a-z]?)?[\s.,;:()\[\]]*")
# ... or the year in brackets, which closes the names whatever follows it (a page with no
# title: "Atlas Examples (2030). Available at: https://...")
_YEAR_CLOSES = re.compile(r"(?<!\s)\s*\(\d{4}[a-z]?\)")  # from a run's first space only: linear


_INITIAL_MARKS = re.compile(r"[.\s‐]")  # (compiled once: asked of every person of a list)


def _initialled(name: Name) -> bool:
    """Whether a person's given names were printed as initials ("J.", "G. H.", "J.-P.")."""
    return not name.literal and initials_given(name.given)


@lru_cache(maxsize=4096)
def initials_given(given: str) -> bool:
    """Whether ``given`` is initials, marks and spaces aside: read once however often a list
    prints it (every person of a list is asked, in the one process that gathers it; a long
    list prints a few given names many times over)."""
    compact = _INITIAL_MARKS.sub("", given)
    return bool(compact) and is_initials(compact)


def prints_initials(readings: list[Reading]) -> bool:
    """Whether a list prints its people with initials: :data:`INITIALLED_MIN` of them at
    least, and no more than :data:`WRITTEN_OUT_SHARE` with whole given names (``readings``
    without the items this module would turn)."""
    people = [n for r in readings for n in r.reference.author if n.family and not n.literal]
    initialled = sum(_initialled(n) for n in people)
    whole = len(people) - initialled
    return initialled >= INITIALLED_MIN and whole <= WRITTEN_OUT_SHARE * len(people)


def _alone(name: Name, head: str) -> bool:
    """Whether ``name``, read given-first from written-out words, is all the names its item
    prints: ``head`` opens with the words and holds nothing after them but marks and the
    year, or opens with them and the year in brackets."""
    pair = f"{name.given} {name.family}"
    opening = head.lstrip()
    rest = opening[len(pair) :]
    return opening.startswith(pair) and bool(_CLOSE.fullmatch(rest) or _YEAR_CLOSES.match(rest))


def _written_out(name: Name, head: str) -> bool:
    """Whether ``name`` was read given-first from two written-out words or more printed so
    in ``head``: "John Roe", or "Royal Example Gardens" and "Springfield", no given word a
    particle ("de"), the last given word and the family as :func:`given_first` asks."""
    given = name.given.split()
    if len(given) < 2:
        return given_first(name, head)
    return (
        given_first(replace(name, given=given[-1]), head)
        and all(WORD.fullmatch(w) and w.lower() not in PARTICLES for w in given)
        and f"{name.given} {name.family}" in head
    )


def _sole_pair(reading: Reading) -> bool:
    """Whether an item's one name was read given-first from two written-out words printed
    alone where its names end, and is no pinyin pair."""
    ref = reading.reference
    if len(ref.author) != 1:
        return False
    name, head = ref.author[0], names_head(ref)
    return (
        _written_out(name, head)
        and _alone(name, head)
        and not pinyin_family_given(name.given, name.family)
    )


def bodies_alone(readings: list[Reading]) -> list[Reading]:
    """The readings of a list's items, each whose one name is two written-out words or more alone
    where the names end read as a body's name where the list's other items print their
    people with initials."""
    sole = [_sole_pair(r) for r in readings]
    others = [r for r, turn in zip(readings, sole, strict=True) if not turn]
    if not any(sole) or not prints_initials(others):
        return readings
    out = []
    for reading, turn in zip(readings, sole, strict=True):
        if turn:
            ref = reading.reference
            body = Name(literal=f"{ref.author[0].given} {ref.author[0].family}")
            reading = replace(reading, reference=ref.with_fields(author=(body,)))
        out.append(reading)
    return out
