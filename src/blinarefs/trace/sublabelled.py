"""Flattened superscripts that name parts of a sub-labelled reference: "disease.1b, 1c".

Chemistry journals sub-label the works of one reference ("1a", "1b", "1c") and cite them by
number and letter. A copy that flattens the superscripts glues "1b, 1c" or "1a–c" to the
text; the digit runs of :mod:`blinarefs.trace.superscripts` end at a digit, so the letter
stops them. Read only where the list sub-labels that number (``ReferenceIndex.parts``) and
the group is glued to a word or to its punctuation, as a flattened superscript is: "see
compound 1b" (after a space) and "Fig.1b" (a label) stay text. The letters themselves are
resolved from the marker's text (``ReferenceIndex.cited``). Linear: one regex pass.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from .candidates import DASHES, MEDIUM, STRONG, Candidate

# a number with its part's letter or range of letters ("1b", "1a–c"), then more of them or
# letters of the same number ("1b,c"), comma-separated; glued after a lower-case word or
# its punctuation, ending where a word would
_ITEM = rf"\d{{1,3}}(?:[a-z](?:[{DASHES}][a-z])?)?"
_LETTER = rf"[a-z](?:[{DASHES}][a-z])?"
_GROUP = re.compile(
    rf"(?:(?<=[a-z]{{3}})|(?<=[A-Za-z)][.,;:]))(?<!\b[Ff]ig[.,;:])"
    rf"({_ITEM}(?:,\s?(?:{_ITEM}|{_LETTER}(?![a-z\d])))*)(?![\w])"
)
# the same group in parentheses, as a list that sub-labels prints them "(16a)", "(25a,b)"
# or glued to a word, as a copy flattens a superscript printed in them ("meals(12a)")
_PARENTHESISED = re.compile(
    rf"(?:(?<![\w(])|(?<=[a-z]{{3}}))\(({_ITEM}(?:,\s?(?:{_ITEM}|{_LETTER}(?![a-z\d])))*)\)"
    r"(?![\w(])"
)
# after one space, where a manuscript prints its superscripts so ("species 6a , it"), and
# before the punctuation that ends a clause: "series 3b and" is a label
_SPACED = re.compile(
    rf"(?<=[a-z]{{3}}[^\S\n])({_ITEM}(?:,\s?(?:{_ITEM}|{_LETTER}(?![a-z\d])))*)"
    r"(?=[^\S\n]{0,3}[.,;:)](?:\s|$))"
)
_NUMBER_LETTER = re.compile(r"(\d+)([a-z])?")


def sub_labelled_candidates(
    text: str, parts: Mapping[int, object], spaced: bool = False
) -> list[Candidate]:
    """Glued groups that letter at least one number the list sub-labels ("disease.1b, 1c",
    "virus,2a–c"), each every number it names; nothing where the list sub-labels none.
    ``spaced``: the manuscript prints its superscripts after a space, so groups after one
    space before a clause's punctuation are read too ("species 6a , it")."""
    if not parts:
        return []
    out = []
    for m in _SPACED.finditer(text) if spaced else ():
        numbers = _parts_cited(m.group(1), parts)
        if numbers:
            out.append(Candidate(m.start(1), m.end(1), "superscript", MEDIUM, numbers))
    for m in _GROUP.finditer(text):
        numbers = _parts_cited(m.group(1), parts)
        if numbers:
            out.append(Candidate(m.start(1), m.end(1), "superscript", STRONG, numbers))
    for m in _PARENTHESISED.finditer(text) if "(" in text else ():
        # in parentheses, a chemist's compound "(3a)" is printed alike: medium, and the
        # manuscript's convention and the order of first citations decide
        numbers = _parts_cited(m.group(1), parts)
        if numbers:
            out.append(Candidate(m.start(), m.end(), "paren", MEDIUM, numbers))
    return out


def _parts_cited(group: str, parts: Mapping[int, object]) -> tuple[int, ...]:
    """The numbers a group names where it letters at least one number the list sub-labels
    and none it does not ("1b, 7c" where 7 has no parts cites nothing of this list)."""
    items = _NUMBER_LETTER.findall(group)
    if not any(letter and int(n) in parts for n, letter in items):
        return ()
    if any(letter and int(n) not in parts for n, letter in items):
        return ()
    return tuple(dict.fromkeys(int(n) for n, _ in items))
