"""A title that ends in the place it studied, read by the labeller as the journal's start.

Public-health titles often close on the place of the study, after a comma: "Exposure to
dust among bakery workers, Nakhon Sawan, Thailand. Occup Med Lond 2011;5:36-45." The
labeller, which has seen journal names that open with a place, gives the place to the
journal, so the journal reads "Thailand. Occup Med Lond" and a place of two words between
commas is lost. A journal's name never opens with a comma after the title: words that
follow the title's comma and end at a full stop before the journal's own words are the
title's. The journal after the place is two words or more, with no full stop of its own
(an abbreviated journal cut at one, "Methods Mol. Biol.", is left whole).
"""

from __future__ import annotations

import itertools

from .labeller import Labelled
from .token_index import last_of

# At most this many words of a place ("Chiang Rai, Thailand"; "Lakeside City, Norway")
_MOST_WORDS = 6


def _place_word(x: Labelled) -> bool:
    """A place's word: spelled out and capitalised ("Sawan", "City"), not an abbreviation
    a journal's name is made of ("J", "Med")."""
    text = x.token.text
    return len(text) > 2 and text.isalpha() and text[0].isupper() and not text.isupper()


def place_closing_title(labelled: list[Labelled]) -> list[Labelled]:
    """The place after the title's comma given back to the title, when the journal's run
    holds it and then a full stop: "workers, Chiang Rai, Thailand. Int J Tuberc Lung Dis"."""
    last = last_of(labelled, "title")
    comma = last + 1
    if last < 0 or comma + 1 >= len(labelled) or labelled[comma].token.text != ",":
        return labelled
    if labelled[comma + 1].label != "container":
        return labelled
    words = 0
    for stop in range(comma + 1, len(labelled) - 1):
        x = labelled[stop]
        if x.label not in ("container", "other") or words > _MOST_WORDS:
            return labelled
        if x.token.text == ".":
            break
        if x.token.text == ",":
            continue
        if not _place_word(x):
            return labelled
        words += 1
    else:
        return labelled
    journal = labelled[stop + 1]
    if not words or journal.label != "container" or not journal.token.text[:1].isupper():
        return labelled
    run = list(itertools.takewhile(lambda x: x.label == "container", labelled[stop + 1 :]))
    if len(run) < 2 or any(x.token.text == "." for x in run):
        return labelled  # an abbreviated journal cut at a stop: "Methods Mol. Biol., p 223"
    return [
        *labelled[:comma],
        *(x._replace(label="title") for x in labelled[comma:stop]),
        labelled[stop]._replace(label="other"),
        *labelled[stop + 1 :],
    ]
