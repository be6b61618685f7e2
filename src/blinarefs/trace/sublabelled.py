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

from .candidates import DASHES, STRONG, Candidate

# a number with its part's letter or range of letters ("1b", "1a–c"), then more of them or
# letters of the same number ("1b,c"), comma-separated; glued after a lower-case word or
# its punctuation, ending where a word would
_ITEM = rf"\d{{1,3}}(?:[a-z](?:[{DASHES}][a-z])?)?"
_LETTER = rf"[a-z](?:[{DASHES}][a-z])?"
_GROUP = re.compile(
    rf"(?:(?<=[a-z]{{3}})|(?<=[a-z)][.,;:]))(?<!\b[Ff]ig[.,;:])"
    rf"({_ITEM}(?:,\s?(?:{_ITEM}|{_LETTER}(?![a-z\d])))*)(?![\w])"
)
_NUMBER_LETTER = re.compile(r"(\d+)([a-z])?")


def sub_labelled_candidates(text: str, parts: Mapping[int, object]) -> list[Candidate]:
    """Glued groups that letter at least one number the list sub-labels ("disease.1b, 1c",
    "virus,2a–c"), each every number it names; nothing where the list sub-labels none."""
    if not parts:
        return []
    out = []
    for m in _GROUP.finditer(text):
        items = _NUMBER_LETTER.findall(m.group(1))
        if not any(letter and int(n) in parts for n, letter in items):
            continue
        if any(letter and int(n) not in parts for n, letter in items):
            continue  # "1b, 7c" where 7 has no parts: no citation of this list
        numbers = tuple(dict.fromkeys(int(n) for n, _ in items))
        out.append(Candidate(m.start(1), m.end(1), "superscript", STRONG, numbers))
    return out
