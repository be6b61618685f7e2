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
from .labeller import Labelled, texts_of
from .token_index import figures_at
from .years import YEAR

# Labels the paper's words may carry when the labeller misread them
_MISREAD = frozenset(("title", "container", "place", "publisher", "other"))
# Labels that say the reference is in a journal or a book, with its own locators (a page
# may follow the day: the section's, "2030. Caderno B, p. 4.")
_LOCATED = frozenset(("volume", "issue", "editor"))
_DAY = re.compile(r"(?:[1-9]|[12]\d|3[01])")
_YEAR = re.compile(rf"{YEAR.pattern}[a-z]?")
_YEAR_FIRST = ("1", "2")  # what a year opens with
# The most words in a paper's name and place ("Folha de S. Paulo, São Paulo")
_MOST_WORDS = 10


def newspaper_issue(labelled: list[Labelled]) -> list[Labelled]:
    """ "Título. Jornal do Exemplo, Springfield, 3 set. 2030. Caderno B.": the paper's name
    the journal, its place and day no title, its section no journal."""
    words = list(texts_of(labelled))
    if "In" in words or "In:" in words:
        return labelled
    for year in figures_at(labelled):  # (the tokens a figure opens: found in C)
        if (
            year >= 3
            and words[year][:1] in _YEAR_FIRST
            and _YEAR.fullmatch(words[year])
            and (start := _date_start(words, year)) is not None
        ):
            return _read(labelled, words, start, year)
    return labelled


def _date_start(words: list[str], year: int) -> int | None:
    """Where the issue's date before the year at ``year`` opens: its day ("3 set. 2030",
    "14 mar 2030") or its month ("Oct. 6, 2030", "ago., 2030")."""
    month = year - 1 - (words[year - 1] == ".")
    if _a_month(words[month]) and _DAY.fullmatch(words[month - 1]):
        return month - 1
    if words[year - 1] != "," or year < 4:
        return None
    if _DAY.fullmatch(words[year - 2]):
        month = year - 3 - (words[year - 3] == ".")
        return month if _a_month(words[month]) else None
    month = year - 2 - (words[year - 2] == ".")  # a month's issue, "ago., 2030"
    return month if _a_month(words[month]) else None


def _a_month(word: str) -> bool:
    """A month's name, whole or cut ("set", "sep.", "maio", "septiembre"): its first three
    letters are one's."""
    low = word.lower()
    return low.isalpha() and (low in MONTHS or low[:3] in MONTHS)


def _read(labelled: list[Labelled], words: list[str], day: int, year: int) -> list[Labelled]:
    """The reading of the issue whose date opens at ``day`` and whose year is at ``year``,
    if the words before the date are a paper's name after the title's end."""
    if words[day - 1] not in (",", "."):
        return labelled
    stop = next((i for i in range(day - 2, 0, -1) if _sentence_end(words, i)), -1)
    paper = range(stop + 1, day - 1)
    if (
        stop < 1
        or not 0 < len(paper) <= _MOST_WORDS
        or not words[stop + 1][:1].isupper()
        or ":" in words[stop + 1 : day]  # a title's colon ("Disease: advice, 7 May 2030")
        # the issue's date ends a sentence (or a date of access follows it)
        or words[year + 1 : year + 2] not in ([], ["."], ["["])
        or not any(x.label == "title" for x in labelled[:stop])
        or not all(labelled[i].label in _MISREAD for i in range(stop, day))
        or any(labelled[i].label == "pages" for i in range(day))
        # the day, read as a volume, is the only locator ("Oct. 6, 2030")
        or any(x.label in _LOCATED for i, x in enumerate(labelled) if not day <= i < year)
    ):
        return labelled
    comma = next((i for i in paper if words[i] == ","), day - 1)
    out = list(labelled)
    # the title's last words, read as the journal the paper is ("Title, its last words.
    # Paper, 3 set. 2030.")
    title_end = stop
    while title_end > 0 and out[title_end - 1].label == "container":
        title_end -= 1
    if title_end < stop and out[title_end - 1].label == "title":
        out[title_end:stop] = [x._replace(label="title") for x in out[title_end:stop]]
    for i in range(stop + (words[stop] != "."), year):  # (a title's "?" is its own)
        out[i] = out[i]._replace(label="container" if stop < i < comma else "other")
    out[year] = out[year]._replace(label="year")
    # the paper's section printed after the year ("2030. Caderno B.") is no journal
    for i in range(year + 1, len(out)):
        if out[i].label not in ("container", "title", "other") or words[i][:4] == "http":
            break
        out[i] = out[i]._replace(label="other")
    return out


def _sentence_end(words: list[str], i: int) -> bool:
    """A mark that ends a sentence, not an initial's full stop ("Folha de S. Paulo")."""
    if words[i] in ("?", "!"):
        return True
    return words[i] == "." and not (len(words[i - 1]) == 1 and words[i - 1].isupper())
