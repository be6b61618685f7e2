"""Numbering by first citation in a manuscript, with its in-text citations renumbered.

The citations are decoded by :mod:`blinarefs.trace` (flattened superscripts, brackets,
Pandoc and LaTeX keys); the references are numbered in the order the text first cites them
(the Vancouver rule), uncited ones last in store order, and each citation gets the numbers
its references have under that order, ready for :func:`format_citation`. Pure.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..model import Reference

if TYPE_CHECKING:
    from ..manuscript.document import Marker


@dataclass(frozen=True)
class InText:
    """One citation of the manuscript: where, as written, and its numbers after renumbering."""

    line: int
    marker: str
    numbers: tuple[int, ...]


@dataclass(frozen=True)
class CitedOrder:
    order: list[str]  # store keys, first cited first
    citations: list[InText]


def manuscript_order(
    text: str,
    refs: Sequence[Reference],
    known_markers: Sequence[Marker] | None = None,
    lowered: Sequence[tuple[int, int]] = (),
) -> CitedOrder:
    """The references of ``refs`` in the order ``text`` first cites them; ``known_markers``
    are the citations a Word or JATS file's markup identifies, ``lowered`` its subscripts
    (see ``trace_manuscript``)."""
    from ..trace.decode import number_by_first_citation, renumber_by_first_citation
    from ..trace.manuscript import trace_manuscript

    trace = trace_manuscript(text, refs, known_markers=known_markers, lowered=lowered)
    cited = trace.in_citation_order()  # a legend's citations where its figure is mentioned
    numbering = number_by_first_citation(cited, refs)
    order = sorted((r.id for r in refs), key=lambda key: numbering[key])
    renumbered = sorted(renumber_by_first_citation(cited, refs), key=lambda c: c.start)
    citations = [InText(trace.line_of(c.start), c.marker, c.numbers) for c in renumbered]
    return CitedOrder(order, citations)
