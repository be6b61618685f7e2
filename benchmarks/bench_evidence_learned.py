"""A learned reranker trained on the corpora's training parts, with the static cosine and
the field's priors as features: does it lift evidence@3 on the development parts?

The shipped system reorders the first stage's best ``rerank.CANDIDATES`` sentences by a
pairwise logistic ranker trained on CL-SciSumm's training citances (shared-word features
only), then fuses its score with the static embedding's cosine at a fixed weight
(``retrieve.MEANING``). What this benchmark tries that the others did not:

- **one ranker that weighs everything together**: the shipped features plus the claim's
  cosine with the sentence in the static embedding (the shipped model file), its rank among
  the candidates, and candidate features each a small named function below: the share of
  the claim's numbers the sentence writes (any digits, not only the parsed figures), the
  lead (abstract), a "here we show" finding, the structured abstract's RESULTS or
  CONCLUSIONS part, the position in the text, the neighbours' cosine with the claim;
- **biomedical training pairs from Citation-Integrity's training part** (whose claims carry
  no evidence sentences), made without any annotation and without the development part:
  (a) a training claim whose figures ("93%", "HR 0.62") only one or two of its cited
  work's sentences state, that sentence being its evidence; (b) within each training work,
  an abstract sentence whose figures only one or two sentences of the body state, that body
  sentence being the abstract sentence's evidence (an author restating a result in other
  words, as a citing author does). In both the query's digits are taken out, so the pair
  teaches the words and meaning that find the sentence, not the figure itself (which the
  first stage already credits); the query sentence and, for (b), the abstract are left
  out of the candidates;
- trained on CL-SciSumm alone, on the weak pairs alone, and on both; each with the penalties
  of ``PENALTIES``; a configuration is compared with the shipped system on every
  development citation pooled, and citation by citation (won / lost @3, sign test).

Development parts only: Citation-Integrity's 238 support annotations (``supports-dev``) and 36
development citations (``dev``, ``evidence-dev``); CL-SciSumm's training citances are scored
by 5-fold cross-validation over cited papers where the model trains on them. Nothing here
reads a test part. Needs numpy and scipy (the ``train`` extra).

    python benchmarks/bench_evidence_learned.py
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "benchmarks"), str(ROOT / "scripts")]

from bench_evidence import SOURCES, load  # noqa: E402
from bench_evidence_semantic import f_finding, f_lead, f_position  # noqa: E402
from bench_evidence_static import sign_test  # noqa: E402
from corpora.obtain import articles, corpus_dir  # noqa: E402
from evidence_match import annotated, hit  # noqa: E402
from timing import print_table  # noqa: E402
from train_evidence_ranker import FOLDS, Citance, fit  # noqa: E402

from blinarefs.evidence import rerank, retrieve  # noqa: E402
from blinarefs.evidence.ranker_weights import WEIGHTS  # noqa: E402
from blinarefs.evidence.retrieve import SourceIndex  # noqa: E402
from blinarefs.evidence.text import split_source  # noqa: E402
from blinarefs.evidence.verdict import claim_figures  # noqa: E402

PENALTIES = (0.01, 0.1, 1.0, 10.0)
_NUMBER = re.compile(r"\d+(?:[.,·]\d+)?")
_RESULTS_PART = re.compile(r"^\s*(?:results?|findings|conclusions?|interpretation)\s*:", re.I)
Feature = Callable[[rerank.Query, int], float]


def numbers_shared(claim: str, sentence: str) -> float:
    """The share of the claim's numbers ("93", "0.62") the sentence writes, parsed as
    figures or not (the ``numbers`` column)."""
    wanted = set(_NUMBER.findall(claim))
    return len(wanted & set(_NUMBER.findall(sentence))) / len(wanted) if wanted else 0.0


def f_results_part(q: rerank.Query, i: int) -> float:
    """The sentence opens a structured abstract's RESULTS or CONCLUSIONS part, or follows
    one in the same paragraph (the index keeps the label on the first sentence only)."""
    for j in range(i, max(-1, i - 8), -1):
        sentence = q.index.sentences[j]
        if _RESULTS_PART.match(sentence):
            return 1.0
        if re.match(r"^\s*[A-Z][A-Z /&-]{2,40}:", sentence):
            return 0.0
    return 0.0


EXTRA: dict[str, Feature] = {
    "lead": f_lead,
    "finding": f_finding,
    "results_part": f_results_part,
    "position": f_position,
}
COLUMNS = [*rerank.FEATURES, "cosine", "cosine_rank", "neighbour_cosine", "numbers", *EXTRA]
SHIPPED = list(rerank.FEATURES)


@dataclass(frozen=True)
class Ranked(Citance):
    """A citation's candidates with the claim's and each candidate's indexed words: what
    ``bench_evidence_metric.py`` embeds."""

    claim: tuple[str, ...] = ()
    words: tuple[tuple[str, ...], ...] = ()


def candidate_rows(
    claim: str,
    index: SourceIndex,
    leave_out: set[int],
    positive: Callable[[int], bool],
    figures_on: bool = True,
) -> Ranked | None:
    """The first stage's best candidates for ``claim`` (``leave_out`` left out), a row of
    every column each, labelled by ``positive``; None where there is nothing to rank."""
    q = index.first_stage(claim, claim_figures(claim) if figures_on else [])
    ranked = [i for i in sorted(q.order, key=q.order.__getitem__) if i not in leave_out]
    candidates = ranked[: rerank.CANDIDATES]
    if len(candidates) < 2:
        return None
    if leave_out:  # the left-out sentences (the query's own) must not set the scale either
        for scores in (q.bm25, q.first):
            for i in leave_out:
                scores.pop(i, None)
        q.order = {i: k for k, i in enumerate(ranked)}
        q.best_bm25 = max(q.bm25.values(), default=0.0) or 1.0
        q.best_first = max(q.first.values(), default=0.0) or 1.0
    around = sorted(
        {j for i in candidates for j in (i - 1, i + 1) if 0 <= j < len(index.sentences)}
    )
    cos = index.cosines(q.terms, sorted(set(candidates) | set(around)))
    rank = {i: k for k, i in enumerate(sorted(candidates, key=lambda i: -cos[i]))}
    rows = []
    for i in candidates:
        near = max(cos.get(i - 1, 0.0), cos.get(i + 1, 0.0))
        numbers = numbers_shared(claim, index.sentences[i])
        extra = [f(q, i) for f in EXTRA.values()]
        rows.append([*rerank.features(q, i), cos[i], 1.0 / (1 + rank[i]), near, numbers, *extra])
    y = np.array([positive(i) for i in candidates])
    said = tuple(tuple(index.words[i]) for i in candidates)
    return Ranked("", np.array(rows, dtype=float), y, tuple(q.terms), said)


def annotated_rows(items: list[dict]) -> list[Ranked]:
    """Every citation with annotated evidence, its candidates labelled by the benchmark's match."""
    out = []
    for item, index in annotated(items, SourceIndex.build):
        row = candidate_rows(
            item["claim"], index, set(),
            lambda i, index=index, gold=item["evidence"]: hit([index.sentences[i]], gold),
        )  # fmt: skip
        if row is not None:
            out.append(replace(row, ref=item["ref"]))
    return out


