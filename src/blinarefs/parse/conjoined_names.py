"""The last two names of a list that semicolons divide, joined by a conjunction.

Lists that print each name family first with a comma and divide the names by semicolons
join the last two with "&" or "and" and no semicolon: "Roe, M.C.; Doe, B.D. & Poe, M.E.
2030.", as Brazilian botany and agronomy journals print them. Cut only at the semicolons,
"Doe, B.D. & Poe, M.E." was read as one person whose given names ran on to the next name's,
and the last author was lost. The piece is two people when each side of the conjunction
is one: a family name and initials, in either order.
"""

from __future__ import annotations

import re

from ..names import is_initials
from .one_name import is_organisation

# "Doe, B.D. & Poe, M.E.", "Doe B.D. and Poe, M.E.", "Doe, J.G & Poe, A.S.": the left side
# closes with an initial; "&," is a slip of the conjunction's comma
_CONJOINED = re.compile(r"(?P<left>.+?[A-Z]\.?) (?:&|and|e|y),? (?P<right>\S.*)")
_LONGEST = 160  # characters: two people's names with their initials, and room to spare
_MARKS = re.compile(r"[.,\-‐]")


def two_people(piece: str) -> list[str]:
    """``piece`` as its two people ("Doe, B.D.", "Poe, M.E."), or nothing when it is not
    two names joined by a conjunction, each a family name with its initials. Two names are
    short: a longer piece is not asked (the pattern's lazy left side makes a long one cost
    the square of its length)."""
    if len(piece) > _LONGEST:
        return []
    m = _CONJOINED.fullmatch(piece.strip())
    if m is None:
        return []
    sides = [m["left"].strip(" ,"), m["right"].strip(" ,")]
    return sides if all(_one_person(side) for side in sides) else []


def _one_person(side: str) -> bool:
    """ "Doe, B.D.", "Doe B.D.", "B.D. Doe": one family word or two (with a particle or a
    hyphen), and initials, and no organisation's word."""
    words = [w for w in _MARKS.sub(" ", side).split() if w]
    initials = [w for w in words if is_initials(w)]
    family = [w for w in words if not is_initials(w)]
    return bool(initials) and 1 <= len(family) <= 3 and not is_organisation(side)
