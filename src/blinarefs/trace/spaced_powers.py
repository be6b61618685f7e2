"""A unit's square or cube that a copy spaced as it spaced the citations: "a BMI of 24.9
kg/m 2 )", "weight (kg)/height (metres) 2": where a manuscript's markup held a space
either side of every raised number, the power of a length's unit comes out as a spaced
number too, and beside a list of two references or more it reads as a citation. A length
after a slash or in an aside, then one space and a 2 or a 3, is that power. Pure: a few
characters before the run.
"""

from __future__ import annotations

import re

# A length's unit after a slash, a value or an opening parenthesis ("kg/m", "24 cm",
# "(metros)", "(m)"), then one space: the unit the raised number powered
_A_LENGTH_THEN_SPACE = re.compile(
    r"(?:[/(]|\d[^\S\n])(?:[kcmdµμ]?m|metros?|meters?|metres?)\)?[^\S\n]$", re.IGNORECASE
)
_POWERS = ("2", "3")


def a_spaced_power(text: str, space: int, end: int) -> bool:
    """Whether the run after the space at ``space``, ending at ``end``, is a length's
    square or cube spaced from its unit ("kg/m 2", "(metros) 2"), no citation."""
    return text[space + 1 : end] in _POWERS and (
        _A_LENGTH_THEN_SPACE.search(text, max(0, space - 12), space + 1) is not None
    )
