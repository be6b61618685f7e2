"""A title in quotation marks before the journal, as Harvard styles print it ("Roe A. (2030)
‘A Title: Its Causes, Its Cures’, Journal of Examples, 11: 85–111."): the labeller, which has
seen few such lists, ends the title at a comma inside the quotation and takes the rest of it
for the journal, or takes the journal's first words ("Infection, Genetics and Evolution")
into the title. The quotation is the title; what follows it up to the volume is the journal.
"""

from __future__ import annotations

import re

from .journal_places import NAMED_VOLUME
from .labeller import Labelled
from .token_index import first_of, label_from

_OPENING = {"‘": "’", "“": "”"}
# What may follow a quoted title's closing mark: the comma or full stop before the journal
_AFTER_QUOTE = frozenset({",", "."})
# A journal's words between a quoted title and the volume: no number, no "In" (a book's)
_JOURNAL_TOKEN = re.compile(r"[^\W\d_][\w'’\-.&]*|[(),;:&.]")
_QUOTED_SIDE = frozenset({"title", "container", "other"})


def _quoted_span(labelled: list[Labelled]) -> tuple[int, int, int] | None:
    """The tokens of a title printed in quotation marks, from its opening mark to its
    closing one, and where what follows it starts: the opening mark is the first title
    token or the one before it, and the closing mark is the first of its kind followed by
    a comma or a full stop, or after one, as American style prints it ("Title,” J. Made
    Up 52, 495"; an apostrophe, "patients’ views", is followed by a word)."""
    start = first_of(labelled, "title")
    if start > 0 and labelled[start - 1].token.text in _OPENING:
        start -= 1
    if start < 0 or (close := _OPENING.get(labelled[start].token.text)) is None:
        return None
    for end in range(start + 1, len(labelled) - 1):
        x = labelled[end]
        if x.label not in _QUOTED_SIDE:
            return None
        if x.token.text == close and labelled[end + 1].token.text in _AFTER_QUOTE:
            return start, end, end + 2
        if x.token.text == close and labelled[end - 1].token.text in _AFTER_QUOTE:
            return start, end - 1, end + 1
    return None


def quoted_title_before_journal(labelled: list[Labelled]) -> list[Labelled]:
    """ "‘Title, With Commas’, Journal Name, 11: 85–111": the quotation is the title and
    the words after it, up to the comma before the volume, the journal, wherever the labeller
    cut them. Only where a volume follows, and the words between are a name's (no number,
    not "in" a book)."""
    span = _quoted_span(labelled)
    if span is None:
        return labelled
    start, close, first = span  # first: after the closing mark and its comma or full stop
    volume = label_from(labelled, "volume", first)
    if volume < 0:
        return labelled
    end = volume
    while end > first and labelled[end - 1].token.text in (",", ".", ";"):
        end -= 1
    if end > first and labelled[end - 1].token.text.lower() in NAMED_VOLUME:
        end -= 1  # IEEE's "Journal, vol. 13": the word that names the volume is no name's
        while end > first and labelled[end - 1].token.text in (",", ".", ";"):
            end -= 1
    words = labelled[first:end]
    if (
        not words
        or len(words) > 20
        or words[0].token.text.lower() in ("in", "em", "en")
        or not words[0].token.text[:1].isupper()
        or any(x.label not in _QUOTED_SIDE or not _JOURNAL_TOKEN.fullmatch(x.token.text)
               for x in words)
    ):  # fmt: skip
        return labelled
    # the marks are not the title's: its own apostrophe ("patients’ views") keeps the
    # quotes around it otherwise. Closed American style, only the journal's words read
    # into the title are given back to it: the rest is as the labeller read it.
    american = labelled[close].token.text in _AFTER_QUOTE
    return [
        *labelled[:start],
        labelled[start]._replace(label="other"),
        *(x._replace(label="title") for x in labelled[start + 1 : close]),
        *(x._replace(label="other") for x in labelled[close:first]),
        *(x if american and x.label != "title" else x._replace(label="container") for x in words),
        *labelled[end:],
    ]
