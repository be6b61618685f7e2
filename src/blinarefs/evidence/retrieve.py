"""Rank a source's sentences for a claim: BM25 on stemmed words, plus credit for the claim's
figures that a sentence states, for the lead (the abstract of a full text) and for a
sentence that states a finding.

BM25 (k1 1.2, b 0.75, the usual values) weighs a rare shared word (a drug's name in a
paper about something else) above a common one. The claim's words are expanded with the
source's own abbreviations ("UCP1" in the claim also finds "uncoupling protein 1", and the
other way round). A sentence with the claim's own figure ("93%") is almost always the one
the claim was written from, so each such match adds a fixed bonus. Citing authors mostly
cite what a paper says of itself: its abstract, and sentences such as "here we show" or
"these data suggest"; each adds a share of the best word score, so they break near-ties in
their favour without lifting an off-topic sentence. The weights were tuned on the
benchmark's development part (``benchmarks/bench_evidence.py``; the training part has no
evidence sentences). That is the first stage; its best sentences are then reordered by the
learnt ranker of :mod:`blinarefs.evidence.rerank`, its score fused with the claim's cosine in
a static word embedding (:mod:`blinarefs.evidence.static`): sentences that say the claim in
other words.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from . import rerank, static
from .ranker_weights import WEIGHTS
from .specifics import Figure, figures, populations, same_figure
from .text import acronyms, split_source, strip_label, terms

K1, B = 1.2, 0.75
FIGURE_BONUS = 2.0  # per claim figure a sentence states
LEAD_SHARE = 0.3  # of the best word score, for a sentence of the abstract of a full text
FINDING_SHARE = 0.4  # of the best word score, for a sentence that states a finding
EXPANSION = 1.0  # the weight of an abbreviation's expansion, as one word of the claim
TOP = 3
MEANING = 0.25  # the static embedding's cosine in the fused score (z-scores; chosen on dev)
_FINDING = re.compile(
    r"\b(?:here,? we (?:show|report|demonstrate|describe|find|identify)"
    r"|we (?:show|conclude|found|find|demonstrate|report|propose) that"
    r"|(?:these|our) (?:data|results|findings|studies|observations|analyses) (?:show|suggest"
    r"|indicate|demonstrate|reveal|establish|support|imply|illustrate)"
    r"|in summary|in conclusion|taken together|together,? these|collectively)\b",
    re.IGNORECASE,
)

_CUE_WORDS = ("we ", "these ", "our ", "summary", "conclusion", "together", "collectively")


def finding_cue(sentence: str) -> bool:
    """Whether the sentence states the paper's own finding ("Here we show that ...")."""
    low = sentence.lower()  # most sentences have none of the cues' words: skip the regex
    return any(w in low for w in _CUE_WORDS) and _FINDING.search(sentence) is not None


@dataclass(frozen=True, slots=True)
class Scored:
    index: int  # position of the sentence in the source
    text: str
    score: float


