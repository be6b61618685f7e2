"""The printed forms that give fields whatever the readers made of them: the judge of doubt
does not doubt those fields (:attr:`.read.Reading.settled`)."""

from __future__ import annotations

from ..model import Reference
from .online_books import ONLINE_BOOK_FIELDS, is_online_book_part
from .standards import STANDARD_FIELDS, is_standard
from .statutes import STATUTE_FIELDS, is_statute
from .unpublished import UNPUBLISHED_FIELDS, read_as_unpublished


def settled_by_form(mended: Reference) -> frozenset[str]:
    """The fields a printed form gives whatever the readers made of them: an act's whole
    form (nothing to doubt), an online book's chapter (its book, date and kind), a standard
    (its kind, and no author where its designation was read as one), an unpublished work
    (its kind, and the title and journal it has not)."""
    return (
        STATUTE_FIELDS if is_statute(mended)
        else ONLINE_BOOK_FIELDS if is_online_book_part(mended)
        else STANDARD_FIELDS if is_standard(mended)
        else UNPUBLISHED_FIELDS if read_as_unpublished(mended)
        else frozenset()
    )  # fmt: skip
