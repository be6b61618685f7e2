"""Author-year citations that name a work by the words its entry opens with.

A work with no author is cited in an author-year text by its title, and a reference
manager's citation of a web page or a standard gives what the entry opens with: "(Details -
Public Web Library - PWL)" of "Details - Public Web Library(PWL) [WWW Document], n.d.",
"(ISO 12345-2:2019 - Standards Body)" of "ISO 12345-2:2019 - Standards Body [WWW
Document]". No name-and-year pattern reads these; a parenthesis whose words are the first
words of one entry does. Words are compared folded to ASCII, lower case, punctuation left
out ("Library(PWL)" and "Library - PWL" are the same words).
"""

from __future__ import annotations

import re

from ..model import Reference
from ..names import fold_ascii
from .candidates import SYNTAX, Candidate
from .refindex import ReferenceIndex

# at least this many words, so that a name in brackets ("(Centers for Disease Control)",
# an acronym's expansion) is no citation: it must also reach past the entry's author
_FEWEST_WORDS = 4
_PAREN = re.compile(r"\(([^()\n]{12,200})\)")
_WORD = re.compile(r"[a-z0-9]+")
# what a citation may add after the title, as words: the year ("2019", "2019b") or "n.d."
_YEAR_WORD = re.compile(r"\A(?:1[6-9]|20)\d\d[a-z]?\Z")
# a printed entry's number, left out before its first word ("12. ", "[3] ")
_NUMBER = re.compile(r"\A\W*\d+\W+")


def title_candidates(
    text: str, index: ReferenceIndex, taken: list[tuple[int, int]]
) -> list[Candidate]:
    """Parentheses outside ``taken`` (spans already read as citations) whose words open
    exactly one entry of the list, past its first author's name."""
    out: list[Candidate] = []
    if not index.by_opening:
        return out
    spans = iter(sorted(taken))
    span = next(spans, None)
    for m in _PAREN.finditer(text):
        while span is not None and span[1] <= m.start():
            span = next(spans, None)
        if span is not None and span[0] < m.end():
            continue
        said = _undated(_WORD.findall(fold_ascii(m.group(1)).lower()))
        if len(said) < _FEWEST_WORDS or said[0] not in index.by_opening:
            continue
        refs = [r for r in index.by_opening[said[0]] if _opens_with(r, said)]
        if len(refs) == 1:
            out.append(Candidate(m.start(), m.end(), "author-year", SYNTAX, keys=(refs[0].id,)))
    return out


def _undated(said: list[str]) -> list[str]:
    """The words without the year or "n.d." a citation adds after a title."""
    if said and _YEAR_WORD.match(said[-1]):
        return said[:-1]
    return said[:-2] if said[-2:] == ["n", "d"] else said


def _opens_with(ref: Reference, said: list[str]) -> bool:
    """Whether the entry's words begin with these, and they say more than its author."""
    printed = _WORD.findall(fold_ascii(_NUMBER.sub("", ref.source_text)).lower())
    if printed[: len(said)] != said:
        return False
    author = _WORD.findall(fold_ascii(ref.author[0].full_family).lower()) if ref.author else []
    return len(said) > len(author)
