"""Where a manuscript's parenthesised numbers label its things rather than cite: a text
whose every citation taken with confidence is in one other convention, a habit's worth of
them, prints "(1)", "(5)" for its compounds, equations and items. The Word reader knows it
from the raised runs (``manuscript.markers.merged_decisions``: a journal's raised
superscripts or raised brackets); ``check`` on a plain copy of the same text judges it
from the citations it took, so that the two name the same close calls. A stray few taken
in another convention leave the habit standing, as the Word reader counts typed citations
beside raised ones (``markers._typed_convention``: fewer than three never make the typed
numbers the convention): a copy's notes printed at its end as "[1] Conflict of interest"
(Pandoc's plain text), a list's label read as a bracket.
"""

from __future__ import annotations

from collections import Counter

from .features import GLUED_HABIT

# the conventions whose habit leaves "(n)" to label things: superscripts flattened by a
# copy or printed as such, and numbers in square brackets
_ONE_CONVENTION = ("flattened", "superscript", "bracket")
STRAY = 2  # citations taken in other conventions beside a habit that leave it standing


def parens_label(taken: Counter[str]) -> bool:
    """Whether the citations taken with confidence (their count by convention, see
    ``features.convention``) make a habit of one convention other than parentheses, with
    at most :data:`STRAY` beside it but citations by key: GLUED_HABIT of them at least."""
    return any(
        taken[name] >= GLUED_HABIT
        and sum(n for other, n in taken.items() if other not in (name, "keyed")) <= STRAY
        for name in _ONE_CONVENTION
    )
