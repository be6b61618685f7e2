"""A body's name printed with its acronym in brackets, either order, is one author.

Author-date lists print a body as its acronym and then its name in brackets ("EAS
(Example Agency of Springfield). 2030."), or its name and then the acronym ("National
Academy of Examples, Tests, and Medicine (NAETM). 2030."). The readers cut such a name
at a small word inside it ("EAS (Example Agency of"), at the bracket ("US EPA" |
"Example Protection Agency)") or at its commas, as people are parted ("Springfield
Infant" | "Growth" | ...). The acronym shows the name whole: its letters are the
initials of the name's words. When the item's first sentence is such a pair (with a
group's word after it: "(SIGNIS) Team") and every name read lies in it, the sentence is
the author.
"""

from __future__ import annotations

import re

from ..model import Name, Reference
from .known_bodies import name_initials

# The first sentence, with one bracket in it: up to the first full stop outside it
_SENTENCE = re.compile(r"\A[^.()]+\((?P<inside>[^.()]+)\)(?P<after>[^.()]*)\.\s")
_ACRONYM = re.compile(r"[A-Z][A-Za-z]*[A-Z][A-Za-z]*")
_WORD = re.compile(r"[^\s,]+")
# What may follow the bracket: a group's word or two ("Team", "Study Group")
_AFTER = re.compile(r"(?: [A-Z][a-z]+){0,2}")


def spells(acronym: str, name: str) -> bool:
    """Whether ``acronym``'s capitals are the initials of ``name``'s words."""
    letters = "".join(c for c in acronym if c.isupper())
    return letters in name_initials(_WORD.findall(name))


def _pair(sentence: str, inside: str) -> bool:
    """Whether ``sentence`` is an acronym and the name it spells, in either order."""
    before = sentence[: sentence.index("(")].strip()
    if _ACRONYM.fullmatch(inside.strip()):  # "Name (ACR)"
        return len(before.split()) > 1 and spells(inside.strip(), before)
    words = before.split()  # "ACR (Name)", "US ACR (Name)"
    return 0 < len(words) <= 2 and bool(_ACRONYM.fullmatch(words[-1])) and spells(words[-1], inside)


def spelled_acronym(ref: Reference) -> Reference:
    """``ref`` with its first sentence as its one author, where that sentence is a body's
    acronym and the name it spells and every name read lies in it."""
    m = _SENTENCE.match(ref.source_text)
    if not m or not ref.author or not _AFTER.fullmatch(m["after"]):
        return ref
    sentence = m.group()[:-2]
    if not _pair(sentence, m["inside"]) or ref.author == (Name(literal=sentence),):
        return ref
    parts = (p for n in ref.author for p in (n.literal, n.given, n.family) if p)
    if not all(p in sentence for p in parts):
        return ref
    return ref.with_fields(author=(Name(literal=sentence),))
