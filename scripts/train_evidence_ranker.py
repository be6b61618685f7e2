"""Train the evidence ranker: python scripts/train_evidence_ranker.py [--train DIR] [--dev DIR].

Recipe (docs/evidence.md, "Evidence retrieval"):
1. Training citances: CL-SciSumm's 591 manually annotated training citances (built by
   ``benchmarks/corpora/cl_scisumm.py`` into ``$BLINAREFS_CORPORA/evidence/cl-scisumm``;
   Citation-Integrity's training part has no evidence sentences).
2. For each citance, the first stage's best ``rerank.CANDIDATES`` sentences of the cited
   paper, each with the features of :mod:`blinarefs.evidence.rerank`, labelled 1 where it is
   an annotator's sentence (the benchmark's own matcher, ``bench_evidence.hit``).
3. Pairwise logistic regression (every annotated sentence against every other candidate of
   the same citance, features standardised, L2 penalty), plain gradient descent: no
   dependency beyond Python.
4. The penalty, or no ranker at all (the first stage alone), is chosen on all the
   development citations pooled: Citation-Integrity's development part (its 18 claims with
   evidence and the 18 citations of its annotation files: biomedicine, the field that
   matters, but few) scored by the model trained on every training citance, and the
   training citances themselves scored by 5-fold cross-validation over cited papers (each
   paper's citances scored by a model that never saw them). Evidence@3 first, then @1;
   never on any test part.
5. The weights, divided by each feature's spread, are written to
   ``src/blinarefs/evidence/ranker_weights.py``.

Only features of how the claim's and the sentence's text relate are learnt. Where in a
paper citing authors find what they cite is a habit of their field (CL-SciSumm's cite
methods from the body, Citation-Integrity's findings from the abstract): those priors stay
the first stage's, tuned on the biomedical development part, and reach the ranker only
through the first stage's score.
"""

from __future__ import annotations

import argparse
import math
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "benchmarks")]

from bench_evidence import hit, load  # noqa: E402
from corpora.obtain import corpus_dir  # noqa: E402

from blinarefs.evidence import rerank  # noqa: E402
from blinarefs.evidence.retrieve import SourceIndex  # noqa: E402
from blinarefs.evidence.verdict import claim_figures  # noqa: E402

OUT = ROOT / "src" / "blinarefs" / "evidence" / "ranker_weights.py"
PENALTIES = (0.001, 0.01, 0.1)

Rows = list[tuple[list[list[float]], list[int]]]  # per citance: candidates' features, labels
FOLDS = 5


def rows(items: list[dict]) -> Rows:
    indexes: dict[str, SourceIndex] = {}
    out = []
    for item in items:
        if not item["evidence"]:
            continue
        index = indexes.get(item["ref"]) or indexes.setdefault(
            item["ref"], SourceIndex.build(item["source"])
        )
        q = index.first_stage(item["claim"], claim_figures(item["claim"]))
        candidates = sorted(q.order, key=q.order.__getitem__)[: rerank.CANDIDATES]
        out.append(
            (
                [rerank.features(q, i) for i in candidates],
                [int(hit([index.sentences[i]], item["evidence"])) for i in candidates],
            )
        )
    return out


def spread(data: Rows) -> tuple[list[float], list[float]]:
    flat = [x for feats, _ in data for x in feats]
    n, k = len(flat), len(flat[0])
    mean = [sum(x[j] for x in flat) / n for j in range(k)]
    std = [math.sqrt(sum((x[j] - mean[j]) ** 2 for x in flat) / n) or 1.0 for j in range(k)]
    return mean, std


def fit(data: Rows, std: list[float], penalty: float, epochs: int = 150) -> list[float]:
    """Pairwise logistic regression: P(annotated above other) = sigmoid(w . (x_a - x_o))."""
    pairs = [
        [(a - o) / s for a, o, s in zip(feats[p], feats[n], std, strict=True)]
        for feats, labels in data
        for p in range(len(labels))
        if labels[p]
        for n in range(len(labels))
        if not labels[n]
    ]
    k = len(std)
    w = [0.0] * k
    rate = 0.5
    for _ in range(epochs):
        grad = [penalty * x for x in w]
        for d in pairs:
            z = sum(a * b for a, b in zip(w, d, strict=True))
            g = -1.0 / (1.0 + math.exp(min(z, 30.0))) / len(pairs)  # d(-log sigmoid(z))/dz
            for j in range(k):
                grad[j] += g * d[j]
        w = [a - rate * b for a, b in zip(w, grad, strict=True)]
    return [a / s for a, s in zip(w, std, strict=True)]


