"""A word broken at the end of a printed line ("immuno-" / "logical"), joined whole.

A reference list copied from a typeset PDF keeps the typesetter's line breaks, and a word
broken across two lines keeps its hyphen: "Invented immuno- / logical markers", "J Invented
Pae- / diatr". Joined as they were, the word stays broken ("immuno-logical", a journal
"Pae-diatr" that no abbreviation list knows). A break before a lower-case letter is taken
for the typesetter's, and the hyphen goes, unless either half is a word English writes
hyphenated ("anti-" / "inflammatory", "health-" / "related", "protein-" / "protein"): those
hyphens were printed. A capital after the break ("Rocha-" / "Olivares"), a digit ("COVID-" /
"19") or a link ("https://example.org/made-" / "up") keeps it too.
"""

from __future__ import annotations

import re

# The halves of compounds printed with their hyphen in medicine's titles
_FIRST_HALVES = frozenset({
    "anti", "non", "pre", "post", "self", "co", "cross", "long", "short", "high", "low",
    "well", "semi", "multi", "inter", "intra", "extra", "ex", "half", "mid", "over", "under",
    "all", "full", "first", "second", "third", "one", "two", "three", "four", "five", "single",
    "double", "triple", "open", "real", "large", "small", "end", "life", "dose", "time", "age",
    "sex", "drug", "case",
})  # fmt: skip
_SECOND_HALVES = frozenset({
    "related", "based", "associated", "induced", "dependent", "specific", "term", "year",
    "like", "free", "mediated", "derived", "positive", "negative", "wide", "scale", "level",
    "type", "analysis", "analyses", "control", "controlled", "blind", "blinded", "label",
    "world", "up", "fold", "month", "week", "day", "old", "life", "risk", "income", "care",
    "sectional", "reported", "rated", "sensitive", "resistant", "directed", "guided",
    "targeted", "threatening", "limiting", "modifying", "lowering", "adjusted", "matched",
    "stratified", "weighted", "acting", "onset", "stage", "hand", "on", "in", "out", "off",
    "to", "of", "and", "or", "the",
})  # fmt: skip
# (the last token wholly letters: a URL's or a DOI's "/example-" / "path" keeps its hyphen)
_BROKEN = re.compile(r"(?:^|\s)(?P<head>[^\W\d_]+)-$")
_TAIL = re.compile(r"^(?P<tail>[a-z][^\W\d_]*)")


def broken_word(before: str, after: str) -> bool:
    """Whether ``before`` (a line's end) and ``after`` (the next line) are one word broken
    by the typesetter, whose hyphen goes."""
    head, tail = _BROKEN.search(before), _TAIL.match(after)
    if head is None or tail is None:
        return False
    first, second = head["head"].lower(), tail["tail"].lower()
    return not (first in _FIRST_HALVES or second in _SECOND_HALVES or first == second)
