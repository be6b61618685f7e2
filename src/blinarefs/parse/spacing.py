"""A copy one token a line with a blank line after every token: read as if single-spaced.

Some pages and PDF viewers copy each span as a paragraph of its own, so a list cut one
token (or one element) a line arrives with a blank line between every two pieces: "12" /
"" / "." / "" / "Roe" / "" / "J". Everything that cuts such a list looks at the next line
and the one before ("12" / "." is a number and its mark, "37" / "(" / "4" / ")" an
issue), and a blank line also ends an item where a list has no numbers, so the blank lines
are taken out before the list is looked for. Each kept line carries the blank lines after
it (so character offsets into the text stay right) and remembers its own line number (so
what is reported names the lines of the text as given).
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .split import ReferenceSection

# A piece one token or one short element a line holds at most this many words: "Roe J",
# "J Avian Stud", not a whole reference or a paragraph.
_SHORT_WORDS = 3
_SHARE = 0.75  # of the pieces: short, and followed by exactly one blank line
_MIN_PIECES = 20  # fewer: not a list cut one token a line
_LINE = re.compile(r"\bline (\d+)\b")


@dataclass(frozen=True, slots=True)
class Spacing:
    """The lines the list is looked for in, and each one's 0-based line in the text."""

    lines: list[str]
    numbers: list[int]

    def line(self, index: int) -> int:
        """The text's 1-based line number of 0-based kept line ``index``."""
        return self.numbers[min(index, len(self.numbers) - 1)] + 1

    def renumbered(self, section: ReferenceSection) -> ReferenceSection:
        """``section`` found in the kept lines, with the text's line numbers (its items',
        its own and those its notes name)."""
        items = tuple(
            replace(it, line=self.line(it.line - 1), end_line=self.line(it.end_line - 1))
            for it in section.items
        )
        notes = tuple(
            _LINE.sub(lambda m: f"line {self.line(int(m.group(1)) - 1)}", note)
            for note in section.notes
        )
        return replace(
            section, items=items, start_line=self.line(section.start_line - 1), notes=notes
        )


def single_spaced(lines: list[str]) -> Spacing | None:
    """The lines without the blank line after each piece, when ``lines`` (each with its line
    ending) are a copy one piece a line with a blank line after nearly every piece; None
    otherwise (a list one reference a line with blank lines between its references keeps
    them: they tell its items apart)."""
    filled = [i for i, line in enumerate(lines) if line.strip()]
    if len(filled) < _MIN_PIECES:
        return None
    short = sum(1 for i in filled if len(lines[i].split()) <= _SHORT_WORDS)
    spaced = sum(1 for a, b in itertools.pairwise(filled) if b - a == 2)
    if short < _SHARE * len(filled) or spaced < _SHARE * (len(filled) - 1):
        return None
    kept: list[str] = []
    numbers: list[int] = []
    for i, line in enumerate(lines):
        # one blank line after a piece goes with it; more than one stays a blank line
        single = (
            not line.strip()
            and 0 < i < len(lines) - 1
            and lines[i - 1].strip()
            and (lines[i + 1].strip())
        )
        if single and kept:
            kept[-1] += line
            continue
        kept.append(line)
        numbers.append(i)
    return Spacing(kept, numbers)