def stated_by(index: SourceIndex, text: str, body: set[int]) -> set[int]:
    """The sentences of ``body`` stating the most of ``text``'s figures (at least half of them,
    two sentences at most): its evidence, found by the figures alone."""
    wanted = claim_figures(text)
    if not wanted:
        return set()
    counts: dict[int, int] = {}
    for f in wanted:
        for i in index.holding(f):
            if i in body:
                counts[i] = counts.get(i, 0) + 1
    top = max(counts.values(), default=0)
    best = {i for i, n in counts.items() if n == top}
    return best if top * 2 >= len(wanted) and len(best) <= 2 else set()


def without_digits(text: str) -> str:
    return " ".join(_NUMBER.sub(" ", text).split())


def weak_rows(items: list[dict]) -> Iterator[tuple[str, Ranked]]:
    """(kind, row) of the weak training pairs of Citation-Integrity's training part: its claims
    whose figures one or two sentences state, and its works' abstract sentences whose figures
    one or two body sentences state; the query's digits taken out."""
    works: dict[str, tuple[str, SourceIndex]] = {}
    for item in items:
        if item["source"] and item["ref"] not in works:
            works[item["ref"]] = (item["source"], SourceIndex.build(item["source"]))
    for item in items:
        if item["ref"] not in works:
            continue
        index = works[item["ref"]][1]
        gold = stated_by(index, item["claim"], set(range(len(index.sentences))))
        if gold:
            row = _weak(index, without_digits(item["claim"]), set(), gold)
            if row is not None:
                yield "claims", replace(row, ref=item["ref"])
    for ref, (text, index) in works.items():
        yield from (("restated", row) for row in abstract_rows(ref, text, index))


