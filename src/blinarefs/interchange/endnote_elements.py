"""An EndNote XML record's elements: their text as EndNote stores it, and the ones the
reader takes no field from, named in a warning so that an import never drops what a user
typed without a word (the authors' addresses, research notes, custom fields).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator

from ..model import Reference


def element_text(element: ET.Element | None) -> str:
    """Element text with EndNote's <style> wrappers flattened, its line breaks (CR) as
    newlines."""
    if element is None:
        return ""
    return "\n".join("".join(element.itertext()).strip().splitlines())


# The elements of a record the reader takes (by their path in it), and EndNote's own
# bookkeeping, which describes no work: every other element with text is reported unread.
_READ_PATHS = frozenset({
    "ref-type", "contributors/authors/author", "contributors/secondary-authors/author",
    "titles/title", "titles/secondary-title", "periodical/full-title", "periodical/abbr-1",
    "titles/alt-title", "titles/tertiary-title", "titles/short-title", "volume", "number",
    "issue", "pages", "publisher", "pub-location", "electronic-resource-num", "accession-num",
    "abstract", "notes", "urls/related-urls/url", "urls/web-urls/url", "isbn", "edition",
    "dates/year", "dates/pub-dates/date", "keywords/keyword", "access-date", "language",
    "label", "rec-number", "foreign-keys/key", "database", "source-app",
})  # fmt: skip


def unread_elements(record: ET.Element, ref: Reference) -> Iterator[tuple[str, str]]:
    """(path, text) of each element of ``record`` that holds text the reader does not take
    (``auth-address``, ``research-notes``, a ``custom2`` that is no PMCID)."""

    def walk(element: ET.Element, path: str) -> Iterator[tuple[str, str]]:
        fields = [c for c in element if c.tag != "style"]
        if not fields:
            text = element_text(element)
            if text and path not in _READ_PATHS and not (path == "custom2" and ref.pmcid):
                yield path, text
        for child in fields:
            yield from walk(child, f"{path}/{child.tag}" if path else child.tag)

    for child in record:
        yield from walk(child, child.tag)
