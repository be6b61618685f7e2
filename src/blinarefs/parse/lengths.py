"""A whole work's length, printed after its imprint: "456 p.", "xii + 345 pp.", "320 pages".

Catalogues, ABNT, SciELO's lists and NLM's books print how many pages a book, a report or a
thesis has; the readers took it for the pages cited ("pages = {456}") or lost it. It is no
page of the work (a style that prints pages would print "p. 456" of a book that has 456),
so it is the model's ``number_of_pages`` (CSL's number-of-pages, biblatex's pagetotal). A
count is a number, or roman front matter and a number, with the unit after it; pages cited
carry the unit before them ("p. 45", "pp. 45-67") or are a range, and stay pages.
"""

from __future__ import annotations

import re

from ..model import Reference

# The count, as a part of its own: after a mark that ends a part, the unit after the number,
# then the end of the reference or of a part. Roman front matter before or after the
# number: "xii + 345 p.", "345 + xii pp.", "xii, 345 p."
_COUNT = re.compile(
    r"(?:(?<=[.,;:)—])\s+|(?<=\b(?:19|20)\d\d)\s|\A)(?<![pP]\.\s)(?<!pp\.\s)(?P<count>(?:[ivxlcIVXLC]{1,8}\s?[+,]\s?)?\d{1,5}"
    r"(?:\s?\+\s?[ivxlcIVXLC]{1,8})?)"
    r"\s?(?:p|pp|P|PP|pgs?|pages|págs?|páginas|S|с)(?:\.|\b)(?=\s*(?:$|[.,;(\[]|[A-Z]))"
)
# The kinds of work that are a whole with a length (not a part of one: an article, a chapter)
_WHOLE = frozenset({"book", "report", "thesis", "document", "manuscript", "pamphlet"})


def length_not_pages(ref: Reference) -> Reference:
    """``ref`` with the length its printed text gives as ``number_of_pages``: out of the
    pages where the readers put it there (the pages being that number alone), or read from
    the text where they left it out."""
    if ref.number_of_pages or ref.type not in _WHOLE:
        return ref
    found = [m for m in _COUNT.finditer(ref.source_text) if m["count"] not in ref.title]
    if len(found) != 1:
        return ref
    count = " ".join(found[0]["count"].split())
    digits = re.search(r"\d+", count)
    if ref.page and not (digits and ref.page == digits.group()):
        return ref
    return ref.with_fields(number_of_pages=count, page="")


# Citing Medicine's extent of a web page or a database record: "[about 4 screens]",
# "[about 2 p.]"; read as a volume ("about 4"), it is no part of a periodical
_EXTENT = re.compile(r"\[about (?P<n>\d{1,4}) (?:screens?|p\.|pages?|paragraphs?)\]", re.I)


def extent_not_volume(ref: Reference) -> Reference:
    """``ref`` without the volume a reader made of a web page's printed extent."""
    found = _EXTENT.search(ref.source_text) if ref.volume else None
    if found is None or ref.volume not in (f"about {found['n']}", found["n"]):
        return ref
    return ref.with_fields(volume="")
