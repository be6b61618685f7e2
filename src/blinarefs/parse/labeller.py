"""The trained sequence labeller: one field label per token, with how sure it is.

A linear-chain CRF (CRFsuite through python-crfsuite) trained by
:mod:`blinarefs.parse.training` and shipped as ``parse/model.crfsuite``. It is loaded the
first time a reference needs it, never at import, so ``blinarefs --help`` does not pay for it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache
from operator import itemgetter
from pathlib import Path
from typing import Any, NamedTuple

from ..errors import BlinarefsError
from .features import sequence_features
from .tokens import Token, tokenize

MODEL_PATH = Path(__file__).with_name("model.crfsuite")

# The labels, in CSL's terms where CSL has one. "other" is punctuation between fields and
# words that belong to none ("Available from:", "[PubMed]").
LABELS = (
    "author", "editor", "title", "container", "year", "date", "volume", "issue", "pages",
    "publisher", "place", "edition", "doi", "pmid", "pmcid", "url", "note", "other",
)  # fmt: skip


class Labelled(NamedTuple):
    token: Token
    label: str
    confidence: float  # the marginal probability of the label at this token


_LABEL = itemgetter(1)


def labels_of(labelled: Iterable[Labelled]) -> Iterator[str]:
    """The labels in order, lazily: ``"year" in labels_of(x)`` asks what ``any(x.label ==
    "year" ...)`` asks, in C (the rules ask it of every reference, many times over)."""
    return map(_LABEL, labelled)


@lru_cache(maxsize=1)
def _tagger(path: Path = MODEL_PATH) -> Any:
    import pycrfsuite  # type: ignore[import-untyped]

    if not path.exists():
        raise BlinarefsError(
            f"the reference-parser model {path} is missing; retrain it with "
            "'python scripts/train_parser.py' (see docs/parser.md)"
        )
    tagger = pycrfsuite.Tagger()
    tagger.open(str(path))
    return tagger


def label(text: str) -> list[Labelled]:
    """Label every token of one printed reference."""
    tokens = tokenize(text)
    if not tokens:
        return []
    tagger = _tagger()
    tagger.set(sequence_features(tokens))
    labels = tagger.tag()
    # the marginals are asked for only where a field is ("other" is never doubted)
    new = tuple.__new__  # a Labelled made without NamedTuple's Python-level __new__
    marginal = tagger.marginal
    return [
        new(Labelled, (tok, lab, marginal(lab, i) if lab != "other" else 1.0))
        for i, (tok, lab) in enumerate(zip(tokens, labels, strict=True))
    ]
