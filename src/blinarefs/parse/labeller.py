"""The trained sequence labeller: one field label per token, with how sure it is.

A linear-chain CRF (CRFsuite through python-crfsuite) trained by
:mod:`blinarefs.parse.training` and shipped as ``parse/model.crfsuite``. It is loaded the
first time a reference needs it, never at import, so ``blinarefs --help`` does not pay for it.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise
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


# The texts of the tokens last asked about (:func:`texts_of`): their first and last token,
# and the texts. One entry: the rules ask about one reference at a time.
_TEXTS: tuple[Token | None, Token | None, tuple[str, ...]] = (None, None, ())


def texts_of(labelled: list[Labelled]) -> tuple[str, ...]:
    """The texts of the tokens of ``labelled``, in order. The rules that mend the labels
    ask for them one after another of the same reference, whose tokens they relabel but
    never add, drop nor move (tests/test_parse_token_texts.py holds every rule to it): the
    texts are made once for those tokens (told by the first and last token, which no
    other list of as many shares), where a list made by each rule cost it as much as the
    rest of its work, and a word looked for among them is looked for in C. A tuple: what
    one rule is given, no rule can change for the next."""
    global _TEXTS
    if not labelled:
        return ()
    first, last, texts = _TEXTS
    if first is labelled[0].token and last is labelled[-1].token and len(texts) == len(labelled):
        return texts
    texts = tuple([x.token.text for x in labelled])
    _TEXTS = (labelled[0].token, labelled[-1].token, texts)
    return texts


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


# The labels whose bounds the judge of doubt weighs (:func:`edges`)
EDGED = frozenset({"author", "title", "container", "year", "volume", "issue", "pages"})


def label(text: str) -> tuple[list[Labelled], dict[str, float]]:
    """Label every token of one printed reference; with, per field's label, the
    labeller's chance that a token just outside the field belongs to it (:func:`edges`)."""
    tokens = tokenize(text)
    if not tokens:
        return [], {}
    tagger = _tagger()
    tagger.set(sequence_features(tokens))
    labels = tagger.tag()
    # the marginals are asked for only where a field is ("other" is never doubted)
    new = tuple.__new__  # a Labelled made without NamedTuple's Python-level __new__
    marginal = tagger.marginal
    labelled = [
        new(Labelled, (tok, lab, marginal(lab, i) if lab != "other" else 1.0))
        for i, (tok, lab) in enumerate(zip(tokens, labels, strict=True))
    ]
    return labelled, edges(labels, tokens, marginal)


def edges(labels: list[str], tokens: list[Token], marginal: Any) -> dict[str, float]:
    """Label -> the highest marginal of that label on the tokens just outside its fields
    (up to the first word on each side: the stop between two fields is often labelled
    "other" whatever the bound). A field whose bound the labeller hesitated over has a
    neighbour it nearly took in: a title cut at a comma with its rest read as the journal
    gives that rest's first word a fair chance of being the title's. Only the bounds are
    visited, a few a reference: it runs for every reference read."""
    out: dict[str, float] = {}
    n = len(labels)
    bounds = [i for i, (a, b) in enumerate(pairwise(labels), 1) if a != b]
    for i in bounds:
        left, right = labels[i - 1], labels[i]
        if left in EDGED:  # the tokens after the field, up to a word
            j, best = i, out.get(left, 0.0)
            while j < n:
                best = max(best, marginal(left, j))
                if _is_word(tokens[j].text):
                    break
                j += 1
            out[left] = best
        if right in EDGED:  # the tokens before it, back to a word
            j, best = i - 1, out.get(right, 0.0)
            while j >= 0:
                best = max(best, marginal(right, j))
                if _is_word(tokens[j].text):
                    break
                j -= 1
            out[right] = best
    return out


_WORD = re.compile(r"[^\W_]")


def _is_word(text: str) -> bool:
    """Whether ``text`` holds a letter or a figure: asked of ``str`` first (a word's
    characters all are), the pattern only for the others."""
    return text.isalnum() or bool(_WORD.search(text))
