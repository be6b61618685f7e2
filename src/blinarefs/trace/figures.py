"""The figures a claim reports and whether the text of the works it cites holds them: what
``check_claims_against_abstracts`` (:mod:`blinarefs.trace.checks`) flags, kept apart from
the checks because it reads numbers, not the manuscript's structure. Pure: text in, text out.
"""

from __future__ import annotations

import re

from ..words import NUMBER_WORDS
from .claims import Claim
from .entities import trial_names

_NUMBER = re.compile(r"(?<![\w.])(\d+(?:[.,]\d+)?|\.\d+)(?![\w])")
_YEAR_CONTEXT = re.compile(
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|in|since|by|until)\s+((?:19|20)\d\d)\b"
)
_WORD_NUMBERS = {w: str(i) for i, w in enumerate(NUMBER_WORDS)}


def numbers_in(text: str) -> set[str]:
    """Every number of a text by value ("1,000" and "1000" alike; "three" is "3")."""
    words = re.sub(
        r"\b(" + "|".join(_WORD_NUMBERS) + r")\b",
        lambda m: _WORD_NUMBERS[m.group().lower()],
        text,
        flags=re.IGNORECASE,
    )
    out = set()
    for m in _NUMBER.finditer(words):
        value = m.group(1).replace(",", "")
        try:
            out.add(f"{float(value):g}")
        except ValueError:
            continue
    return out


def claim_numbers(claim: Claim) -> list[str]:
    """The figures a claim reports: what its source should show. Years of dates, marker
    digits and the digits inside trial names are left out."""
    text = _blank_citations(claim)
    for name in trial_names(text):
        text = text.replace(name, " ")
    for m in _YEAR_CONTEXT.finditer(text):
        text = text[: m.start(1)] + "    " + text[m.end(1) :]
    seen: list[tuple[str, str]] = []
    for m in _NUMBER.finditer(text):
        raw = m.group(1)
        value = f"{float(raw.replace(',', '')):g}"
        if value not in {v for _, v in seen}:
            seen.append((raw, value))
    return [raw for raw, _ in seen]


def figures_absent(claim: Claim, source: str) -> list[str]:
    """The numbers and named trials of ``claim`` that ``source`` (the cited works' titles
    and abstracts) does not hold, in the claim's order: numbers compared by value ("1,000"
    is "1000"), trial names as printed."""
    have = numbers_in(source)
    absent = [n for n in claim_numbers(claim) if f"{float(n.replace(',', '')):g}" not in have]
    # (a citation's own text is no trial: "[@Roe2010]" named "Roe2010" as one)
    return absent + [name for name in trial_names(_blank_citations(claim)) if name not in source]


def _blank_citations(claim: Claim) -> str:
    """The claim's text with its citations' characters blanked, every offset kept."""
    text = claim.text
    for c in sorted(claim.citations, key=lambda c: -c.start):
        a, b = c.start - claim.start, c.end - claim.start
        text = text[:a] + " " * (b - a) + text[b:]
    return text
