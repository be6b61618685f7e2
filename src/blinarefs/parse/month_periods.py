"""A title that ends with the months it covers, "Strategic Plan July 2030 - June 2035",
read only up to the first month, whose year became the date.

Plans and reports name their period at their title's end, and :mod:`.period_titles`
gives the labeller's title back the span it left out. Where the readers lost the title's
words to an organisation's name first (a title in title case after a body's name, BMJ's
"Ministry of Examples Example Strategic Plan July 2030 - June 2035. Example Centre,
2031."), that repair comes too early: the entry is read with its title cut after "July",
and "July 2030" as its date. The month that closes the title, then a year, a dash and
another month's year before the title's full stop, are a period the title covers: the
title keeps it, and the date is the year the imprint prints after it.
"""

from __future__ import annotations

import re

from ..model import Reference
from .features import MONTHS
from .years import YEAR

# " 2030 - June 2035." right after a title that ends with a month's name
_PERIOD = re.compile(
    rf" (?P<first>{YEAR.pattern}) ?[-–] ?(?P<month>[A-Z][a-z]+\.?) (?P<last>{YEAR.pattern})"
    r"(?=[.,;])"
)
_IMPRINT_YEAR = re.compile(rf"(?<!\d)({YEAR.pattern})(?!\d)")
_LONGEST = 10  # years a plan or a report covers at most


def period_after_month(ref: Reference) -> Reference:
    """``ref`` with the period after its title's closing month in the title, and the
    imprint's year as its date, when it was dated by the period's first month."""
    words = ref.title.split()
    if not words or words[-1].rstrip(".").lower() not in MONTHS or not ref.issued:
        return ref
    at = ref.source_text.find(ref.title)
    m = _PERIOD.match(ref.source_text, at + len(ref.title)) if at >= 0 else None
    if not m or m["month"].rstrip(".").lower() not in MONTHS:
        return ref
    first, last = int(m["first"]), int(m["last"])
    if ref.issued[0] != first or not 0 < last - first <= _LONGEST:
        return ref
    later = _IMPRINT_YEAR.findall(ref.source_text, m.end())
    if len(later) != 1:
        return ref
    return ref.with_fields(title=ref.title + m.group(), issued=(int(later[0]),))
