"""A title that goes on past a dotted initialism ("... among U.S. Adults. J Ex Psychol."):
the labeller, which reads a full stop before a capital as a sentence's end, ends the title
at the initialism's last letter ("among U.S") and opens the journal with the title's last
word ("Adults. J Ex Psychol."). An initialism's full stop ends no title: the word after it,
up to its own full stop, is the title's, and the journal is what follows.
"""

from __future__ import annotations

import re

from ..model import Reference
from .features import JOURNAL_WORDS

# A title cut at a dotted initialism's last letter: "U.S", "U.K", "E.U"
_CUT = re.compile(r"\b[A-Z]\.[A-Z]$")
# The title's last word at the journal's start, then the journal: "Adults. J Ex Psychol."
_WORD_THEN_JOURNAL = re.compile(r"\A(?P<word>[A-Z][^\W\d_]+)\.\s+(?P<journal>[A-Z].*)")


def title_past_initialism(ref: Reference) -> Reference:
    """``ref`` with the title's last word, read as the journal's first, back in the title."""
    if not (ref.title and ref.container_title and _CUT.search(ref.title)):
        return ref
    m = _WORD_THEN_JOURNAL.fullmatch(ref.container_title)
    if not m or m["word"].lower() in JOURNAL_WORDS:
        return ref  # "... in the U.S. Rev. Ex. Psicol.": the journal's first word
    if f"{ref.title}. {m['word']}." not in ref.source_text:
        return ref
    return ref.with_fields(title=f"{ref.title}. {m['word']}", container_title=m["journal"])
