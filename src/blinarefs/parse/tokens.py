"""Cut a printed reference into the tokens the sequence labeller reads.

A token is a word, a number, a run of punctuation, or a thing that must stay whole for its
field to be read back (a DOI, a URL, a page range "836-47", an e-page "1640.e7"). Each
token keeps its offsets, so a field is cut from the printed text as printed, spacing and all.
"""

from __future__ import annotations

import re
from itertools import chain, repeat
from operator import gt
from typing import NamedTuple

# Order matters: the alternatives that keep things whole come first.
_TOKEN = re.compile(
    r"https?://\S+?(?=[.,;)\]]?(?:\s|$))"  # URL, without a closing full stop
    r"|www\.\S+?(?=[.,;)\]]?(?:\s|$))"
    r"|10\.\d{4,9}/\S+?(?=[.,;)\]]?(?:\s|$))"  # a DOI after "doi:" or alone
    r"|PMC\d+"
    r"|[A-Za-z]{0,3}\d+(?:\.e\d+)?[A-Za-z]?\s*[-–—]\s*[A-Za-z]{0,3}\d+(?:\.e\d+)?[A-Za-z]?\b"
    r"|\d+\.e\d+"  # e-page 1640.e7
    r"|[^\W\d_]+(?:['’\-‐‑][^\W\d_]+)*"  # a word, with its hyphens and apostrophes
    # a year before a comma stands alone: "Curr Biol 2030,24:2491" prints its volume there
    r"|(?:19|20)\d\d(?=,\d)"
    # a number, an edition "5th", "5a"; not into a DOI glued to its full stop, as a copy of
    # PMC's page prints one after the page ("12:e0123.10.x/y")
    r"|\d+(?:[.,](?!10\.\d{4,9}/)\d+)*(?:st|nd|rd|th|a|º|ª)?"
    r"|[^\w\s]"  # one mark
    r"|_+",
    re.UNICODE,
)


class Token(NamedTuple):  # a tuple: made tens of times a reference, it must be cheap
    text: str
    start: int
    end: int
    space_before: bool  # printed with a space before it


_NEW = tuple.__new__  # a Token made without the Python-level __new__ NamedTuple gives it
_AFTER_NOTHING = (-1,)  # where the token before the first one ends: it has a space before it


def tokenize(text: str) -> list[Token]:
    """The tokens of ``text``, in order, each made in C (``map`` over the matches), where
    a loop in Python placing each text with ``str.find`` cost 4% more. A token has a
    space before it when it starts past the end of the one before it (every character but
    white space is in a token: each alternative of the pattern starts on one, and one mark
    alone is a token); the first always has."""
    found = list(_TOKEN.finditer(text))
    starts = list(map(re.Match.start, found))
    ends = list(map(re.Match.end, found))
    spaced = map(gt, starts, chain(_AFTER_NOTHING, ends))
    texts = map(re.Match.group, found)
    return list(map(_NEW, repeat(Token), zip(texts, starts, ends, spaced, strict=True)))
