"""Pandoc's plain-text notation for what a document raises: a raised run whose characters all
have Unicode superscripts is written with them (``⁴``, ``⁽⁷⁾``), any other in parentheses
after a caret, with no closing one: ``^(1,2)``, ``^(3–5)``, ``^(7, 8)``, a raised bracket
``^([6])``, a raised parenthesis ``^((1, 24))`` (``pandoc -t plain``, the copy ``pandoc
paper.docx -o paper.txt`` writes). Unicode has no raised comma, en dash or space, so a
citation group of two numbers or more is always written so, and a Word manuscript's plain
copy from Pandoc prints every such citation in this notation. It is a printed superscript,
as ``^1,2^`` in Pandoc's Markdown or ``¹˒²``; a bracket or a parenthesis inside it is raised
with its numbers (a journal raising its brackets or parentheses, as the Word reader reads
``[6]`` or ``(1, 24)`` in a raised run), one citation, not a bracketed or parenthesised one
beside a superscript convention. Pure: one pass of a pattern over the text.
"""

from __future__ import annotations

import bisect
import re

from .candidates import PARTS_GROUP, SPELT_GROUP, SUB_WORK, SYNTAX, Candidate, expand_numbers

# the caret, the parenthesis Pandoc opens, the group in raised brackets, in raised
# parentheses (a journal that raises its parenthesised citations, "^(1, 24)^") or in
# neither; not Pandoc Markdown's "^(4)^", whose closing caret makes it syntax.py's
_GROUP = rf"(?:{SPELT_GROUP}|{PARTS_GROUP})"
_RAISED = re.compile(
    rf"\^\(\s*(?:\[\s*(?P<bracket>{_GROUP})\s*\]|\(\s*(?P<paren>{_GROUP})\s*\)|(?P<bare>{_GROUP}))"
    rf"\s*[.,;]?\)(?!\^)"
)


def raised_in_parentheses(text: str) -> list[Candidate]:
    """A printed superscript citation at each group Pandoc's plain copy raises with a caret
    and parentheses (see the module's docstring); raised brackets and parentheses only in
    pairs ("^([6)" is no group a writer prints)."""
    if "^(" not in text:
        return []
    out = []
    for m in _RAISED.finditer(text):
        group = m.group("bracket") or m.group("paren") or m.group("bare")
        numbers = expand_numbers(SUB_WORK.sub("", group))
        if numbers:
            out.append(Candidate(m.start(), m.end(), "superscript", SYNTAX, numbers, printed=True))
    return out


def outside(candidates: list[Candidate], raised: list[Candidate]) -> list[Candidate]:
    """``candidates`` less those inside one of the ``raised`` groups (in text order, none
    overlapping): the bracket of ``^([6])``."""
    if not raised:
        return candidates
    starts = [r.start for r in raised]

    def inside(c: Candidate) -> bool:
        i = bisect.bisect_right(starts, c.start) - 1
        return i >= 0 and c.end <= raised[i].end

    return [c for c in candidates if not inside(c)]
