"""The evidence shown: the query-side ideas of issue 15, each measured against the shipped
ranking by ablation on the development parts.

Each variant changes one thing of how the three sentences shown for a claim are chosen (the
shipped way: the first stage's 30 best, reordered by the learnt ranker fused with the static
embedding's cosine, ``SourceIndex.rank``); for each, evidence@1/@3 and, citation by citation,
how many @3 it wins and loses against the shipped ranking, with a two-sided sign test:

- the cosine's weight (``retrieve.MEANING``) and how it is put on the ranker's scale: z-scores
  among the candidates (shipped), the cosine's spread fixed across claims, a weight that grows
  as the best candidate covers less of the claim;
- windows: a candidate's vector with its two neighbours' (half weight) added;
- a claim's specifics as strong features: a stated claim figure, a shared name (SAMHD1, URT),
  added after the fusion; the words of the claim's names weighed double in the query;
- the citing sentence's reporting words ("demonstrated", "previously", "evidence") weighed
  0 or 0.3 in the query;
- the lead (abstract) share of the first stage, 0 and 0.6 instead of 0.3; the cosine with
  the cited work's title (where its text opens with one) added to the fused score;
- the claim split at ";", "and", "while", "whereas", "but" into parts of three words or
  more, each part ranked too: a sentence's best of (half the whole claim's score, half a
  part's), or the whole claim's best two and each part's best after;
- more candidates: the 10 sentences with the best cosine among those sharing a word, beyond
  the first stage's 30; the claim's vector weighed by each word's in-text rarity.

Development parts only: Citation-Integrity's 238 support annotations (``supports-dev``), its
36 development citations (``dev`` and ``evidence-dev``), CL-SciSumm's 591 training citances.

    python benchmarks/bench_evidence_query.py [--parts supports-dev,CI-dev,CL-SciSumm]
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

sys.path[:0] = [str(Path(__file__).resolve().parent)]

from bench_evidence import SOURCES, load  # noqa: E402
from bench_evidence_static import sign_test  # noqa: E402
from evidence_match import annotated, hit  # noqa: E402
from timing import print_table  # noqa: E402

from blinarefs.evidence import rerank, retrieve, static  # noqa: E402
from blinarefs.evidence.ranker_weights import WEIGHTS  # noqa: E402
from blinarefs.evidence.retrieve import SourceIndex, finding_cue  # noqa: E402
from blinarefs.evidence.text import split_source, terms  # noqa: E402
from blinarefs.evidence.verdict import claim_figures  # noqa: E402

Show = Callable[[SourceIndex, str], list[int]]
# how citing authors report what others found; the whole list as indexed words
REPORTING = frozenset(
    terms(
        "demonstrated demonstrate demonstrates demonstrating previous previously recent recently"
        " described describe describes indicated indicate indicates indicating revealed reveal"
        " reveals known evidence investigated investigators researchers authors literature"
        " confirmed established documented noted however moreover furthermore although"
        " consistent according several many numerous various prior earlier others shows"
        " showing suggests suggesting reports reporting findings"
    )
)
_PARTS = re.compile(r";|,? (?:and|while|whereas|but) ", re.IGNORECASE)


@dataclass(frozen=True)
class Variant:
    name: str
    show: Show
    build: Callable[[str], SourceIndex] = SourceIndex.build


def top3(scores: dict[int, float]) -> list[int]:
    return sorted(scores, key=lambda i: (-scores[i], i))[:3]


def ranker(index: SourceIndex, claim: str) -> tuple[rerank.Query, dict[int, float]]:
    """The first stage's query and the learnt ranker's scores of its candidates."""
    q = index.first_stage(claim, claim_figures(claim))
    return q, rerank.scores(q, list(q.order)[: rerank.CANDIDATES], WEIGHTS)


def shipped(index: SourceIndex, claim: str) -> list[int]:
    return [s.index for s in index.rank(claim, claim_figures(claim))]


def fused(
    mix: float = retrieve.MEANING,
    vector: Callable[[SourceIndex, rerank.Query], np.ndarray] | None = None,
    after: Callable[[rerank.Query, int], float] | None = None,
) -> Show:
    """The ranker fused with a cosine (the claim's vector by ``vector``, by default as
    shipped), plus ``after`` added to each candidate's fused score."""

    def show(index: SourceIndex, claim: str) -> list[int]:
        q, model = ranker(index, claim)
        if len(model) > 1:
            if vector is None:
                cos = index.cosines(q.terms, list(model))
            else:
                every, mine = every_vector(index), vector(index, q)
                cos = {i: float(every[i] @ mine) for i in model}
            model = rerank.fused(model, cos, mix)
        if after is not None:
            model = {i: v + after(q, i) for i, v in model.items()}
        return top3(model)

    return show


