"""The labeller hands CRFsuite only the attributes its model knows (issue 13: parse speed).

CRFsuite skips an unknown attribute after converting and looking it up, so dropping them
first must change nothing: the same labels, the same marginals to the bit. The names come
from the model file's attribute dictionary, read by ``model_attributes``, which must agree
with what CRFsuite itself says its model holds. Invented references only.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from blinarefs.parse import labeller
from blinarefs.parse.features import encoded, sequence_features
from blinarefs.parse.labeller import MODEL_PATH, Labelled, _known, _known_features, _tagger
from blinarefs.parse.model_attributes import attribute_names
from blinarefs.parse.tokens import Token, tokenize

INVENTED = (
    "Roe JA, Doe B. Springfieldian quasiwidgets in Examplia. J Invented Stud. 2030;12(3):45-67.",
    "Doe A. Examplian grammars of Zorblat. 2nd ed. Springfield: Exemplar Press; 2031.",
    "Roe-Doe J, et al. Glorptastic. Examplia Med J 2029; 7:e1234. doi:10.9999/xyz.123",
)


def test_the_model_files_attributes_are_those_crfsuite_lists() -> None:
    info = _tagger().info()  # CRFsuite's own dump of the model, parsed back
    assert attribute_names(MODEL_PATH) == {name.encode() for name in info.attributes}


def test_a_file_that_is_no_model_is_refused(tmp_path: Path) -> None:
    plain = tmp_path / "plain.crfsuite"
    plain.write_bytes(b"not a model at all, but long enough to hold a header's worth" * 2)
    with pytest.raises(ValueError):
        attribute_names(plain)


def test_a_new_words_unknown_features_are_dropped_and_the_rest_kept_in_order() -> None:
    known = _known()
    for word in ("Quasiwidgetry", "Zorblat", "Roe", "2030", "Examplia"):
        full = encoded(word, False)
        kept = _known_features(word, False)
        assert kept == tuple(tuple(x for x in part if x in known) for part in full)
    # an invented word's own "w=" is one the model never saw; its shape is one it did
    assert b"w=quasiwidgetry" not in _known_features("Quasiwidgetry", False)[0]
    assert b"shape=Xx" in _known_features("Quasiwidgetry", False)[0]


class _Spy:
    """The tagger, with what ``set`` was handed kept."""

    def __init__(self, tagger: Any) -> None:
        self.tagger, self.handed = tagger, []

    def set(self, xseq: list[tuple[bytes, ...]]) -> None:
        self.handed.append(xseq)
        self.tagger.set(xseq)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.tagger, name)


def test_crfsuite_is_handed_no_attribute_its_model_does_not_know(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    spy = _Spy(_tagger())
    monkeypatch.setattr(labeller, "_tagger", lambda: spy)
    for text in INVENTED:
        labeller.label(text)
    known = _known()
    handed = {x for xseq in spy.handed for item in xseq for x in item}
    assert handed and handed <= known


def _labelled_with_every_feature(text: str) -> tuple[list[str], list[float]]:
    """What the labeller gave before the filter: every feature handed to CRFsuite."""
    tagger = _tagger()
    tagger.set(sequence_features(tokenize(text)))
    labels = tagger.tag()
    return labels, [tagger.marginal(y, i) for i, y in enumerate(labels)]


@pytest.mark.parametrize("text", INVENTED)
def test_the_labels_and_marginals_are_those_every_feature_gives(text: str) -> None:
    labelled, _ = labeller.label(text)
    labels, marginals = _labelled_with_every_feature(text)
    assert [x.label for x in labelled] == labels
    assert [x.confidence for x in labelled] == [
        1.0 if y == "other" else m for y, m in zip(labels, marginals, strict=True)
    ]  # equal to the bit, not approximately


def test_training_still_sees_every_feature() -> None:
    # a model retrained must be free to learn what this one never saw
    tokens = tokenize("Roe J. Quasiwidgetry. 2030.")
    assert b"w=quasiwidgetry" in sequence_features(tokens)[3]


def test_the_caches_are_bounded_and_emptying_them_changes_nothing() -> None:
    assert _known.cache_info().maxsize == 1
    assert _known_features.cache_info().maxsize is not None
    first = labeller.label(INVENTED[0])
    _known_features.cache_clear()
    assert labeller.label(INVENTED[0]) == first


LABELS = st.lists(st.sampled_from(["author", "title", "other", "year"]), max_size=12)


@settings(max_examples=400, deadline=None)
@given(LABELS, st.sampled_from(["author", "title", "year", "pages"]))
def test_an_unbroken_run_is_what_the_walk_over_every_token_finds(
    labels: list[str], name: str
) -> None:
    token = Token("Roe", 0, 3, True)
    labelled = [Labelled(token, label, 1.0) for label in labels]
    run = [i for i, x in enumerate(labelled) if x.label == name]  # the plain walk, as before
    walked = None if not run or run != list(range(run[0], run[-1] + 1)) else (run[0], run[-1] + 1)
    assert labeller.unbroken_run(labelled, name) == walked
