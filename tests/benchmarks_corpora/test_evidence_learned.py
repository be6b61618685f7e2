"""The weak training pairs of benchmarks/bench_evidence_learned.py and the learnt similarity
of bench_evidence_metric.py, on made-up text: a sentence's evidence is the one other
sentence stating its figures, found without annotation, and the query keeps no digit.
numpy and scipy are the ``train`` extra's, so these tests are skipped without them."""

import pytest

np = pytest.importorskip("numpy")
pytest.importorskip("scipy")

import bench_evidence_learned as learned  # noqa: E402
import bench_evidence_metric as metric  # noqa: E402

from blinarefs.evidence.retrieve import SourceIndex  # noqa: E402

ABSTRACT = (
    "Lantern moths avoided lit orchards on windy nights. "
    "Moth visits to the pear blossoms fell by 41% when the lanterns were lit."
)
BODY = [
    "## Field counts",
    "We counted lantern moths in twelve orchards over three summers of fieldwork.",
    "The wind came mostly from the north during the second summer of counting.",
    "Copper traps caught fewer beetles than the wooden traps placed beside them.",
    "With the lanterns lit, visits of moths to pear blossoms dropped by 41% in every orchard.",
    "Beetles were most common near the hedges on the eastern side of each field.",
]
TEXT = "\n\n".join([ABSTRACT, *BODY])


def test_the_sentence_stating_the_figures_is_the_evidence_and_none_where_many_do():
    index = SourceIndex.build(TEXT)
    body = set(range(2, len(index.sentences)))
    found = learned.stated_by(index, index.sentences[1], body)
    assert [index.sentences[i] for i in found] == [BODY[4]]
    crowded = SourceIndex.build(
        "\n\n".join(f"Group {k} grew by 41% in the first week." for k in "abc")
    )
    assert learned.stated_by(crowded, "Growth was 41% that week.", {0, 1, 2}) == set()
    assert learned.stated_by(index, "Moths avoided the lanterns.", body) == set()


def test_an_abstract_sentence_pairs_with_its_body_sentence_with_its_digits_taken_out():
    rows = list(learned.abstract_rows("w1", TEXT))
    assert len(rows) == 2  # the abstract's result and, the other way, the body's restatement
    first = rows[0]
    assert first.ref == "w1" and first.y.sum() == 1
    assert not any(ch.isdigit() for w in first.claim for ch in w)
    shown = ["".join(w) for w in first.words]
    assert "".join(SourceIndex.build(TEXT).words[1]) not in shown  # the query's own sentence
    assert first.x.shape == (len(first.y), len(learned.COLUMNS))


def test_numbers_shared_counts_any_digits_of_the_claim():
    assert learned.numbers_shared("rose 41% in 12 farms", "12 farms, 41 sheep") == 1.0
    assert learned.numbers_shared("rose 41% in 12 farms", "in 12 farms") == 0.5
    assert learned.numbers_shared("no figure here", "12 farms") == 0.0
    assert learned.without_digits("fell by 41.5% in 2030") == "fell by % in"


def test_the_learnt_similarity_finds_the_direction_that_tells_the_evidence():
    rng = np.random.default_rng(3)
    cases = []
    for k in range(40):
        s = rng.normal(size=(6, 4))
        y = np.zeros(6, dtype=bool)
        y[k % 6] = True
        s[y, 2] += 4.0  # the evidence stands out in the third direction only
        s /= np.linalg.norm(s, axis=1, keepdims=True)
        q = np.array([0.5, 0.5, 0.5, 0.5])
        cases.append(metric.Case(f"w{k}", np.zeros(6), q, s, y, np.zeros(6)))
    big = metric.fit(cases, "diagonal", 0.0)
    assert np.argmax(np.diag(big)) == 2
    assert np.mean([learned.found(c, metric.score(c, big), 1) for c in cases]) >= 0.9
