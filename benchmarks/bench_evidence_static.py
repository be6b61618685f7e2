"""How much the static embedding's cosine adds to the evidence ranker, per mix: the figures
behind ``retrieve.MEANING``.

The shipped ranker's score and the cosine of the claim and each of the first stage's
``rerank.CANDIDATES`` in the static embedding (``blinarefs.evidence.static``, built by
``scripts/build_evidence_static.py``) are fused as z-scores among the candidates
(``rerank.fused``); for each mix, evidence@1/@3 and, citation by citation, how many @3 it
wins and loses against the ranker alone, with a two-sided sign test. Development parts only:
Citation-Integrity's 238 support annotations (``supports-dev``) and 36 development citations
(``dev``, ``evidence-dev``), CL-SciSumm's 591 training citances. The model's vocabulary
holds no Citation-Integrity development text, so those figures are on unseen words.

    python benchmarks/bench_evidence_static.py [--mixes 0.25,0.5,1]
"""

from __future__ import annotations

import argparse
import sys
from math import comb
from pathlib import Path

import numpy as np

sys.path[:0] = [str(Path(__file__).resolve().parent)]

from bench_evidence import SOURCES, load  # noqa: E402
from bench_evidence_encoder import SHIPPED, cases, fused, ordered_at  # noqa: E402
from timing import print_table  # noqa: E402

from blinarefs.evidence import static  # noqa: E402
from blinarefs.evidence.text import terms  # noqa: E402


def cosines(claim: str, candidates: list[str]) -> np.ndarray:
    """The candidates' cosines with the claim, each read as the index reads it."""
    vectors = static.model().embed([terms(claim)] + [terms(s) for s in candidates])
    return vectors[1:] @ vectors[0]


def sign_test(won: int, lost: int) -> float:
    """Two-sided p of ``won`` against ``lost`` under no difference."""
    n, k = won + lost, min(won, lost)
    return min(1.0, 2 * sum(comb(n, i) for i in range(k + 1)) / 2**n) if n else 1.0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mixes", default="0.25,0.35,0.5,1")
    args = ap.parse_args()
    ci = SOURCES["citation-integrity"]
    parts = {
        "supports-dev": load(ci, "supports-dev"),
        "CI dev": load(ci, "dev") + load(ci, "evidence-dev"),
        "CL-SciSumm train": load(SOURCES["cl-scisumm"], "evidence-train"),
    }
    table = []
    for part, items in parts.items():
        cs = cases(items, pairs=cosines)
        alone = [ordered_at([c], fused(SHIPPED, 0.0), 3) > 0 for c in cs]
        for mix in [0.0, *map(float, args.mixes.split(","))]:
            score = fused(SHIPPED, mix)
            at3 = [ordered_at([c], score, 3) > 0 for c in cs]
            won = sum(m and not a for m, a in zip(at3, alone, strict=True))
            lost = sum(a and not m for m, a in zip(at3, alone, strict=True))
            at1 = ordered_at(cs, score, 1)
            p = sign_test(won, lost)
            table.append([f"{part} ({len(cs)})", f"{mix:g}", f"{at1:.1%}", f"{np.mean(at3):.1%}",
                          won, lost, f"{p:.3f}"])  # fmt: skip
    print_table(["part", "mix", "@1", "@3", "won", "lost", "sign test p"], table)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
