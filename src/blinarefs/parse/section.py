"""What the list reader finds: the items of a reference list and where the list lies.

Kept apart from the readers (:mod:`.split` for numbered lists, :mod:`.unnumbered` for lists
without numbers) so that both, and the rest of the package, share one definition.
"""

from __future__ import annotations

from dataclasses import dataclass

# The note on a list printed without numbers: a fault in a numbered style only (an
# author-year manuscript's list has none by design; check leaves the note out there)
NO_NUMBERS = "the reference list has no numbers"


@dataclass(frozen=True, slots=True)
class RawItem:
    number: int
    text: str  # the item rebuilt as one line
    line: int  # 1-based line of the source where the item starts
    end_line: int  # 1-based line where it ends
    pieces: tuple[str, ...] = ()  # the source lines it was rebuilt from
    label: str = ""  # "1a": a part of reference 1, in a list that sub-labels (sublabels.py)


@dataclass(frozen=True, slots=True)
class ReferenceSection:
    items: tuple[RawItem, ...]
    start: int  # character offset where the reference list (or its heading) starts
    start_line: int  # 1-based
    notes: tuple[str, ...] = ()  # what was noticed about the list: text cut off after it
    numbered: bool = True  # False: the items were numbered in order by the reader
    # the manuscript's own text cut off after the list (figure legends, tables, notes; page
    # furniture left out), as character offsets: still part of the manuscript, not the list
    after: tuple[int, int] | None = None
