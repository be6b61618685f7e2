"""The authors pointing at their own data that the article does not print.

"The made-up strain's status was confirmed (data not shown).", "(results not
shown)", "(not shown)": only the authors can leave out what they did, so the sentence tells
their own work, as a pointer at the manuscript's own figure or table does
(``provenance.own_reason``). benchmarks/claims_judging.md judges such sentences **own**
(round 28's control analysis "(data not shown)", set 49's treatment durations "detailed data
not shown"), and both were flagged for the finding words or the borrowed cue beside them.
Not "unpublished data": that is how another group's data is credited ("Roe, unpublished
data"), and it names a source of its own.
"""

from __future__ import annotations

import re

# "(data not shown)", "detailed data not shown", "(results are not shown)", "(not shown)"
_UNSHOWN = re.compile(
    r"\b(?:data|results?|analys[ie]s|observations?)\s+(?:(?:are|were|is|was)\s+)?not\s+shown\b"
    r"|\(not\s+shown\)",
    re.IGNORECASE,
)


def unshown(sentence: str) -> str:
    """The words by which the sentence points at its authors' data left unprinted, or ""."""
    m = _UNSHOWN.search(sentence) if "shown" in sentence else None
    return m.group() if m else ""
