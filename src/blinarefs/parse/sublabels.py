"""Lists that sub-label a reference's works: "1a. ...", "1b. ...", "2. ...", "3a. ...".

Chemistry journals (Wiley's, the ACS's, the RSC's) print several works under one number and
tell them apart by a letter; the text cites "1", "1b" or "3a-c". Such a list is read as the
list of its numbers (the run of 1, 2, 3 that :mod:`.numbering` finds, an "a" part standing
for its number) and each number's item is then cut at its parts' labels, each part an item
with its label and its reference's number. The letters must run in order within a number
("1a", "1b", "1c"), so that a volume or a page printed "12b." in a reference's text does not
cut it.
"""

from __future__ import annotations

import re

# "1a. Roe", "[1a] Roe", "1a) Roe", "(1a) Roe", and "1a." alone on its line (one token a line)
_SUB_START = re.compile(r"[\[(]?(\d{1,4})([a-z])(?:[.)\]]\s+(\S.*)|[.)\]]?\s*$)")


def sub_starts(lines: list[str], first: int) -> dict[int, tuple[int, str, str]]:
    """Line index -> (number, letter, text after the label) for every line from ``first``
    that opens with a part's label; empty unless some number has parts "a" and "b" (a list
    with no second part sub-labels nothing)."""
    found: dict[int, tuple[int, str, str]] = {}
    for i in range(first, len(lines)):
        s = lines[i].strip()
        if s[:1].isdigit() or s[:1] in "[(":
            m = _SUB_START.match(s)
            if m:
                found[i] = (int(m.group(1)), m.group(2), (m.group(3) or "").strip())
    pairs = {(n, letter) for n, letter, _ in found.values()}
    return found if any((n, "b") in pairs and (n, "a") in pairs for n, _ in pairs) else {}


def first_parts(subs: dict[int, tuple[int, str, str]]) -> dict[int, tuple[int, str]]:
    """The lines that open a number's first part ("3a."), as openers of that number's item:
    the list's run of numbers goes through them."""
    return {i: (n, text) for i, (n, letter, text) in subs.items() if letter == "a"}


def item_spans(
    subs: dict[int, tuple[int, str, str]], number: int, start: int, end: int, first: str
) -> list[tuple[int, int, str, str]]:
    """The item of ``number`` (lines ``start`` to ``end``, ``first`` the text after its
    number) cut at its parts' labels, letters in order from "a": (first line, end line, text
    after the label, label) of each; the number's own text before its parts, if any, is
    one unlabelled (and the whole item is, when it has no parts)."""
    own = subs.get(start)
    expected = "b" if own and own[:2] == (number, "a") else "a"
    cuts = [(start, f"{number}a")] if expected == "b" else [(start, "")]
    for i in range(start + 1, end):
        part = subs.get(i)
        if part and part[0] == number and part[1] == expected:
            cuts.append((i, f"{number}{expected}"))
            expected = chr(ord(expected) + 1)
    ends = [at for at, _ in cuts[1:]] + [end]
    return [
        (at, upto, first if at == start else subs[at][2], label)
        for (at, label), upto in zip(cuts, ends, strict=True)
    ]
