"""A variable's order raised in parentheses: "Mf⁽²⁾ = Mf⁽³⁾ = … = 0", "P⁽¹⁾ and P⁽²⁾".

An equation editor prints a moment's, a derivative's or an iteration's order as a raised
number in parentheses glued to its variable (one letter, or one and a lower-case index:
"f⁽ⁿ⁾", "Mf⁽²⁾"); a copy that keeps raised characters as Unicode (Pandoc's plain text of a
Word file with equations) writes it so. Journals that raise their citations in parentheses
print them after a word, a unit or an acronym ("disease⁽³⁹⁾.", "3 cm⁽¹⁴⁾.", "in GERD⁽²¹⁾."),
so the variable alone does not tell; it is an order where the formula says so: a sign of
the formula right before or after it ("Mf⁽²⁾ = ...", "... + Mb⁽¹⁾"), or the same variable
raised again nearby to another order ("Dc⁽²⁾, Dc⁽³⁾ …", "P⁽¹⁾ and P⁽²⁾"). Pure and
bounded: a few characters either side.
"""

from __future__ import annotations

import re

from .candidates import Candidate

_SUPERSCRIPT = "⁰¹²³⁴⁵⁶⁷⁸⁹"
# the variable glued to the raised "⁽": one letter, or one and a lower-case index, that is
# not a unit after its value ("3 cm⁽¹⁴⁾", "165 mm Hg⁽¹⁾")
_VARIABLE = re.compile(r"(?<![\w.])(?<!\d )(?<!\d \w\w )([^\W\d_][a-z]?)⁽$")
_SPACES = " \u2004\u2005\u2006\u2009\u200a\u202f\u2001"
_SIGN = "=+−<>≤≥×"
_REACH = 80  # how far either side the same variable is sought, raised to another order


def raised_order(text: str, c: Candidate) -> bool:
    """Whether the printed superscript ``c`` is a variable's order in raised parentheses
    (see the module's docstring)."""
    if not c.start or text[c.start - 1] != "⁽" or not text.startswith("⁾", c.end):
        return False
    variable = _VARIABLE.search(text, max(0, c.start - 8), c.start)
    if variable is None:
        return False
    after = text[c.end + 1 : c.end + 4].lstrip(_SPACES)[:1]
    before = text[max(0, variable.start() - 3) : variable.start()].rstrip(_SPACES)[-1:]
    if (after and after in _SIGN) or (before and before in _SIGN):
        return True
    name = re.escape(variable.group(1))
    again = re.compile(rf"(?<![\w.]){name}⁽([{_SUPERSCRIPT}]+)⁾")
    window = text[max(0, c.start - _REACH) : c.end + _REACH]
    own = text[c.start : c.end]
    return any(m.group(1) != own for m in again.finditer(window))
