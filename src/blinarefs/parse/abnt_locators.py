"""ABNT's journal locators in the forms the labeller reads only in part: the months of the
issue printed between the locators and the year, and a journal closed by a full stop before
its volume's word or named with no volume at all.

ABNT (NBR 6023) prints a journal article's tail as "Revista Exemplo, v. 28, n. 1, p. 5-9,
jul./ago. 2030.", each locator after its word. Real lists vary it: the months are spelled
in English or Portuguese after a comma ("n. 1, July/Aug., 2000", "n. 2, Sept., 2004",
"abril/jun. 2030"), the journal is closed by a full stop ("Revista Exemplo. v. 54, n.7.
2013"), or a journal numbered by its issues alone prints no volume ("Revista Exemplo, n. 19,
p. 1-18, 2016."). The labeller, having seen titles and journals end at a number, read the
months as the title's words (the title was then run on over the journal) and the journal's
name as the title's last sentence.
"""

from __future__ import annotations

from itertools import compress, count

from .features import MONTHS
from .labeller import Labelled
from .token_index import label_from, labels_in

_LOCATORS = frozenset(("volume", "issue", "pages"))
# Marks between the months and seasons of an issue ("jul./set.", "Mar.-Apr.")
_DATE_MARKS = frozenset((",", ".", "/", "-", "–"))


def _month(word: str) -> bool:
    """A month's or a season's name, abbreviated or whole, in the languages real lists use
    ("jul", "Sept", "abril", "setembro")."""
    low = word.lower()
    return word.isalpha() and (low in MONTHS or (len(low) <= 9 and low[:3] in MONTHS))


def months_after_locators(labelled: list[Labelled]) -> list[Labelled]:
    """ "v. 28, n. 1, July/Aug., 2000": the months between the last locator and the year,
    which the labeller read as the title's words, are no title (the date is read from the
    printed text with the year: :func:`.field_values.month_before`)."""
    last = max(compress(count(), map(_LOCATORS.__contains__, labels_in(labelled))), default=-1)
    if last < 0:
        return labelled
    year = label_from(labelled, "year", last + 1)
    between = labelled[last + 1 : year]
    if (
        year < 0
        or not any(x.label in ("title", "container") for x in between)
        or not any(_month(x.token.text) for x in between)
        or not all(_month(x.token.text) or x.token.text in _DATE_MARKS for x in between)
    ):
        return labelled
    return [
        *labelled[: last + 1],
        *(x._replace(label="other") for x in between),
        *labelled[year:],
    ]
