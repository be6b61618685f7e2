"""Superscripts a copy padded on both sides ("the gardens 14  and the fields"): where the
markup held a space before and after each raised number and the copy kept them beside the
words' own, every citation it prints after a space is followed by two spaces, or by a space
at the line's end; prose puts one space after a number. Where most of the citations a
first reading took after a space are padded so, a number after a space in mid-clause,
then two spaces and a word, is one too, whatever the word (the article's language, a
noun: "the gardens 14  and", "the marker Xb, 6  p21"). Asked only of a manuscript read
as spacing its superscripts (:func:`~blinarefs.trace.decode.decode_markers`). Pure: the
decisions taken and a few characters either side of each run.
"""

from __future__ import annotations

import re

from .candidates import MEDIUM, RUN, Candidate, expand_numbers, rising_end
from .clause_end import padding_before
from .infer import Decision
from .quantities import spaced_quantity
from .spaced import a_label_after_a_space
from .spacing import taken_after_space
from .textpos import HSPACE

PADDED_HABIT = 5  # padded citations after a space, at least
PADDED_SHARE = 0.8  # ... and this share of those taken after a space
# after a citation's digits: two spaces, or a space at the line's end (the padding)
_PADDING = re.compile(r"[^\S\n](?:[^\S\n]|\n|$)")
# in mid-clause: two or three spaces, then a word
_PADDED_IN_MID_CLAUSE = re.compile(r"[^\S\n]{2,3}[^\W\d_]")
_BEFORE_THE_SPACE = ",;:)"  # a word's end, or a clause's or an aside's inside a sentence


def pads_superscripts(body: str, decisions: list[Decision]) -> bool:
    """Whether the flattened citations taken after a space are nearly all padded after
    their digits too, five or more."""
    spaced = taken_after_space(body, decisions, HSPACE)
    padded = sum(1 for c in spaced if _PADDING.match(body, c.end))
    return padded >= PADDED_HABIT and padded >= PADDED_SHARE * len(spaced)


def padded_candidates(body: str) -> list[Candidate]:
    """Each run after one space in mid-clause (after a word, or its comma) and before two
    spaces and a word, that no quantity's word governs and that is no label of the text's
    own ("aged 5  and", "compounds 2 and 3"): medium, the habit vouches for it."""
    out: list[Candidate] = []
    for m in RUN.finditer(body):
        start, end = m.start(), rising_end(body, m.start(), m.end())
        # one space, or the two or three a copy leaves where the raised run held its own
        # space beside the prose's ("doenças;  8  assim": clause_end.padding_before)
        space = padding_before(body, start)
        if space < 1 or body[space] not in HSPACE or body[space - 1] in HSPACE:
            continue
        if not (body[space - 1].isalpha() or body[space - 1] in _BEFORE_THE_SPACE):
            continue
        if not _PADDED_IN_MID_CLAUSE.match(body, end):
            continue
        numbers = expand_numbers(body[start:end])
        if not numbers or spaced_quantity(body, space, end):
            continue
        if a_label_after_a_space(body, start, end):
            continue
        out.append(Candidate(start, end, "superscript", MEDIUM, numbers))
    return out
