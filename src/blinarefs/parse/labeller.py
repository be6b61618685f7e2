"""The trained sequence labeller: one field label per token, with how sure it is.

A linear-chain CRF (CRFsuite through python-crfsuite) trained by
:mod:`blinarefs.parse.training` and shipped as ``parse/model.crfsuite``. It is loaded the
first time a reference needs it, never at import, so ``blinarefs --help`` does not pay for it.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

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


@dataclass(frozen=True, slots=True)
class Labelled:
    token: Token
    label: str
    confidence: float  # the marginal probability of the label at this token


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
    return [
        Labelled(tok, lab, tagger.marginal(lab, i))
        for i, (tok, lab) in enumerate(zip(tokens, labels, strict=True))
    ]
