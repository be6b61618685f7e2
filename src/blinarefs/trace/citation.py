"""A decoded citation marker, and the numbering of references by first citation.

:mod:`.decode` finds the markers; what one is, and how a numbered style orders its list by
them, is needed also by readers that never decode (a Word file's fields, Pandoc's
numbered output, renumbering), so it lives here. :mod:`.decode` re-exports all of it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from ..errors import UsageError
from ..model import Reference


@dataclass(frozen=True, slots=True)
class Citation:
    """One citation marker. ``numbers`` and ``keys`` name the references it cites;
    ``missing`` holds the parts that name no known reference ("11", "@smith2020")."""

    marker: str
    start: int
    end: int
    numbers: tuple[int, ...]
    keys: tuple[str, ...]
    kind: str
    missing: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "marker": self.marker,
            "start": self.start,
            "end": self.end,
            "numbers": list(self.numbers),
            "keys": list(self.keys),
            "kind": self.kind,
        }
        if self.missing:
            out["missing"] = list(self.missing)
        return out


# -- order of first citation ------------------------------------------------------------------


def first_cited(citations: Iterable[Citation]) -> list[str]:
    """Keys in the order they are first cited (each once)."""
    seen: dict[str, None] = {}
    for c in citations:
        for key in c.keys:
            seen.setdefault(key, None)
    return list(seen)


def number_by_first_citation(
    citations: Iterable[Citation], references: Iterable[Reference] = ()
) -> dict[str, int]:
    """key -> number for a numeric bibliography: cited keys by first citation, then the
    uncited references in their list order."""
    citations = list(citations)
    if any(not isinstance(c, Citation) for c in citations):
        raise UsageError(
            "number_by_first_citation() takes citations, as decode_citations(text) gives them"
        )
    order = dict.fromkeys(first_cited(citations))
    for ref in references:
        order.setdefault(ref.id)
    return {key: n for n, key in enumerate(order, start=1)}


def renumber_by_first_citation(
    citations: Sequence[Citation], references: Iterable[Reference] = ()
) -> list[Citation]:
    """The same citations, their ``numbers`` replaced by first-citation numbering."""
    numbering = number_by_first_citation(citations, references)
    return [
        Citation(
            c.marker, c.start, c.end, tuple(numbering[k] for k in c.keys), c.keys, c.kind, c.missing
        )
        for c in citations
    ]
