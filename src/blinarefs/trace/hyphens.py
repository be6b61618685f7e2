"""Words a PDF's line breaks hyphenated ("treat-" / "ment"), read whole again.

A text copied out of a typeset PDF keeps the hyphen the typesetter put at a line's end: a
claim quoted as "the treat- ment arm" reads badly, and "demon-" / "strated" hides a reported
finding from the words that mark one. A hyphen at a line's end between two letters, the
next line opening in lower case, joins its halves: unless the same manuscript prints the
pair with its hyphen inside a line ("decision-making"), which shows the hyphen is the
word's own. Pure and linear.
"""

from __future__ import annotations

import re

# the hyphen after a letter, the line's end (and any blank lines a page's furniture left), a
# lower-case letter; the pattern starts at the hyphen, so that it stays linear on long words
_BROKEN = re.compile(r"(?<=[^\W\d_])-[ \t]*\n\s*(?=[a-z])")
_COMPOUND = re.compile(r"(?<![^\W\d_])[^\W\d_]+-[^\W\d_]+")
_LETTERS = re.compile(r"[^\W\d_]*")


def printed_compounds(text: str) -> frozenset[str]:
    """Hyphenated pairs printed inside a line ("decision-making"), in lower case; none
    when no word of ``text`` is broken over a line (most texts: no pass over the words)."""
    if not _BROKEN.search(text):
        return frozenset()
    return frozenset(m.group().lower() for m in _COMPOUND.finditer(text))


def rejoined(text: str, compounds: frozenset[str] = frozenset()) -> str:
    """``text`` with each word broken over a line by a hyphen made whole, its hyphen kept
    where ``compounds`` holds the pair; other line breaks are left as they are."""
    if "-" not in text:
        return text
    out: list[str] = []
    pos = 0
    for m in _BROKEN.finditer(text):
        start = m.start()
        while start > pos and text[start - 1].isalpha():
            start -= 1
        left = text[start : m.start()]
        right = _LETTERS.match(text, m.end())
        pair = f"{left}-{right.group() if right else ''}".lower()
        out += [text[pos : m.start()], "-" if pair in compounds else ""]
        pos = m.end()
    out.append(text[pos:])
    return "".join(out)
