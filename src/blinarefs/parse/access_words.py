"""The words a date of access is printed with beyond the labeller's cues: the "last" that
opens "Last access: Jan. 14, 2031" and "Último acesso em: 5 jan. 2031", and the whole
Spanish and Portuguese months' names ("5 Septiembre 2031", "2 de septiembre de 2031").

"access" alone is no cue: it opens titles ("Access to care in Springfield"); after "Last"
it is the cue "accessed" is. The labeller's months (:data:`.features.MONTHS`) are English's
and the three-letter cuts of other languages: a whole name of ten letters at most is a
month whose first three letters are one's ("septiembre", "setembro", "janeiro").
"""

from __future__ import annotations

from .features import MONTHS
from .labeller import Labelled

# what "access" follows when it is a cue, lower-cased
LAST = frozenset(("last", "último", "ultimo", "última", "ultima"))
_LONGEST_MONTH = 10  # "septiembre"


def last_access(labelled: list[Labelled], i: int) -> bool:
    """Whether the token at ``i`` is "access" (or "acesso") after "Last" ("Último")."""
    return (
        i > 0
        and labelled[i].token.text.lower() in ("access", "acesso")
        and labelled[i - 1].token.text.lower() in LAST
    )


def month_name(word: str) -> bool:
    """A month's name, whole or cut ("set", "Sept", "maio", "Septiembre"), its stop aside."""
    low = word.lower().rstrip(".")
    return low.isalpha() and (low in MONTHS or (len(low) <= _LONGEST_MONTH and low[:3] in MONTHS))