def every_vector(index: SourceIndex) -> np.ndarray:
    """Every sentence's vector in the static embedding, once per index."""
    found = getattr(index, "_every", None)
    if found is None:
        found = static.model().embed(index.words)
        index._every = found  # type: ignore[attr-defined]
    return found


def claim_vector(index: SourceIndex, q: rerank.Query) -> np.ndarray:
    return static.model().embed([q.terms])[0]


def rarity_vector(index: SourceIndex, q: rerank.Query) -> np.ndarray:
    """The claim's vector, each word's weighed by its rarity in the cited text."""
    model = static.model()
    out = np.zeros(model.vectors.shape[1], dtype=np.float32)
    for w in dict.fromkeys(q.terms):
        row = model.rows.get(w)
        if row is not None:
            out += model.vectors[row] * model.scales[row] * q.idf.get(w, 0.0)
    norm = float(np.linalg.norm(out))
    return out / norm if norm else claim_vector(index, q)


def fixed_spread(spread: float) -> Show:
    """The cosine's deviation from its mean among the candidates over a spread fixed for
    every claim, instead of over its own spread (z-score)."""

    def show(index: SourceIndex, claim: str) -> list[int]:
        q, model = ranker(index, claim)
        if len(model) > 1:
            cos = index.cosines(q.terms, list(model))
            z, mean = rerank._z(model), sum(cos.values()) / len(cos)
            model = {i: z[i] + retrieve.MEANING * (cos[i] - mean) / spread for i in model}
        return top3(model)

    return show


def adaptive(low: float, high: float) -> Show:
    """The cosine weighed ``low`` plus ``high`` times the share of the claim the best
    candidate lacks: meaning counts more where the words do not find the claim."""

    def show(index: SourceIndex, claim: str) -> list[int]:
        q, model = ranker(index, claim)
        if len(model) > 1:
            lack = 1 - max(rerank.f_claim_covered(q, i) for i in model)
            model = rerank.fused(model, index.cosines(q.terms, list(model)), low + high * lack)
        return top3(model)

    return show


def windows(share: float) -> Show:
    """A candidate's vector with ``share`` of each neighbour's added before the cosine."""

    def show(index: SourceIndex, claim: str) -> list[int]:
        q, model = ranker(index, claim)
        if len(model) > 1:
            every, mine, n = every_vector(index), claim_vector(index, q), len(index.sentences)
            cos = {}
            for i in model:
                v = every[i] + share * sum(every[j] for j in (i - 1, i + 1) if 0 <= j < n)
                cos[i] = float(v @ mine) / (float(np.linalg.norm(v)) or 1.0)
            model = rerank.fused(model, cos, retrieve.MEANING)
        return top3(model)

    return show


def pooled(extra: int) -> Show:
    """The first stage's 30 and the ``extra`` sentences (sharing a word with the claim) of
    best cosine beyond them, all reordered."""

    def show(index: SourceIndex, claim: str) -> list[int]:
        q = index.first_stage(claim, claim_figures(claim))
        first = list(q.order)[: rerank.CANDIDATES]
        cos = every_vector(index) @ claim_vector(index, q)
        more = sorted(set(q.order) - set(first), key=lambda i: -cos[i])[:extra]
        model = rerank.scores(q, first + more, WEIGHTS)
        if len(model) > 1:
            model = rerank.fused(model, {i: float(cos[i]) for i in model}, retrieve.MEANING)
        return top3(model)

    return show


