"""A bracket opened at the title's end and closed inside what the labeller read as the
journal: "Title of the Made Up Society (MUS) Guideline. Made Up J 2030;4:5". The labeller
has seen such abbreviations open journals; the bracket's pair says the words to it, and on
to the next full stop, are still the title's.
"""

from __future__ import annotations

from .labeller import Labelled
from .token_index import first_of

_CLOSING = {"(": ")", "[": "]"}


def bracket_closed_in_journal(labelled: list[Labelled]) -> list[Labelled]:
    """A bracket opened at the title's end and closed inside what the labeller read as the
    journal ("Title of the Made Up Society (MUS) Guideline. Made Up J 2030;4:5"): an
    abbreviation it has seen opening journals. The words to the closing bracket, and on to
    the next full stop, are the title's; the journal starts after that full stop."""
    c = first_of(labelled, "container")
    o = c if c >= 0 and labelled[c].token.text in _CLOSING else c - 1
    if o < 1 or labelled[o].token.text not in _CLOSING or labelled[o - 1].label != "title":
        return labelled
    close = _CLOSING[labelled[o].token.text]
    end = c
    while end < len(labelled) and labelled[end].label == "container":
        if labelled[end].token.text == close:
            break
        end += 1
    stop = end
    while stop < len(labelled) and labelled[stop].label == "container":
        if labelled[stop].token.text == ".":
            break
        stop += 1
    if (
        end >= len(labelled)
        or labelled[end].token.text != close
        or stop + 1 >= len(labelled)
        or labelled[stop].token.text != "."
        or labelled[stop + 1].label != "container"
    ):
        return labelled
    out = [x._replace(label="title") if o <= i < stop else x for i, x in enumerate(labelled)]
    out[stop] = out[stop]._replace(label="other")
    return out
