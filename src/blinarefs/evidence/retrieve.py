"""Rank a source's sentences for a claim: BM25 on stemmed words, plus credit for the claim's
figures and names that a sentence states.

BM25 (k1 1.2, b 0.75, the usual values) weighs a rare shared word ("blinatumomab" in a
paper about something else) above a common one; a sentence with the claim's own figure
("93%") or trial name is almost always the one the claim was written from, so each such
match adds a fixed bonus, tuned on the training part of the benchmark.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass

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
    """A source's sentences with their terms and figures, built once per cited work and
    reused for every claim that cites it."""

    sentences: list[str]
    terms: list[Counter[str]]
    figures: list[list[Figure]]
    df: Counter[str]
    avg_len: float

    @classmethod
    def build(cls, text: str) -> SourceIndex:
        sentences = split_sentences(text)
        bags = [Counter(terms(strip_label(s))) for s in sentences]
        df: Counter[str] = Counter()
        for bag in bags:
            df.update(bag.keys())
        avg = sum(sum(b.values()) for b in bags) / len(bags) if bags else 0.0
        return cls(sentences, bags, [figures(s) for s in sentences], df, avg or 1.0)

    def idf(self, term: str) -> float:
        n, f = len(self.sentences), self.df.get(term, 0)
        return math.log(1 + (n - f + 0.5) / (f + 0.5))

    def bm25(self, query: list[str], i: int) -> float:
        bag = self.terms[i]
        length = sum(bag.values())
        score = 0.0
        for term in set(query):
            tf = bag.get(term, 0)
            if tf:
                norm = tf + K1 * (1 - B + B * length / self.avg_len)
                score += self.idf(term) * tf * (K1 + 1) / norm
        return score

    def rank(
        self,
        claim: str,
        claim_figures: list[Figure] | None = None,
        top: int = TOP,
        bonus: float = FIGURE_BONUS,
    ) -> list[Scored]:
        """The ``top`` best sentences for ``claim``, best first (ties keep text order)."""
        query = terms(claim)
        wanted = figures(claim) if claim_figures is None else claim_figures
        scored = []
        for i, sentence in enumerate(self.sentences):
            score = self.bm25(query, i)
            if wanted and bonus:
                score += bonus * sum(
                    any(same_figure(w, f) for f in self.figures[i]) for w in wanted
                )
            if score > 0:
                scored.append(Scored(i, sentence, round(score, 3)))
        scored.sort(key=lambda s: (-s.score, s.index))
        return scored[:top]