def abstract_rows(ref: str, text: str, index: SourceIndex | None = None) -> Iterator[Ranked]:
    """The work's sentences whose figures one or two other sentences state, each with its
    candidates among the sentences that could be its evidence, the query's digits taken
    out: an abstract sentence's among the body's (the abstract left out), a body sentence's
    (a discussion restating a result) among those more than two sentences away."""
    index = index or SourceIndex.build(text)
    for i, near, gold in restatements(index, text):
        row = _weak(index, without_digits(index.sentences[i]), near | {i}, gold)
        if row is not None:
            yield replace(row, ref=ref)


def restatements(index: SourceIndex, text: str) -> Iterator[tuple[int, set[int], set[int]]]:
    """(sentence, its neighbours, the sentences that state its figures) for every sentence
    of the work that one or two others restate: an abstract sentence's among the body's, a
    body sentence's among those more than two sentences away."""
    split = split_source(text)
    if len(index.sentences) != len(split):
        return
    lead = {i for i, (_, at_lead) in enumerate(split) if at_lead}
    every = set(range(len(index.sentences)))
    for i in range(len(index.sentences)):
        near = lead if i in lead else {i - 2, i - 1, i, i + 1, i + 2}
        gold = stated_by(index, index.sentences[i], every - near)
        if gold:
            yield i, near, gold


def jats_rows(limit: int) -> list[Ranked]:
    """Abstract-to-body pairs (:func:`abstract_rows`) of the JATS corpus's development
    articles under an open licence (the texts ``scripts/build_evidence_related.py`` reads;
    the held-out split is never read): biomedical full texts with an abstract."""
    from build_evidence_related import OPEN

    from blinarefs.enrich.europepmc import full_text_from_jats

    out: list[Ranked] = []
    for art in [a for a in articles(split="dev", root=corpus_dir()) if a.licence in OPEN][:limit]:
        text = full_text_from_jats(art.path.read_text(encoding="utf-8"))
        out += abstract_rows(str(art.file), text)
    return out


def _weak(index: SourceIndex, claim: str, leave_out: set[int], gold: set[int]) -> Ranked | None:
    row = candidate_rows(claim, index, leave_out, gold.__contains__, figures_on=False)
    return row if row is not None and row.y.any() else None


def columns(data: list[Citance], names: list[str]) -> list[Citance]:
    cols = [COLUMNS.index(n) for n in names]
    return [Citance(c.ref, c.x[:, cols], c.y) for c in data]


def _z(v: np.ndarray) -> np.ndarray:
    return (v - v.mean()) / (v.std() or 1.0)


def found(c: Citance, score: np.ndarray, k: int = 3) -> bool:
    order = np.lexsort((np.arange(len(score)), -score))  # ties keep the first stage's order
    return bool(c.y[order[:k]].any())


def shipped_score(c: Citance) -> np.ndarray:
    base = c.x[:, : len(SHIPPED)] @ np.array([WEIGHTS.get(n, 0.0) for n in SHIPPED])
    return _z(base) + retrieve.MEANING * _z(c.x[:, COLUMNS.index("cosine")])


def learned(names: list[str], w: np.ndarray, mix: float) -> Callable[[Citance], np.ndarray]:
    cols = [COLUMNS.index(n) for n in names]

    def score(c: Citance) -> np.ndarray:
        s = c.x[:, cols] @ w
        return _z(s) + mix * _z(c.x[:, COLUMNS.index("cosine")]) if mix else s

    return score


def cross_validated(
    data: list[Citance], names: list[str], penalty: float, mix: float, extra: list[Citance]
) -> list[bool]:
    """@3 per citation of ``data``, each scored by a model trained on ``extra`` and the
    citations of ``data``'s other cited papers."""
    papers = sorted({c.ref for c in data})
    hits: dict[int, bool] = {}
    for fold in range(FOLDS):
        held = set(papers[fold::FOLDS])
        train = [c for c in data if c.ref not in held] + extra
        score = learned(names, fit(columns(train, names), penalty), mix)
        hits |= {k: found(c, score(c)) for k, c in enumerate(data) if c.ref in held}
    return [hits[k] for k in range(len(data))]


