"""The Retraction Watch data as a local file (``--retraction-data FILE``): read once,
indexed by the original paper's DOI and PMID, so integrity checks run offline and at scale.

The file is the CSV Crossref publishes (https://gitlab.com/crossref/retraction-watch-data,
``retraction_watch.csv``, updated each working day). Its columns, as read by other users of
the file (e.g. the ``CREATE TABLE`` in a public converter, search id 66635136618): ``Record
ID``, ``Title``, ``Subject``, ``Institution``, ``Journal``, ``Publisher``, ``Country``,
``Author``, ``URLS``, ``ArticleType``, ``RetractionDate``, ``RetractionDOI``,
``RetractionPubMedID``, ``OriginalPaperDate``, ``OriginalPaperDOI``,
``OriginalPaperPubMedID``, ``RetractionNature``, ``Reason``, ``Paywalled``, ``Notes``.
Dates are US-style with a time (``7/15/2024 0:00``); a missing DOI is ``unavailable`` and a
missing PMID ``0``. Only the columns needed are kept in memory.
"""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import UsageError
from ..fsio import reading
from .notices import Kind, Notice
from .text import normalise_doi

SOURCE = "retraction-watch-csv"
REQUIRED = ("Record ID", "OriginalPaperDOI", "OriginalPaperPubMedID", "RetractionNature",
            "RetractionDate", "RetractionDOI")  # fmt: skip
NATURES: dict[str, Kind] = {
    "retraction": "retraction",
    "correction": "correction",
    "expression of concern": "expression-of-concern",
}  # fmt: skip  (a "Reinstatement" undoes an expression of concern: it flags nothing)
_MISSING = {"", "unavailable", "0", "na", "n/a"}


@dataclass
class RetractionIndex:
    """Notices by original paper DOI and PMID."""

    path: str = ""
    by_doi: dict[str, list[Notice]] = field(default_factory=lambda: defaultdict(list))
    by_pmid: dict[str, list[Notice]] = field(default_factory=lambda: defaultdict(list))
    rows: int = 0

    def lookup(self, doi: str = "", pmid: str = "") -> list[Notice]:
        found = list(self.by_doi.get(normalise_doi(doi), ())) if doi else []
        found += [n for n in self.by_pmid.get(pmid.strip(), ()) if n not in found] if pmid else []
        return found


def us_date(text: str) -> str:
    """ "7/15/2024 0:00" -> "2024-07-15"; anything else as given ("" when empty)."""
    m = re.match(r"\s*(\d{1,2})/(\d{1,2})/(\d{4})", text or "")
    return f"{m.group(3)}-{int(m.group(1)):02d}-{int(m.group(2)):02d}" if m else text.strip()


def load_retractions(path: str | Path) -> RetractionIndex:
    """Read the CSV once. A file without the expected columns is a usage error naming the
    missing column; rows without a known nature or without any identifier are skipped."""
    index = RetractionIndex(str(path))
    try:
        with (
            reading(Path(path), "a Retraction Watch CSV", UsageError),
            open(path, encoding="utf-8-sig", newline="") as handle,
        ):
            reader = csv.DictReader(handle)
            missing = [c for c in REQUIRED if c not in (reader.fieldnames or ())]
            if missing:
                raise UsageError(
                    f"{path}: not a Retraction Watch CSV (no column {missing[0]!r})",
                    hint="download retraction_watch.csv from "
                    "https://gitlab.com/crossref/retraction-watch-data",
                )
            for row in reader:
                index.rows += 1
                _add(index, row)
    except (UnicodeDecodeError, csv.Error) as exc:
        raise UsageError(f"{path}: cannot read the Retraction Watch file ({exc})") from None
    return index


def _add(index: RetractionIndex, row: dict[str, str]) -> None:
    kind = NATURES.get((row.get("RetractionNature") or "").strip().lower())
    if kind is None:
        return
    notice_doi = (row.get("RetractionDOI") or "").strip()
    notice_pmid = (row.get("RetractionPubMedID") or "").strip()
    notice = Notice(
        kind,
        doi="" if notice_doi.lower() in _MISSING else normalise_doi(notice_doi),
        pmid="" if notice_pmid.lower() in _MISSING else notice_pmid,
        date=us_date(row.get("RetractionDate") or ""),
        source=SOURCE,
        label=f"Retraction Watch record {row.get('Record ID', '').strip()}",
    )
    doi = (row.get("OriginalPaperDOI") or "").strip()
    pmid = (row.get("OriginalPaperPubMedID") or "").strip()
    if doi.lower() not in _MISSING:
        index.by_doi[normalise_doi(doi)].append(notice)
    if pmid.lower() not in _MISSING:
        index.by_pmid[pmid].append(notice)
