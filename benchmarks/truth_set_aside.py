"""Where the Word benchmark's declared truth rules read the markup otherwise than it tags: every
xref on an exponent (no citation) and every xref whose printed number is read instead of its
rid (``corpora/jats_exponents.py``), in context, with the counts per source. A look at
whether the rules are strict: each line should be an exponent, a symbol's label or a number
the print gives otherwise than the rid.

    BLINAREFS_CORPORA=DIR python benchmarks/truth_set_aside.py [--articles GLOB]

The dev split's superscript and bracket articles unless told; ``--articles`` reads JATS
files outside the manifest instead (the extra sets: never the held-out ones)."""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from corpora.extra_dev import outside
from corpora.jats_truth import markers
from corpora.obtain import articles, corpus_dir


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument(
        "--corpus",
        default=str(corpus_dir()),
        help="the corpus (default: $BLINAREFS_CORPORA, else where obtain.py puts it)",
    )
    ap.add_argument("--articles", help="JATS files outside the manifest (a glob, quoted)")
    args = ap.parse_args()
    chosen = outside(args.articles) if args.articles else articles("dev", root=Path(args.corpus))
    counts: Counter[tuple[str, str]] = Counter()
    read = 0
    for art in chosen:
        if art.marker_style not in ("superscript", "bracket"):
            continue
        read += 1
        for rule, context in markers(art.path, untagged=True).set_aside:
            counts[art.source, rule.split(" ")[0]] += 1
            print(f"{art.source}/{art.file} {rule}: {context!r}")
    print(f"\n{read} articles read; set aside per source and rule:")
    for (source, rule), n in sorted(counts.items()):
        print(f"  {source}: {rule} {n}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
