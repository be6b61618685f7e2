"""A title's first words after an author-year list's year, read as neither the title's.

The author-year styles print the year between the names and the title ("Roe A, Doe B
2030 Title", "Roe A. 2030. Title", "Roe A (2030) Title"). The labeller, which has seen
journals' names and the "In" of chapters right after a year, leaves a title's first words
out of it there when they look like those: "Polyploidy, reproductive biology, and |
Examples: ...", "Proteomics and | comparative genomic ...", "Global, 30-m | resolution
...", "In | planta transformation ...", and a number opening the title ("Roe J (2030) 750 |
MHz made-up spectra ...", "3 | D maps ..."). Nothing but the title is printed between the
year and the title's own words, so the words between them, with no stop, bracket or date in
them and not opening in lower case, are the title's. The year itself, printed bare before a
title that opens with a number ("Roe J. 2030 3' UTR variants ...", "Roe J, et al 2030 2030
update of ..."), is read as the title's first word: with no year read elsewhere, it is the
year.
"""

from __future__ import annotations

from .chapters import EDITOR_MARKS
from .features import MONTHS
from .labeller import Labelled, texts_of
from .token_index import first_of, labels_in
from .years import YEAR

# what the labeller gives the words it left out of the title
_LEFT_OUT = frozenset({"other", "container"})
# marks a title's first words hold none of: a sentence's end, a bracket, a list's mark
_BREAKS = frozenset({".", "(", ")", "[", "]", ";", ":", "?", "!"})
# what may close the year before the title: "2030.", "(2030)", "2030:"
_YEAR_CLOSE = frozenset({".", ")", ":", ","})
# the editors' mark in its parenthesis, its full stop a token of its own ("(Ed.)")
_EDITORS = EDITOR_MARKS | {""}


def title_opening_after_year(labelled: list[Labelled]) -> list[Labelled]:
    """The words between the names' year and the title read, given to the title."""
    first = first_of(labelled, "title")
    if first < 3:
        return labelled
    k = first
    while k > 0 and labelled[k - 1].label in _LEFT_OUT:
        # (a colon right before the title read opens its subtitle: "(2030) The Book of
        # Widgets: | Made-up Essays. Place: Press", as SAGE's Harvard prints a book)
        if labelled[k - 1].token.text in _BREAKS and not _subtitle_colon(labelled, k, first):
            break
        k -= 1
    closing = labelled[k - 1].label == "year" or labelled[k - 1].token.text in _YEAR_CLOSE
    if k == first or not closing:
        return labelled
    year = k - 1 if labelled[k - 1].label == "year" else k - 2
    if year < 1 or labelled[year].label != "year" or not _after_names(labelled, year):
        return labelled
    words = list(texts_of(labelled)[k:first])
    if not words[0][:1].isalnum() or words[0][:1].islower():
        return labelled
    if any(w.lower() in MONTHS for w in words):
        return labelled
    return [x._replace(label="title") if k <= i < first else x for i, x in enumerate(labelled)]


def _subtitle_colon(labelled: list[Labelled], k: int, first: int) -> bool:
    """Whether the token before ``k`` is the colon right before the title read."""
    return k == first and labelled[k - 1].token.text == ":"


def year_opening_title(labelled: list[Labelled]) -> list[Labelled]:
    """A bare year right after the names (or their stop) read as the title's first word,
    when no year is read elsewhere, given to the year."""
    first = first_of(labelled, "title")
    if first < 1 or first + 1 >= len(labelled) or labelled[first + 1].label != "title":
        return labelled
    if not YEAR.fullmatch(labelled[first].token.text) or not _after_names(labelled, first):
        return labelled
    if "year" in labels_in(labelled):
        return labelled
    return [x._replace(label="year") if i == first else x for i, x in enumerate(labelled)]


def _after_names(labelled: list[Labelled], year: int) -> bool:
    """The year stands right after the names, alone or in its parenthesis, after their stop."""
    before = year - 1
    if labelled[before].token.text in ("(", ".", ","):
        before -= 1
    if before > 1 and labelled[before].token.text == ")":  # the editors' "(eds) (2030)"
        opened = before - 1
        while opened > 0 and labelled[opened].token.text.lower().rstrip(".") in _EDITORS:
            opened -= 1
        if opened < before - 1 and labelled[opened].token.text == "(":
            before = opened - 1
    return before >= 0 and labelled[before].label == "author"
