"""Numbers alone in a table's cell: a table pasted into a manuscript, or copied from a web
page, keeps its rows as lines of cells apart by tabs ("Site 9\t14\t75.5\t(19–20)\t0.06").
A cell that holds nothing but a number or a range, bare or in brackets, holds a value of
the table (a count, a range, a code), and a results table has dozens of them: read as
citations, a column of "(8–10)" made a superscript manuscript one that cites in
parentheses, and lost every citation it has. A table's citation sits beside what it cites
for ("Roe et al.12", "Roe et al. (12)"); one alone in a reference column ("(12)") is
read only where the order vouches for it. Pure: the candidate's line alone.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from .candidates import SYNTAX, Candidate

CELLS = 3  # a line of this many cells apart by tabs, at least, is a table's row
CELL_VALUE = -3.0  # log-odds: a number alone in a cell is a value, unless the order vouches
ALONE = "alone in a table's cell"


def alone_in_a_cell(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` fills a cell of a table's row by itself, with nothing
    but brackets, spaces and punctuation beside it in the cell."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    if text.count("\t", line_start, line_end) < CELLS - 1:
        return False
    tab = text.rfind("\t", line_start, start)
    before = text[tab + 1 if tab >= 0 else line_start : start]
    tab = text.find("\t", end, line_end)
    after = text[end : line_end if tab < 0 else tab]
    return not any(ch.isalnum() for ch in before + after)


def cell_values(text: str, candidates: Sequence[Candidate]) -> list[Candidate]:
    """The candidates, those that are no explicit syntax and fill a table's cell alone
    weighed down as values (:data:`CELL_VALUE`)."""
    return [
        replace(c, prior=c.prior + CELL_VALUE, why=(*c.why, ALONE))
        if c.strength < SYNTAX and alone_in_a_cell(text, c.start, c.end)
        else c
        for c in candidates
    ]
