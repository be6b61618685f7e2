"""A newspaper's article, as ABNT and Vancouver print it: the paper's name, perhaps its place,
and the day of the issue after the title, "ROE, J. Título. Jornal do Exemplo, Springfield,
3 set. 2030. Caderno B." and "Roe J. Título. Folha de Exemplo. 14 mar 2030."

The labeller, which learnt journals by their volumes and pages, has no cue that the sentence
after the title is a paper's name: it ran the title on over the name, the place and the day
("Título. Jornal do Exemplo, Springfield, 3 set") and took the paper's section printed after
the year ("Caderno B") for the journal. A sentence of a few words between the title and a
day, a month and a year, in a reference that names no volume, issue or pages, is the
paper's name (up to its first comma: what follows is its place); the section is no field.
"""

from __future__ import annotations

import re

from .features import MONTHS
from .labeller import Labelled
from .years import YEAR

# Labels the paper's words may carry when the labeller misread them
_MISREAD = frozenset(("title", "container", "place", "publisher", "other"))
# Labels that say the reference is in a journal or a book, with its own locators (a page
# may follow the day: the section's, "2030. Caderno B, p. 4.")
_LOCATED = frozenset(("volume", "issue", "editor"))
_DAY = re.compile(r"(?:[1-9]|[12]\d|3[01])")
_YEAR = re.compile(rf"{YEAR.pattern}[a-z]?")
# The most words in a paper's name and place ("Folha de S. Paulo, São Paulo")
_MOST_WORDS = 10


def newspaper_issue(labelled: list[Labelled]) -> list[Labelled]:
    """ "Título. Jornal do Exemplo, Springfield, 3 set. 2030. Caderno B.": the paper's name
    the journal, its place and day no title, its section no journal."""
    words = [x.token.text for x in labelled]
    if any(x.label in _LOCATED for x in labelled) or "In" in words or "In:" in words:
        return labelled
    for year in range(3, len(words)):
        if not _YEAR.fullmatch(words[year]):
            continue
        month = year - 1 - (words[year - 1] == ".")
        day = month - 1
        if not (_a_month(words[month]) and _DAY.fullmatch(words[day])):
            continue
        return _read(labelled, words, day, year)
    return labelled


def _a_month(word: str) -> bool:
    """A month's name, whole or cut ("set", "sep.", "maio", "septiembre"): its first three
    letters are one's."""
    low = word.lower()
    return low.isalpha() and (low in MONTHS or low[:3] in MONTHS)


def _read(labelled: list[Labelled], words: list[str], day: int, year: int) -> list[Labelled]:
    """The reading of the issue whose day is at ``day`` and year at ``year``, if the words
    before the day are a paper's name after a title's full stop."""
    if words[day - 1] not in (",", "."):
        return labelled
    stop = next((i for i in range(day - 2, 0, -1) if _sentence_end(words, i)), -1)
    paper = range(stop + 1, day - 1)
    if (
        stop < 1
        or not 0 < len(paper) <= _MOST_WORDS
        or not words[stop + 1][:1].isupper()
        or ":" in words[stop + 1 : day]  # a title's colon ("Disease: advice, 7 May 2030")
        or words[year + 1 : year + 2] not in ([], ["."])  # the issue's day ends a sentence
        or not any(x.label == "title" for x in labelled[:stop])
        or not all(labelled[i].label in _MISREAD for i in range(stop, year))
        or any(labelled[i].label == "pages" for i in range(year))
    ):
        return labelled
    comma = next((i for i in paper if words[i] == ","), day - 1)
    out = list(labelled)
    for i in range(stop, year):
        out[i] = out[i]._replace(label="container" if stop < i < comma else "other")
    out[year] = out[year]._replace(label="year")
    # the paper's section printed after the year ("2030. Caderno B.") is no journal
    for i in range(year + 1, len(out)):
        if out[i].label not in ("container", "title", "other") or words[i][:4] == "http":
            break
        out[i] = out[i]._replace(label="other")
    return out


def _sentence_end(words: list[str], i: int) -> bool:
    """A full stop that ends a sentence, not one of an initial's ("Folha de S. Paulo")."""
    return words[i] == "." and not (len(words[i - 1]) == 1 and words[i - 1].isupper())
