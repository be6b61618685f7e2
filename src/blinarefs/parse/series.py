"""A book's series, printed in parentheses after its imprint with the book's number in it.

Vancouver's books and reports print their series last, in parentheses: "Title. Place:
Publisher; 2030. (Example Methods Series; vol 12).", "(Série Exemplos; nº 7)", "(Example
Bulletin, 103)". Both readers have seen a name and a number after a year mostly as a
journal's, so the series is read as a journal and its number as a volume or an issue, and a
book becomes an article. The series is the book's collection; its number is no volume of a
journal.
"""

from __future__ import annotations

import re

from ..model import Reference

# "(Series; vol 12)", "(Series, v. 12)", "(Série; nº 7)", "(Series; 12)", after a sentence's
# end (the imprint's year, a bracket): the series' name opens with a letter and holds no
# parenthesis; the number is the book's in the series.
_SERIES = re.compile(
    r"(?<=[.\]] )\((?P<series>[^\W\d_][^()]{2,120}?)[;,] ?"
    r"(?:(?:vol|v|n|no|nº|n\.º|núm|num|number)\.? ?)?(?P<number>\d{1,4})\)(?=[.,;]?(?:\s|$))",
    re.IGNORECASE,
)
_MENDED = ("article-journal", "book", "webpage", "report", "document")


def book_series(ref: Reference) -> Reference:
    """``ref`` with its series in parentheses (``_SERIES``) as its collection, not its
    journal, volume or issue, when a publisher or a place was read (a book's imprint): an
    article read from it is the book."""
    if ref.type not in _MENDED or not (ref.publisher or ref.publisher_place):
        return ref
    m = _SERIES.search(ref.source_text)
    if m is None:
        return ref
    series, number = m.group("series").strip(), m.group("number")
    if ref.container_title and ref.container_title.strip(" .") != series:
        return ref
    return ref.with_fields(
        type="book" if ref.type == "article-journal" else ref.type,
        collection_title=ref.collection_title or series,
        container_title="",
        container_title_short="",
        volume="" if ref.volume == number else ref.volume,
        issue="" if ref.issue == number else ref.issue,
    )


# A series and the book's number in it, printed as a sentence of its own between the book's
# title and its imprint: "Title. Example Society Monograph Series, 123. Place: Publisher",
# "Title. EXI Technical Bulletin No. 5. Place: Publisher"
_SERIES_SENTENCE = re.compile(
    r"\. (?P<series>[A-Z][^.:;]{2,80}? (?:Series|Bulletin|Monographs?),? "
    r"(?:(?:No|Vol|v|n)\.? ?)?\d{1,4})$"
)


def series_after_title(ref: Reference) -> Reference:
    """A book's series printed after its title with the book's number (``_SERIES_SENTENCE``),
    read into the title, which runs to the imprint: the series is the book's collection,
    kept whole with its number; the title ends before it."""
    if ref.container_title or not (ref.publisher or ref.publisher_place):
        return ref
    m = _SERIES_SENTENCE.search(ref.title)
    if m is None or m.start() == 0:
        return ref
    return ref.with_fields(
        title=ref.title[: m.start()],
        collection_title=ref.collection_title or m.group("series"),
        type="book" if ref.type == "article-journal" else ref.type,
    )
