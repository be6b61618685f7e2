"""Page ranges as printed ("836-47", "S12–9", "503-18.e10") in their full form.

One function for every reader: the parser's printed lists, the services' records (Crossref,
PubMed's MedlinePgn) and the comparisons between them, so that "1795-802" from one side and
"1795-1802" from the other are one range.
"""

from __future__ import annotations

import re

# any run of dashes; pieces are split at it and stripped, which takes the spaces around a
# dash away in linear time (a pattern "\s*-+\s*" backtracks over every run of spaces)
_DASHES = re.compile(r"[-–—\u2010\u2011\u2012\u2212]+")
_RANGE = re.compile(r"([A-Za-z]*)(\d+)([A-Za-z]?)-([A-Za-z]*)(\d+)([A-Za-z]?)(?:[. ](e\d+))?")
# An article number with its year after a dash: the European Respiratory Society's
# "00161-2017", the American Society for Microbiology's "e00123-20" (their DOIs end in the
# same "00123-20"): a page never opens with a zero, so this is no range
_NUMBER_AND_YEAR = re.compile(r"0\d+-(?:19|20)\d\d|e0\d{3,4}-\d\d")


def is_article_number(pages: str | None) -> bool:
    """ "00161-2017" and "e00123-20" are one article number with its year, not pages 161
    to 2017 or e00123 to e00120."""
    return bool(_NUMBER_AND_YEAR.fullmatch(_joined(pages)))


def _joined(pages: str | None) -> str:
    return "-".join(piece.strip() for piece in _DASHES.split((pages or "").strip()))


def expand_page_range(pages: str | None) -> str:
    """ "836-47" -> "836-847", "1795-802" -> "1795-1802", "S12-9" -> "S12-S19"; any dash
    (and "--") -> "-". Cell Press's supplementary pages stay, after a full stop: "503-18.e10"
    and "503-18 e10" -> "503-518.e10". Other forms (e123, "viii-xii", an article number
    "00161-2017") as given."""
    pages = _joined(pages)
    m = _RANGE.fullmatch(pages)
    if not m or _NUMBER_AND_YEAR.fullmatch(pages):
        return pages
    p1, n1, s1, p2, n2, s2, supplement = m.groups()
    if len(n2) < len(n1):
        n2 = n1[: len(n1) - len(n2)] + n2
    return f"{p1}{n1}{s1}-{p2 or p1}{n2}{s2}" + (f".{supplement}" if supplement else "")
