"""The evidence ranker's training (scripts/train_evidence_ranker.py) and the related words'
recipe (scripts/build_evidence_related.py), on made-up data; numpy and scipy are the
``train`` extra's, so these tests are skipped without them."""

import sys
from pathlib import Path

import pytest

np = pytest.importorskip("numpy")
pytest.importorskip("scipy")
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))

import build_evidence_related as related  # noqa: E402
import train_evidence_ranker as train  # noqa: E402

from blinarefs.evidence import rerank  # noqa: E402


def _citances(n: int = 40) -> list:
    """Made-up candidates: the first stage puts the annotated one fourth; only feature 0
    (high for it) tells it apart, feature 1 is noise."""
    rng = np.random.default_rng(0)
    out = []
    for k in range(n):
        x = rng.normal(size=(6, 2))
        x[3, 0] += 5.0
        y = np.zeros(6, dtype=bool)
        y[3] = True
        out.append(train.Citance(f"paper{k % 5}", x, y))
    return out


@pytest.mark.parametrize("loss", ["pair", "list"])
def test_the_ranker_learns_the_feature_that_tells_evidence_apart(loss):
    data = _citances()
    w = train.fit(data, 0.01, loss)
    assert w[0] > 0 and abs(w[1]) < w[0] / 3
    assert train.at(data, None, 1) == 0.0  # the first stage's order misses it
    assert train.at(data, w, 1) > 0.9
    assert train.cross_validated(data, 0.01, loss)[0] > 0.9


def test_a_stronger_penalty_shrinks_the_weights():
    data = _citances()
    assert abs(train.fit(data, 10.0)[0]) < abs(train.fit(data, 0.001)[0])


def test_rows_label_the_annotated_sentence_among_the_candidates():
    source = (
        "Zorbin was added to made-up cells in this made-up test.\n\n"
        "Made-up cells grew in a made-up medium for the test.\n\n"
        "In the made-up cells, zorbin lowered frobulase levels within one hour."
    )
    item = {
        "ref": "made-up",
        "source": source,
        "claim": "Zorbin lowers frobulase levels in cells",
        "evidence": ["In the made-up cells, zorbin lowered frobulase levels within one hour."],
    }
    (row,) = train.rows([item])
    assert row.x.shape[1] == len(rerank.FEATURES)
    assert row.y.sum() == 1 and row.y[0]  # found, and first


def test_words_used_alike_become_relatives():
    said = [
        ["zorbin", w, "frobul", "level", "cell"] for w in ("lower", "reduc") for _ in range(5)
    ] + [["glarb", "bind", "quux", "membran"] for _ in range(5)]
    vocab = ["zorbin", "lower", "reduc", "frobul", "level", "cell", "glarb", "bind", "quux",
             "membran"]  # fmt: skip
    vec = related.vectors(related.cooccurrence(said, vocab), dim=3)
    lines = dict(line.split("\t") for line in related.neighbours(vec, vocab, keep=2))
    assert "reduc:" in lines["lower"]
    assert "glarb" not in lines["lower"]
