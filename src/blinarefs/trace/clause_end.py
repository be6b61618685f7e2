"""Where a spaced superscript sits: a number after a space at a clause's end ("in this group
17.") or between two sentences ("is rare. 7,8 Others"), as a copy that spaced its raised
digits leaves it, told from counts and labels in mid-clause. Pure predicates on the text."""

from __future__ import annotations

import re

from .candidates import Candidate
from .quantities import closes_unopened, space_then_clause_end, spaced_quantity
from .textpos import CLOSERS, sentence_break_after, word_before
from .valuelike import CLAUSE_END

# a sentence's or clause's end after a word, then a space, or the two or three a padded copy
# leaves (see :func:`padding_before`)
_STOP_SPACE = re.compile(r"[a-zà-öø-ÿ][.;] {1,3}$")
# ... or a quotation's that ends the sentence, its closing mark after the stop ("other.” 3")
_QUOTED_STOP_SPACE = re.compile(rf"[a-zà-öø-ÿ)][.!?][{CLOSERS}] {{1,3}}$")
# ... or an aside's or a quotation's that closes on a word before the stop ("(as told in
# Roe). 4", "in “cut stone”. 1"; not a formula's "(m, 1H, CH2). 13 C NMR")
_CLOSED_STOP_SPACE = re.compile(rf"[a-zà-öø-ÿ][){CLOSERS}][.;] {{1,3}}$")
_PADDING = 3  # spaces at most between a sentence's stop and a padded superscript
_LABEL_END = re.compile(r"[.:] ")  # "KQ10: Does", "KQ13. Is": a run-in label's punctuation
RUN_IN_LABEL = ("a label opening its paragraph", -2.0)


def padding_before(text: str, start: int) -> int:
    """Where the space before ``start`` begins: ``start - 1``, or the first of the two or
    three spaces a copy leaves where the markup held a space beside the raised number's own
    as well as the prose's ("saudáveis.  1  ,  17  Os", as Word shows a raised run that holds
    its spaces, and its text export keeps them); a sentence's stop and its superscript are
    as far apart there as one space sets them elsewhere."""
    i = start - 1
    while start - i < _PADDING and i > 0 and text[i] == " " and text[i - 1] == " ":
        i -= 1
    return i


def spaced_at_clause_end(text: str, c: Candidate) -> bool:
    """A number after a space where a spaced superscript sits: at a clause end ("in this
    group 17.", or "17)." in a Japanese style) or after one ("in this group. 17 Another"),
    not in mid-clause: counts and labels ("chambers 1–4 (rep 1)", "of 13 valves, 12 were")."""
    before = text[c.start - 1] if c.start else ""
    if before.isspace() and (
        CLAUSE_END.match(text, c.end)
        or space_then_clause_end(text, c.end)  # the markup's space kept: "in this group 17 ."
        or closes_unopened(text, c.start, c.end)
    ):
        return True
    lo = max(0, c.start - 5 - _PADDING)
    return before == " " and any(
        p.search(text, lo, c.start) for p in (_STOP_SPACE, _QUOTED_STOP_SPACE, _CLOSED_STOP_SPACE)
    )


def cites_at_clause_end(text: str, c: Candidate, size: int | None) -> bool:
    """A spaced number where a spaced superscript sits (:func:`spaced_at_clause_end`) that
    can cite: within the list, where its length is known ("in insects 3.", not "in a
    LightCycler 480." or "x 100." beside thirty references)."""
    return spaced_at_clause_end(text, c) and (not size or max(c.numbers, default=0) <= size)


def between_sentences(text: str, c: Candidate) -> bool:
    """Digits after a word's full stop and one space, before a capitalised word or the
    paragraph's end: "is rare. 7,8 Others" and "is rare. 7,8" at a paragraph's end, or
    after a quotation that ends the sentence ("was “rare.” 7 Others"); not a label's number
    ("see Fig. 3 The"), a count ("of groups. 4 mice") or a list item's label ("is rare. 2)
    About")."""
    if c.start < 3:
        return False
    space = padding_before(text, c.start)
    stop = space - 2 if text[space - 1] in CLOSERS else space - 1  # "rare.” 7"
    if text[stop] != "." or not spaced_at_clause_end(text, c):
        return False
    if text[c.end : c.end + 1] not in ("", " ", "\n"):
        return False  # "is rare. 2) About": a list item's label
    return sentence_break_after(text, c.end) and not spaced_quantity(text, space, c.end)


def run_in_label(text: str, c: Candidate) -> tuple[str, float] | None:
    """Digits glued to a paragraph's first word before a colon or a full stop ("KQ10: Does
    ...", "Step3. Add ..."): a numbered label opening its paragraph, as a guideline's key
    questions or a protocol's steps print it, not a clause's end: one word states nothing a
    citation could support (after a comma, "Recently3, it", the clause goes on)."""
    _, start = word_before(text, c.start)
    opens = start == 0 or text[start - 1] == "\n"
    return RUN_IN_LABEL if opens and start < c.start and _LABEL_END.match(text, c.end) else None
