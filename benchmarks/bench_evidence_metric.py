"""A learned similarity over the static embedding: does it find the annotators' evidence
where the plain cosine does not?

The shipped system adds the claim's cosine with each candidate in the static embedding
(``blinarefs.evidence.static``) to the learnt ranker's score, as z-scores, at a fixed weight
(``retrieve.MEANING``). The cosine treats every one of the embedding's 128 directions alike;
which of them tell a citing sentence's evidence from another sentence on its topic is what a
learnt similarity could weigh. Here the shipped ranker's z-score is kept as it is and the
cosine's part is replaced by a bilinear score ``q' M s`` of the claim's vector ``q`` and the
sentence's ``s`` (both unit length, as shipped), ``M`` learnt by pairwise logistic regression
(every annotated candidate above every other of its citation, L2 penalty on ``M``), in three
sizes:

- ``scalar``: ``M = a I``, the cosine with a learnt weight (the shipped mix, learnt);
- ``diagonal``: a weight per direction (128 numbers);
- ``full``: every pair of directions (16,384 numbers, 64 KB as 32-bit floats).

Training pairs are those of ``bench_evidence_learned.py``: CL-SciSumm's 591 training
citances, and weak biomedical pairs made without annotation from Citation-Integrity's
training part and the JATS corpus's openly licensed development articles (a sentence whose
figures one or two other sentences state, its digits taken out; no held-out article, no
Citation-Integrity development or test text). Scored against the shipped system on the
development parts (Citation-Integrity's 238 support annotations and 36 development
citations), citation by citation (won / lost @3, sign test), and on CL-SciSumm's training
citances (there by 5-fold cross-validation over cited papers where the model trained on
them) wherever a variant gains on the development parts pooled. Nothing here reads a test
part. numpy and scipy (the ``train`` extra).

    python benchmarks/bench_evidence_metric.py [--jats N]
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from scipy.optimize import minimize

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "benchmarks"), str(ROOT / "scripts")]

from bench_evidence import SOURCES, load  # noqa: E402
from bench_evidence_learned import (  # noqa: E402
    SHIPPED,
    Ranked,
    _z,
    annotated_rows,
    compare,
    found,
    jats_rows,
    shipped_score,
    weak_rows,
)
from timing import print_table  # noqa: E402
from train_evidence_ranker import FOLDS  # noqa: E402

from blinarefs.evidence import static  # noqa: E402
from blinarefs.evidence.ranker_weights import WEIGHTS  # noqa: E402

PENALTIES = (0.0, 1e-5, 1e-4, 1e-3)
FORMS = ("scalar", "diagonal", "full")


@dataclass(frozen=True)
class Case:
    """A citation's candidates: the shipped ranker's z-score of each, the claim's and each
    candidate's vector in the static embedding, and which are the annotators'."""

    ref: str
    ranker: np.ndarray
    q: np.ndarray
    s: np.ndarray
    y: np.ndarray
    shipped: np.ndarray  # the shipped fused score, for the comparison


def cases(rows: list[Ranked]) -> list[Case]:
    model = static.model()
    weights = np.array([WEIGHTS.get(n, 0.0) for n in SHIPPED])
    out = []
    for r in rows:
        vectors = model.embed([list(r.claim)] + [list(w) for w in r.words]).astype(float)
        ranker = _z(r.x[:, : len(SHIPPED)] @ weights)
        out.append(Case(r.ref, ranker, vectors[0], vectors[1:], r.y, shipped_score(r)))
    return out


def expand(m: np.ndarray, form: str, d: int) -> np.ndarray:
    """The d x d matrix of the parameters ``m`` of ``form``."""
    if form == "scalar":
        return m[0] * np.eye(d)
    return np.diag(m) if form == "diagonal" else m.reshape(d, d)


def fit(data: list[Case], form: str, penalty: float) -> np.ndarray:
    """``M`` minimising the mean pairwise logistic loss of ranker + q' M s, plus
    ``penalty``/2 |params|^2."""
    useful = [c for c in data if 0 < c.y.sum() < len(c.y)]
    d = useful[0].q.shape[0]
    s = np.vstack([c.s for c in useful])
    q = np.vstack([np.repeat(c.q[None, :], len(c.y), axis=0) for c in useful])
    offset = np.concatenate([c.ranker for c in useful])
    pos, neg, start = [], [], 0
    for c in useful:
        idx = np.arange(start, start + len(c.y))
        p, n = idx[c.y], idx[~c.y]
        pos.append(np.repeat(p, len(n)))
        neg.append(np.tile(n, len(p)))
        start += len(c.y)
    pi, ni = np.concatenate(pos), np.concatenate(neg)

    def objective(m: np.ndarray) -> tuple[float, np.ndarray]:
        big = expand(m, form, d)
        score = offset + np.einsum("ij,ij->i", q @ big, s)
        diff = score[pi] - score[ni]
        slope = -1.0 / (1.0 + np.exp(np.clip(diff, -30.0, 30.0)))
        g = (np.bincount(pi, slope, len(score)) - np.bincount(ni, slope, len(score))) / len(pi)
        if form == "scalar":
            grad = np.array([g @ np.einsum("ij,ij->i", q, s)])
        elif form == "diagonal":
            grad = (q * s * g[:, None]).sum(axis=0)
        else:
            grad = ((q * g[:, None]).T @ s).ravel()
        value = float(np.logaddexp(0.0, -diff).mean())
        return value + penalty / 2 * m @ m, grad + penalty * m

    start_m = {"scalar": np.ones(1), "diagonal": np.ones(d), "full": np.eye(d).ravel()}[form]
    found_m = minimize(objective, start_m, jac=True, method="L-BFGS-B", options={"maxiter": 200})
    return expand(found_m.x, form, d)


def score(c: Case, big: np.ndarray) -> np.ndarray:
    return c.ranker + c.s @ (big.T @ c.q)


def cross_validated(data: list[Case], form: str, penalty: float, extra: list[Case]) -> list[bool]:
    papers = sorted({c.ref for c in data})
    hits: dict[int, bool] = {}
    for fold in range(FOLDS):
        held = set(papers[fold::FOLDS])
        big = fit([c for c in data if c.ref not in held] + extra, form, penalty)
        hits |= {k: found(c, score(c, big)) for k, c in enumerate(data) if c.ref in held}
    return [hits[k] for k in range(len(data))]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--jats", type=int, default=10000, help="JATS articles read at most")
    args = ap.parse_args()
    ci = SOURCES["citation-integrity"]
    cls = cases(annotated_rows(load(SOURCES["cl-scisumm"], "evidence-train")))
    weak = cases([row for _, row in weak_rows(load(ci, "train"))] + jats_rows(args.jats))
    dev = {
        "supports-dev": cases(annotated_rows(load(ci, "supports-dev"))),
        "CI dev": cases(annotated_rows(load(ci, "dev") + load(ci, "evidence-dev"))),
    }
    print(f"{len(cls)} CL-SciSumm training citances, {len(weak)} weak biomedical pairs")
    base = {p: [found(c, c.shipped) for c in cs] for p, cs in dev.items()}
    base_cls = [found(c, c.shipped) for c in cls]
    table: list[list[object]] = []
    sets = {"CL-SciSumm": (cls, []), "weak": (weak, None), "CL-SciSumm + weak": (cls, weak)}
    for name, (train, extra) in sets.items():
        for form in FORMS:
            for penalty in PENALTIES:
                big = fit(train + (extra or []), form, penalty)
                label = f"{name}; {form}; penalty {penalty:g}"
                pooled: list[bool] = []
                for part, cs in dev.items():
                    mine = [found(c, score(c, big)) for c in cs]
                    pooled += mine
                    compare(label, part, mine, base[part], table)
                compare(label, "pooled dev", pooled, [b for p in dev for b in base[p]], table)
                print(label, table[-1][3], flush=True)
                if np.mean(pooled) <= np.mean([b for p in dev for b in base[p]]):
                    continue  # CL-SciSumm decides only a gain on the development parts
                if extra is None:
                    mine = [found(c, score(c, big)) for c in cls]
                else:
                    mine = cross_validated(cls, form, penalty, extra)
                compare(label, "CL-SciSumm (cv)", mine, base_cls, table)
    print_table(["variant", "part", "shipped @3", "variant @3", "won", "lost", "p"], table)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
