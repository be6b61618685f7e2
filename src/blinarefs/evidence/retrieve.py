"""Rank a source's sentences for a claim: BM25 on stemmed words, plus credit for the claim's
figures and names that a sentence states.

BM25 (k1 1.2, b 0.75, the usual values) weighs a rare shared word (a drug's name in a
paper about something else) above a common one; a sentence with the claim's own figure
("93%") or trial name is almost always the one the claim was written from, so each such
match adds a fixed bonus, tuned on the training part of the benchmark.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field

from .specifics import Figure, figures, same_figure
from .text import split_sentences, strip_label, terms

K1, B = 1.2, 0.75
FIGURE_BONUS = 2.0  # per claim figure a sentence states
TOP = 3


@dataclass(frozen=True, slots=True)
class Scored:
    index: int  # position of the sentence in the source
    text: str
    score: float


@dataclass
class SourceIndex:
    """A source's sentences with an inverted index of their terms (figures are read per
    sentence on first use), built once per cited work and reused for every claim citing it."""

    sentences: list[str]
    postings: dict[str, list[tuple[int, int]]]  # term -> (sentence, term frequency)
    lengths: list[int]
    avg_len: float
    _figures: dict[int, list[Figure]] = field(default_factory=dict)

    @classmethod
    def build(cls, text: str) -> SourceIndex:
        sentences = split_sentences(text)
        postings: dict[str, list[tuple[int, int]]] = {}
        lengths = []
        for i, sentence in enumerate(sentences):
            bag = Counter(terms(strip_label(sentence)))
            lengths.append(sum(bag.values()))
            for term, tf in bag.items():
                postings.setdefault(term, []).append((i, tf))
        avg = sum(lengths) / len(lengths) if lengths else 0.0
        return cls(sentences, postings, lengths, avg or 1.0)

    def figures(self, i: int) -> list[Figure]:
        """The figures of sentence ``i``, read on first use (most sentences never need it)."""
        found = self._figures.get(i)
        if found is None:
            found = self._figures[i] = figures(self.sentences[i])
        return found

    def holding(self, wanted: Figure) -> list[int]:
        """The sentences that state ``wanted`` (rounding-aware, in any time unit)."""
        keys = _digits(wanted)
        return [
            i
            for i, sentence in enumerate(self.sentences)
            if any(k in sentence for k in keys)
            and any(same_figure(wanted, f) for f in self.figures(i))
        ]

    def bm25(self, query: list[str]) -> dict[int, float]:
        n = len(self.sentences)
        scores: dict[int, float] = {}
        for term in set(query):
            posting = self.postings.get(term)
            if not posting:
                continue
            idf = math.log(1 + (n - len(posting) + 0.5) / (len(posting) + 0.5))
            for i, tf in posting:
                norm = tf + K1 * (1 - B + B * self.lengths[i] / self.avg_len)
                scores[i] = scores.get(i, 0.0) + idf * tf * (K1 + 1) / norm
        return scores

    def rank(
        self,
        claim: str,
        claim_figures: list[Figure] | None = None,
        top: int = TOP,
        bonus: float = FIGURE_BONUS,
    ) -> list[Scored]:
        """The ``top`` best sentences for ``claim``, best first (ties keep text order)."""
        scores = self.bm25(terms(claim))
        wanted = figures(claim) if claim_figures is None else claim_figures
        if bonus:
            for w in wanted:
                for i in self.holding(w):
                    scores[i] = scores.get(i, 0.0) + bonus
        ranked = sorted((i for i, v in scores.items() if v > 0), key=lambda i: (-scores[i], i))
        return [Scored(i, self.sentences[i], round(scores[i], 3)) for i in ranked[:top]]


def _digits(f: Figure) -> set[str]:
    """Digit strings a sentence must contain to state ``f``: its integer part and its
    neighbours (88 may be written 87.9), also in years or months (36 months, 3 years)."""
    out = set()
    for x in (f.value, f.value / 12, _float_of(f.raw)):
        base = int(x)
        out |= {str(base - 1), str(base), str(base + 1)} if base > 0 else {"0", "1"}
    return out


def _float_of(raw: str) -> float:
    try:
        return float(raw.replace(",", ""))
    except ValueError:
        return 0.0
