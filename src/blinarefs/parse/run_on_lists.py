"""A reference list whose line breaks were lost: "References: 1. Roe J, ... 2. Doe P, ...".

A copy out of an e-mail, a form's text box or a web page that set the list as one paragraph
runs every reference into one line; read as it is, nothing opens an item but the first
number, and the whole list became one reference. The items are found by their numbers in
order (1, 2, 3, ... each after a space and before a name, :data:`.numbering.AUTHOR_START`),
three or more of them reading as references, and the line is cut before each: the space
before a number becomes the line's end, so every character offset stays where it was, and
each piece remembers the line it came from (:class:`.spacing.Spacing`), so what is
reported names the text's lines.
"""

from __future__ import annotations

import re

from .numbering import AUTHOR_START
from .spacing import Spacing
from .unnumbered import reference_like

_LONG = 120  # shorter: one reference; no list of three references runs on in fewer
_RUN = 3  # items in order, at least
_PIECE = 600  # of an item's text, enough to find a reference's year and numbers in
# a number and its mark after a space (or at the line's start), before a capital
_NUMBER = re.compile(r"(?:^|(?<=\s))(\d{1,4})[.)]\s+(?=[A-Z\u00C0-\u024F])")


def run_on(lines: list[str]) -> Spacing | None:
    """``lines`` (each with its line ending) with every run-on list cut one item a line,
    or None when no line holds one."""
    out: list[str] = []
    numbers: list[int] = []
    for k, line in enumerate(lines):
        cuts = _cuts(line)
        if not cuts:  # (most lines: kept as they are)
            out.append(line)
            numbers.append(k)
            continue
        pieces = [line[a:b] for a, b in zip([0, *cuts], [*cuts, len(line)], strict=True)]
        out += [p[:-1] + "\n" if i < len(cuts) else p for i, p in enumerate(pieces)]
        numbers += [k] * len(pieces)
    return Spacing(out, numbers) if len(out) > len(lines) else None


def _cuts(line: str) -> list[int]:
    """Where the items of a list run into ``line`` start (after the space before each
    number), the first one's included when text stands before it ("References: 1. ...")."""
    if len(line) < _LONG or not _may_count(line):
        return []
    want, found = 1, []
    for m in _NUMBER.finditer(line):
        if int(m.group(1)) == want and AUTHOR_START.match(line[m.end() : m.end() + 80]):
            found.append(m.start())
            want += 1
    if len(found) < _RUN:
        return []
    # and they read as references, as the steps of a method ("1) Extract DNA, 2) Amplify
    # PCR. 3) ...") do not: a year and a volume, pages or a DOI in all but one
    pieces = [line[a:b][:_PIECE] for a, b in zip(found, [*found[1:], len(line)], strict=True)]
    if sum(1 for p in pieces if reference_like(p)) < len(pieces) - 1:
        return []
    return [at for at in found if at > 0 and line[at - 1].isspace()]


# A figure other than 0-9 (Arabic-Indic, Devanagari...): ``_NUMBER``'s ``\d`` reads one too
_OTHER_FIGURE = re.compile(r"[^\D0-9]")


def _may_count(line: str) -> bool:
    """Whether ``line`` may hold items 1, 2 and 3 with their marks: with figures 0-9 only,
    a number read as 1 ends in "1" ("1", "01"), so "1." or "1)" is printed, and so for 2
    and 3 (most long lines are one reference, which prints no such three: asked before
    ``_NUMBER`` is run over the whole line). Such a figure is not ASCII: an ASCII line,
    told at once, is not searched for one."""
    if not line.isascii() and _OTHER_FIGURE.search(line):
        return True
    return all(dot in line or bracket in line for dot, bracket in _MARKED)


_MARKED = (("1.", "1)"), ("2.", "2)"), ("3.", "3)"))
