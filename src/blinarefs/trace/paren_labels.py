"""Where a manuscript's parenthesised numbers label its things rather than cite: a text
whose every citation taken with confidence is in one other convention, a habit's worth of
them, prints "(1)", "(5)" for its compounds, equations and items. The Word reader knows it
from the raised runs (``manuscript.markers.merged_decisions``: a journal's raised
superscripts or raised brackets); ``check`` on a plain copy of the same text judges it
from the citations it took, so that the two name the same close calls. A stray few taken
in another convention leave the habit standing, as the Word reader's raised runs stay the
citations beside typed numbers that do not outnumber them (``markers._typed_convention``):
a copy's notes printed at its end as "[1] Conflict of interest" (Pandoc's plain text,
three or four in a journal's article), a list's label read as a bracket. The plain reader
asks more: the habit outnumbers them five to one, so that a manuscript pieced together
from two conventions keeps its close calls.
"""

from __future__ import annotations

from collections import Counter

from .features import GLUED_HABIT

# the conventions whose habit leaves "(n)" to label things: superscripts flattened by a
# copy or printed as such, and numbers in square brackets
_ONE_CONVENTION = ("flattened", "superscript", "bracket")
STRAY = 5  # a habit outnumbers what is taken beside it in other conventions this many times


def parens_label(taken: Counter[str]) -> bool:
    """Whether the citations taken with confidence (their count by convention, see
    ``features.convention``) make a habit of one convention other than parentheses, with
    at most one in :data:`STRAY` beside it but citations by key: GLUED_HABIT of them at
    least."""
    return any(
        taken[name] >= GLUED_HABIT
        and STRAY * sum(n for other, n in taken.items() if other not in (name, "keyed"))
        <= taken[name]
        for name in _ONE_CONVENTION
    )
