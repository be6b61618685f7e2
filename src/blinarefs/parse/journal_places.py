"""The place a journal is published in, printed between its name and its volume, as Brazil's
ABNT prints every journal: "Title. Cadernos de Exemplo, São Paulo, v. 5, n. 2, p. 10-20,
2030."

ABNT (NBR 6023) prints a journal's name, its place, then the volume and issue by their
words. The labeller, having seen journals end at their volume, took the place for the
journal ("São Paulo") and left the journal in the title, or ran the place into the journal
("Revista Exemplo, Rio de Janeiro"). Where the volume is named by its word, the words
between the last two commas before it, a place's name (capitalised words and the small
words of names: "Rio de Janeiro", "Belo Horizonte"), are the place; the words before them,
back to the title's full stop, the journal.
"""

from __future__ import annotations

from itertools import compress, count

from .labeller import Labelled
from .token_index import labels_in

# The small words inside a place's name ("Rio de Janeiro", "Santa Cruz do Sul")
_PLACE_PARTICLES = frozenset(("de", "do", "da", "dos", "das", "del", "de la", "di", "du", "em"))
# At most this many words of a place ("Santa Cruz do Sul")
_MOST_WORDS = 5
# The marks that end a title before its journal ("Title? Journal, Place, v. 5")
_ENDS = frozenset((".", "?", "!"))
# The words that name a volume ("v. 44", "vol. 6"), ABNT's and MLA's
NAMED_VOLUME = frozenset(("v", "vol"))


# The words that name an issue ("n. 19", "no. 3"): a journal numbered by its issues alone
# prints no volume ("Revista Exemplo, n. 19, p. 1-18, 2016.")
NAMED_ISSUE = frozenset(("n", "no"))


_NUMBERED = frozenset(("volume", "issue"))


def named_volume(labelled: list[Labelled], first: int, after: str = ",") -> int:
    """Where a volume named by its word opens after a comma (", v. 5"; or after one of the
    marks ``after``), from token ``first`` on, or the issue named by its word where it
    comes first (", n. 19"); -1 if none."""
    numbered = map(_NUMBERED.__contains__, labels_in(labelled))  # (in C: the rarest)
    return next(
        (
            i
            for i in (k - 2 for k in compress(count(), numbered))
            if i >= first
            and labelled[i + 1].token.text == "."
            and labelled[i].token.text.lower()
            in (NAMED_VOLUME if labelled[i + 2].label == "volume" else NAMED_ISSUE)
            and labelled[i - 1].token.text in after
        ),
        -1,
    )


def place_before_named_volume(labelled: list[Labelled]) -> list[Labelled]:
    """ "Journal, Place, v. 5": the place labelled so, and the journal's words the title
    holds given to the journal."""
    v = named_volume(labelled, 3)
    if v < 0:
        return labelled
    comma = _comma_before(labelled, v - 2)
    if _a_state(labelled[comma + 1 : v - 1]):  # "Brasília, DF": the place and its state
        comma = _comma_before(labelled, comma - 1)
    place = labelled[comma + 1 : v - 1]
    if comma <= 0 or labelled[comma].token.text != "," or not a_place(place):
        return labelled
    k = comma - 1
    while (
        k > 0
        and labelled[k].label in ("title", "container")
        and labelled[k].token.text not in _ENDS
    ):
        k -= 1
    journal = labelled[k + 1 : comma]
    if (
        k <= 0
        or labelled[k].token.text not in _ENDS
        or not journal
        or not journal[0].token.text[:1].isupper()
    ):
        return labelled
    return [
        *labelled[: k + 1],
        *(x._replace(label="container") for x in journal),
        labelled[comma],
        *(x._replace(label="place") for x in place),
        *labelled[v - 1 :],
    ]


def a_place(words: list[Labelled]) -> bool:
    """A place's name: at most five words, the first and last capitalised, the others
    capitalised or the small words of names; no digit, no mark."""
    texts = [x.token.text for x in words]
    if len(texts) > 2 and texts[-2] == "," and _a_state(words[-1:]):
        texts = texts[:-2]
    if not 0 < len(texts) <= _MOST_WORDS or not texts[0][:1].isupper():
        return False
    if not texts[-1][:1].isupper():
        return False
    return all(
        (t.isalpha() and t[0].isupper() and not t.isupper()) or t in _PLACE_PARTICLES for t in texts
    )


def _comma_before(labelled: list[Labelled], i: int) -> int:
    """Where the comma or full stop at or before ``i`` is (0 when none is)."""
    while i > 0 and labelled[i].token.text not in (",", "."):
        i -= 1
    return max(i, 0)


def _a_state(words: list[Labelled]) -> bool:
    """A state's code of two capitals, printed after its city ("Brasília, DF")."""
    return len(words) == 1 and len(words[0].token.text) == 2 and words[0].token.text.isupper()
