"""The second stage of evidence retrieval: a learned linear ranker over the first stage's
best sentences.

The first stage (:meth:`SourceIndex.first_stage`: BM25 with figure credit and the lead and
finding priors) finds the sentences that share the claim's words; which of them the citing
author drew on depends on more than the words' weight: how much of the claim the sentence
covers, whether it shares the claim's phrases and names, whether it is a caption or a
heading, and whether its neighbours are on the topic too. Each of those is one small named
feature below; the ranker adds them with weights learnt by pairwise logistic regression
(``scripts/train_evidence_ranker.py``: trained on the CL-SciSumm training citances, chosen
on the development citations pooled; the weights, already divided by each feature's spread,
are in :mod:`blinarefs.evidence.ranker_weights`). Where in a paper authors find what they
cite (abstract, findings, methods) is a habit of their field, left to the first stage's
priors: no feature here says where the sentence is.
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .retrieve import SourceIndex

CANDIDATES = 30  # the first stage's best sentences the ranker reorders
# a run of word characters and hyphens with a capital after its first character, a digit, or
# another character that is not a lower-case ASCII letter: the runs that may hold a name
_SPECIAL_RUN = re.compile(r"(?<![\w-])(?:[^\WA-Za-z]|[\w-][\w-]*?[^\Wa-z])[\w-]*")
_NAME_START = re.compile(r"(?<![^-])[A-Za-z]")  # an ASCII letter at the start or after a hyphen
_CAP, _CAP_DIGIT, _DIGIT, _LETTER = (
    re.compile(p) for p in (r"[A-Z]", r"[A-Z0-9]", r"\d", r"[A-Za-z]")
)
_CAPTION = re.compile(r"^\s*(?:\(?[A-Z]\)\s*)?(?:fig(?:ure)?s?\.?|table|supplementary)\s*\w",
                      re.IGNORECASE)  # fmt: skip


def names(text: str) -> set[str]:
    """Names with capitals inside or digits (SAMHD1, HIV-1, CRL4DCAF1, MudPIT), lower-cased:
    the entities a claim and its evidence share where their other words differ. Most runs
    are plain words ("cells", "The", "dose-dependent"), which hold none: the pattern skips
    them."""
    out = set()
    for run in _SPECIAL_RUN.findall(text):
        name = _name_in(run)
        if name:
            out.add(name.lower())
    return out


def _name_in(run: str) -> str:
    """The first name of a run of word characters and hyphens ("anti-SAMHD1", "HIV-1-"): from
    its start or just after a hyphen, an ASCII letter, at least two characters, trailing
    hyphens left out; a name where a capital is followed, anywhere later, by a capital or
    digit, or a digit by a letter. Only the first possible start needs trying (a later one
    has less after it); each search is one pass, so linear in the run's length."""
    end = len(run.rstrip("-"))
    start = _NAME_START.search(run)
    if start is None or start.start() > end - 2:
        return ""
    p = start.start()
    cap = _CAP.search(run, p)
    if cap and _CAP_DIGIT.search(run, cap.end()):
        return run[p:end]
    digit = _DIGIT.search(run, p)
    return run[p:end] if digit and _LETTER.search(run, digit.end()) else ""


def bigrams(words: list[str]) -> set[tuple[str, str]]:
    return set(itertools.pairwise(words))


