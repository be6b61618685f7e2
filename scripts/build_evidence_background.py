"""Build a background table of word document frequencies for evidence retrieval.

BM25's weight of a word (its IDF) is computed today within the one cited work's sentences:
the paper's topic word, in a third of its sentences, weighs little, and a generic word that
happens to be rare in it ("increased" once) weighs a lot. A background table says how rare a
word is across papers; ``benchmarks/bench_evidence_background.py`` measures whether mixing
the two ranks the annotators' evidence higher.

Recipe:

1. Text: the JATS corpus's development articles (``benchmarks/corpora/manifest.json``,
   split ``dev``) whose licence allows derived work for any use: CC BY (any version), CC0,
   public domain (the NC and ND ones are left out; the held-out split is never read).
   Nothing of the evidence corpora (their cited works are what is measured).
2. Each article's text as :func:`blinarefs.evidence.retrieve.SourceIndex` indexes it:
   sentences (:func:`blinarefs.evidence.text.split_sentences`), their indexed words
   (:func:`blinarefs.evidence.text.terms`: stemmed, stop words out).
3. A word's document frequency: how many articles have it. Words in fewer than
   ``MIN_DF`` articles are left out (a reader takes them as rarer than any listed word).
   Figures are words like any other ("2" is in every paper, "87.9" in few).
4. Written as gzipped ``word<TAB>df`` lines, most frequent first, after a first line
   ``#documents<TAB>N``.

    python scripts/build_evidence_background.py [--corpora DIR] [--out FILE]

The table goes to ``--out``, by default ``~/.cache/blinarefs-background.tsv.gz``.
"""

from __future__ import annotations

import argparse
import gzip
import os
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "benchmarks")]

from corpora.obtain import articles, corpus_dir  # noqa: E402

from blinarefs.enrich.europepmc import full_text_from_jats  # noqa: E402
from blinarefs.evidence.text import split_sentences, terms  # noqa: E402

OPEN = ("CC BY 4.0", "CC BY 3.0", "CC BY 2.0", "CC BY (stated in the licence text)", "CC0 1.0",
        "public domain")  # fmt: skip
MIN_DF = 2
CACHE = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
OUT = CACHE / "blinarefs-background.tsv.gz"


def open_texts(corpora: Path) -> list[str]:
    """The text of every openly licensed development article."""
    return [
        full_text_from_jats(art.path.read_text(encoding="utf-8"))
        for art in articles(split="dev", root=corpora)
        if art.licence in OPEN
    ]


def document_frequencies(texts: list[str]) -> Counter[str]:
    """How many of ``texts`` have each indexed word."""
    df: Counter[str] = Counter()
    for text in texts:
        df.update({w for sentence in split_sentences(text) for w in terms(sentence)})
    return df


def write(df: Counter[str], documents: int, out: Path) -> int:
    """The table as gzipped lines; how many words it keeps."""
    kept = [(w, n) for w, n in df.most_common() if n >= MIN_DF]
    lines = [f"#documents\t{documents}", *(f"{w}\t{n}" for w, n in kept)]
    with gzip.GzipFile(out, "wb", compresslevel=9, mtime=0) as f:
        f.write(("\n".join(lines) + "\n").encode("utf-8"))
    return len(kept)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpora", type=Path, default=corpus_dir())
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    out = args.out
    out.parent.mkdir(parents=True, exist_ok=True)
    texts = open_texts(args.corpora)
    kept = write(document_frequencies(texts), len(texts), out)
    print(f"{len(texts)} open articles, {kept} words in at least {MIN_DF}; wrote {out} "
          f"({out.stat().st_size // 1024} KB)")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
