"""Build related words and word vectors for the semantic evidence experiment.

A citing author often states a finding in other words than the cited paper's ("reduced"
for "decreased", "infectivity" for "infection"); ``benchmarks/bench_evidence_semantic.py``
measures whether crediting a sentence with a claim word's relatives, or with word vectors'
similarity, ranks the annotators' evidence higher. Relatives are words used in the same
contexts (distributional similarity), learnt from openly licensed text only:

1. Text: the JATS corpus's development articles (``benchmarks/corpora/manifest.json``,
   split ``dev``) whose licence allows derived work for any use: CC BY (any version), CC0,
   public domain (the NC and ND ones are left out; the held-out split is never read);
   Citation-Integrity's training part's cited works (MIT, ``benchmarks/evidence_corpus.md``);
   CL-SciSumm's training part's cited papers (CC BY 4.0). No development or test text.
2. Each sentence's indexed words (:func:`blinarefs.evidence.text.terms`: stemmed, stop
   words out); co-occurrence counts within ``WINDOW`` words either side, in the sentence.
3. The ``VOCAB`` most frequent words (at least ``MIN_COUNT`` times, not bare figures);
   positive pointwise mutual information with context-distribution smoothing (0.75), a
   truncated SVD (``DIM`` dimensions, rows U·S^½, unit length), Levy, Goldberg and Dagan's
   recipe (TACL 2015).
4. Each word's ``KEEP`` nearest words by cosine, those at least ``MIN_SIMILARITY``; written
   as ``word<TAB>other:similarity ...`` lines, gzipped (0.6 MB), beside the vectors
   (``related.npy``, rows in the order of ``related.vocab``).

They measured no gain (docs/evidence.md), so blinarefs does not ship them: they are written
beside the corpora, ``$BLINAREFS_CORPORA/evidence/related.*``. Needs numpy and scipy
(``pip install -e ".[train]"``).

    python scripts/build_evidence_related.py [--corpora DIR]
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from collections import Counter
from pathlib import Path

import numpy as np
from scipy import sparse
from scipy.sparse.linalg import svds

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "benchmarks")]

from corpora.obtain import articles, corpus_dir  # noqa: E402

from blinarefs.enrich.europepmc import full_text_from_jats  # noqa: E402
from blinarefs.evidence.text import split_sentences, terms  # noqa: E402

OPEN = ("CC BY 4.0", "CC BY 3.0", "CC BY 2.0", "CC BY (stated in the licence text)", "CC0 1.0",
        "public domain")  # fmt: skip
WINDOW, VOCAB, MIN_COUNT, DIM, KEEP, MIN_SIMILARITY = 4, 20000, 5, 150, 8, 0.45


def texts(corpora: Path) -> list[tuple[str, str]]:
    """(origin, text) of every openly licensed training text."""
    out = []
    for art in articles(split="dev", root=corpora):
        if art.licence in OPEN:
            out.append((art.file, full_text_from_jats(art.path.read_text(encoding="utf-8"))))
    for path in (
        corpora / "evidence" / "citation-integrity" / "train.jsonl",
        corpora / "evidence" / "cl-scisumm" / "evidence-train.jsonl",
    ):
        seen = {}
        for line in path.read_text(encoding="utf-8").splitlines():
            item = json.loads(line)
            seen[item["ref"]] = item["source"]
        out += [(f"{path.parent.name}:{ref}", text) for ref, text in seen.items()]
    return out


def sentences(docs: list[tuple[str, str]]) -> list[list[str]]:
    return [terms(s) for _, text in docs for s in split_sentences(text)]


def vocabulary(said: list[list[str]]) -> list[str]:
    counts = Counter(w for words in said for w in words)
    kept = [w for w, n in counts.most_common() if n >= MIN_COUNT and not _figure(w)]
    return kept[:VOCAB]


def _figure(word: str) -> bool:
    return word.replace("-", "").replace(".", "").isdigit()


def cooccurrence(said: list[list[str]], vocab: list[str]) -> sparse.csr_matrix:
    where = {w: k for k, w in enumerate(vocab)}
    pairs: Counter[tuple[int, int]] = Counter()
    for words in said:
        ids = [where.get(w, -1) for w in words]
        for p, a in enumerate(ids):
            if a < 0:
                continue
            for b in ids[p + 1 : p + 1 + WINDOW]:
                if b >= 0 and b != a:
                    pairs[a, b] += 1
                    pairs[b, a] += 1
    rows, cols = zip(*pairs, strict=True)
    n = len(vocab)
    return sparse.csr_matrix((list(pairs.values()), (rows, cols)), shape=(n, n), dtype=float)


def vectors(counts: sparse.csr_matrix, dim: int = DIM) -> np.ndarray:
    """PPMI (contexts smoothed to the power 0.75), truncated SVD, rows U·S^½ of unit length."""
    coo = counts.tocoo()
    total = coo.data.sum()
    word = np.asarray(counts.sum(axis=1)).ravel() / total
    context = np.asarray(counts.sum(axis=0)).ravel() ** 0.75
    context /= context.sum()
    pmi = np.log(coo.data / total / (word[coo.row] * context[coo.col]))
    keep = pmi > 0
    ppmi = sparse.csr_matrix((pmi[keep], (coo.row[keep], coo.col[keep])), shape=counts.shape)
    u, s, _ = svds(ppmi, k=dim, random_state=0)
    vec = u * np.sqrt(s)
    return vec / np.maximum(np.linalg.norm(vec, axis=1, keepdims=True), 1e-9)


def neighbours(vec: np.ndarray, vocab: list[str], keep: int = KEEP) -> list[str]:
    lines = []
    for start in range(0, len(vocab), 1000):
        sims = vec[start : start + 1000] @ vec.T
        for r, row in enumerate(sims):
            row[start + r] = -1.0
            best = np.argpartition(-row, keep)[:keep]
            best = best[np.argsort(-row[best])]
            near = [f"{vocab[j]}:{row[j]:.2f}" for j in best if row[j] >= MIN_SIMILARITY]
            if near:
                lines.append(f"{vocab[start + r]}\t{' '.join(near)}")
    return lines


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpora", type=Path, default=corpus_dir())
    args = ap.parse_args()
    docs = texts(args.corpora)
    said = sentences(docs)
    vocab = vocabulary(said)
    print(f"{len(docs)} texts, {len(said)} sentences, {sum(map(len, said))} words, "
          f"vocabulary {len(vocab)}")  # fmt: skip
    vec = vectors(cooccurrence(said, vocab))
    out = args.corpora / "evidence" / "related"
    np.save(out.with_suffix(".npy"), vec.astype(np.float32))
    out.with_suffix(".vocab").write_text("\n".join(vocab) + "\n", encoding="utf-8")
    lines = neighbours(vec, vocab)
    with gzip.open(out.with_suffix(".tsv.gz"), "wt", encoding="utf-8", compresslevel=9) as f:
        f.write("\n".join(lines) + "\n")
    print(f"{len(lines)} words with relatives; wrote {out}.{{tsv.gz,npy,vocab}}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