@dataclass
class SourceIndex:
    """A source's sentences with their terms, built once per cited work and reused for every
    claim citing it. A term's postings (the sentences that have it), a sentence's figures,
    names and populations are worked out on first use: most are never asked for, and a
    source is indexed for the few claims that cite it."""

    sentences: list[str]
    words: list[list[str]]  # each sentence's terms, in order
    bags: list[set[str]]  # each sentence's terms, once each
    lengths: list[int]
    avg_len: float
    prior: list[float] = field(default_factory=list)  # share of the best score to add
    abbreviations: dict[str, list[str]] = field(default_factory=dict)  # "ucp1" -> its words
    _postings: dict[str, list[tuple[int, int]]] = field(default_factory=dict)
    _names: dict[int, set[str]] = field(default_factory=dict)
    _pairs: dict[int, set[tuple[str, str]]] = field(default_factory=dict)
    _figures: dict[int, list[Figure]] = field(default_factory=dict)
    _holding: dict[Figure, list[int]] = field(default_factory=dict)
    _populations: dict[int, set[str]] = field(default_factory=dict)
    _meaning: Any = None  # each sentence's unit vector in the static embedding (numpy)
    _embedded: set[int] = field(default_factory=set)  # the sentences whose vector is known

    @classmethod
    def build(cls, text: str) -> SourceIndex:
        split = split_source(text)
        sentences = [s for s, _ in split]
        # the lead counts only where there is something else: an abstract alone is all lead
        informative = not all(at_lead for _, at_lead in split)
        prior = [
            LEAD_SHARE * (a and informative) + FINDING_SHARE * finding_cue(s) for s, a in split
        ]
        words = [terms(strip_label(sentence)) for sentence in sentences]
        lengths = [len(said) for said in words]
        avg = sum(lengths) / len(lengths) if lengths else 0.0
        return cls(
            sentences, words, [set(said) for said in words], lengths, avg or 1.0, prior,
            acronyms(text),
        )  # fmt: skip

    def posting(self, term: str) -> list[tuple[int, int]]:
        """The sentences that have ``term``, each with how often (its term frequency)."""
        return _once(
            self._postings,
            term,
            lambda: [
                (i, self.words[i].count(term)) for i, bag in enumerate(self.bags) if term in bag
            ],
        )

    def query(self, claim: str) -> dict[str, float]:
        """The claim's terms with their weights: the source's abbreviations are expanded
        both ways, the words of a long form sharing the weight of one word, so a long name
        does not outweigh the rest of the claim."""
        words = dict.fromkeys(terms(claim), 1.0)
        for short, long_form in self.abbreviations.items():
            if short in words:
                for w in long_form:
                    words.setdefault(w, EXPANSION / len(long_form))
            elif all(w in words for w in long_form):
                words.setdefault(short, EXPANSION)
        return words

    def cosines(self, claim: list[str], candidates: list[int]) -> dict[int, float]:
        """Each candidate's cosine with the claim (its indexed words) in the static
        embedding (:mod:`blinarefs.evidence.static`). A sentence's vector is worked out once,
        for the first claim that has it among its candidates (most sentences never are)."""
        embedding = static.model()
        if self._meaning is None:
            self._meaning = embedding.vectors_for(len(self.sentences))
        todo = [i for i in candidates if i not in self._embedded]
        vectors = embedding.embed([claim] + [self.words[i] for i in todo])
        self._meaning[todo] = vectors[1:]
        self._embedded.update(todo)
        return dict(zip(candidates, (self._meaning[candidates] @ vectors[0]).tolist(), strict=True))

    def figures(self, i: int) -> list[Figure]:
        """The figures of sentence ``i``, read on first use (most sentences never need it)."""
        return _once(self._figures, i, lambda: figures(self.sentences[i]))

    def pairs(self, i: int) -> set[tuple[str, str]]:
        """The word pairs of sentence ``i`` (:func:`rerank.bigrams`), read on first use."""
        return _once(self._pairs, i, lambda: rerank.bigrams(self.words[i]))

    def names(self, i: int) -> set[str]:
        """The names of sentence ``i`` (:func:`rerank.names`), read on first use."""
        return _once(self._names, i, lambda: rerank.names(self.sentences[i]))

    def holding(self, wanted: Figure) -> list[int]:
        """The sentences that state ``wanted`` (rounding-aware, in any time unit); worked out
        once per figure, which the ranking and each check of a claim ask for again."""
        return _once(self._holding, wanted, lambda: self._stating(wanted))

    def _stating(self, wanted: Figure) -> list[int]:
        keys = _digits(wanted)
        return [
            i
            for i, sentence in enumerate(self.sentences)
            if any(k in sentence for k in keys)
            and any(same_figure(wanted, f) for f in self.figures(i))
        ]

    def populations(self, i: int) -> set[str]:
        """The populations sentence ``i`` names (:func:`specifics.populations`), read on
        first use."""
        return _once(self._populations, i, lambda: populations(self.sentences[i]))

    def idf(self, term: str) -> float:
        """BM25's weight of a rare word: high for a word few sentences have, 0 for none."""
        posting = self.posting(term)
        if not posting:
            return 0.0
        n = len(self.sentences)
        return math.log(1 + (n - len(posting) + 0.5) / (len(posting) + 0.5))

    def bm25(self, query: list[str] | dict[str, float]) -> dict[int, float]:
        """Each sentence's BM25 score for ``query`` (terms, or terms with weights)."""
        scores: dict[int, float] = {}
        weights = query if isinstance(query, dict) else dict.fromkeys(query, 1.0)
        for term, weight in weights.items():
            posting = self.posting(term)
            if not posting:
                continue
            idf = self.idf(term)
            for i, tf in posting:
                norm = tf + K1 * (1 - B + B * self.lengths[i] / self.avg_len)
                scores[i] = scores.get(i, 0.0) + weight * idf * tf * (K1 + 1) / norm
        return scores

    def first_stage(
        self, claim: str, wanted: list[Figure], bonus: float = FIGURE_BONUS
    ) -> rerank.Query:
        """The claim's words, each sentence's word score, and the first stage's score: the
        word score with the lead and finding priors and ``bonus`` per claim figure stated."""
        words = self.query(claim)
        words_only = self.bm25(words)
        best = max(words_only.values(), default=0.0)
        scores = dict(words_only)
        if self.prior:
            for i in scores:
                scores[i] += best * self.prior[i]
        stated: dict[int, int] = {}
        for w in wanted:
            for i in self.holding(w):
                stated[i] = stated.get(i, 0) + 1
                scores[i] = scores.get(i, 0.0) + bonus
        ranked = _best_first(scores, [i for i, v in scores.items() if v > 0])
        claim_terms = terms(claim)
        return rerank.Query(
            self,
            words,
            {w: self.idf(w) for w in words},
            words_only,
            scores,
            {i: k for k, i in enumerate(ranked)},
            stated,
            rerank.names(claim),
            rerank.bigrams(claim_terms),
            best or 1.0,
            max(scores.values(), default=0.0) or 1.0,
            claim_terms,
        )

    def rank(
        self,
        claim: str,
        claim_figures: list[Figure] | None = None,
        top: int = TOP,
        bonus: float = FIGURE_BONUS,
        weights: dict[str, float] | None = None,
        meaning: float | None = None,
    ) -> list[Scored]:
        """The ``top`` best sentences for ``claim``, best first (ties keep text order): the
        first stage's best :data:`rerank.CANDIDATES`, reordered by the learnt ranker
        (``weights``, by default :data:`ranker_weights.WEIGHTS`; empty: the first stage's
        order and scores)."""
        wanted = figures(claim) if claim_figures is None else claim_figures
        return self.ordered(self.first_stage(claim, wanted, bonus), top, weights, meaning)

    def ordered(
        self,
        q: rerank.Query,
        top: int = TOP,
        weights: dict[str, float] | None = None,
        meaning: float | None = None,
    ) -> list[Scored]:
        """:meth:`rank` from the first stage's ``q``, for a caller that needs its word
        scores too (the verdict's on-topic sentences). The learnt ranker's score is fused
        with the claim's and each candidate's cosine in the static embedding, weighed
        ``meaning`` (by default :data:`MEANING`; 0: the ranker alone)."""
        ranked = list(q.order)  # in the first stage's order
        weights = WEIGHTS if weights is None else weights
        meaning = MEANING if meaning is None else meaning
        if not weights:
            return [Scored(i, self.sentences[i], round(q.first[i], 3)) for i in ranked[:top]]
        model = rerank.scores(q, ranked[: rerank.CANDIDATES], weights)
        if meaning and len(model) > 1:
            model = rerank.fused(model, self.cosines(q.terms, list(model)), meaning)
        ranked = _best_first(model, list(model))
        return [Scored(i, self.sentences[i], round(model[i], 3)) for i in ranked[:top]]


K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


def _once(cache: dict[K, V], key: K, make: Callable[[], V]) -> V:
    """``cache[key]``, made on first use: an index answers each question once, and only
    the questions some claim asks."""
    found = cache.get(key)
    if found is None:
        found = cache[key] = make()
    return found


def _best_first(scores: dict[int, float], sentences: list[int]) -> list[int]:
    """``sentences`` by score, best first, ties in text order (a stable sort keeps them)."""
    sentences.sort()
    sentences.sort(key=scores.__getitem__, reverse=True)
    return sentences


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
