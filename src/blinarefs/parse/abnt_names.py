"""Where ABNT's names end when their given names are spelled out: "ROE, Roberta. Title.
Place: Publisher, 2030.", "QUILL, Maria Exemplia da; DOE, Ana. Title."

ABNT (NBR 6023) prints the family name in capitals, a comma, then the given names, in full
or as initials. The labeller, trained mostly on initials, knows where "ROE, R." ends but
runs a name of words on into the title ("ROE, Roberta. Aula. Springfield" read as one
name): the title was then lost, or read from what came after it. A name of that form ends
at the first full stop after a given name spelled out (or its particle, "da"); when what
follows is no further name, that is where the title starts.
"""

from __future__ import annotations

from .labeller import Labelled, texts_of
from .token_index import labels_in, unbroken_run

# The small words after given names ("FONSECA, Maria da") or inside them
_PARTICLES = frozenset(("da", "de", "do", "dos", "das", "del", "e", "y"))
# Between two names: ABNT's semicolon
_BETWEEN = frozenset((";",))


def _family(word: str) -> bool:
    """A family name's word in ABNT's capitals ("ROE", "DA", "SILVA-ROE")."""
    return len(word) > 1 and word.isupper() and word.replace("-", "").isalpha()


def _given(word: str) -> bool:
    """A given name spelled out ("Roberta", "Luís"): capitalised, not in capitals."""
    return len(word) > 1 and word.isalpha() and word[0].isupper() and not word.isupper()


def _name_end(words: list[str], k: int) -> int:
    """Where the name "ROE, Roberta Exemplia." starting at ``words[k]`` ends (after its
    full stop, or at the semicolon before the next name), or -1 when no such name starts
    there (an initial's full stop, "ROE, R.", is left to :mod:`.name_ends`)."""
    i = k
    while i < len(words) and _family(words[i]):
        i += 1
    if i == k or i + 1 >= len(words) or words[i] != ",":
        return -1
    i += 1
    given = i
    while i < len(words) and (_given(words[i]) or words[i] in _PARTICLES):
        i += 1
    if i == given or i >= len(words) or not _given(words[given]):
        return -1
    if words[i] in _BETWEEN:  # "QUILL, Maria da; DOE, Ana.": the next name follows
        return i
    return i + 1 if words[i] == "." else -1


def _names_end(words: list[str]) -> int:
    """Where the names of that form opening ``words`` end (after the last one's full stop,
    before a capitalised word), or 0 when they do not."""
    k = end = 0
    while (end := _name_end(words, k)) > 0:
        k = end
        if k < len(words) and words[k] in _BETWEEN:
            k += 1
        else:
            break
    if k == 0 or k != end or words[k - 1] != "." or k >= len(words) or not words[k][:1].isupper():
        return 0
    return k


def spelled_names_end(labelled: list[Labelled]) -> list[Labelled]:
    """ABNT's names with given names spelled out, the labeller's author run going on past
    the last one's full stop into the title: the names end there, and the words the run
    took in after them are the title (to their next full stop; words after that and
    before a publisher's colon, "Springfield: Editora", are the place). Names the labeller
    read as the title's start, with no author read, are the authors."""
    if "author" not in labels_in(labelled):
        k = _names_end(list(texts_of(labelled)))
        if not k or any(x.label != "title" for x in labelled[: k + 1]):
            return labelled
        return [*(x._replace(label="author") for x in labelled[:k]), *labelled[k:]]
    run = unbroken_run(labelled, "author")
    if run is None or run[0] != 0:
        return labelled
    start, stop = run
    words = list(texts_of(labelled)[start:stop])
    k = _names_end(words)
    if not k:
        return labelled
    stop_at = next((i for i in range(k + 1, len(words)) if words[i] == "."), len(words))
    rest = labelled[start + stop_at + 1 : stop]
    colon = stop < len(labelled) and labelled[stop].token.text == ":"
    after = "place" if rest and colon else "title"
    return [
        *labelled[: start + k],
        *(x._replace(label="title") for x in labelled[start + k : start + stop_at]),
        *(x._replace(label="other") for x in labelled[start + stop_at : start + stop_at + 1]),
        *(x._replace(label=after) for x in rest),
        *labelled[stop:],
    ]