def at(data: Rows, weights: list[float] | None, k: int) -> float:
    """Share of citances with an annotated sentence among the ``k`` best (every citance,
    those whose evidence the first stage missed too)."""
    found = 0
    for feats, labels in data:
        order = list(range(len(labels)))
        if weights is not None:
            scored = [sum(a * b for a, b in zip(weights, x, strict=True)) for x in feats]
            order.sort(key=lambda i: (-scored[i], i))
        found += any(labels[i] for i in order[:k])
    return found / len(data) if data else 0.0


def write(weights: list[float], out: Path, note: str) -> None:
    """The weights as a Python module (empty: the first stage alone)."""
    body = "".join(
        f'    "{name}": {w:.6g},\n' for name, w in zip(rerank.FEATURES, weights, strict=False)
    )
    out.write_text(
        '"""The evidence ranker\'s weights (:mod:`blinarefs.evidence.rerank`), written by\n'
        f'``scripts/train_evidence_ranker.py``:\n{note}."""\n\n'
        f"WEIGHTS: dict[str, float] = {{{chr(10) + body if body else ''}}}\n",
        encoding="utf-8",
    )


def cross_validated(items: list[dict], data: Rows, penalty: float, k: int) -> tuple[int, int]:
    """(hits@1, hits@3) of the training citances, each scored by a model trained on the
    citances of the other cited papers."""
    papers = sorted({i["ref"] for i in items if i["evidence"]})
    refs = [i["ref"] for i in items if i["evidence"]]
    hits = [0, 0]
    for fold in range(FOLDS):
        held = set(papers[fold::FOLDS])
        fit_on = [d for d, r in zip(data, refs, strict=True) if r not in held]
        out = [d for d, r in zip(data, refs, strict=True) if r in held]
        w = fit(fit_on, spread(fit_on)[1], penalty)
        hits[0] += round(at(out, w, 1) * len(out))
        hits[1] += round(at(out, w, k) * len(out))
    return hits[0], hits[1]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    base = corpus_dir() / "evidence"
    ap.add_argument("--train", type=Path, default=base / "cl-scisumm")
    ap.add_argument(
        "--dev",
        type=Path,
        default=Path(os.environ.get("BLINAREFS_EVIDENCE_CORPUS") or base / "citation-integrity"),
    )
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    items = load(args.train, "evidence-train")
    train = rows(items)
    dev = rows(load(args.dev, "dev")) + rows(load(args.dev, "evidence-dev"))
    n = len(train) + len(dev)
    print(f"{len(train)} training citances, {len(dev)} development citations")

    def pooled(cv: tuple[int, int], w: list[float] | None) -> tuple[float, float]:
        at3 = (cv[1] + at(dev, w, 3) * len(dev)) / n
        return at3, (cv[0] + at(dev, w, 1) * len(dev)) / n

    first = (round(at(train, None, 1) * len(train)), round(at(train, None, 3) * len(train)))
    best: tuple[tuple[float, float], str, list[float] | None] = (
        pooled(first, None),
        "the first stage alone",
        None,
    )
    print(
        f"first stage: training @1 {first[0] / len(train):.0%} @3 {first[1] / len(train):.0%}; "
        f"development @1 {at(dev, None, 1):.0%} @3 {at(dev, None, 3):.0%}; "
        f"pooled @3 {best[0][0]:.1%}"
    )
    for penalty in PENALTIES:
        cv = cross_validated(items, train, penalty, 3)
        w = fit(train, spread(train)[1], penalty)
        score = pooled(cv, w)
        print(
            f"penalty {penalty:g}: training (cross-validated) @1 {cv[0] / len(train):.0%} "
            f"@3 {cv[1] / len(train):.0%}; development @1 {at(dev, w, 1):.0%} "
            f"@3 {at(dev, w, 3):.0%}; pooled @3 {score[0]:.1%}"
        )
        if score > best[0]:
            best = (score, f"penalty {penalty:g}", w)
    write(best[2] or [], args.out, f"{best[1]}, chosen on the development citations pooled")
    print(f"chose {best[1]}; wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
