"""Editorial notices about a work (retractions, corrections, expressions of concern) and the
service records that carry them. Pure.

Crossref lists a work's notices in ``updated-by`` (each with the notice's DOI, its ``type``,
the date it was ``updated`` and its ``source``: ``retraction-watch`` for the Retraction Watch
data Crossref distributes, ``publisher`` for Crossmark deposits) and a notice's targets in
``update-to``. PubMed marks a retracted article with the publication type "Retracted
Publication" and links notices in ``CommentsCorrectionsList`` (``RetractionIn``,
``ErratumIn``, ``ExpressionOfConcernIn``; a notice's own record has ``RetractionOf``,
``ErratumFor``, ``ExpressionOfConcernFor``). Both readers turn them into :class:`Notice`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Literal

from ..model import Reference

Kind = Literal["retraction", "correction", "expression-of-concern", "withdrawal"]
# Crossref's update types (https://www.crossref.org/documentation/crossmark/) by what they say
CROSSREF_KINDS: dict[str, Kind] = {
    "retraction": "retraction", "partial_retraction": "retraction",
    "withdrawal": "withdrawal", "removal": "withdrawal",
    "correction": "correction", "erratum": "correction", "corrigendum": "correction",
    "expression_of_concern": "expression-of-concern",
    "expression-of-concern": "expression-of-concern",
}  # fmt: skip
PUBMED_KINDS: dict[str, tuple[Kind, bool]] = {  # RefType -> (kind, this record is the notice)
    "RetractionIn": ("retraction", False), "RetractionOf": ("retraction", True),
    "ErratumIn": ("correction", False), "ErratumFor": ("correction", True),
    "ExpressionOfConcernIn": ("expression-of-concern", False),
    "ExpressionOfConcernFor": ("expression-of-concern", True),
}  # fmt: skip
SEVERE: tuple[Kind, ...] = ("retraction", "withdrawal")  # citing these is an error


@dataclass(frozen=True)
class Notice:
    """One notice about a work. ``of_self`` is False for a notice *about* the record (its
    retraction), True when the record *is* the notice (it retracts ``doi``/``pmid``)."""

    kind: Kind
    doi: str = ""  # the notice's DOI (or, with of_self, the DOI of the work it updates)
    pmid: str = ""
    date: str = ""  # ISO 8601, as precise as the source gives it
    source: str = ""  # retraction-watch, publisher, pubmed, retraction-watch-csv
    label: str = ""  # the source's own words ("Retraction", "Lancet. 2010 Feb 6;375:445")
    of_self: bool = False

    def describe(self) -> str:
        ident = f"doi:{self.doi}" if self.doi else f"pmid:{self.pmid}" if self.pmid else ""
        parts = [p for p in (ident, self.date, f"source {self.source}" if self.source else "") if p]
        return f"{self.kind} notice " + ", ".join(parts) if parts else f"{self.kind} notice"

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "doi": self.doi, "pmid": self.pmid, "date": self.date,
                "source": self.source, "label": self.label, "of_self": self.of_self}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Record(Reference):
    """A service's record of a work: a Reference plus the notices the service lists for it.
    Merging reads only the Reference fields; the notices feed the integrity verdict."""

    notices: tuple[Notice, ...] = ()


def notices_of(record: Reference) -> tuple[Notice, ...]:
    return record.notices if isinstance(record, Record) else ()


def _iso(parts: Any) -> str:
    try:
        nums = [int(p) for p in parts["date-parts"][0] if p is not None]
    except (KeyError, IndexError, TypeError, ValueError):
        return ""
    return "-".join(f"{n:02d}" if i else str(n) for i, n in enumerate(nums[:3]))


def crossref_notices(item: dict[str, Any]) -> tuple[Notice, ...]:
    """The notices a Crossref work lists: ``updated-by`` (about it) and ``update-to`` (it is
    the notice). Unknown update types (``new_version``, ...) say nothing about integrity."""
    out = []
    for field, of_self in (("updated-by", False), ("update-to", True)):
        for entry in item.get(field) or ():
            if not isinstance(entry, dict):
                continue
            kind = CROSSREF_KINDS.get(str(entry.get("type", "")).lower())
            if kind is None:
                continue
            date = _iso(entry.get("updated"))
            if not date and isinstance(entry.get("updated"), dict):
                date = str(entry["updated"].get("date-time", ""))[:10]
            out.append(Notice(kind, doi=str(entry.get("DOI") or "").lower(), date=date,
                              source=str(entry.get("source") or "publisher"),
                              label=str(entry.get("label") or ""), of_self=of_self))  # fmt: skip
    return tuple(dict.fromkeys(out))


_REFSOURCE_DATE = re.compile(
    r"\b(\d{4})\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?(?:\s+(\d{1,2}))?"
)
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def refsource_date(text: str) -> str:
    """The date a PubMed ``RefSource`` prints ("Lancet. 2010 Feb 6;375(9713):445" ->
    "2010-02-06"), or ""."""
    m = _REFSOURCE_DATE.search(text)
    if not m:
        return ""
    year, month, day = m.group(1), _MONTHS.index(m.group(2)[:3]) + 1, m.group(3)
    return f"{year}-{month:02d}" + (f"-{int(day):02d}" if day else "")


def refsource_doi(text: str) -> str:
    m = re.search(r"doi:\s*(10\.\S+?)\.?(?:\s|$)", text)
    return m.group(1).lower() if m else ""
