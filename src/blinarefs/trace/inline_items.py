"""An inline enumeration's item labels: "for several reasons: 1) It causes ... 2) About
... 3) The". A number after a space, closed by a parenthesis that nothing opened, with the
items before it numbered in turn in its paragraph, labels an item of the text's own. A copy
that spaces its superscripts prints a journal's "3)" so too, but a citation's numbers do not
count up from 1 through one paragraph, each closing a parenthesis never opened."""

from __future__ import annotations

import re

# an item's label after a space: its number, the parenthesis, then the item's first word
_ITEM = re.compile(r"(?<!\S)(\d{1,2})\)[^\S\n]+(?=[^\W\d_])")


def an_inline_item(text: str, start: int, end: int) -> bool:
    """Whether the number ``text[start:end]`` labels an item of an enumeration in its
    paragraph: printed "n) Word" after a space, with the items 1 to n-1 before it in turn
    (or, for the first, item 2 after it) and no parenthesis open before it."""
    item = _ITEM.match(text, start)
    if item is None or item.end(1) != end:
        return False
    n = int(item.group(1))
    lo = text.rfind("\n", 0, start) + 1
    hi = text.find("\n", end)
    hi = len(text) if hi < 0 else hi
    before = text[lo:start]
    if before.count("(") > before.count(")"):
        return False  # "(as shown before. 3) The": a parenthesis it closes
    if n == 1:
        return any(int(m.group(1)) == 2 for m in _ITEM.finditer(text, end, hi))
    labels = [int(m.group(1)) for m in _ITEM.finditer(text, lo, start)]
    want = 1
    for k in labels:
        if k == want:
            want += 1
    return n >= 2 and want == n
