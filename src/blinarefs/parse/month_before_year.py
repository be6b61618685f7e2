"""The month printed between a journal's name and its year, EndNote's AMA-like form
"Cell. Jun 6 2030;12(3):45-67.": the date's, never the journal's.

The readers end the journal at the year, so the month (and day) before it was read as the
journal's last word ("Cell. Jun"). A journal's name whose last word is a month's
abbreviation prints it with a stop ("Rev. Biol. Mar. 2030"), or with no stop before it
("Rev Biol Mar 2030"); only a month after the journal's closing stop and right before the
year the entry was read with is taken out.
"""

from __future__ import annotations

import re

from ..model import Reference
from .years import date_parts

# A month as EndNote prints it, abbreviated with no stop or in full: never a longer word
# ("Marine", "Mayo" are journals' words)
MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
# A month or a span of months ("Nov-Dec"), dated by its first
_MONTHS = rf"{MONTH}(?:[-–/]{MONTH})?"
# "<journal>. Jun" or "<journal>. Jun 6": the month and the day closing the container,
# searched from each full stop (linear: the journal before it is no part of the pattern)
_MONTH_END = re.compile(rf"\.\s+(?P<month>{_MONTHS})(?:\s+(?P<day>[0-3]?\d))?\Z")
_LETTER = re.compile(r"[^\W\d_]")


# The month alone read as the journal, the journal's name then closing the title
_MONTH_ALONE = re.compile(rf"(?P<month>{_MONTHS})(?:\s+(?P<day>[0-3]?\d))?")
# A journal's name as these lists print it, capitalised words with no stop ("N Engl J Med")
_JOURNAL_WORDS = re.compile(r"(?:[A-Z][^\W\d_]*)(?: [A-Z][^\W\d_]*){0,5}")


def month_out_of_journal(ref: Reference) -> Reference:
    """ "Examplia Rev. Sep 2030;21(4):655-75.": journal "Examplia Rev", the month (and the
    day) the date's, when the year follows them in print and is the entry's year; read as
    the journal alone ("Title. Cell. Jun 6 2030;..." read with the title "Title. Cell"),
    the journal is the title's last sentence."""
    if not ref.issued:
        return ref
    if (alone := _MONTH_ALONE.fullmatch(ref.container_title)) and ". " in ref.title:
        title, journal = ref.title.rsplit(". ", 1)
        printed = _before_year(ref, rf"{re.escape(journal)}\. ")
        if not _JOURNAL_WORDS.fullmatch(journal) or printed is None:
            return ref
        day = alone["day"] or printed["day"]
        issued = (
            ref.issued if len(ref.issued) > 1 else date_parts(printed["year"], alone["month"], day)
        )
        return ref.with_fields(
            title=title, container_title=journal, container_title_short=journal, issued=issued
        )
    found = _MONTH_END.search(ref.container_title)
    journal = ref.container_title[: found.start()].strip() if found else ""
    if found is None or not _LETTER.search(journal):
        return ref
    if (printed := _before_year(ref)) is None:
        return ref
    day = found["day"] or printed["day"]
    issued = ref.issued if len(ref.issued) > 1 else date_parts(printed["year"], found["month"], day)
    short = (
        journal if ref.container_title_short == ref.container_title else ref.container_title_short
    )
    return ref.with_fields(container_title=journal, container_title_short=short, issued=issued)


def _before_year(ref: Reference, opening: str = "") -> re.Match[str] | None:
    """Where the print has the container as read (after ``opening``), then perhaps the
    day the reader left out ("Sci Rep. May" of "Sci Rep. May 4 2030"), then the entry's
    year: the day and the year, else None."""
    container, year = re.escape(ref.container_title), ref.issued[0] if ref.issued else ""
    after = rf"{opening}{container}(?:\s+(?P<day>[0-3]?\d))?\s+(?P<year>{year})\b"
    return re.search(after, ref.source_text) if year else None
