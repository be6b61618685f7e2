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

from ..model import Reference
from .read import Reading
from .states import before_print

# The fields judged, by Reference attribute name (as doubts name them).
JUDGED = ("author", "title", "container_title", "issued", "volume", "issue", "page", "type")


@dataclass(frozen=True, slots=True)
class ListContext:
    """What the other entries of the list say: their years and their journals."""

    year: float | None  # the median year of the list
    containers: Counter[str]
    unread: float = 0.0  # the share of the list's items the grammar could not read
    disagreed: float = 0.0  # the share the two readers read otherwise
    # the entries whose journal another entry prints too, counted once for the list (per
    # field judged it made the judge's time grow with the square of the list's length)
    repeated: int = 0
    size: int = 0  # the list's entries
    types: Counter[str] = field(default_factory=Counter)  # the entries of each type
    read: Counter[str] = field(default_factory=Counter)  # the entries with each judged field
    comma_titles: int = 0  # the entries whose title is printed with a comma after it


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


_COMMA_WORD = re.compile(r"\s*,\s*[^\W\d_]")
_NOT_WORD = re.compile(r"\W+")  # compiled once: every entry's journal is keyed


def journal_key(text: str) -> str:
    """A journal's name as the list's count of journals keys it: letters and digits, lower case."""
    return _NOT_WORD.sub("", text).lower()


def list_context(readings: list[Reading]) -> ListContext:
    refs = [r.reference for r in readings]
    years = [r.year for r in refs if r.year]
    containers = Counter(journal_key(r.container_title) for r in refs if r.container_title)
    n = max(1, len(readings))
    return ListContext(
        median(years) if years else None, containers,
        sum(r.grammar == "unread" for r in readings) / n,
        sum(r.grammar == "disagreed" for r in readings) / n,
        sum(k for k in containers.values() if k > 1),
        len(refs), Counter(r.type for r in refs),
        Counter(f for r in refs for f in JUDGED if getattr(r, f)),
        sum(comma_after_title(r.source_text, r.title) for r in refs),
    )  # fmt: skip
