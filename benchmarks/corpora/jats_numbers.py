"""Tags of a citation's place in its journal that hold another field, decided from the markup
and the printed citation alone (never from what a parser read), each counted by a note.

JATS's ``<elocation-id>`` holds an electronic article's number ("e12345"), which stands where
the first page would; it is never a range of pages nor the journal's volume. A preprint
converter tags a Vancouver citation's place in its journal so in some references:

- the whole range of pages ("2030;12():<elocation-id>334-47</elocation-id>."): an article
  number has no dash between two numbers (the article numbers with their year after a dash,
  "e00123-20", ``blinarefs.pages.is_article_number``, stay whole), so the first page is the
  number before the dash and the last page the one after it (``pages_in_number``);
- the volume, printed right after the year's semicolon and before the issue's bracket or the
  citation's end, with no volume tagged ("2030;<elocation-id>511</elocation-id>(7509):341-3.",
  "2030;<elocation-id>8</elocation-id>."): Vancouver prints the volume there, so the tag's
  number is the volume, and the pages (printed untagged, or not at all) are not known
  (``volume_in_number``);
- a volume tag holding its issue in brackets ("<volume>242(3)</volume>", some of PLOS's
  element citations), with no issue tagged, where the print has the same: the volume is
  the number before the bracket and the issue what the bracket holds (``issue_in_volume``).
"""

from __future__ import annotations

import re

from lxml import etree

from blinarefs.pages import is_article_number

from .jats_xml import DASHES, local, text_of

PAGES_IN_NUMBER = "pages mended: the article-number tag holds the range of pages"
VOLUME_IN_NUMBER = "volume mended, pages set aside: the article-number tag holds the volume"
NUMBER_AT_END = "volume and pages set aside: the article-number tag's number ends the citation"
ISSUE_IN_VOLUME = "volume and issue mended: the volume tag holds the issue in brackets"

# "242(3)", "39 (Suppl 2)": the volume, then its issue in brackets
_VOLUME_ISSUE = re.compile(r"(\w+)\s*\(([^()]+)\)")
# "334-47", "D1541-d7", "235-47.e9": two numbers (perhaps a letter before) joined by a dash
_RANGE = re.compile(rf"([A-Za-z]?\d+)\s*[{DASHES}]\s*([A-Za-z]?\d+(?:\.e\d+)?)")


def number_slips(
    printed: etree._Element | None,
    text: str | None,
    volume: str | None,
    issue: str | None,
    fpage: str | None,
    lpage: str | None,
) -> tuple[str | None, str | None, str | None, str | None, tuple[str, ...]]:
    """(volume, issue, first page, last page, notes) with this module's rules applied: to an
    ``<elocation-id>`` of the printed citation that stands in for the first page, and to a
    volume tag holding its issue (``text``: the printed citation's text)."""
    notes: tuple[str, ...] = ()
    if bracketed := issue_in_volume(text, volume, issue):
        (volume, issue), notes = bracketed, (ISSUE_IN_VOLUME,)
    number = _number(printed)
    if number is None or fpage != text_of(number) or lpage:
        return volume, issue, fpage, lpage, notes
    if pages := pages_in_number(fpage):
        return volume, issue, *pages, (*notes, PAGES_IN_NUMBER)
    if volume is None and (where := volume_in_number(number)):
        if where == "end":  # "2030;267.": a volume, or a page with no volume printed
            return None, issue, None, None, (*notes, NUMBER_AT_END)
        return fpage, issue, None, None, (*notes, VOLUME_IN_NUMBER)
    return volume, issue, fpage, lpage, notes


def issue_in_volume(
    printed: str | None, volume: str | None, issue: str | None
) -> tuple[str, str] | None:
    """(volume, issue) out of a volume tag that holds the issue in brackets, with no issue
    tagged, where the printed citation has that text; None otherwise."""
    found = _VOLUME_ISSUE.fullmatch((volume or "").strip())
    if issue or not found or not printed or found.group(0) not in printed:
        return None
    return found.group(1), found.group(2).strip()


def pages_in_number(number: str | None) -> tuple[str, str] | None:
    """(first, last) of a range tagged as an article number; None for an article number."""
    found = _RANGE.fullmatch((number or "").strip())
    if not found or is_article_number(found.group(0)):
        return None
    return found.group(1), found.group(2)


def volume_in_number(number: etree._Element) -> str | None:
    """Where the tag's number stands right after the tagged year and its semicolon, with
    nothing tagged as the volume: before the issue's bracket ("bracket": Vancouver's
    volume), or at the citation's end ("end": a volume, or a page printed with no volume,
    which the print does not tell apart); None elsewhere."""
    before = number.getprevious()
    if before is None or local(before) != "year" or (before.tail or "").strip() != ";":
        return None
    if re.fullmatch(r"\d{1,4}", text_of(number) or "") is None:
        return None
    after = (number.tail or "").strip()
    if after.startswith("("):
        return "bracket"
    return "end" if after in ("", ".") and number.getnext() is None else None


def _number(printed: etree._Element | None) -> etree._Element | None:
    if printed is None:
        return None
    return next((c for c in printed if local(c) == "elocation-id"), None)
