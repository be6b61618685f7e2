"""A copy one token a line with blank lines between its tokens: read as if single-spaced.

Some pages and PDF viewers copy each span as a paragraph of its own, so a list cut one
token (or one element) a line arrives with a blank line between every two pieces: "12" /
"" / "." / "" / "Roe" / "" / "J", or here and there where a span was a block of its own
(a "sparse" copy). Everything that cuts such a list looks at the next line
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
    from .section import ReferenceSection

# A piece one token or one short element a line holds at most this many words: "Roe J",
# "J Avian Stud", not a whole reference or a paragraph.
_SHORT_WORDS = 3
_SHARE = 0.75  # of the lines with text: short pieces
# of the blank lines between pieces: where references meet, in a copy whose blank lines
# tell its items apart (about one in four where blank lines fall anywhere: a list of
# pieces has many numbers, full stops and capitals)
_MEETS = 0.6
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


def is_pieces(lines: list[str]) -> bool:
    """Whether ``lines`` are a copy one piece a line: nearly every line with text a word, a
    mark or a short element, and enough of them for a list."""
    filled = [line for line in lines if line.strip()]
    short = sum(1 for line in filled if len(line.split()) <= _SHORT_WORDS)
    return len(filled) >= _MIN_PIECES and short >= _SHARE * len(filled)


def single_spaced(lines: list[str]) -> Spacing | None:
    """The lines without the blank lines between pieces, when ``lines`` (each with its line
    ending) are a copy one piece a line (nearly every line a word, a mark or a short
    element) whose blank lines fall inside references: after every piece, or here and there
    as a page's spans went. None otherwise: a list one reference a line keeps its blank
    lines, and so does a copy one piece a line whose blank lines stand where references
    meet (before an item's number, or between a reference's end and a capital), since
    they tell its items apart."""
    if not is_pieces(lines):
        return None
    filled = [i for i, line in enumerate(lines) if line.strip()]
    short = {i for i in filled if len(lines[i].split()) <= _SHORT_WORDS}
    gaps = [
        (a, b) for a, b in itertools.pairwise(filled) if b - a > 1 and a in short and b in short
    ]
    meets = sum(1 for a, b in gaps if _references_meet(lines[a].strip(), lines[b].strip()))
    if not gaps or meets >= _MEETS * len(gaps):
        return None
    dropped = {i for a, b in gaps for i in range(a + 1, b)}
    kept: list[str] = []
    numbers: list[int] = []
    for i, line in enumerate(lines):
        if i in dropped:  # goes with the piece before it: offsets into the text stay
            kept[-1] += line
            continue
        kept.append(line)
        numbers.append(i)
    return Spacing(kept, numbers)


def _references_meet(before: str, after: str) -> bool:
    """Whether a blank line between pieces ``before`` and ``after`` can stand where one
    reference ends and the next begins: before an item's number ("12", "[12]", "12."), or
    after a full stop or a number and before a capital (a list without numbers)."""
    if after[:1].isdigit() or after[:1] in "[(":
        return True
    return (before.endswith(".") or before[-1:].isdigit()) and after[:1].isupper()
