"""A BibTeX entry's date: ``year``/``month``/``day`` (BibTeX's, the month a macro) or
biblatex's ISO ``date``, read into the model's date parts and written back as classic
BibTeX's fields, which both BibTeX and biber read.
"""

from __future__ import annotations

import re

from .model import MONTH_MACROS, Reference

_ISO_DATE = re.compile(r"(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?")
_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")  # "20201" is a typo, not 2020


def date_from_fields(values: dict[str, str]) -> tuple[int, ...] | None:
    """The date of an entry's fields: biblatex's ``date`` first, else the year and the
    month (a macro or a number) and day that go with it; None with no year."""
    if values.get("date"):
        m = _ISO_DATE.match(values["date"])
        if m:
            return tuple(int(g) for g in m.groups() if g)
    year = _YEAR.search(values.get("year", ""))
    if not year:
        return None
    parts = [int(year.group(0))]
    month = values.get("month", "").strip().lower()
    if month:
        if month[:3] in MONTH_MACROS:
            parts.append(MONTH_MACROS.index(month[:3]) + 1)
        elif month.isdecimal() and 1 <= int(month) <= 12:
            parts.append(int(month))
        day = values.get("day", "").strip()
        if len(parts) == 2 and day.isdecimal() and 1 <= int(day) <= 31:
            parts.append(int(day))
    return tuple(parts)


def iso_date(text: str) -> tuple[int, ...] | None:
    parts = tuple(int(p) for p in re.findall(r"\d+", text)[:3])
    return parts or None


def date_fields(ref: Reference) -> list[tuple[str, str, bool]]:
    if not ref.issued:
        return []
    out = [("year", str(ref.issued[0]), True)]
    if len(ref.issued) > 1 and 1 <= ref.issued[1] <= 12:
        out.append(("month", MONTH_MACROS[ref.issued[1] - 1], False))
        if len(ref.issued) > 2:
            out.append(("day", str(ref.issued[2]), True))
    return out
