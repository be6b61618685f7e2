"""The evidence shown: a term-association table learnt from training pairs (issue 15), its
score fused with the shipped ranking, measured on the development parts.

A claim often says its evidence sentence in other words ("reduced" for "decreased", a
disease for its symptoms). The table gives, for a word of a claim, the words its evidence
sentence has more often than the sentences around it that are not its evidence: counted over
training pairs, each word pair (claim word c, evidence word e, e not in the claim) scored
log((pairs with c in the claim and e in the evidence + 1) / (the same over the negatives,
averaged per pair + 1)), kept where seen in at least ``--min-pairs`` pairs and scored 0.7 or
more, the 10 best for each c. A candidate's association is, over the claim's words it lacks,
the best score of one of its own words, weighed by the claim word's in-text rarity (the
rarest's for a word the text lacks); added to the shipped fused score as a z-score among the
candidates, times 0.1, 0.25 or 0.5.

Training pairs, with no development or test text (those of ``bench_evidence_learned.py``):
restatements in Citation-Integrity's *training* works and in the JATS corpus's openly
licensed *development* articles (a sentence, its digits taken out, and the one or two other
sentences stating its figures: an abstract's result and the body's), and CL-SciSumm's
training citances with their annotated sentences. Negatives: five random other sentences of
the work, or the first stage's five best that are not the evidence (hard negatives: the
same topic, so what is left is how the evidence says it).

    python benchmarks/bench_evidence_assoc.py [--parts supports-dev,CI-dev,CL-SciSumm]
        [--jats 10000] [--min-pairs 3]

On CL-SciSumm's citances the "+ CL" tables are cross-validated: each citance is scored with
a table learnt without the citances of its paper's fold (5 folds over papers); the
biomedical tables never saw CL-SciSumm.
"""

from __future__ import annotations

import argparse
import math
import random
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

sys.path[:0] = [str(Path(__file__).resolve().parent)]

from bench_evidence import SOURCES, load  # noqa: E402
from bench_evidence_learned import restatements, without_digits  # noqa: E402
from bench_evidence_query import ranker, top3  # noqa: E402
from bench_evidence_static import sign_test  # noqa: E402
from corpora.obtain import articles, corpus_dir  # noqa: E402
from evidence_match import annotated, hit  # noqa: E402
from timing import print_table  # noqa: E402

from blinarefs.evidence import rerank, retrieve  # noqa: E402
from blinarefs.evidence.retrieve import SourceIndex  # noqa: E402
from blinarefs.evidence.text import terms  # noqa: E402

Table = dict[str, dict[str, float]]
NEGATIVES = 5
FOLDS = 5  # CL-SciSumm's papers, for its own citances' tables
MIXES = (0.1, 0.25, 0.5)


@dataclass(frozen=True)
class Pair:
    source: str  # "restated" or "citance"
    ref: str  # the work
    claim: frozenset[str]
    evidence: frozenset[str]  # the evidence sentences' words, together
    negatives: tuple[frozenset[str], ...]


def negatives(index: SourceIndex, query: str, out: set[int], hard: bool, rng: random.Random):
    """:data:`NEGATIVES` sentences of the work, none in ``out``: the first stage's best for
    ``query`` (``hard``) or random ones."""
    if hard:
        return [i for i in index.first_stage(query, []).order if i not in out][:NEGATIVES]
    rest = sorted(set(range(len(index.sentences))) - out)
    return rng.sample(rest, min(NEGATIVES, len(rest)))


def restated(ref: str, text: str, hard: bool, rng: random.Random) -> Iterator[Pair]:
    """Each sentence of ``text`` whose figures one or two other sentences state (an abstract
    sentence's among the body's, a body sentence's more than two sentences away), its digits
    taken out, with those sentences as its evidence."""
    index = SourceIndex.build(text)
    for i, near, gold in restatements(index, text):
        query = without_digits(index.sentences[i])
        others = negatives(index, query, near | gold | {i}, hard, rng)
        yield pair("restated", ref, index, query, gold, others)


def citances(items: list[dict], hard: bool, rng: random.Random) -> Iterator[Pair]:
    for item, index in annotated(items, SourceIndex.build):
        gold = {i for i, s in enumerate(index.sentences) if hit([s], item["evidence"])}
        if gold:
            others = negatives(index, item["claim"], gold, hard, rng)
            yield pair("citance", item["ref"], index, item["claim"], gold, others)


def pair(
    source: str, ref: str, index: SourceIndex, query: str, gold: set[int], others: list[int]
) -> Pair:
    return Pair(
        source,
        ref,
        frozenset(terms(query)),
        frozenset(w for i in gold for w in index.bags[i]),
        tuple(frozenset(index.bags[i]) for i in others),
    )


