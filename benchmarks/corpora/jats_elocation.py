"""An article-number tag that holds the pages or the volume, decided from the markup and the
printed citation alone (never from what a parser read), each counted by a note.

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
  (``volume_in_number``).
"""

from __future__ import annotations

import re

from lxml import etree

from blinarefs.pages import is_article_number

from .jats_xml import DASHES, local, text_of

PAGES_IN_NUMBER = "pages mended: the article-number tag holds the range of pages"
VOLUME_IN_NUMBER = "volume mended, pages set aside: the article-number tag holds the volume"

# "334-47", "D1541-d7", "235-47.e9": two numbers (perhaps a letter before) joined by a dash
_RANGE = re.compile(rf"([A-Za-z]?\d+)\s*[{DASHES}]\s*([A-Za-z]?\d+(?:\.e\d+)?)")


def number_slips(
    printed: etree._Element | None, volume: str | None, fpage: str | None, lpage: str | None
) -> tuple[str | None, str | None, str | None, tuple[str, ...]]:
    """(volume, first page, last page, notes) with this module's rules applied to an
    ``<elocation-id>`` of the printed citation that stands in for the first page."""
    number = _number(printed)
    if number is None or fpage != text_of(number) or lpage:
        return volume, fpage, lpage, ()
    if pages := pages_in_number(fpage):
        return volume, *pages, (PAGES_IN_NUMBER,)
    if volume is None and volume_in_number(number):
        return fpage, None, None, (VOLUME_IN_NUMBER,)
    return volume, fpage, lpage, ()


def pages_in_number(number: str | None) -> tuple[str, str] | None:
    """(first, last) of a range tagged as an article number; None for an article number."""
    found = _RANGE.fullmatch((number or "").strip())
    if not found or is_article_number(found.group(0)):
        return None
    return found.group(1), found.group(2)


def volume_in_number(number: etree._Element) -> bool:
    """Whether the tag's number stands where Vancouver prints the volume: right after the
    tagged year and its semicolon, and before the issue's bracket or the citation's end."""
    before = number.getprevious()
    if before is None or local(before) != "year" or (before.tail or "").strip() != ";":
        return False
    after = (number.tail or "").strip()
    return re.fullmatch(r"\d{1,4}", text_of(number) or "") is not None and (
        after.startswith("(") or (after in ("", ".") and number.getnext() is None)
    )


def _number(printed: etree._Element | None) -> etree._Element | None:
    if printed is None:
        return None
    return next((c for c in printed if local(c) == "elocation-id"), None)
