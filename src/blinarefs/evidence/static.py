"""What a sentence means, beyond the words it shares with the claim: a static word embedding
distilled from multilingual-e5-small.

The evidence ranker (:mod:`blinarefs.evidence.rerank`) sees the words a claim and a sentence
share; the annotators' sentence often says the claim in other words. A sentence encoder
reads that (e5 fused with the ranker found the annotators' sentence more often), but costs a
tenth of a second a sentence. Here each word of a fixed vocabulary was embedded once by e5,
the vectors reduced (PCA), weighed down for frequent words and quantised to 8 bits
(``scripts/build_evidence_static.py``; vocabulary from training and development text only):
a sentence's vector is the sum of its words' vectors, so it costs microseconds and needs no
model at run time, only numpy and the file (:data:`MODEL`, loaded on first use).

The vocabulary is of indexed words (:func:`blinarefs.evidence.text.terms`: stemmed, stop
words out), which the sentence index has already read: a word's vector is the mean of its
spellings' ("inhibits", "inhibition"), weighed by how often each was seen. Bare figures and
unknown words say nothing.
"""

from __future__ import annotations

import functools
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np

MODEL = Path(__file__).with_name("static_e5.bin")
MAGIC = b"blinarefs static embedding 1\n"


class StaticModelError(Exception):
    """The model file is missing, truncated or altered: the message says which file and how
    to rebuild it."""


@dataclass(frozen=True)
class StaticModel:
    """Each vocabulary word's row; the rows (8-bit) and each row's scale (its weight times
    the quantisation step), so a word's vector is ``vectors[row] * scales[row]``."""

    rows: dict[str, int]
    vectors: np.ndarray  # int8, (words, dimensions)
    scales: np.ndarray  # float32, (words,)
    about: dict[str, object]  # how it was built (the file's header)

    def vectors_for(self, count: int) -> np.ndarray:
        """Room for ``count`` texts' vectors (zeros), filled as they are embedded."""
        import numpy as np

        return np.zeros((count, self.vectors.shape[1]), dtype=np.float32)

    def embed(self, texts: list[list[str]]) -> np.ndarray:
        """Unit-length vectors of ``texts``, each given as its indexed words (float32, one
        row each; zero for a text with no known word): the sum of its words' vectors, all
        texts in one pass."""
        import numpy as np

        get = self.rows.get
        ids = [[r for r in map(get, said) if r is not None] for said in texts]
        sizes = np.array([len(row) for row in ids], dtype=np.intp)
        out = np.zeros((len(texts), self.vectors.shape[1]), dtype=np.float32)
        flat = np.array([r for row in ids for r in row], dtype=np.intp)
        if flat.size:
            weighed = self.vectors[flat] * self.scales[flat, None]
            has = sizes > 0
            out[has] = np.add.reduceat(weighed, (np.cumsum(sizes) - sizes)[has], axis=0)
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        return out / np.where(norms > 0, norms, 1.0)


def read(path: Path) -> StaticModel:
    """The model in ``path``; :class:`StaticModelError` where it is not a whole model file."""
    import numpy as np

    rebuild = f"{path}: rebuild it with scripts/build_evidence_static.py"
    try:
        data = path.read_bytes()
    except OSError as e:
        raise StaticModelError(f"cannot read the evidence model ({e.strerror}); {rebuild}") from e
    if not data.startswith(MAGIC):
        raise StaticModelError(f"not a blinarefs static embedding; {rebuild}")
    head_end = data.find(b"\n", len(MAGIC))
    try:
        about = json.loads(data[len(MAGIC) : head_end])
        count, dim, vocab_bytes = (
            int(about["words"]),
            int(about["dimensions"]),
            int(about["vocabulary_bytes"]),
        )
        digest = str(about["sha256"])
        if head_end < 0:
            raise ValueError("no end of header")
    except (ValueError, KeyError, TypeError) as e:
        raise StaticModelError(f"unreadable header; {rebuild}") from e
    body = memoryview(data)[head_end + 1 :]
    if len(body) != vocab_bytes + 4 * count + count * dim:
        raise StaticModelError(f"truncated or padded (size does not match its header); {rebuild}")
    if hashlib.sha256(body).hexdigest() != digest:
        raise StaticModelError(f"corrupt (checksum does not match); {rebuild}")
    vocab = bytes(body[:vocab_bytes]).decode("utf-8").split("\n")
    if len(vocab) != count:
        raise StaticModelError(f"the vocabulary does not match its header; {rebuild}")
    scales = np.frombuffer(body, dtype="<f4", count=count, offset=vocab_bytes)
    vectors = np.frombuffer(body, dtype=np.int8, offset=vocab_bytes + 4 * count).reshape(count, dim)
    return StaticModel(
        {w: k for k, w in enumerate(vocab)}, vectors, scales.astype(np.float32), about
    )


def write(
    path: Path, vocab: list[str], vectors: np.ndarray, scales: np.ndarray, about: dict[str, object]
) -> None:
    """Write a model :func:`read` reads back: the header (``about`` with the sizes and the
    body's checksum), the vocabulary, the scales and the 8-bit rows."""
    import numpy as np

    text = "\n".join(vocab).encode("utf-8")
    body = (
        text
        + np.asarray(scales, dtype="<f4").tobytes()
        + np.asarray(vectors, dtype=np.int8).tobytes()
    )
    head = {**about, "words": len(vocab), "dimensions": int(vectors.shape[1]),
            "vocabulary_bytes": len(text), "sha256": hashlib.sha256(body).hexdigest()}  # fmt: skip
    path.write_bytes(MAGIC + json.dumps(head, sort_keys=True).encode() + b"\n" + body)


@functools.cache
def model() -> StaticModel:
    """The shipped model, read on first use (the ranker asks only when it ranks)."""
    return read(MODEL)