@dataclass
class Query:
    """What the features need to know of the claim, worked out once per claim."""

    index: SourceIndex
    words: dict[str, float]  # the claim's terms with their weights (expansions included)
    idf: dict[str, float]
    bm25: dict[int, float]
    first: dict[int, float]  # first-stage scores
    order: dict[int, int]  # first-stage rank
    figures: dict[int, int]  # claim figures each sentence states
    names: set[str]
    pairs: set[tuple[str, str]]
    best_bm25: float = 1.0
    best_first: float = 1.0
    terms: list[str] = field(default_factory=list)  # the claim's indexed words, in order
    weight: dict[str, float] = field(default_factory=dict)  # word -> its weight times idf
    total: float = 1.0  # the claim's words' weight times idf, summed
    rarest: float = 1.0  # the highest idf of the claim's words
    _shared: dict[int, set[str]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.weight = {w: v * self.idf.get(w, 0.0) for w, v in self.words.items()}
        self.total = sum(self.weight.values()) or 1.0
        self.rarest = max(self.idf.values(), default=0.0) or 1.0

    def bag(self, i: int) -> set[str]:
        """Sentence ``i``'s indexed words."""
        return self.index.bags[i]

    def shared(self, i: int) -> set[str]:
        """The claim's words (expansions included) that sentence ``i`` has."""
        found = self._shared.get(i)
        if found is None:
            found = self._shared[i] = self.bag(i) & self.words.keys()
        return found


def f_bm25(q: Query, i: int) -> float:
    """The sentence's word score, as a share of the best sentence's."""
    return q.bm25.get(i, 0.0) / q.best_bm25


def f_first(q: Query, i: int) -> float:
    """The first stage's score (words, figures, lead, finding), as a share of the best."""
    return q.first.get(i, 0.0) / q.best_first


def f_first_rank(q: Query, i: int) -> float:
    """1 for the first stage's best sentence, 1/2 for its second ..."""
    return 1.0 / (1 + q.order[i])


def f_claim_covered(q: Query, i: int) -> float:
    """The share of the claim's words (weighed by rarity) that the sentence has."""
    return sum(q.weight[w] for w in q.shared(i)) / q.total


def f_sentence_covered(q: Query, i: int) -> float:
    """The share of the sentence's words that are the claim's: a sentence about the claim
    and little else."""
    bag = q.bag(i)
    return len(q.shared(i)) / len(bag) if bag else 0.0


def f_phrases(q: Query, i: int) -> float:
    """The share of the claim's word pairs ("proteasome-dependent degradation") that the
    sentence has in the same order."""
    if not q.pairs:
        return 0.0
    return len(q.pairs & q.index.pairs(i)) / len(q.pairs)


def f_names(q: Query, i: int) -> float:
    """The share of the claim's names (genes, acronyms, strains) that the sentence has."""
    if not q.names:
        return 0.0
    low = q.index.sentences[i].lower()  # a name the sentence has is in its text: most have none
    if not any(name in low for name in q.names):
        return 0.0
    return len(q.names & q.index.names(i)) / len(q.names)


def f_matched(q: Query, i: int) -> float:
    """How many of the claim's own words the sentence has, on a log scale."""
    return math.log1p(sum(q.words[w] >= 1.0 for w in q.shared(i)))


def f_rarest(q: Query, i: int) -> float:
    """The rarity of the rarest claim word the sentence has, as a share of the rarest
    claim word's: a shared rare name says more than many shared common words."""
    return max((q.idf[w] for w in q.shared(i)), default=0.0) / q.rarest


def f_figures(q: Query, i: int) -> float:
    """Whether the sentence states one of the claim's figures."""
    return float(q.figures.get(i, 0) > 0)


def f_length(q: Query, i: int) -> float:
    """The sentence's length in indexed words, on a log scale."""
    return math.log1p(q.index.lengths[i])


def f_caption(q: Query, i: int) -> float:
    """Whether the sentence is a figure or table caption, or a heading-like fragment."""
    sentence = q.index.sentences[i]
    return float(bool(_CAPTION.match(sentence)) or not sentence.rstrip().endswith((".", ")")))


def f_neighbours(q: Query, i: int) -> float:
    """The better word score of the sentences before and after, as a share of the best:
    evidence sits in a passage on the claim's topic."""
    return max(q.bm25.get(i - 1, 0.0), q.bm25.get(i + 1, 0.0)) / q.best_bm25


FEATURES: dict[str, Callable[[Query, int], float]] = {
    f.__name__[2:]: f
    for f in (
        f_bm25,
        f_first,
        f_first_rank,
        f_claim_covered,
        f_sentence_covered,
        f_phrases,
        f_names,
        f_matched,
        f_rarest,
        f_figures,
        f_length,
        f_caption,
        f_neighbours,
    )
}


def features(q: Query, i: int, wanted: tuple[str, ...] = tuple(FEATURES)) -> list[float]:
    return [FEATURES[name](q, i) for name in wanted]


def scores(q: Query, sentences: list[int], weights: dict[str, float]) -> dict[int, float]:
    """Each sentence's score: its features weighed and added, in the weights' order."""
    weighed = [(FEATURES[name], w) for name, w in weights.items() if w]
    return {i: sum(w * feature(q, i) for feature, w in weighed) for i in sentences}


def fused(ranked: dict[int, float], cosines: dict[int, float], mix: float) -> dict[int, float]:
    """The ranker's score plus ``mix`` times the meaning's cosine, each as a z-score among
    the candidates: the two are on unrelated scales, and only their order among the
    candidates matters."""
    z_rank, z_cos = _z(ranked), _z(cosines)
    return {i: z_rank[i] + mix * z_cos[i] for i in ranked}


def _z(values: dict[int, float]) -> dict[int, float]:
    mean = sum(values.values()) / len(values)
    spread = math.sqrt(sum((v - mean) ** 2 for v in values.values()) / len(values)) or 1.0
    return {i: (v - mean) / spread for i, v in values.items()}
