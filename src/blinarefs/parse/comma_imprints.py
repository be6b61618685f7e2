"""A book's imprint printed "Place, Publisher." after its title, as author-year lists that
print the year after the names do: "Roe, H. 2030. Ornitologia exemplar. Rio de Exemplo,
Nova Exemplo." and "Roe, J. (2030). Title. Springfield, Editora Exemplo."

With no colon between them and no year after them, the labeller, which learnt imprints as
"Place: Publisher, Year", read the place as the title's last sentence (the book became a
journal article whose journal was the publisher) or the whole imprint as the title. The
last sentence of such a reference, a place's name, a comma and a name with no digit, is
the place and the publisher; the sentence before it the title. Elsevier's numbered style
prints "Publisher, Place, Year" (:mod:`.imprints`): the year after the imprint, or a
publisher's word in its first part ("Example Press, Springfield"), leaves it to that reading.
"""

from __future__ import annotations

import re

from .journal_places import a_place
from .journals import PUBLISHER_LAST
from .labeller import Labelled, texts_of
from .token_index import figures_at, labels_in, where
from .years import YEAR

# Labels an imprint's words may carry when the labeller misread them
_MISREAD = frozenset(("title", "container", "place", "publisher", "other"))
# Labels that say the reference is in a journal, a book or a meeting, not a book's own imprint
_LOCATED = frozenset(("volume", "issue", "pages", "editor", "note"))
# A year as its own token, perhaps with its letter ("2030a")
_YEAR = re.compile(rf"{YEAR.pattern}[a-z]?")
# At most this many words in a publisher's name
_MOST_WORDS = 8


def place_comma_publisher(labelled: list[Labelled]) -> list[Labelled]:
    """ "Title. Rio de Exemplo, Nova Exemplo.": the last sentence, after a year printed
    before the title, labelled the place and the publisher, and the words before it back
    to the year the title."""
    words = list(texts_of(labelled))
    # (what is asked in C first: most entries have a volume or pages)
    if "In" in words or "In:" in words or not _LOCATED.isdisjoint(labels_in(labelled)):
        return labelled
    # the year printed after the names, whatever the labeller made of it
    year = next((i for i in figures_at(labelled) if _YEAR.fullmatch(words[i])), -1)
    end = len(words) - 1 if words and words[-1] == "." else len(words)
    stop = max((i for i in where(labelled, ".") if year < i < end), default=-1)
    if year < 0 or stop <= year + 2 or "," not in words[stop:end]:
        return labelled
    comma = words.index(",", stop)
    place, publisher = labelled[stop + 1 : comma], labelled[comma + 1 : end]
    if (
        not a_place(place)
        or not 0 < len(publisher) <= _MOST_WORDS
        or not all(x.label in _MISREAD for x in labelled[stop + 1 : end])
        or not all(_a_name_word(x.token.text) for x in publisher)
        or PUBLISHER_LAST.search(" ".join(x.token.text for x in place))
    ):
        return labelled
    first = next((i for i in range(year + 1, stop) if words[i][:1].isalnum()), stop)
    return [
        *labelled[:year],
        labelled[year]._replace(label="year"),
        *labelled[year + 1 : first],
        *(x._replace(label="title") for x in labelled[first:stop]),
        labelled[stop]._replace(label="other"),
        *(x._replace(label="place") for x in place),
        labelled[comma]._replace(label="other"),
        *(x._replace(label="publisher") for x in publisher),
        *labelled[end:],
    ]


def _a_name_word(word: str) -> bool:
    """A word of a publisher's name: capitalised or an acronym ("Nova", "EMPEX"), the small
    words of names, or its marks ("&", "-")."""
    return (word[:1].isupper() and not any(c.isdigit() for c in word)) or word in (
        "de", "do", "da", "dos", "das", "del", "e", "y", "&", "-", "and", "of",
    )  # fmt: skip
