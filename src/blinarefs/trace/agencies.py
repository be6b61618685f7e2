"""The agencies a sentence names as its source ("approved by the FDA", "the WHO standard").

An agency's acronym names where a fact comes from, as "previous studies" does; the same letters
also spell other things, and those name no source: an immunostain's antigen among the markers
a case report lists ("positive for LCA, CD20 and EMA", EMA the epithelial membrane antigen;
judged the authors' own on the tune half of fresh set 66 at stop 61).
"""

from __future__ import annotations

import re

AGENCY = re.compile(r"\b(?:FDA|EMA|WHO|NICE|CDC|NCCN|ESMO|ASCO)\b")
# "positive for LCA, CD20 and EMA", "negative for EMA": the antigens an immunostain lists,
# from the list's first item to its last
_STAINED = re.compile(
    r"\b(?:positive|negative|reactive|stain(?:ed|ing)) (?:for|with) [A-Z0-9][\w+/-]*"
    r"(?:(?:,|,? and|,? or) [A-Z0-9][\w+/-]*)*"
)
_STAINED_GATE = ("positive", "negative", "reactive", "stain")


def agencies(sentence: str) -> list[str]:
    """The agencies ``sentence`` names, in text order, less the letters that stand among an
    immunostain's antigens."""
    if "A" not in sentence and "C" not in sentence:
        return []
    lower = sentence.lower()
    listed = _STAINED.finditer(sentence) if any(map(lower.__contains__, _STAINED_GATE)) else ()
    stains = [m.span() for m in listed]
    found = AGENCY.finditer(sentence)
    return [m.group() for m in found if not any(a <= m.start() < b for a, b in stains)]