def boosted(train: list[Citance]) -> Callable[[Citance], np.ndarray] | None:
    """Gradient-boosted trees (scikit-learn's, pointwise, 8 leaves, 150 trees) over every
    column: interactions the linear ranker cannot weigh; None without scikit-learn."""
    try:
        from sklearn.ensemble import HistGradientBoostingClassifier
    except ImportError:
        return None
    model = HistGradientBoostingClassifier(max_leaf_nodes=8, max_iter=150, learning_rate=0.05)
    model.fit(np.vstack([c.x for c in train]), np.concatenate([c.y for c in train]))
    return lambda c: model.predict_proba(c.x)[:, 1]


def compare(name: str, part: str, mine: list[bool], base: list[bool], table: list) -> None:
    won = sum(m and not b for m, b in zip(mine, base, strict=True))
    lost = sum(b and not m for m, b in zip(mine, base, strict=True))
    table.append([name, part, f"{np.mean(base):.1%}", f"{np.mean(mine):.1%}", won, lost,
                  f"{sign_test(won, lost):.2f}"])  # fmt: skip


FEATURE_SETS = {
    "shipped features": SHIPPED,
    "+ cosine": [*SHIPPED, "cosine", "cosine_rank"],
    "+ cosine, numbers, neighbours' cosine": [
        *SHIPPED,
        "cosine",
        "cosine_rank",
        "numbers",
        "neighbour_cosine",
    ],
    "+ all": COLUMNS,
}


def scored(
    label: str,
    score: Callable[[Citance], np.ndarray],
    dev: dict[str, list[Citance]],
    base: dict[str, list[bool]],
    table: list,
) -> None:
    """One row per development part and one for them pooled: @3 against the shipped's."""
    pooled: list[bool] = []
    for part, cs in dev.items():
        mine = [found(c, score(c)) for c in cs]
        pooled += mine
        compare(label, part, mine, base[part], table)
    compare(label, "pooled dev", pooled, [b for part in dev for b in base[part]], table)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mixes", default="0,0.25")
    ap.add_argument("--jats", type=int, default=10000, help="JATS articles read at most")
    args = ap.parse_args()
    ci = SOURCES["citation-integrity"]
    cls = annotated_rows(load(SOURCES["cl-scisumm"], "evidence-train"))
    weak_by: dict[str, list[Citance]] = {"claims": [], "restated": []}
    for kind, row in weak_rows(load(ci, "train")):
        weak_by[kind].append(row)
    weak, jats = weak_by["claims"] + weak_by["restated"], jats_rows(args.jats)
    dev = {
        "supports-dev": annotated_rows(load(ci, "supports-dev")),
        "CI dev": annotated_rows(load(ci, "dev") + load(ci, "evidence-dev")),
    }
    print(f"CL-SciSumm training citances {len(cls)}; weak pairs: Citation-Integrity's training "
          f"claims {len(weak_by['claims'])}, its works' restatements {len(weak_by['restated'])}, "
          f"JATS restatements {len(jats)} ({len({c.ref for c in jats})} articles)")  # fmt: skip
    base = {p: [found(c, shipped_score(c)) for c in cs] for p, cs in dev.items()}
    base_cls = [found(c, shipped_score(c)) for c in cls]
    table: list[list[object]] = []
    sets = {"CL-SciSumm": (cls, []), "CI train weak": (weak, None),
            "weak + JATS": (weak + jats, None),
            "CL-SciSumm + weak + JATS": (cls, weak + jats)}  # fmt: skip
    for train_name, (train, extra) in sets.items():
        for set_name, names in FEATURE_SETS.items():
            for penalty in PENALTIES:
                w = fit(columns(train + (extra or []), names), penalty)
                for mix in (
                    m for m in map(float, args.mixes.split(",")) if not m or "cosine" not in names
                ):
                    label = f"{train_name}; {set_name}; penalty {penalty:g}; mix {mix:g}"
                    score = learned(names, w, mix)
                    scored(label, score, dev, base, table)
                    if extra is None:  # CL-SciSumm never trained on: scored as it is
                        mine = [found(c, score(c)) for c in cls]
                    else:
                        mine = cross_validated(cls, names, penalty, mix, extra)
                    compare(label, "CL-SciSumm (cv)", mine, base_cls, table)
    for train_name in ("weak + JATS", "CL-SciSumm + weak + JATS"):
        trees = boosted(sets[train_name][0] + (sets[train_name][1] or []))
        if trees is not None:
            scored(f"{train_name}; boosted trees", trees, dev, base, table)
    print_table(["variant", "part", "shipped @3", "variant @3", "won", "lost", "p"], table)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
