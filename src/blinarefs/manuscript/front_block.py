"""Where a Word manuscript's title and author block ends: what comes before it (title,
byline, affiliations, dates) raises its digits for other reasons than citing, so the
readers of raised citations start after it. Kept apart from the walk through the XML,
which only records the paragraphs this looks at.
"""

from __future__ import annotations

import re

from .docx_walk import Stream
from .superscript import FRONT_END


def front_end(stream: Stream) -> int:
    """Where the title and author block ends: at the first Abstract/Introduction-like
    heading or the first paragraph of 30 words or more, whichever comes first; a long
    paragraph of names or affiliations (a consortium's authors, every affiliation in one
    paragraph) is still the author block. A short note with neither (a letter, a brief
    report) ends it at its first paragraph of prose (:func:`_prose`): else every raised
    affiliation number in its byline reads as a citation."""
    text = stream.text
    prose = None
    for para in stream.paragraphs:
        shown = text[para.start : para.end]
        words = shown.split()
        if FRONT_END.match(shown) and len(words) <= 40:
            return para.label_start
        if len(words) >= 30 and not _byline(words):
            return para.label_start
        if prose is None and not para.cell and _prose(shown, words):
            prose = para.label_start
    return prose or 0


# a sentence's end after a word in lower case, its raised citations flattened after it
_SENTENCE_END = re.compile(r"[a-z][.!?][\d,\u2013-]*(?:\s|$)")
PROSE_WORDS = 8  # a title block's lines are shorter, or mostly capitalised


def _prose(shown: str, words: list[str]) -> bool:
    """A paragraph of running text: a sentence of at least ``PROSE_WORDS`` words, most of
    them in lower case, as no title, byline, affiliation or date line is."""
    if len(words) < PROSE_WORDS or not _SENTENCE_END.search(shown):
        return False
    lower = sum(1 for w in words if w[:1].islower())
    upper = sum(1 for w in words if w[:1].isupper())
    return lower > upper


def _byline(words: list[str]) -> bool:
    """Names or affiliations rather than prose: few words start in lower case ("Jane Roe¹,
    John Doe², ... and Ann Poe³"; "¹Department of Tests, University of Nowhere; ²...").
    Only words in a script with case count: prose in Chinese is never a byline."""
    lower = sum(1 for w in words if w[:1].islower())
    upper = sum(1 for w in words if w[:1].isupper())
    return lower + upper >= 20 and lower < 0.4 * (lower + upper)