class Reweighed(SourceIndex):
    """The shipped index with the claim's words reweighed: ``reweigh`` maps a claim to each
    word's factor (set by the variant that builds it)."""

    reweigh: Callable[[str], dict[str, float]] = staticmethod(lambda claim: {})

    def query(self, claim: str) -> dict[str, float]:
        words = super().query(claim)
        for w, factor in self.reweigh(claim).items():
            if w in words:
                words[w] *= factor
        return words


def reweighed(reweigh: Callable[[str], dict[str, float]]) -> Callable[[str], SourceIndex]:
    kind = type("R", (Reweighed,), {"reweigh": staticmethod(reweigh)})
    return kind.build


def reporting(weight: float) -> Callable[[str], dict[str, float]]:
    return lambda claim: dict.fromkeys(REPORTING, weight)


def name_words(weight: float) -> Callable[[str], dict[str, float]]:
    return lambda claim: {w: weight for n in rerank.names(claim) for w in terms(n)}


def with_lead(share: float) -> Callable[[str], SourceIndex]:
    """The shipped index with the lead's share of the first stage set to ``share``."""

    def build(text: str) -> SourceIndex:
        index = SourceIndex.build(text)
        split = split_source(text)
        informative = not all(a for _, a in split)
        index.prior = [
            share * (a and informative) + retrieve.FINDING_SHARE * finding_cue(s) for s, a in split
        ]
        return index

    return build


def parts(claim: str) -> list[str]:
    found = [p for p in _PARTS.split(claim) if len(terms(p)) >= 3]
    return found if len(found) > 1 else []


def split(best_of: bool) -> Show:
    """Each part of the claim ranked too: ``best_of``, a sentence's best of its whole-claim
    score and half that plus half a part's (both fused as shipped); otherwise the whole
    claim's best two, then each part's best not shown yet."""
    whole = fused()

    def scored(index: SourceIndex, claim: str) -> dict[int, float]:
        q, model = ranker(index, claim)
        if len(model) > 1:
            model = rerank.fused(model, index.cosines(q.terms, list(model)), retrieve.MEANING)
        return model

    def show(index: SourceIndex, claim: str) -> list[int]:
        pieces = parts(claim)
        if not pieces:
            return whole(index, claim)
        full = scored(index, claim)
        if best_of:
            out = dict(full)
            for piece in pieces:
                for i, v in scored(index, piece).items():
                    out[i] = max(out.get(i, -9.0), full.get(i, -3.0) / 2 + v / 2)
            return top3(out)
        shown = sorted(full, key=lambda i: (-full[i], i))[:2]
        for piece in pieces:
            s = scored(index, piece)
            shown += [i for i in sorted(s, key=lambda i: (-s[i], i)) if i not in shown][:1]
        rest = [i for i in sorted(full, key=lambda i: (-full[i], i)) if i not in shown]
        return (shown + rest)[:3]

    return show


def title_of(text: str) -> str:
    """The cited work's title where its text opens with one: a first line of under 30 words,
    no sentence (no full stop at its end) and no "Abstract" or "Summary" heading; the support
    annotations' texts have none."""
    first = text.lstrip().split("\n", 1)[0].lstrip("# ").strip()
    heading = re.match(r"(?:abstract|summary)\b", first, re.IGNORECASE)
    return "" if heading or first.endswith(".") or len(first.split()) >= 30 else first


def with_title(text: str) -> SourceIndex:
    index = SourceIndex.build(text)
    index._title = title_of(text)  # type: ignore[attr-defined]
    return index


def titled(share: float) -> Show:
    """``share`` of a candidate's cosine with the work's title (as a z-score among the
    candidates) added to the fused score: the sentences that say what the paper is about."""

    def show(index: SourceIndex, claim: str) -> list[int]:
        q, model = ranker(index, claim)
        if len(model) > 1:
            model = rerank.fused(model, index.cosines(q.terms, list(model)), retrieve.MEANING)
            title = getattr(index, "_title", "")
            if title:
                every, mine = every_vector(index), static.model().embed([terms(title)])[0]
                z = rerank._z({i: float(every[i] @ mine) for i in model})
                model = {i: v + share * z[i] for i, v in model.items()}
        return top3(model)

    return show


