"""The static embedding the evidence ranker fuses with its score: the shipped model reads a
paraphrase as closer than an unrelated sentence; a damaged file fails with a clear error."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from blinarefs.evidence import rerank, static
from blinarefs.evidence.retrieve import MEANING, SourceIndex
from blinarefs.evidence.text import terms


def _cosine(a: str, b: str) -> float:
    va, vb = static.model().embed([terms(a), terms(b)])
    return float(va @ vb)


def test_a_paraphrase_is_closer_than_an_unrelated_sentence():
    claim = "The medicine lowered blood pressure in older patients."
    paraphrase = "Elderly people given the drug had reduced hypertension."
    unrelated = "Rainfall in the mountain valley was recorded every spring."
    assert _cosine(claim, paraphrase) > _cosine(claim, unrelated) + 0.1
    # the two share no indexed word: the closeness is the embedding's, not the words'
    assert not set(terms(claim)) & set(terms(paraphrase))


def test_the_shipped_model_is_small_and_says_how_it_was_built():
    model = static.model()
    assert static.MODEL.stat().st_size < 5_000_000
    assert "e5" in str(model.about["teacher"]) and "MIT" in str(model.about["teacher"])
    assert model.vectors.dtype == np.int8 and len(model.rows) == len(model.scales)


def _tiny(path: Path) -> None:
    vectors = np.array([[127, 0], [0, 127], [90, 90]], dtype=np.int8)
    static.write(path, ["cat", "dog", "pet"], vectors, np.array([1.0, 1.0, 0.5]), {"x": "y"})


def test_a_written_model_reads_back_and_sums_its_words(tmp_path):
    _tiny(tmp_path / "m.bin")
    model = static.read(tmp_path / "m.bin")
    assert model.about["x"] == "y" and model.rows == {"cat": 0, "dog": 1, "pet": 2}
    got = model.embed([["cat", "dog"], ["unknown"], ["cat", "unknown"]])
    assert np.allclose(got[0], [2**-0.5, 2**-0.5])
    assert np.allclose(got[1], [0, 0])  # no known word: no direction
    assert np.allclose(got[2], [1, 0])


@pytest.mark.parametrize(
    ("damage", "said"),
    [
        (lambda b: b[:-10], "truncated"),
        (lambda b: b[:-3] + bytes([b[-3] ^ 1]) + b[-2:], "corrupt"),
        (lambda b: b"PK\x03\x04" + b[4:], "not a blinarefs static embedding"),
        (lambda b: b.replace(b'"words": 3', b'"words": x'), "unreadable header"),
    ],
)
def test_a_damaged_model_fails_with_a_clear_error(tmp_path, damage, said):
    path = tmp_path / "m.bin"
    _tiny(path)
    path.write_bytes(damage(path.read_bytes()))
    with pytest.raises(static.StaticModelError, match=said) as caught:
        static.read(path)
    assert "build_evidence_static.py" in str(caught.value)


def test_a_missing_model_says_so(tmp_path):
    with pytest.raises(static.StaticModelError, match="cannot read"):
        static.read(tmp_path / "none.bin")


def test_fusion_lets_meaning_overtake_a_small_lead_only():
    ranked = {1: 2.0, 2: 1.9, 3: 0.0}
    cosines = {1: 0.1, 2: 0.8, 3: 0.1}
    assert max(rerank.fused(ranked, cosines, 1.0).items(), key=lambda kv: kv[1])[0] == 2
    assert max(rerank.fused(ranked, cosines, 0.0).items(), key=lambda kv: kv[1])[0] == 1
    assert rerank.fused({1: 1.0, 2: 1.0}, {1: 0.5, 2: 0.5}, 1.0) == {1: 0.0, 2: 0.0}


def test_meaning_lifts_the_sentence_that_says_the_claim_in_other_words_among_those_shown():
    text = (
        "Blood pressure cuffs were checked in all patients at every visit. "
        "Older patients given the drug had markedly reduced hypertension after treatment. "
        "Patients kept a diary of their visits, their meals and their pressure cuffs. "
        "The medicine bottles were stored in a cool dry cupboard."
    )
    claim = "The medicine lowered blood pressure in elderly patients."
    index = SourceIndex.build(text)
    paraphrase = 1
    assert paraphrase not in [s.index for s in index.rank(claim, [], meaning=0.0)]
    assert paraphrase in [s.index for s in index.rank(claim, [], meaning=1.0)]
    assert MEANING > 0  # the shipped ranker fuses the meaning
