"""Numbering by first citation in a manuscript, and its in-text citations in a style.

The citation decoder lives in ``blinarefs.trace``; when it is not installed, the order of
first citation is taken from the printed numbers the store keeps (``Reference.number``),
which is that order for any manuscript numbered the Vancouver way, and no in-text
citations are listed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..model import Reference
from .bibliography import cited_order
from .citations import citation_markup
from .markup import convert
from .styles import Style


@dataclass
class Cited:
    """One in-text citation of the manuscript: where it is and which references it cites."""

    line: int
    marker: str
    keys: tuple[str, ...]


@dataclass
class ManuscriptCitations:
    source: Path
    order: list[str]  # store keys in the order the manuscript first cites them
    citations: list[Cited] = field(default_factory=list)
    decoded: bool = False  # False: order from the printed numbers, no citations decoded

    def numbered(self, order: list[str] | None) -> list[tuple[Cited, list[int]]]:
        """Each citation with the numbers its references get under ``order``."""
        number = {k: n for n, k in enumerate(order or self.order, start=1)}
        return [(c, sorted(number[k] for k in c.keys if k in number)) for c in self.citations]

    def report(self, style: Style, to: str, order: list[str] | None, listing: bool) -> list[str]:
        if not self.decoded:
            return [
                f"{self.source}: numbered by the printed reference numbers "
                "(the citation decoder, blinarefs.trace, is not installed)"
            ]
        if not listing:
            return []
        lines = []
        for cited, numbers in self.numbered(order):
            rendered = convert(citation_markup(numbers, style), to) if numbers else "?"
            lines.append(f"{self.source}:{cited.line}: {cited.marker!r} -> {rendered}")
        return lines

    def to_dict(self, style: Style, to: str, order: list[str] | None) -> dict[str, Any]:
        return {
            "source": str(self.source),
            "decoded": self.decoded,
            "order": self.order,
            "citations": [
                {
                    "line": cited.line,
                    "marker": cited.marker,
                    "keys": list(cited.keys),
                    "numbers": numbers,
                    "text": convert(citation_markup(numbers, style), to) if numbers else None,
                }
                for cited, numbers in self.numbered(order)
            ],
        }


def manuscript_citations(path: Path, refs: list[Reference]) -> ManuscriptCitations:
    """The order of first citation in the manuscript at ``path`` (and its citations)."""
    from ..fsio import read_text

    read_text(path)  # a missing or binary manuscript is an error either way
    return ManuscriptCitations(path, cited_order(refs))
