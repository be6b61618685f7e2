"""Numbered citations beside author-year ones: which of the two a manuscript cites by.

Kept apart from the decoder (``decode.py``) since it is one decision made before it runs:
a manuscript that cites by number names authors and years now and then, and one that cites
by author and year prints exponents that look like raised citation numbers.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .candidates import KEYED, Candidate
from .features import weigh
from .refindex import ReferenceIndex

# digits right after an author and year, flattened or raised: "Roe (2012) 19", "(1994), 30"
_NUMBER_AFTER = re.compile(
    r"[ \t\u00a0]{0,3}[,.;]?[ \t\u00a0]{0,3}([0-9⁰¹²³⁴⁵⁶⁷⁸⁹]{1,4})(?![0-9⁰¹²³⁴⁵⁶⁷⁸⁹])"
)
# the fewest numbered citations that read a text whose names are all in its sentences as numbered
NUMBERED_ENOUGH = 3
_RAISED = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")


def numbered_or_named(
    text: str,
    candidates: list[Candidate],
    index: ReferenceIndex | None = None,
    untyped: Sequence[Candidate] = (),
) -> list[Candidate]:
    """A manuscript that cites by number and names a work's authors and year now and then
    ("Tucker and Tenorio, 2009 [34]", a species' authority "(Maury, 1917)", "Chen et al.
    (2014) tested") cites by number: what names authors and year is no citation of its own
    where numbered citations outnumber it more than twice, or where most are followed by
    the number of the very work they name ("Glasgow (2012) 19" in a copy whose raised
    numbers were flattened, where no numbered citation is known yet). A raised digit after a
    number or a symbol ("10⁶", "R²", "km²") counts for no numbered citation, and in a
    manuscript that cites by author and year it is none.

    ``untyped``: the numbers the text holds that no syntax types, parenthesised "(7)" and
    superscripts a copy flattened ("disease.4", "therapy 12."): those within the list's
    range that look like citations by themselves (a positive prior, ``features.weigh``)
    count with the numbered ones ("Roe et al. (2013) showed" among 170 flattened
    citations). An author-year text's digits glued to names ("GPR37", "Ehd1" again and
    again) weigh against themselves and count for nothing. Where no author-year candidate
    is a parenthesis's, numbered citations half as many as the names are enough, and at
    least three (``_in_parentheses``)."""
    named = sum(1 for c in candidates if c.kind == "author-year" and c.keys)
    if named and index is not None and 2 * _with_their_number(text, candidates, index) > named:
        return [c for c in candidates if c.kind != "author-year"]
    numbered = sum(1 for c in candidates if c.kind not in KEYED and _after_a_word(text, c))
    likely = _likely(text, untyped, index) if named else 0
    if named and numbered + likely > 2 * named:
        return [c for c in candidates if c.kind != "author-year"]
    if (
        named
        and numbered + likely >= max(NUMBERED_ENOUGH, named / 2)
        and not _in_parentheses(text, candidates)
    ):
        return [c for c in candidates if c.kind != "author-year"]
    if named > 2 * numbered:  # and the other way round: an exponent cites nothing there
        return [c for c in candidates if c.kind != "superscript" or _after_a_word(text, c)]
    return candidates


def _in_parentheses(text: str, candidates: list[Candidate]) -> bool:
    """Whether any author-year candidate is a parenthesis's ("(Roe et al., 2009)"): the
    author-year style's own citation. A name in the sentence with its year after it ("Roe
    et al (2009) pointed out", "According to Roe (2005)") is how a numbered text names a
    work too, and where its number was left out (or a copy lost it) it is little evidence
    that the text cites by name: a SciELO article's few flattened citations were all lost
    to five such mentions. Some author-year styles print every citation so ("crops such as
    wheat Poland et al. (2012)"): there the names far outnumber a few stray numbers."""
    return any(c.kind == "author-year" and text[c.start] == "(" for c in candidates)


def _likely(text: str, untyped: Sequence[Candidate], index: ReferenceIndex | None) -> int:
    """How many of the untyped candidates within the list's range look like citations by
    themselves: a positive prior from how each sits and what it looks like."""
    size = index.size if index is not None else None
    listed = [c for c in untyped if c.numbers and (size is None or max(c.numbers) <= size)]
    return sum(1 for c in weigh(text, listed, size=size) if c.prior > 0)


def _after_a_word(text: str, c: Candidate) -> bool:
    """Whether a numbered candidate sits where a citation does: a bracket, or a raised
    number after a word of three letters or a clause's end, with a space between or
    none ("in humans ^1^.": a symbol's power is spaced at times, "χ ^2^", "R ^2^", a
    word's never)."""
    if c.kind != "superscript":
        return True
    before = text[max(0, c.start - 4) : c.start]
    before = before[:-1] if before[-1:] == " " else before[-3:]
    return before[-1:] in ".,;:)" or (len(before) == 3 and before.isalpha())


def _with_their_number(text: str, candidates: list[Candidate], index: ReferenceIndex) -> int:
    """How many author-year candidates are followed by their own work's printed number."""
    if not index.numbered:
        return 0
    out = 0
    for c in candidates:
        if c.kind != "author-year" or len(c.keys) != 1:
            continue
        m = _NUMBER_AFTER.match(text, c.end)
        number = index.number_by_key.get(c.keys[0])
        if m is not None and number is not None:
            out += int(m.group(1).translate(_RAISED)) == number
    return out
