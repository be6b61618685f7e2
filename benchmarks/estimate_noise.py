"""Where the numbers of candidate markers that are NOT citations fall against the order of
first citation, beside those that are: what the order model of ``blinarefs.trace.infer``
assumes (digits that are no citation take any of ``SPREAD`` = 20 small values evenly).

    BLINAREFS_CORPORA=DIR python benchmarks/estimate_noise.py [--style superscript]
        [--rendering printed|flattened]... [--files GLOB]

Over every candidate the decoder weighs in the numbered dev articles (explicit syntax left
out: it is taken whatever its number), a candidate is a citation when true markers it
overlaps cite all its numbers, noise otherwise. Its lowest new number (or lowest, if none is
new) is set against the state the best possible reading has there: the highest number the
candidates that are citations named before it. Prints, for noise and citations apart, the
shares of next numbers, skips (by gap, per value), repeats (per value of the numbers open to
repeat, and by the number repeated) and numbers past the list, and how many of each the
decoder took wrongly. Tune on dev only.

What it found (dev, superscript articles, both renderings; 5,904 noise candidates, 15,376
citations), kept here because it decides what the model should not become:

- noise names the next number 1.1% of the time, each of the two after it 0.7-0.8%, each
  number cited already 1.0%: per value about a fifth of the flat 5%, but flat in shape,
  so correcting the scale alone only adds the same ~1.5 to every candidate's score, as
  raising every prior would (recall +0.05; precision -1.0 to -30 points by convention);
- what is not flat is the value: noise names 1 (17%), 2 (12%), 3 (9%) far more than 21-50
  (0.4% each), and citations skip far less than the model allows (0.7% of them skip one
  number, against 30% in the model), and repeat each earlier number 0.3% of the time,
  against the model's 4% (its ``SETTLED`` cap, against a path holding its state low);
- a model of noise by value (share ~ 0.17 / v ** 1.1) with those corrections raised flattened
  recall (dev 97.9 -> 98.2, the extra sets +0.5 and +1.0) but cost precision everywhere
  (dev flattened 99.3 -> 96.7, parenthesised 99.5 -> 96.8): weak and medium candidates that
  repeat a large number ("CD95", a chemical shift's "8.27") pass; lowering the weak prior
  to stop them loses the recall first. The priors of every convention would have to be
  re-fitted together (a joint fit, not a hand sweep), and most missed citations on dev are
  not among the candidates at all (``bench_markers.py --misses flattened``).
"""

from __future__ import annotations

import argparse
from collections import Counter

from corpora.extra_dev import outside
from corpora.jats_truth import markers
from corpora.obtain import articles

from blinarefs.model import Reference
from blinarefs.trace.candidates import SYNTAX
from blinarefs.trace.decode import decode_markers

NUMBERED = ("bracket", "paren", "superscript")
BANDS = ((1, 1), (2, 2), (3, 3), (4, 5), (6, 10), (11, 20), (21, 50), (51, 100), (101, 999))


def relation(n: int, high: int, size: int) -> str:
    """Where ``n`` falls against ``high``, the highest number cited before it."""
    if n > size:
        return "past"
    if n == high + 1:
        return "next"
    if n > high + 1:
        return "skip"
    return "repeat"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", choices=("dev",), default="dev")
    parser.add_argument("--files", help="JATS files (a glob, quoted) instead of the corpus")
    parser.add_argument("--style", choices=NUMBERED, help="only the articles of this convention")
    parser.add_argument("--rendering", choices=("printed", "flattened"), action="append")
    args = parser.parse_args()
    chosen = outside(args.files) if args.files else articles(split=args.split)
    shares: dict[str, Counter[str]] = {"noise": Counter(), "citation": Counter()}
    wrong: dict[str, Counter[str]] = {"noise": Counter(), "citation": Counter()}  # decoded so
    gaps: dict[str, Counter[int]] = {"noise": Counter(), "citation": Counter()}  # skips by gap
    values: dict[str, Counter[int]] = {"noise": Counter(), "citation": Counter()}  # repeated
    named: dict[str, Counter[int]] = {"noise": Counter(), "citation": Counter()}  # any
    room: Counter[str] = Counter()  # over repeats, the numbers cited before (how many to repeat)
    for art in chosen:
        if art.marker_style not in ((args.style,) if args.style else NUMBERED):
            continue
        truth = markers(art.path)
        size = art.n_refs
        for rendering in args.rendering or ("printed", "flattened"):
            r = getattr(truth, rendering)
            true = [m for m in r.markers if m.kind != "author-year"]
            refs = [Reference(id=f"r{n}", number=n) for n in range(1, size + 1)]
            state = 0  # the highest number the candidates that are citations named before
            for d in decode_markers(r.text, refs).decisions:
                c = d.candidate
                cited = {n for m in true if m.start < c.end and m.end > c.start for n in m.numbers}
                label = "citation" if c.numbers and set(c.numbers) <= cited else "noise"
                if c.strength < SYNTAX and c.numbers:
                    fresh = [n for n in c.numbers if n > state]
                    n = min(fresh) if fresh else min(c.numbers)
                    rel = relation(n, state, size)
                    shares[label][rel] += 1
                    if rel != "past":
                        named[label][n] += 1
                    wrong[label][rel] += d.accepted == (label == "noise")
                    if rel == "skip":
                        gaps[label][n - state - 1] += 1
                    elif rel == "repeat":
                        room[label] += max(state, 1)
                        values[label][n] += 1
                if label == "citation":
                    state = max([state, *(n for n in c.numbers if n <= size)])
    for label, counts in shares.items():
        total = sum(counts.values())
        print(f"{label}: {total} candidates")
        for rel in ("next", "skip", "repeat", "past"):
            print(
                f"  {rel:<7}{counts[rel]:>7}  {counts[rel] / max(total, 1):.4f}"
                f"  decoded wrongly {wrong[label][rel]}"
            )
        print("  skips by gap: share of all, and per value")
        for lo, hi in ((1, 1), (2, 2), (3, 5), (6, 10), (11, 20), (21, 50)):
            band = sum(v for g, v in gaps[label].items() if lo <= g <= hi) / max(total, 1)
            print(f"    gap {lo}-{hi:<4} {band:.4f}  per value {band / (hi - lo + 1):.5f}")
        print("  by the number named (not past the list): share of all, per value")
        for lo, hi in BANDS:
            band = sum(v for n, v in named[label].items() if lo <= n <= hi) / max(total, 1)
            print(f"    {lo}-{hi:<5} {band:.4f}  per value {band / (hi - lo + 1):.5f}")
        if counts["repeat"]:
            mean = room[label] / counts["repeat"]
            print(
                f"  repeats: mean room {mean:.1f} numbers; per value "
                f"{counts['repeat'] / total / mean:.5f}"
            )
            print("  repeats by the number repeated: share of all, per value")
            for lo, hi in BANDS:
                band = sum(v for n, v in values[label].items() if lo <= n <= hi) / max(total, 1)
                print(f"    {lo}-{hi:<5} {band:.4f}  per value {band / (hi - lo + 1):.5f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
