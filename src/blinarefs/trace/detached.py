"""Superscripts a copy detached from their punctuation ("of concern 1 .", "in 1994 4 , 2001
5 , and", "world” 14 , p. 7)", "( 19 , p. 1)"): where the markup held whitespace inside
each raised number's element (a pretty-printed ``<sup>`` around its link), a web copy keeps
a space on either side of the digits, so the full stop, comma, semicolon or parenthesis
after them stands apart. Prose puts no space before those marks; a text that prints five
numbers or more so, and little else before a detached mark, prints its superscripts so,
whatever its other superscripts do (the same copy glues those whose element held no
whitespace: "research1,33."). Each such number is then a strong candidate of the first
reading, where the habit vouches for it and the order of first citations still decides;
the spaced reading (:mod:`blinarefs.trace.spacing`) is for copies that space every
superscript, and would weigh the glued ones down. A ratio's "2 : 1", a decimal's "0 .5",
a label's "Figure 1 ." and a quantity's "aged 5 ," are no such numbers.

After a word that also governs a count or a label ("every year 2 .", "aged 60 and over
9 .", "the household level 11 ."), the detached mark still says the markup's element ended
there, as no label or quantity of prose puts a space before its full stop; but the word
leaves the number two readings, so where the habit holds it is medium evidence and the
order of first citations decides. Not after a word that names the manuscript's own parts
("Table 2 )", "Figure 1 .", "Equation 3 ,"): a journal that pretty-prints its citations'
elements pretty-prints its links to tables and figures too.
Pure: two regex passes over the text.
"""

from __future__ import annotations

import re

from .candidates import DASHES, MEDIUM, STRONG, Candidate, expand_numbers, words
from .numberwords import LABEL_ABBREVIATIONS, LABEL_WORDS, QUANTITY_GOVERNORS
from .spaced import a_label_after_a_space, spaced_either_side
from .textpos import word_before

DETACHED_HABIT = 5  # numbers printed before a detached mark, at least
DETACHED_SHARE = 0.8  # ... and this share of every word or number before one
DETACHED = "between spaces before its punctuation, as the text prints its superscripts"
GOVERNED = "between spaces before its punctuation, after a word that also counts or labels"
# Governors that name the manuscript's own numbered parts, whose links a journal's markup
# spaces as it spaces its citations ("Table 2 )", "Additional file 3 ,")
_OWN_PARTS = (
    LABEL_WORDS
    | LABEL_ABBREVIATIONS
    | words(
        "figures tables page pages file files equation equations section sections chapter "
        "chapters line lines item items step steps version versions dataset appendix "
        "n no p pp"
    )
)
# A run of numbers with no space inside ("1,2,24–28"), after a space
_RUN = re.compile(rf"(?<=\S[^\S\n])\d+(?:[{DASHES}]\d+)?(?:,\d+(?:[{DASHES}]\d+)?)*")
# A space, then a clause's or an aside's mark (no ratio's colon, no decimal's point)
MARK_AFTER = re.compile(r"[^\S\n][.,;)](?!\d)")
_ANY_DETACHED = re.compile(r"\S[^\S\n][.,;)](?!\d)")  # anything before a detached mark


def _after_a_governor(body: str, start: int) -> bool:
    """Whether one space and a word in lower case that governs a count or a label, not one
    naming the manuscript's own parts, stand right before ``start`` ("every year 2 .")."""
    word, at = word_before(body, start - 1)
    return (
        body[start - 1] == " "
        and word.islower()
        and word in QUANTITY_GOVERNORS
        and word not in _OWN_PARTS
        and not body[at - 1 : at].isdigit()
    )


def _detached(body: str) -> tuple[list[Candidate], list[Candidate]]:
    """The runs between spaces before a detached mark: those no other reading claims
    (strong), and those after a word that also governs a count or a label (medium)."""
    clear: list[Candidate] = []
    governed: list[Candidate] = []
    for m in _RUN.finditer(body):
        start, end = m.span()
        if not MARK_AFTER.match(body, end):
            continue  # not "concern 1 ."
        numbers = expand_numbers(m.group())
        if not numbers or a_label_after_a_space(body, start, end):
            continue
        if spaced_either_side(body, start, end):
            clear.append(Candidate(start, end, "superscript", STRONG, numbers, why=(DETACHED,)))
        elif _after_a_governor(body, start):  # "every year 2 .", not "Figure 2 )"
            governed.append(Candidate(start, end, "superscript", MEDIUM, numbers, why=(GOVERNED,)))
    return clear, governed


def with_detached(body: str, candidates: list[Candidate], spaced: bool = False) -> list[Candidate]:
    """``candidates``, with every number printed between spaces before its punctuation
    strong in place of any reading of the same digits, where the text prints five or more
    so and they are most of what stands before a detached mark (the copy's habit, not a
    tokenised text's spacing of every comma); after a word that also governs a count or a
    label, medium (only the others make the habit). ``spaced``: the candidates of a reading
    that spaces every superscript, which reads the others as spaced superscripts already
    (:mod:`blinarefs.trace.spacing`): only the medium ones are added."""
    clear, governed = _detached(body)
    marks = len(_ANY_DETACHED.findall(body))
    if len(clear) < DETACHED_HABIT or len(clear) < DETACHED_SHARE * (marks - len(governed)):
        return candidates
    detached = governed if spaced else clear + governed
    spans = [(c.start, c.end) for c in detached]
    kept = [c for c in candidates if not any(s < c.end and c.start < e for s, e in spans)]
    return sorted(kept + detached, key=lambda c: c.start)