def stated(q: rerank.Query, i: int) -> float:
    return float(min(q.figures.get(i, 0), 2))


VARIANTS = [
    Variant("meaning 0 (ranker alone)", fused(0.0)),
    Variant("meaning 0.35", fused(0.35)),
    Variant("meaning 0.5", fused(0.5)),
    Variant("cosine's spread fixed at 0.1", fixed_spread(0.1)),
    Variant("meaning 0.1 + 0.6 x claim share uncovered", adaptive(0.1, 0.6)),
    Variant("meaning 0.2 + 0.4 x claim share uncovered", adaptive(0.2, 0.4)),
    Variant("windows: neighbours' vectors at 0.5", windows(0.5)),
    Variant("claim figures stated: +1 z each (2 at most)", fused(after=stated)),
    Variant("claim names shared: +1 z x share", fused(after=rerank.f_names)),
    Variant("claim name words weighed 2", shipped, reweighed(name_words(2.0))),
    Variant("reporting words weighed 0", shipped, reweighed(reporting(0.0))),
    Variant("reporting words weighed 0.3", shipped, reweighed(reporting(0.3))),
    Variant("lead share 0", shipped, with_lead(0.0)),
    Variant("lead share 0.6", shipped, with_lead(0.6)),
    Variant("title's cosine, 0.3 x its z-score", titled(0.3), with_title),
    Variant("title's cosine, 0.6 x its z-score", titled(0.6), with_title),
    Variant("claim split: best of whole and parts", split(best_of=True)),
    Variant("claim split: whole's two, then each part's best", split(best_of=False)),
    Variant("10 more candidates by cosine", pooled(10)),
    Variant("claim vector weighed by in-text rarity", fused(vector=rarity_vector)),
]


def hits(items: list[dict], variant: Variant) -> list[tuple[bool, bool]]:
    """Per citation with annotated evidence: the annotators' sentence first, among three."""
    out = []
    for item, index in annotated(items, variant.build):
        said = [index.sentences[i] for i in variant.show(index, item["claim"])]
        out.append((hit(said[:1], item["evidence"]), hit(said, item["evidence"])))
    return out


def compared_row(part: str, name: str, got: list, base: list) -> list:
    """A variant's row beside the shipped ranker's hits (@1, @3 per citation): its shares,
    the citations it wins and loses at @3, and the sign test's p."""
    n = len(base)
    won = sum(g and not b for (_, g), (_, b) in zip(got, base, strict=True))
    lost = sum(b and not g for (_, g), (_, b) in zip(got, base, strict=True))
    return [part, name, f"{sum(a for a, _ in got) / n:.1%}", f"{sum(b for _, b in got) / n:.1%}",
            won, lost, f"{sign_test(won, lost):.2f}"]  # fmt: skip


def _ci(part: str) -> list[dict]:
    return load(SOURCES["citation-integrity"], part)


# the development parts every evidence variant is compared on (never a test part)
DEV_PARTS: dict[str, Callable[[], list[dict]]] = {
    "supports-dev": lambda: _ci("supports-dev"),
    "CI-dev": lambda: _ci("dev") + _ci("evidence-dev"),
    "CL-SciSumm": lambda: load(SOURCES["cl-scisumm"], "evidence-train"),
}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--parts", default="supports-dev,CI-dev,CL-SciSumm")
    args = ap.parse_args()
    every = DEV_PARTS
    table = []
    for part in args.parts.split(","):
        items = every[part]()
        base = hits(items, Variant("shipped", shipped))
        n = len(base)
        table.append([f"{part} ({n})", "shipped", f"{sum(a for a, _ in base) / n:.1%}",
                      f"{sum(b for _, b in base) / n:.1%}", "", "", ""])  # fmt: skip
        for variant in VARIANTS:
            table.append(compared_row(f"{part} ({n})", variant.name, hits(items, variant), base))
            print(" | ".join(map(str, table[-1])), file=sys.stderr, flush=True)
    print_table(["part", "variant", "@1", "@3", "won", "lost", "sign test p"], table)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
