"""A name printed on its own elsewhere, here with more digits glued to it: those cite.

"GSE4027228" each time a data set is named, where the text once prints "GSE40272" alone;
"DcMYB726" twice beside "DcMYB7" in every paragraph: the name ends with its own digits, and
what a copy glued after them is the superscript it flattened, however often the name is
cited so. A name counts as printed alone only with digits of its own (a word of letters
alone, "CD" or "Akt", tells nothing of where its digits end), and the digits left over are
two at least: one digit more is as often a family's member ("CD13" and "CD133"). Pure: the
run's letters and digits, and the count of the text's tokens.
"""

from __future__ import annotations

from collections import Counter

SHORTEST_TAIL = 2  # digits a citation glued to a name's own digits keeps, at least


def shorter_name_alone(prefix: str, lead: str, tokens: Counter[str]) -> bool:
    """Whether the letters ``prefix`` and some of the digits ``lead`` glued to them are a
    name the text prints on its own (``tokens``), leaving two digits or more, not led by a
    zero, for a citation: "GSE40272" alone once makes "GSE4027228" that name and 28."""
    if not prefix.isalpha():
        return False
    return any(
        lead[k] != "0" and tokens.get(prefix + lead[:k], 0) > 0
        for k in range(1, len(lead) - SHORTEST_TAIL + 1)
    )
