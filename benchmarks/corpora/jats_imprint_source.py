"""A journal-tagged citation whose source tag holds an imprint, decided from the markup alone
(never from what a parser read), counted by a note.

JATS's ``<source>`` holds the title of the work the cited one is in (a journal's, a book's),
and ``publication-type="journal"`` says the cited work is a journal's article; the imprint
has tags of its own (``<publisher-loc>``, ``<publisher-name>``). Some publishers tag a
report's or a book's imprint as the source of a "journal" ("<article-title>Regional
report</article-title>. <source>Springfield IL: EXA</source>; <year>2030</year>"): the
tag holds no journal's title, and a work printed with its publisher and place is published
on its own, a book or a report (CSL's types), not in a journal. Two forms are an imprint by
their shape alone, with nothing placing the work in a journal (no volume, issue or pages):

- NLM's place with its state or country code, then a colon and the publisher ("Springfield
  IL: Example Press", "Springfield (IL): EXA"); a roman numeral is a journal's part ("Deep
  Sea Research Part II: Topical Studies");
- a place, a colon, the publisher and the year the imprint closes with, inside the tag
  ("Springfield: Example Ministry of Tests; 2030"): a journal's title holds no year after
  a semicolon.

Not decided: "Publisher, Place" ("Example Council, Springfield"), since a comma also joins
a journal's title to its society's name ("Journal of tests: official journal, Example
Society") and no rule of the markup tells a place's name from a title's words; nor a
colon alone, which opens a journal's own subtitle ("Example Science: Reports").
"""

from __future__ import annotations

import re

IMPRINT_AS_SOURCE = (
    "journal and type set aside: a journal-tagged source holds an imprint ('Place ST: Publisher')"
)
# a place's capitalised words, then its state's or country's two capitals (not a roman
# numeral), perhaps in brackets, a colon and the publisher
_PLACE_CODE = re.compile(r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)* \(?(?![IVX]{2})[A-Z]{2}\)?: [A-Z].*")
# a place, a colon, the publisher and the imprint's year after a semicolon
_WITH_YEAR = re.compile(r"[A-Z][^:;]*: [A-Z][^:;]*; (?:1[5-9]|20)\d\d\.?")


WEB_WITH_IMPRINT = (
    "type widened: a web-tagged citation printing a publisher's imprint is a book or report too"
)
# the imprint printed in the citation: a place (its state's code after a comma or in
# brackets, or not), a colon, the publisher and the year after a semicolon
_PRINTED_IMPRINT = re.compile(
    r"\. [A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}(?:,? \(?[A-Z]{2}\)?)?: [A-Z][^.:;]{2,120}; "
    r"(?:1[5-9]|20)\d\d\b"
)


def web_with_imprint(pub_type: str | None, printed: str | None) -> bool:
    """Whether a citation tagged as a web page prints a publisher's imprint ("Title.
    Springfield, ST: Example Department; 2030. https://..."), as NLM prints a book or a
    report read online: the markup of others tags that form as a book (read as a web page
    too, ``parse_scoring``), and the print says no more than that it was read online."""
    return (pub_type or "").lower() in ("web", "webpage") and bool(
        printed and _PRINTED_IMPRINT.search(printed)
    )


def imprint_as_source(pub_type: str | None, source: str | None, placed: bool) -> bool:
    """Whether a journal-tagged citation that nothing places in a journal (``placed``: a
    volume, an issue or pages tagged) has an imprint for its source."""
    if (pub_type or "").lower() != "journal" or placed or not source:
        return False
    text = " ".join(source.split())
    return bool(_PLACE_CODE.fullmatch(text) or _WITH_YEAR.fullmatch(text))