def learn(pairs: list[Pair], min_pairs: int = 3, least: float = 0.7, keep: int = 10) -> Table:
    """The association table (module docstring): claim word -> {evidence word: score}."""
    found: Counter[tuple[str, str]] = Counter()
    chance: Counter[tuple[str, str]] = Counter()
    for p in pairs:
        for c in p.claim:
            for e in p.evidence - p.claim:
                found[c, e] += 1
            for other in p.negatives:
                for e in other - p.claim:
                    chance[c, e] += 1 / len(p.negatives)
    table: dict[str, list[tuple[float, str]]] = {}
    for (c, e), n in found.items():
        score = math.log((n + 1) / (chance[c, e] + 1))
        if n >= min_pairs and score >= least and not (c.isdigit() or e.isdigit()):
            table.setdefault(c, []).append((score, e))
    return {c: {e: s for s, e in sorted(got, reverse=True)[:keep]} for c, got in table.items()}


def association(table: Table, q: rerank.Query, bag: set[str]) -> float:
    """Over the claim's words the sentence lacks, the best score of one of its words for
    that claim word, weighed by the claim word's in-text rarity (a word the text never
    uses, which is where other words say it, weighs as the rarest)."""
    n = len(q.index.sentences)
    rarest = math.log(1 + (n + 0.5) / 0.5)
    total = 0.0
    for c in set(q.terms) - bag:
        related = table.get(c, {})
        best = max((s for e, s in related.items() if e in bag), default=0.0)
        total += best * (q.idf.get(c) or rarest)
    return total


def shown(
    index: SourceIndex, claim: str, tables: dict[str, Table]
) -> dict[tuple[str, float], list[int]]:
    """The three shown as shipped (key ("shipped", 0)) and with each table's association
    fused at each of :data:`MIXES`."""
    q, model = ranker(index, claim)
    if len(model) > 1:
        model = rerank.fused(model, index.cosines(q.terms, list(model)), retrieve.MEANING)
    out = {("shipped", 0.0): top3(model)}
    for name, table in tables.items():
        z = rerank._z({i: association(table, q, index.bags[i]) for i in model}) if model else {}
        for mix in MIXES:
            out[name, mix] = top3({i: v + mix * z[i] for i, v in model.items()})
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--parts", default="supports-dev,CI-dev,CL-SciSumm")
    ap.add_argument("--jats", type=int, default=10000, help="JATS articles read at most")
    ap.add_argument("--min-pairs", type=int, default=3)
    args = ap.parse_args()
    from build_evidence_related import OPEN

    from blinarefs.enrich.europepmc import full_text_from_jats

    ci = SOURCES["citation-integrity"]
    works = {i["ref"]: i["source"] for i in load(ci, "train") if i["source"]}
    jats = [a for a in articles(split="dev", root=corpus_dir()) if a.licence in OPEN]
    texts = list(works.items()) + [
        (str(a.file), full_text_from_jats(a.path.read_text(encoding="utf-8")))
        for a in jats[: args.jats]
    ]
    cl_train = load(SOURCES["cl-scisumm"], "evidence-train")
    # CL-SciSumm's citances score with "+ CL" tables learnt without their paper's fold
    papers = sorted({i["ref"] for i in cl_train})
    fold = {ref: k % FOLDS for k, ref in enumerate(papers)}
    tables: dict[str, Table] = {}
    by_fold: list[dict[str, Table]] = [{} for _ in range(FOLDS)]
    for hard in (False, True):
        rng = random.Random(1)
        bio = [p for ref, text in texts for p in restated(ref, text, hard, rng)]
        cl = list(citances(cl_train, hard, rng))
        kind = "hard" if hard else "random"
        print(f"{kind} negatives: {len(bio)} restatements, {len(cl)} citances", file=sys.stderr)
        tables[f"restatements, {kind} negatives"] = learn(bio, args.min_pairs)
        tables[f"restatements + CL, {kind} negatives"] = learn(bio + cl, args.min_pairs)
        for k in range(FOLDS):
            by_fold[k][f"restatements, {kind} negatives"] = tables[
                f"restatements, {kind} negatives"
            ]
            rest = [p for p in cl if fold[p.ref] != k]
            by_fold[k][f"restatements + CL, {kind} negatives"] = learn(bio + rest, args.min_pairs)
    every = {
        "supports-dev": lambda: load(ci, "supports-dev"),
        "CI-dev": lambda: load(ci, "dev") + load(ci, "evidence-dev"),
        "CL-SciSumm": lambda: cl_train,
    }
    table = []
    for part in args.parts.split(","):
        got: dict[tuple[str, float], list[bool]] = {}
        for item, index in annotated(every[part](), SourceIndex.build):
            mine = by_fold[fold[item["ref"]]] if part == "CL-SciSumm" else tables
            for key, top in shown(index, item["claim"], mine).items():
                said = [index.sentences[i] for i in top]
                got.setdefault(key, []).append(hit(said, item["evidence"]))
        base = got[("shipped", 0.0)]
        for (name, mix), hits in got.items():
            won = sum(g and not b for g, b in zip(hits, base, strict=True))
            lost = sum(b and not g for g, b in zip(hits, base, strict=True))
            label = name if not mix else f"{name}, {mix}"
            table.append([f"{part} ({len(base)})", label, f"{sum(hits) / len(hits):.1%}",
                          won, lost, f"{sign_test(won, lost):.2f}"])  # fmt: skip
    print_table(["part", "table, mix", "@3", "won", "lost", "sign test p"], table)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
