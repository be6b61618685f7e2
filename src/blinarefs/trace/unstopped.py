"""A spaced superscript that ends a sentence printed with no full stop after it.

A copy that spaces its superscripts ("in insects 3.") also leaves some where the sentence
prints no full stop at all: the last sentence of a paragraph ("with lower toxicity
33,45,48" and a paragraph break), or a sentence that runs into the next one ("the threat
they pose 4, 7, 8, 22 However, none"). A count or a label does not close a paragraph of
prose without its full stop, nor does a group of numbers run into a capitalised word; a
heading's or a table line's number does ("Figure 2", "Total 118"), on a line of a few
words. Pure: the line around a run.
"""

from __future__ import annotations

import re

from .textpos import word_before

SENTENCE_WORDS = 6  # words on the run's line before it: a sentence, no heading or table row
_PARAGRAPH_END = re.compile(r"[^\S\n]*(?:\n|$)")
_NEXT_SENTENCE = re.compile(r"[^\S\n]{1,2}[A-Z][a-z]{2,}\b")  # " However", not " I" or " CD4"
_GROUP = re.compile(r"\d[,\u2013\u2014–-]")  # "4, 7", "33,45", "12–14": more than one number


def ends_an_unstopped_sentence(text: str, space: int, end: int) -> bool:
    """Whether the run after the space at ``space``, up to ``end``, closes a sentence of
    prose whose full stop the text does not print: at its paragraph's end, or, a group,
    before the capitalised word that opens the next sentence; after a lower-case word."""
    word, ws = word_before(text, space)
    if len(word) < 3 or not word.islower():
        return False
    line = text[text.rfind("\n", 0, ws) + 1 : ws]
    if len(line.split()) < SENTENCE_WORDS or "\t" in line:
        return False
    if _PARAGRAPH_END.match(text, end):
        return True
    return (
        _GROUP.search(text, space, end) is not None and _NEXT_SENTENCE.match(text, end) is not None
    )
