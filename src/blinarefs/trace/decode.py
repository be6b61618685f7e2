"""Citation markers in a manuscript's text: where they are and which references they name.

Pure: text and references in, :class:`Citation` values out. Every marker keeps its exact
span, so a caller can highlight it or rewrite it (``text[c.start:c.end] == c.marker``).

Explicit syntax is taken as it stands: ``[1]``, ``[2-4]``, ``[3–6, 9]``, Unicode and HTML
superscripts, Pandoc ``[@key; @key2]`` and ``@key``, LaTeX ``\\cite{a,b}`` and its
natbib/biblatex cousins, author-year ``(Jones et al., 2017)``.

Superscripts that a copy-paste flattened into the text ("et al1", "chemotherapy.2",
"June 2023.3", "(see figure 2-9)") look like any other number, so each digit run is judged
by where it sits and by evidence from the reference list:

* strong: glued to a lower-case word ("leukemia2"), to "et al", or to punctuation that
  follows a word (".2", ",3", ").4"): a citation, even past the end of the list (so that
  ``check`` can report it as dangling);
* medium: glued to a capitalised word, to a number's closing period before a new sentence
  ("2023.3 In"), after "et al " with a space, or in parentheses "(4)": a citation only if
  every number is in the list;
* weak: a list or range after a space at the end of a clause ("figure 2-9)"): a citation
  only if every number is in the list and it brings in the next uncited numbers in order
  (numbered styles introduce new numbers in order of first citation).

A word in capitals glued to digits is a name (IKZF1, CD19) unless that word also stands
alone in the text ("ALL" in "adults with ALL1"), and then it is weak evidence. Names with
capitals inside or more digits (AALL1731, KMT2A, IgG4), units (mg/m2, log10),
decimals, thousands, ratios, numbers with a leading zero or more than three digits, and
digits after a space that a noun or preposition governs ("2 cycles", "aged 1 to 10",
"cycles 3-6") stay text. When a manuscript uses explicit syntax, flattened superscripts are
not looked for at all: a document that writes ``[1]`` does not also flatten superscripts.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from ..model import Reference
from .candidates import (
    KEYED,
    KINDS,
    MEDIUM,
    STRONG,
    Candidate,
    compress_numbers,
    expand_numbers,
)
from .refindex import ReferenceIndex
from .superscripts import flattened_candidates
from .syntax import author_year_candidates, syntax_candidates

__all__ = [
    "KEYED",
    "KINDS",
    "Citation",
    "ReferenceIndex",
    "compress_numbers",
    "decode_citations",
    "expand_numbers",
    "first_cited",
    "number_by_first_citation",
    "renumber_by_first_citation",
]


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


# -- deciding ---------------------------------------------------------------------------------


def _accept(cand: Candidate, size: int | None, cited: set[int], next_new: int) -> bool:
    if cand.strength >= STRONG:
        return True
    in_list = size is None or all(1 <= n <= size for n in cand.numbers)
    new = sorted(set(cand.numbers) - cited)
    in_order = bool(new) and new == list(range(next_new, next_new + len(new)))
    if cand.strength == MEDIUM:
        if size is not None:
            return in_list
        return not new or new[0] <= next_new + 2
    return in_list and in_order


def _resolve(cand: Candidate, index: ReferenceIndex) -> tuple[tuple, tuple, tuple]:
    """numbers, keys, missing for one accepted candidate."""
    if cand.kind in KEYED:
        keys, numbers, missing = [], [], list(cand.missing)
        for key in cand.keys:
            if key not in index.by_key and index.references:
                missing.append(("@" if cand.kind == "pandoc" else "") + key)
                continue
            keys.append(key)  # with no list at all, the marker's own key is all there is
            if key in index.number_by_key:
                numbers.append(index.number_by_key[key])
        return tuple(numbers), tuple(keys), tuple(missing)
    keys, missing = [], []
    for n in cand.numbers:
        ref = index.by_number.get(n)
        if ref is not None:
            keys.append(ref.id)
        elif index.references:  # with no list at all, nothing can be called missing
            missing.append(str(n))
    return cand.numbers, tuple(keys), tuple(missing)


def decode_citations(
    text: str,
    references: Iterable[Reference] | ReferenceIndex = (),
    *,
    start: int = 0,
    end: int | None = None,
) -> list[Citation]:
    """Every citation marker in ``text[start:end]`` (the manuscript's body), in text order.

    ``references`` (or a prebuilt :class:`ReferenceIndex`) supplies the evidence: how many
    references there are, their keys, first authors and years. Without them, flattened
    superscripts are judged by position and order alone. Spans are offsets into ``text``.
    Linear in the length of the text.
    """
    index = (
        references if isinstance(references, ReferenceIndex) else ReferenceIndex.build(references)
    )
    end = len(text) if end is None else end
    body = text[start:end]
    candidates = syntax_candidates(body, index)
    if not candidates:  # explicit syntax present: nothing was flattened
        candidates = flattened_candidates(body)
    candidates += author_year_candidates(body, index)
    candidates.sort(key=lambda c: (c.start, -c.strength, -(c.end - c.start)))
    size = index.size
    cited: set[int] = set()
    next_new, last_end = 1, -1
    out: list[Citation] = []
    for cand in candidates:
        if cand.start < last_end or not _accept(cand, size, cited, next_new):
            continue
        numbers, keys, missing = _resolve(cand, index)
        out.append(
            Citation(
                body[cand.start : cand.end],
                cand.start + start,
                cand.end + start,
                numbers,
                keys,
                cand.kind,
                missing,
            )
        )
        last_end = cand.end
        cited.update(numbers)
        listed = [n for n in numbers if size is None or n <= size]  # a dangling 11 is no evidence
        next_new = max(next_new, max(listed, default=0) + 1)
    if not index.numbered and any(c.kind in KEYED for c in out):
        out = renumber_by_first_citation(out, index.references)
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
