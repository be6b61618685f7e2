"""A group's name split at its "and" by a reference manager that read it as people's.

PubMed records a group author ("Centers for Disease Control and Prevention") whole; a reference
manager that imports it as persons splits it at "and" and inverts each part as a name:
"Centers for Disease Control" becomes the family "Centers for Disease" with the initial "C",
and "Prevention" a family name alone. Printed in Vancouver style the list ends "..., Roe J,
Centers for Disease C, Prevention. Title". The part with initials is no person's (a person's
family name has no small joining word between capitalised ones), and a single word after it,
with no initials, before the full stop that closes the list, is the rest of the same name. It
is kept as printed, one group: its words left out are not the reader's to put back.
"""

from __future__ import annotations

from ..names import is_initials
from .labeller import Labelled, texts_of
from .name_runs import first_author_run

# The small words that join the words of a group's name ("Centers for Disease", "Committee
# on Infectious Diseases", "Society of Made-up Studies")
_JOINING = frozenset({"for", "of", "on", "and", "the", "in"})


def group_part(words: list[str]) -> bool:
    """Whether a name's words are a group's name's first part with initials ("Centers for
    Disease C"): three words at least, capitalised, a joining word among them, initials last."""
    inner = words[:-1]
    return (
        len(words) >= 3
        and is_initials(words[-1])
        and inner[0][:1].isupper()
        and any(w in _JOINING for w in inner[1:])
        and all(w in _JOINING or w[:1].isupper() for w in inner)
    )


def _lone_word(word: str) -> bool:
    return len(word) > 2 and word[:1].isupper() and word[1:].isalpha() and word[1:].islower()


def group_split_at_and(labelled: list[Labelled]) -> list[Labelled]:
    """The word after a group's first part and its comma ("Centers for Disease C,
    Prevention.") read as the names' last, where the labeller gave it to the title."""
    run = first_author_run(labelled)
    if run is None:
        return labelled
    first, last = run
    after = [x.token.text for x in labelled[last + 1 : last + 4]]
    if len(after) < 3 or after[0] != "," or after[2] != "." or not _lone_word(after[1]):
        return labelled  # (asked first: what follows the run rules out most entries)
    start = last
    while start > first and labelled[start - 1].token.text != ",":
        start -= 1
    words = list(texts_of(labelled)[start : last + 1])
    if not group_part(words):
        return labelled
    rest = [x._replace(label="author") for x in labelled[last + 1 : last + 3]]
    return [*labelled[: last + 1], *rest, *labelled[last + 3 :]]


def groups_rejoined(pieces: list[str]) -> tuple[list[str], frozenset[str]]:
    """The list's pieces with a group's two parts one piece again ("Centers for Disease C",
    "Prevention" -> "Centers for Disease C, Prevention"), and those pieces: groups."""
    if len(pieces) < 2 or not _lone_word(pieces[-1]) or not group_part(pieces[-2].split()):
        return pieces, frozenset()
    group = f"{pieces[-2]}, {pieces[-1]}"
    return [*pieces[:-2], group], frozenset({group})
