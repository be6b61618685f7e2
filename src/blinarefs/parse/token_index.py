"""Where a reference's labels and figures stand, found in C: what the rules that mend the
labels ask of every token of every entry.

About a hundred rules each walk the ~46 tokens of a reference in Python to find the first
or last token of a label ("the title's last token", "the first author"), or the tokens
that open with a figure (a year, a volume), and on nearly every entry find nothing to
mend: their cost is the walking (issue 13). Here the same answers come from ``map``,
``compress`` and a list's own ``index``, which walk the tokens in C, and the positions of
the tokens that open with a figure are found once for a reference (its texts never change
between two rules: :func:`.labeller.texts_of`), where each rule looked for them again.
Each answer is the one the walk gave: ``tests/test_parse_token_index.py`` holds them to
the plain loops on invented references.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from itertools import compress, count, repeat
from operator import eq, itemgetter, ne

from .labeller import Labelled, texts_of
from .prefilter import CASE_TWINS

_LABEL = itemgetter(1)  # of a Labelled
_FIRST = slice(0, 1)  # a text's first character ("" for an empty text)


@dataclass(slots=True)
class _Labels:
    """The labels of the list last asked about, and where each label asked for stands."""

    seen: list[Labelled]  # a copy of that list: a rule may mend the list it asked about
    labels: tuple[str, ...]
    at: dict[str, tuple[int, ...]]


# The labels of the list last asked about. One entry: the rules ask about one reference at
# a time, and most rules mend nothing, so the labels stay the same from rule to rule.
_LABELS = _Labels([], (), {})


def labels_in(labelled: list[Labelled]) -> tuple[str, ...]:
    """The labels of ``labelled``, in order: made once for as long as the rules hand on
    the same tokens with the same labels. A list equal to the one last asked about holds
    the same labels (a Labelled is a tuple: equal ones have equal labels), and telling so
    is a walk in C that stops at the first token a rule relabelled; each element of a
    list a rule copied is the same object, so each is told equal by its identity alone."""
    global _LABELS
    if labelled != _LABELS.seen:
        _LABELS = _Labels(list(labelled), tuple(map(_LABEL, labelled)), {})
    return _LABELS.labels


def _positions(labelled: list[Labelled], label: str) -> tuple[int, ...]:
    """Where the tokens labelled ``label`` stand, in order (found once a labelling)."""
    labels = labels_in(labelled)
    at = _LABELS.at
    found = at.get(label)
    if found is None:
        found = at[label] = tuple(compress(count(), map(eq, labels, repeat(label))))
    return found


def first_of(labelled: list[Labelled], label: str) -> int:
    """Where the first token labelled ``label`` stands; -1 when none is."""
    found = _positions(labelled, label)
    return found[0] if found else -1


def last_of(labelled: list[Labelled], label: str) -> int:
    """Where the last token labelled ``label`` stands; -1 when none is."""
    found = _positions(labelled, label)
    return found[-1] if found else -1


def all_of(labelled: list[Labelled], label: str) -> list[int]:
    """Where the tokens labelled ``label`` stand, in order."""
    return list(_positions(labelled, label))


def label_from(labelled: list[Labelled], label: str, start: int) -> int:
    """Where the first token labelled ``label`` at or after ``start`` (not below 0)
    stands; -1 when none does."""
    found = _positions(labelled, label)
    at = bisect_left(found, start)
    return found[at] if at < len(found) else -1


def unbroken_run(labelled: list[Labelled], label: str) -> tuple[int, int] | None:
    """Where the tokens labelled ``label`` stand, (start, stop), when they stand together
    with nothing between them; else None (none, or broken into runs). Positions in
    increasing order stand together when as many as the span they cover."""
    found = _positions(labelled, label)
    if not found or found[-1] - found[0] + 1 != len(found):
        return None
    return found[0], found[-1] + 1


@dataclass(slots=True)
class _Index:
    """What is known of one reference's texts, each part found when first asked for."""

    texts: tuple[str, ...]
    figures: tuple[int, ...] | None = None  # where a figure opens a token
    lowered: frozenset[str] | None = None  # the texts in lower case
    twins: bool | None = None  # whether a text holds a letter of CASE_TWINS
    printed: dict[str, tuple[int, ...]] = field(default_factory=dict)  # text -> where


# The index of the texts last asked about. One entry: the rules ask about one reference at
# a time, and its texts (the tuple :func:`.labeller.texts_of` hands out for as long as it
# is asked about the same tokens) are held, so no other tuple can take their identity.
_INDEX = _Index(())


def _index(labelled: list[Labelled]) -> _Index:
    global _INDEX
    texts = texts_of(labelled)
    if _INDEX.texts is not texts:
        _INDEX = _Index(texts)
    return _INDEX


def figures_at(labelled: list[Labelled]) -> tuple[int, ...]:
    """Where the tokens whose first character is a figure (``str.isdigit``: a year, a
    volume, a page range, "2nd") stand, in order: every year, every number."""
    index = _index(labelled)
    if index.figures is None:
        firsts = map(str.__getitem__, index.texts, repeat(_FIRST))
        index.figures = tuple(compress(count(), map(str.isdigit, firsts)))
    return index.figures


def numbers_at(labelled: list[Labelled]) -> list[int]:
    """Where the tokens made of figures alone (``str.isdigit``) stand, in order: what a
    rule asks first of a token it reads as a year ("2030", not "2030a" nor "12-14")."""
    texts = texts_of(labelled)
    return [i for i in figures_at(labelled) if texts[i].isdigit()]


def holds_lowered(labelled: list[Labelled], words: frozenset[str]) -> bool:
    """Whether a token, lower-cased (``str.lower``), is one of ``words``."""
    index = _index(labelled)
    if index.lowered is None:
        index.lowered = frozenset(map(str.lower, index.texts))
    return not index.lowered.isdisjoint(words)


def may_match_word(labelled: list[Labelled], words: frozenset[str]) -> bool:
    """Whether a token may be one of ``words`` (lower case) as a case-blind pattern reads
    them (``re.IGNORECASE``, which also reads the letters of CASE_TWINS as their ASCII
    twins): False only when none can be."""
    if holds_lowered(labelled, words):
        return True
    index = _index(labelled)
    if index.twins is None:
        text = "".join(index.texts)
        index.twins = not text.isascii() and any(map(text.__contains__, CASE_TWINS))
    return index.twins


def where(labelled: list[Labelled], text: str) -> list[int]:
    """Where the tokens printed ``text`` stand, in order: found once a reference (a colon,
    a full stop, a parenthesis or "In" is looked for by several rules in turn)."""
    index = _index(labelled)
    found = index.printed.get(text)
    if found is None:
        found = index.printed[text] = tuple(compress(count(), map(eq, index.texts, repeat(text))))
    return list(found)  # (a copy: what a rule is handed, it may change)


def text_from(labelled: list[Labelled], text: str, start: int = 0) -> int:
    """Where the first token printed ``text`` at or after ``start`` (not below 0) stands;
    -1 when none does."""
    texts = texts_of(labelled)
    return texts.index(text, start) if text in texts[start:] else -1


def run_end(labelled: list[Labelled], at: int, label: str) -> int:
    """The index past the run of tokens labelled ``label`` that opens at ``at`` (``at``
    itself where that token is none, or stands past the end)."""
    labels = labels_in(labelled)[at:]
    return next(compress(count(at), map(ne, labels, repeat(label))), max(at, len(labelled)))
