"""What the judge of doubt (:mod:`.doubt`) looks at: one field of one reading (a
:class:`Case`), what the rest of its list says (:class:`ListContext`), and which fields are
worth judging. The evidence drawn from them is in :mod:`.doubt_evidence`.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from dataclasses import dataclass, field
from statistics import median
from typing import TYPE_CHECKING

from ..model import Reference
from .states import before_print

if TYPE_CHECKING:  # only named in annotations: the readers' own mends ask doubt_cues too
    from .read import Reading

# The fields judged, by Reference attribute name (as doubts name them).
JUDGED = ("author", "title", "container_title", "issued", "volume", "issue", "page", "type")


@dataclass(frozen=True, slots=True)
class ListContext:
    """What the other entries of the list say: their years and their journals."""

    year: float | None  # the median year of the list
    containers: Counter[str]
    unread: float = 0.0  # the share of the list's items the grammar could not read
    size: int = 0  # the list's entries
    types: Counter[str] = field(default_factory=Counter)  # the entries of each type
    read: Counter[str] = field(default_factory=Counter)  # the entries with each judged field
    comma_titles: int = 0  # the entries whose title is printed with a comma after it
    # where three in five of the list's volumes or more are printed (:func:`volume_place`;
    # of five or more), or None: what every entry's volume is weighed against, found once
    usual_volume_place: str | None = None


@dataclass(frozen=True, slots=True)
class Case:
    """One field of one reading, with what the judge may look at."""

    field: str
    ref: Reference
    grammar: str  # "agreed", "disagreed" or "unread" (Reading.grammar)
    disagreed: tuple[str, ...]
    marginals: dict[str, float]
    lowest: dict[str, float]
    unlabelled: float
    context: ListContext
    # Reading.edges (dataclasses' field by its module: this class has a field named so)
    edges: dict[str, float] = dataclasses.field(default_factory=dict)


# The fields a journal's article prints, which it may have lost when none was read
_ARTICLE_PRINTS = frozenset({"container_title", "volume", "page"})


def judgeable(case: Case) -> bool:
    """Whether there is anything to check in the field: a value was read, or the field is
    one every work prints (names, title, year) or, for a journal's article, its journal,
    volume and pages. A book's or a data set's empty volume is no doubt, nor is a paper's
    empty year, volume or pages while it is in press."""
    if getattr(case.ref, case.field):
        return True
    if before_print(case.ref.status) and case.field in ("issued", "volume", "page"):
        return False
    return case.field in ("author", "title", "issued") or (
        case.ref.type == "article-journal" and case.field in _ARTICLE_PRINTS
    )


def comma_after_title(printed: str, title: str) -> bool:
    """Whether ``title`` is printed with a comma and a word right after it (the bound of a
    title some styles print, and where a title cut at its own comma ends)."""
    at = printed.find(title) if title else -1
    return at >= 0 and bool(_COMMA_WORD.match(printed, at + len(title)))


def volume_place(ref: Reference) -> str:
    """Where the volume is printed, as a list's style places every volume: what is printed
    between the journal and the volume, its figures as "d", its words as "a", its spaces
    and full stops left out ("d;" in "Made J. 2030;12(3):4", "" in "Made J. 12, 4", "a" in
    "Made J, vol. 12"); "before" when the volume comes before the journal, "?" when the
    journal or the volume is not found as printed."""
    text, volume, journal = ref.source_text, ref.volume, ref.container_title
    start = text.find(journal) if journal else -1
    if start < 0 or not volume:
        return "?"
    end = start + len(journal)
    if (at := _alone(text, volume, end, len(text))) < 0:
        return "before" if _alone(text, volume, 0, start) >= 0 else "?"
    gap = _GAP_DROPPED.sub("", text[end:at])
    return _FIGURES.sub("d", _LETTERS.sub("a", gap))[:6]


def _alone(text: str, word: str, start: int, end: int) -> int:
    """Where ``word`` is printed in ``text[start:end]`` with no letter or figure glued to
    it ("12" in "2030;12(3)", not in "2012"), or -1 (found by ``str.find``: a pattern
    compiled for each entry's volume would cost more than the search)."""
    at = text.find(word, start, end)
    while at >= 0:
        after = at + len(word)
        if not (at and _glued(text[at - 1])) and not (after < len(text) and _glued(text[after])):
            return at
        at = text.find(word, at + 1, end)
    return -1


def _glued(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


_GAP_DROPPED = re.compile(r"[\s.]+")
_FIGURES = re.compile(r"\d+")
_LETTERS = re.compile(r"[^\W\d_]+")
_COMMA_WORD = re.compile(r"\s*,\s*[^\W\d_]")
_NOT_WORD = re.compile(r"\W+")  # compiled once: every entry's journal is keyed


# How far from a title's end its last words are looked for first: a few words' length
_LAST_WORDS_WINDOW = 60


def last_words(text: str, n: int) -> list[str]:
    """The last ``n`` words (runs of letters) of ``text``, as ``_LETTERS.findall(text)[-n:]``
    gives them: found in its last characters when they hold a word more than ``n`` (the
    first one found there may be cut, the ones after it are whole), else in all of it."""
    words = _LETTERS.findall(text, max(0, len(text) - _LAST_WORDS_WINDOW))
    if len(words) <= n:
        words = _LETTERS.findall(text)
    return words[-n:]


def journal_key(text: str) -> str:
    """A journal's name as the list's count of journals keys it: letters and digits, lower case."""
    return _NOT_WORD.sub("", text).lower()


def list_context(readings: list[Reading]) -> ListContext:
    refs = [r.reference for r in readings]
    years = [r.year for r in refs if r.year]
    containers = Counter(journal_key(r.container_title) for r in refs if r.container_title)
    n = max(1, len(readings))
    places = Counter(p for r in refs if r.volume and (p := volume_place(r)) != "?")
    return ListContext(
        median(years) if years else None, containers,
        sum(r.grammar == "unread" for r in readings) / n,
        len(refs), Counter(r.type for r in refs),
        Counter(f for r in refs for f in JUDGED if getattr(r, f)),
        sum(comma_after_title(r.source_text, r.title) for r in refs),
        usual_place(places),
    )  # fmt: skip


# Volumes of a list, at least this many (three in five of them at one place), make a style
USUAL_MIN = 5


def usual_place(places: Counter[str]) -> str | None:
    """The place (:func:`volume_place`) most volumes of a list are printed at: three in
    five of them or more, of five or more; None where no style is followed so."""
    total = sum(places.values())
    if total < USUAL_MIN:
        return None
    usual, count = places.most_common(1)[0]
    return usual if count * 5 >= total * 3 else None
