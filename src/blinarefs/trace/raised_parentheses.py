"""Raised parentheses around numbers on the line: "disease ⁽ 1 ⁾", "agreed ⁽ 2 - 4 ⁾".

Some journals raise a citation's parentheses and leave its numbers on the line (their
markup raises the brackets, not the cited numbers); a copy that keeps raised characters
as Unicode (a Word file saved as text by Pandoc, a web page's text) writes the raised
parentheses as "⁽" and "⁾", for which a reader sees "(1)", a parenthesised citation. The
decoder reads such a pair as the parentheses it shows, a raised dash or comma
between the numbers as the separator it is ("⁽ 2 ⁻ 4 ⁾"), only where the numbers inside are
on the line ("⁽¹⁾" keeps its raised digits, read as a superscript). The same length, so
every offset holds. Pure.
"""

from __future__ import annotations

import re

# the separators raised with the parentheses: "⁽ 2 ⁻ 4 ⁾" is "( 2 - 4 )"
_SEPARATORS = str.maketrans("⁻˒", "-,")
_PAIR = re.compile(r"⁽([^⁽⁾\n⁰¹²³⁴⁵⁶⁷⁸⁹]{0,40}\d[^⁽⁾\n⁰¹²³⁴⁵⁶⁷⁸⁹]{0,40})⁾")


def parentheses_on_the_line(text: str) -> str:
    """``text`` with each raised pair of parentheses around numbers on the line written as
    the parentheses a reader sees (see the module's docstring)."""
    if "⁽" not in text:
        return text
    return _PAIR.sub(lambda m: f"({m.group(1).translate(_SEPARATORS)})", text)
