"""Superscripts a journal prints after the sentence's full stop, each number raised alone
("in Springfield. 3 4 Then", "were seen. 4 12 13 The"): where the markup holds one link
per number, each on its own line, a flattened copy leaves a space between the numbers as
well as after the stop. Prose does not open a sentence with two bare numerals or more in
a row; a numbered list's label is one number ("done. 2 Next step"), a count goes on with
its noun ("12 15 patients" is no sentence either). So a run of two numbers or more, apart
by single spaces and rising, after a word's full stop (an acronym's too, "in VTE. 22 23",
or an aside's that closes on a word, "(NO). 5 6") and before the next sentence (or the
paragraph's end), is one citation of them all; not after a label's abbreviation ("Fig. 3
4"). It is a weak candidate the order decides, medium where the text prints three such
runs or more: the journal's habit, where a run after a comma before the clause goes on
("without DIC, 2 3 several organs") is one as well (weak). Each run replaces the readings
of its single numbers, which cite only the first ("3") or none.
Pure: one regex pass over the text.
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from .candidates import MEDIUM, WEAK, Candidate
from .numberwords import LABEL_ABBREVIATIONS, LABEL_WORDS
from .quantities import spaced_quantity
from .textpos import sentence_break_after, word_before

RUNS_HABIT = 3  # runs after a full stop that make the journal's habit
SPACED_RUN = "numbers raised one by one after the full stop, as the journal prints them"
IN_CLAUSE_RUN = "numbers raised one by one after a comma, where the journal prints them so"
# two numbers or more of one to three digits, one space apart, after a space
_RUN = re.compile(r"(?<= )\d{1,3}(?: \d{1,3})+(?![\d,.;:%)\w-])")
# a word's full stop (an acronym's too: "in VTE. 22 23"), or an aside's or a quotation's
# that closes on a word ("(NO). 56 57", "version]). 28 29"), then one space
_STOP = re.compile(r"[^\W\d_][)\]”’\"]{0,2}\. $")
_COMMA = re.compile(r"[^\W\d_][)\]]?, $")  # "without DIC, 2 3 several organs"
_LOWER_WORD = re.compile(r" [a-zà-öø-ÿ]")


def _rising(numbers: tuple[int, ...]) -> bool:
    """Whether each number is above the one before ("4 12 13", not "3 1" or "5 5")."""
    return all(0 < a < b for a, b in pairwise(numbers))


def _label_before(body: str, start: int) -> bool:
    """A label's abbreviation or word before the stop ("Fig. 3 4", "No. 2 3")."""
    i = start - 2
    while i > 0 and not body[i - 1].isalpha():
        i -= 1
    word, _ = word_before(body, i)
    return word.lower() in LABEL_ABBREVIATIONS | LABEL_WORDS


def _runs(body: str) -> tuple[list[Candidate], list[Candidate]]:
    """The rising runs between two sentences, and those after a comma before a word in
    lower case (the clause going on), weak."""
    stops: list[Candidate] = []
    commas: list[Candidate] = []
    for m in _RUN.finditer(body):
        start, end = m.span()
        numbers = tuple(int(n) for n in m.group().split())
        if not _rising(numbers) or spaced_quantity(body, start - 1, end):
            continue
        lo = max(0, start - 6)
        if _STOP.search(body, lo, start) and not _label_before(body, start):
            if sentence_break_after(body, end):
                stops.append(Candidate(start, end, "superscript", WEAK, numbers, why=(SPACED_RUN,)))
        elif _COMMA.search(body, lo, start) and _LOWER_WORD.match(body, end):
            commas.append(Candidate(start, end, "superscript", WEAK, numbers, why=(IN_CLAUSE_RUN,)))
    return stops, commas


def with_spaced_runs(body: str, candidates: list[Candidate]) -> list[Candidate]:
    """``candidates``, with every rising run of spaced numbers between two sentences in
    place of any reading of its digits: weak, or medium where the text prints
    ``RUNS_HABIT`` such runs or more, and then also those after a comma in mid-clause
    (weak: the order decides)."""
    stops, commas = _runs(body)
    if len(stops) >= RUNS_HABIT:
        runs = [replace(c, strength=MEDIUM) for c in stops] + commas
    else:
        runs = stops
    if not runs:
        return candidates
    spans = [(c.start, c.end) for c in runs]
    kept = [c for c in candidates if not any(s < c.end and c.start < e for s, e in spans)]
    return sorted(kept + runs, key=lambda c: c.start)
