"""Where a run of digits sits among the characters around it: the word before it, whether
it ends where a word, a clause or a sentence would. The primitives the decoders of flattened
superscripts share (:mod:`blinarefs.trace.sitting`, :mod:`blinarefs.trace.quantities`).
Pure: a few characters looked at around a position.
"""

from __future__ import annotations

import re

from .candidates import DASHES

CLOSERS = "\"'”’»"
# A relation after digits: "F1,21 = 7.9", "x2 < 3": a statistic's or a variable's digits
EQUATION_AFTER = re.compile(r"[^\S\n]?[=<>≤≥≈]")
HSPACE = " \t\u00a0\u2002\u2003\u2007\u2009\u202f"  # no-break and thin spaces too
# A program's version right before a position: "Bowtie version 0.12.7", "v2.1", "1.4.2".
# Whole, ending where a raised number or a space and a count may follow ("R v3.6.1^12^",
# "version 0.12.7 34 and"): two parts after its word, or three bare, and no full stop. Not
# the form of ``punctuated._VERSION`` and ``versions._VERSION``, which end at a full stop:
# a version cut there, whose next part or a glued citation follows ("kit v3.|1 Cycle",
# "SSPACE v 2.0.|526 with"), with a word that says so (punctuated) or weighed without one
# (versions). The three words' lists differ (a capital "V", "release", "Ver" without its
# stop): each rule took the forms it was measured on; one list for all three would change
# what the decoders read, and wants its own measure.
VERSION_BEFORE = re.compile(r"(?:\b(?:version|ver\.?|v)[^\S\n]?\d+(?:\.\d+)+|\b\d+\.\d+\.\d+)$")


def word_before(text: str, end: int) -> tuple[str, int]:
    """The run of letters ending at ``end`` and where it starts."""
    start = end
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    return text[start:end], start


def after_is_boundary(text: str, end: int) -> bool:
    """A citation run must end where a word would: not inside 2.5, 3A, 2-year, 1,000, 2/3."""
    if end >= len(text):
        return True
    c = text[end]
    nxt = text[end + 1] if end + 1 < len(text) else ""
    # "CD38+ cells", "trehalose-6,6′-dimycolate", "leu2Δ0" (a deletion allele)
    if c.isalnum() or c in "%‰°^/×_@+′″Δ∆":
        return False
    if c in ".,:" and nxt.isdigit():
        return False
    if c == "—" and nxt.isalpha():
        return True  # "takes place37—to determine": an em dash opens an aside, joins nothing
    return not (c in DASHES and (nxt.isalnum()))


def sentence_break_after(text: str, end: int) -> bool:
    i = end
    while i < len(text) and text[i] in CLOSERS + ")]":
        i += 1
    if i >= len(text) or text[i] == "\n":
        return True
    if text[i] not in HSPACE:
        return False
    while i < len(text) and text[i] in HSPACE:
        i += 1
    return i >= len(text) or text[i] == "\n" or text[i].isupper() or text[i] in "([“\"‘'"


def at_clause_end(text: str, end: int) -> bool:
    nxt = text[end + 1 : end + 2]
    return text[end : end + 1] in (".", ",", ";", ":") and (not nxt or nxt.isspace())


# A clause's mark that a markup's space detached from the raised number before it ("since
# early life9 . With", "the ISA9 , only"): the clause ends there as after "life9."
DETACHED_END = re.compile(r"[^\S\n][.,;:](?=\s|$)")

# A word standing on its own, in any script's letters ("Saúde"); not "CTLA-4"
WORD_ALONE = re.compile(r"(?<![^\W_])[^\W\d_]+(?![^\W_]|[-‐]\d)")
YEAR_END = re.compile(r"(?<![\d.,])(?:19|20)\d\d$")
