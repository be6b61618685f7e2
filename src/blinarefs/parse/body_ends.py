"""A body's name the labeller cut before its last words: "Joint Example Programme on
HIV/AIDS. Title...".

A name whose last words are an acronym or a slash ("on HIV/AIDS", "for EXAMPLE") is rare in
training, and the labeller ends the author before them, leaving them in no field or in
the title: the name read is "Joint Example Programme on", which no body's name ends with.
The words after such a small word, up to the full stop that closes the name, are the
name's.
"""

from __future__ import annotations

from .labeller import Labelled
from .one_name import ORGANISATION_WORDS
from .token_index import run_end

# The small words a body's name never ends with
_NEVER_LAST = frozenset(("on", "of", "for", "and", "against", "in", "&"))
# ... and in Portuguese, Spanish, French and German ("ASSOCIAÇÃO BRASILEIRA DE NORMAS
# TÉCNICAS."), which a list in capitals also prints as initials ("SOUZA DE"): a name's
# end only after a word only organisations have
_NEVER_LAST_BODY = frozenset(("de", "da", "do", "dos", "das", "del", "e", "y", "des", "du",
                              "für", "und"))  # fmt: skip
# At most this many tokens of the name after the small word ("HIV", "/", "AIDS")
_MOST_TOKENS = 6


def body_name_whole(labelled: list[Labelled]) -> list[Labelled]:
    """The author that opens the reference carried over the tokens after its last small
    word, in no field or the title's, to the full stop that closes it."""
    end = run_end(labelled, 0, "author")
    last = labelled[end - 1].token.text.lower() if end >= 2 else ""
    if last not in _NEVER_LAST and not (
        last in _NEVER_LAST_BODY
        and ORGANISATION_WORDS.search(" ".join(x.token.text for x in labelled[:end]))
    ):
        return labelled
    stop = end
    while (
        stop < len(labelled)
        and stop - end < _MOST_TOKENS
        and labelled[stop].label in ("other", "title")
        and labelled[stop].token.text != "."
    ):
        stop += 1
    if stop == end or stop >= len(labelled) or labelled[stop].token.text != ".":
        return labelled
    return [
        *labelled[:end],
        *(x._replace(label="author") for x in labelled[end:stop]),
        *labelled[stop:],
    ]
