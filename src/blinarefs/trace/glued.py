"""Digits glued to a name that ends in digits: where the name ends and a citation begins.

"Tg257633" is the strain Tg2576 and citation 33 when "Tg2576" stands alone elsewhere;
"hNXF2,13" is hNXF2 and citation 13; "CTLA-4,365" is CTLA-4 and 365; "2527" after a word's
full stop is 25 and 27 that a copy printed without their separator. A name with numbered
members elsewhere ("TAP1 ... TAP22", "CXCL10/CXCL11") keeps its digits. Pure: the text and
a count of the names that end in digits in it.
"""

from __future__ import annotations

from collections import Counter

from .candidates import DASHES, MEDIUM, Candidate, expand_numbers
from .sitting import YEAR, after_is_boundary, word_before


def dotted_word(text: str, start: int) -> str:
    """The word in capitals before the full stop at ``start - 1`` ("PU" of "PU.1"), or ""."""
    word, _ = word_before(text, start - 1)
    return word if word.isupper() and len(word) <= 4 else ""


def after_a_words_punctuation(text: str, start: int) -> bool:
    return start >= 2 and text[start - 1] in ".,;" and text[start - 2].isalpha()


def unseparated(run: str, size: int | None = None) -> tuple[int, ...] | None:
    """Two citation numbers a copy printed without their separator ("2527" for 25,27;
    "123125"): the split into two rising numbers closest together, not a year. Given the
    list's ``size``, three digits too, both numbers in the list ("611" for 6,11 where the
    list has 142 references)."""
    shortest = 3 if size is not None else 4
    if not shortest <= len(run) <= 6 or not run.isdecimal() or YEAR.fullmatch(run):
        return None
    splits = [
        (int(run[k:]) - int(run[:k]), int(run[:k]), int(run[k:]))
        for k in range(1, len(run))
        if k <= 3
        and len(run) - k <= 3
        and run[k] != "0"
        and int(run[:k]) < int(run[k:])
        and (size is None or int(run[k:]) <= size)
    ]
    return min(splits)[1:] if splits else None


def hyphenated(text: str, start: int) -> bool:
    """Whether the run at ``start`` ends a hyphenated name: "CTLA-4", "COVID‐19"."""
    return start >= 2 and text[start - 1] in DASHES and text[start - 2].isalpha()


def after_a_hyphenated_name(text: str, start: int, end: int) -> Candidate | None:
    """ "CTLA-4,365,366 and", "COVID‐19,40 whereas": the name's digits, its comma, then a
    superscript."""
    comma = text.index(",", start, end)
    if not text[comma + 1 : comma + 2].isdigit():
        return None  # "IL-6, 12 and 18": a list of names, or a count
    numbers = expand_numbers(text[comma + 1 : end])
    if not numbers or not text[start:comma].isdecimal() or not after_is_boundary(text, end):
        return None
    return Candidate(comma + 1, end, "superscript", MEDIUM, numbers)


def a_family(text: str, start: int, end: int, names: Counter[str]) -> bool:
    """Whether the word before "2,11" is a name with numbered members elsewhere (TAP1)."""
    word, _ = word_before(text, start)
    first = text[start:end].split(",")[0]
    if word.islower() or not first.isdigit():
        return False
    others = (word + d for d in "123456789" if d != first)
    return names.get(word + first, 0) > 1 or any(names.get(o, 0) for o in others)


def after_a_name(text: str, start: int, end: int, names: Counter[str]) -> Candidate | None:
    """A citation glued to a name that ends in digits: "Tg257633" or "CD2813–15" where
    "Tg2576" or "CD28" stands alone elsewhere in the text, or "hNXF2,13" (after its comma)."""
    if not after_is_boundary(text, end):
        return None
    word, _ = word_before(text, start)
    run = text[start:end]
    lead = run[: len(run) - len(run.lstrip("0123456789"))]
    rest = run[len(lead) :]
    if rest or names.get(word + lead, 0) <= 1:  # "Cox11" again and again is a name
        for k in range(len(lead) - 1, 0, -1):
            if names.get(word + lead[:k], 0) >= 1:
                family = any(names.get(f"{word}{j}", 0) for j in range(1, 21) if str(j) != lead[:k])
                if family and not rest and int(lead) <= 30:
                    return None  # "CXCL10/CXCL11": a member of a family, not "CXCL1" then 1
                numbers = expand_numbers(lead[k:] + rest)
                if numbers:
                    return Candidate(start + k, end, "superscript", MEDIUM, numbers)
                break
    comma = run.find(",")
    if comma > 0 and run[:comma].isdigit():
        numbers = expand_numbers(run[comma + 1 :])
        if numbers:
            return Candidate(start + comma + 1, end, "superscript", MEDIUM, numbers)
    return None
