"""A citation glued to a number's own digits, which only the order of first citations tells.

"at pH 7.517," is pH 7.5 and citation 17, or 7.51 and 7, or 7.517; "the chromosome 856."
is chromosome 8 and citation 56; "in PRANK 140603101 while" is a version and 101. Nothing
in the text splits a value's, a label's or a version's digits from a superscript glued to
them; the manuscript's order does: a tail of two or three digits that is exactly the next
reference first cited is seldom a value's by chance (about one time in a hundred for two
digits), where a tail of one digit is one time in ten, and a repeated number names any of
the many cited before. So these readings are the weakest there are (:data:`NEXT_ONLY`):
:mod:`blinarefs.trace.infer` takes one only where it brings in the next number, and then
only where no later marker would have brought that number in instead.

Not a year ("20|17" of "in 2017."), nor a number printed whole again elsewhere
("MEDI-565", "cg239330": a name or a probe's, whatever the order says). Pure: the text,
the run and a count of the text's words taken whole.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from .candidates import NEXT_ONLY, WEAK, Candidate, expand_numbers
from .glued import LONGEST_RANGE, PHRASE_END
from .punctuated import YEAR
from .textpos import after_is_boundary, at_clause_end

# below a weak reading's prior (features.py): taken only as the next number first cited
# (log-odds 2.5 for the order, infer.py), not as one that skips a number (1.8) nor a repeat
NEXT_ONLY_COST = -0.7
ELSEWHERE_COST = -6.0  # in a manuscript that cites otherwise: no citation, even as the next
TAIL = (2, 3)  # digits of a citation glued to a number: one is too often a value's own
# a word as printed, between spaces or brackets: "MEDI-565", "7.517", "PS97/085-3"
_WORD = re.compile(r"[^\s()\[\]{}]+")
_TRAILING = ".,;:"
# a value with a decimal (or a thousands) comma and no space, its places run on: "0,8013"
_DECIMAL_COMMA = re.compile(r"\d{1,3},(\d{3,})")
# a statistic's or a variable's value: "p = 0.0312", "r < 0.45"
_STATISTIC = re.compile(r"(?<![^\W_])[A-Za-z][^\S\n]?[=<>≤≥][^\S\n]?[-−]?[\d.]*$")


@lru_cache(maxsize=2)
def whole_words(text: str) -> Counter[str]:
    """How often each word of ``text`` is printed, its closing punctuation dropped."""
    return Counter(w.rstrip(_TRAILING) for w in _WORD.findall(text))


def next_only_cost(dominant: str) -> float:
    """What a :data:`NEXT_ONLY` reading's prior loses, where the manuscript mostly cites as
    ``dominant`` (features.py): a little where that is flattened superscripts, so that only
    the next number first cited takes it; no citation at all in a text citing otherwise,
    however few its markers (a text in brackets citing a few of its references leaves
    holes in the order that any number would fill)."""
    return NEXT_ONLY_COST if dominant == "flattened" else ELSEWHERE_COST


def tail_readings(text: str, start: int, end: int) -> list[Candidate]:
    """Readings of the run ``text[start:end]`` that leave its first digits to the number
    they are glued to and cite the last two or three (with any group after them), where the
    clause ends after it or closes an aside: "pH 7.517," as 7.5 and 17; "phase 630." as
    phase 6 and 30; "PRANK 140603101 while" as 140603 and 101 (three digits). Weak, for the
    order alone to decide (:data:`NEXT_ONLY`). A value printed with a decimal comma
    ("de 0,8013.", Portuguese and Spanish; or a thousands comma, "of 12,45013.") keeps the
    digits before its comma: the tail is read from those after it."""
    if text[start - 1 : start].isalpha() or _STATISTIC.search(text, max(0, start - 20), start):
        return []  # a name's digits ("MIR444 and": glued.py), a p-value's ("p = 0.0312)")
    decimal = _DECIMAL_COMMA.fullmatch(text, start, end)
    if decimal:
        start = decimal.start(1)  # "p = 0,133)" is a p-value's too: asked before
    if not after_is_boundary(text, end) or not (
        at_clause_end(text, end) or text[end : end + 1] == ")" or PHRASE_END.match(text, end)
    ):
        return []
    run = text[start:end]
    lead = run[: len(run) - len(run.lstrip("0123456789"))]
    rest = run[len(lead) :]
    if len(lead) < min(TAIL) + 1 or YEAR.fullmatch(lead):
        return []
    word = _WORD.search(text, _word_start(text, start))
    printed = word.group().rstrip(_TRAILING) if word else ""
    if printed and whole_words(text)[printed[: len(printed) - len(run) + len(lead)]] > 1:
        return []  # "MEDI-565" again and again: a name's digits
    out = []
    for digits in TAIL:
        k = len(lead) - digits
        if k < 1 or lead[k] == "0" or (decimal and not lead[:k].strip("0")):
            continue  # "(0,024)": no value keeps only zeros after its comma
        numbers = expand_numbers(lead[k:] + rest)
        if numbers and len(numbers) <= LONGEST_RANGE:
            why = (NEXT_ONLY, f"after '{text[_word_start(text, start) : start + k]}'")
            out.append(Candidate(start + k, end, "superscript", WEAK, numbers, why=why))
    return out


def _word_start(text: str, start: int) -> int:
    """Where the printed word that ends in the run at ``start`` begins."""
    i = start
    while i > 0 and not text[i - 1].isspace() and text[i - 1] not in "([{":
        i -= 1
    return i


def after_a_word(text: str, start: int, end: int) -> Candidate | None:
    """The weakest reading (:data:`NEXT_ONLY`) of two digits or a group glued to a word that
    no other rule reads ("using PbSim23 under", "the delta-delta CT63 method"): taken only
    as exactly the next number first cited. Not a word printed with these digits again
    ("CD44" again and again)."""
    numbers = expand_numbers(text[start:end])
    if not numbers or (len(numbers) == 1 and numbers[0] < 10) or len(numbers) > LONGEST_RANGE:
        return None
    if not after_is_boundary(text, end):
        return None
    word = _WORD.search(text, _word_start(text, start))
    printed = word.group().rstrip(_TRAILING) if word else ""
    if whole_words(text)[printed[: len(printed) - (end - start) + _lead(text[start:end])]] > 1:
        return None
    why = (NEXT_ONLY, f"after '{text[_word_start(text, start) : start]}'")
    return Candidate(start, end, "superscript", WEAK, numbers, why=why)


def _lead(run: str) -> int:
    return len(run) - len(run.lstrip("0123456789"))
