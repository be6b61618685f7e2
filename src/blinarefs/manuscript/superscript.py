"""Which superscript digits in a Word file are citations.

In a .docx the form is known: a run set superscript (directly or through a character
style) holds digits. Most such runs are citations, but not all: affiliations in the author
block ("Jane Roe¹˒²"), exponents ("10⁶", "m²", "χ²", "I²"), charges ("Ca²⁺") and footnote
labels at the start of a line are superscript digits too. This module tells them apart by
what the run holds and what stands before it; it never guesses from plain digits.
"""

from __future__ import annotations

import re

from ..trace.candidates import expand_numbers, words

SUPERSCRIPT_DIGITS = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")

# A citation group as a superscript prints it: "1", "1,2", "3–5", "1, 4-6", "[2]", "(7)".
_GROUP = re.compile(r"^[\[(]?\s*(\d+(?:\s*[,;\-–—‐‑−]\s*\d+)*)\s*[\])]?[.,;:]?$")
# Units whose square or cube is written with a superscript: "m²", "mg/m²", "cm³".
_UNITS = words("m cm mm km um μm µm nm dm in ft s sec min h hr kg g mg mol l ml dl")
# One-letter statistics squared: r², R², I², χ², X².
_SQUARED = frozenset("rRIχΧXx")
# First words of the headings that end the title and author block.
FRONT_END = re.compile(r"^\s*(abstract|summary|introduction|background|main text)\b", re.I)


# spaces before the separator from the start of their run only: linear on a long run
_NOTE_LETTER = re.compile(r"(?:(?<!\s)\s+)?[,;]\s*[a-z]\b(?=\s*(?:[,;]|$))")
_LOCATOR = re.compile(r"(\d):\d+(?:[-–]\d+)?")
_SUB_LETTER = re.compile(r"(\d)[a-z]\b")  # "28b": the second work of a numbered pair


def citation_numbers(group: str) -> tuple[int, ...] | None:
    """The numbers a superscript citation group names, or None when it is no group. A
    footnote letter in the group ("2,11,e"), a page after a colon ("16:60") and the letter
    of a numbered pair ("28b") are left out."""
    group = _LOCATOR.sub(r"\1", _NOTE_LETTER.sub("", group.strip()))
    group = _SUB_LETTER.sub(r"\1", group)
    m = _GROUP.match(group.strip())
    if not m:
        return None
    return expand_numbers(re.sub(r"[\-–—‐‑−]", "-", m.group(1)))


def is_citation(text: str, start: int, end: int, paragraph_start: int) -> bool:
    """Whether the superscript ``text[start:end]`` reads as a citation where it stands.

    The caller has already left out the author block (see :data:`FRONT_END`)."""
    if citation_numbers(text[start:end]) is None:
        return False
    if not text[paragraph_start:start].strip():
        return False  # at the start of a line: an affiliation or a note label
    after = text[end : end + 1]
    if after in ("+", "⁺", "-", "−") and text[end + 1 : end + 2] in ("", " ", ")", ","):
        return False  # an ion's charge, "Ca²⁺"
    before = text[paragraph_start:start].rstrip("\u00a0")
    if before != before.rstrip():
        before = before.rstrip()  # "et al. ¹": a space before a citation is common
    last = before[-1:]
    if last.isdigit():
        number = re.search(r"\d+$", before)
        digits = number.group() if number else ""
        # "10⁶" and "×10³" are powers; after any other number a citation is glued to it
        return digits != "10"
    if last.isalpha():
        word = re.search(r"[^\W\d_]+$", before)
        token = word.group() if word else ""
        if token.lower() in _UNITS and text[start:end].strip() in ("2", "3"):
            return False
        if len(token) == 1 and token in _SQUARED and text[start:end].strip() == "2":
            return False
    if last == ")" and text[start:end].strip() in ("2", "3") and "(" in before[-30:]:
        # "(x + 1)²": a bracketed expression squared, when the bracket holds an operator
        inner = before[before.rfind("(") :]
        if re.search(r"[+\-−×*/=]", inner):
            return False
    return True
