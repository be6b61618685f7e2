"""The kind of work when no word names it, from what was printed around the title.

:mod:`.kinds` reads the words that name a kind ("[dissertation]", "US Patent"); what is
left is read here from the fields and the printed text: a bare "document" that is a book or
a web page, Vancouver's "Title [Internet]. Place: Publisher" read on the web, a book or a
chapter the readers took for a journal's article (a publisher and its place read as the
"journal"), a publisher printed before its place. Apart from :mod:`.kinds` because these
rules weigh the fields together, not one printed name of a kind.
"""

from __future__ import annotations

import re

from ..model import Reference
from .containers import MEETING
from .journals import PUBLISHER_LAST
from .one_name import ORGANISATION_WORDS


def publisher_before_place(ref: Reference) -> Reference:
    """ "Example Press: Springfield": a publisher printed before its place, which the
    readers take for the place and the place for the publisher (they are printed the
    other way round far more often). The "place" that ends as a publisher's name, and the
    "publisher" that does not, swap."""
    place, publisher = ref.publisher_place, ref.publisher
    if not (place and publisher and _PUBLISHER_END.search(place)):
        return ref
    if _PUBLISHER_END.search(publisher):
        return ref
    return ref.with_fields(publisher=place, publisher_place=publisher)


# Vancouver's "read online" words: "[Internet]", "[cited 2030 May 1]" and its Portuguese
# and Spanish forms ("[citado 2030 mai 1]", "[acesso em 1 de maio de 2030]").
_READ_ONLINE = re.compile(r"\[(?:Internet|cited|citado|acesso|accessed)\b", re.IGNORECASE)
# What a printed book or report has and a page on the web has not: its count of pages
# ("51 p.", "120 p"), an edition or an ISBN.
_BOOK_SIGN = re.compile(
    r"\b\d+\s?(?:p|pp|págs?)\b\.?(?!\s?\d)|\bISBN\b|\b\d+(?:st|nd|rd|th|a|ª)?\.?\s?ed\b"
)


# The URL and the words that say it was read there ("Available from:", "Accessed 1 May
# 2030", "Disponível em:", "acessado em", "consultado el").
_URL = re.compile(r"(?:https?://|www\.)\S")
_READ_THERE = re.compile(
    r"\b(?:Accessed|Acess(?:o|ado)|Available|Dispon[ií]vel|Consultado|Retrieved|Cited|Citado)\b",
    re.IGNORECASE,
)


# A "journal" that ends as a publisher's or an organisation's name ("Example Pub. Co.",
# "Institute of Examples (IOE)", "Example Society"): the publisher of a book or report.
_PUBLISHER_END = re.compile(
    rf"(?:{PUBLISHER_LAST.pattern})|(?:{ORGANISATION_WORDS.pattern})(?:\s*\([A-Z]{{2,}}\))?\.?$"
    r"|\b(?:Co|Corp|Limited)\.?$",
    re.IGNORECASE,
)


# What names a work as a report, not just a title with the word in it: its series and
# number ("Technical Report 12", "Report No. 5", "Research Report Series 3").
_REPORT_NUMBER = re.compile(
    r"\b(?:technical|research|working|occasional)\s+(?:report|paper)s?\b|\breport\s+(?:no|n[º°o]|number)\b"
    r"|\btech\.?\s?rep\b",  # IEEE's "Tech. Rep. 12"
    re.IGNORECASE,
)


def unnamed_kind(ref: Reference) -> Reference:
    """The type when no word names the kind of work: what the readers left as a bare
    "document" (a title and a year, perhaps a URL, nothing else) is a work published on
    its own, a book, or, with a URL, a web page; and Vancouver's "Title [Internet]. Place:
    Publisher; 2030 [cited 2031 May 1]. Available from: URL", which the readers take for a
    book by its place and publisher, is a page read on the web unless something printed
    says it is a book (its pages, edition or ISBN); and an "article" with no volume, pages
    or DOI, read at a URL, is a web page."""
    printed = ref.source_text
    if ref.type == "report" and not _REPORT_NUMBER.search(printed):
        # the reader's guess from "report" or "guideline" in a title: what it was printed
        # as decides, a page read at a URL or, published, a book (a report if numbered)
        online = _URL.search(printed) and _READ_THERE.search(printed)
        published = ref.publisher or ref.publisher_place
        kind = "webpage" if online and not published else "report" if ref.issue else "book"
        return ref.with_fields(type=kind)
    if ref.type == "document":
        return ref.with_fields(type="webpage" if ref.url else "book")
    if (
        ref.type == "article-journal"
        and not (ref.volume or ref.issue or ref.page or ref.doi)
        and _URL.search(printed)
        and _READ_THERE.search(printed)
    ):
        # "Title, 2030 Available: URL [Accessed 1 May 2031]": no volume, pages or DOI, and
        # read at a URL: a page on the web. A name read as its journal is the site's name
        # (CSL's container of a web page); a date or "Acesso em" read as one is none.
        site = ref.container_title
        if _READ_THERE.search(site) or re.search(r"\d", site):
            site = ""
        return ref.with_fields(type="webpage", container_title=site, container_title_short="")
    if (
        ref.type == "article-journal"
        and not (ref.volume or ref.issue or ref.page or ref.doi)
        and (found := _publisher_and_place(ref.container_title))
    ):
        # "Title. Example Institute, 2030.", "Title. Example Books, Springfield. 2030.": no
        # journal prints no volume, pages or DOI under a publisher's name; the book's
        # publisher (and its place) was read as its journal
        publisher, place, book = found
        return ref.with_fields(
            type="book",
            title=ref.title or book,
            publisher=ref.publisher or publisher,
            publisher_place=ref.publisher_place or place,
            container_title="",
            container_title_short="",
        )
    if _document_on_the_internet(ref):
        # "Title [Internet]. Place: Publisher; 2030 (Series, 103).": Vancouver's book or
        # document on the web, whose series in parentheses was read as its journal
        return unnamed_kind(
            ref.with_fields(
                type="book",
                collection_title=ref.collection_title or ref.container_title,
                container_title="",
                container_title_short="",
            )
        )
    if ref.type == "article-journal" and ref.container_title and not (ref.issue or ref.doi):
        return _book_read_as_journal(ref)
    if (
        ref.type == "book"
        and ref.url
        and not (ref.page or ref.edition or ref.isbn or ref.editor)
        and _READ_ONLINE.search(printed)
        and not _BOOK_SIGN.search(printed)
    ):
        return ref.with_fields(type="webpage")
    return ref


# "In" before a book's title ("Title. In Book of Examples (ed. Roe J), pp. 1-9"), not
# before a meeting's proceedings, which the readers type as a paper of a conference
_IN_BOOK = re.compile(r"\bIn:?\s+$")
# A book's edition in words or figures: "third edition", "2nd ed.", "10th edn"
_EDITION = re.compile(
    r"\b(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth"
    r"|tenth)\s+(?:edition|edn|ed)\b",
    re.IGNORECASE,
)
# What follows a publisher read as a journal: its place and nothing else ("Example Press,
# Glenview, IL.", "Example Books, New York"); never entered inside a run of spaces, so a
# search over a long run stays linear
_PLACE_ONLY = re.compile(
    r"(?<!\s)\s*,\s*[A-Z][\w.]*(?:[ -][A-Z][\w.]*)*(?:,\s*[A-Z][\w.]*)?\.?\s*$"
)


def _publisher_and_place(container: str) -> tuple[str, str, str] | None:
    """A "journal" that is a publisher's name ("Example Institute (EI)", "Example Pub.
    Co."), perhaps with its place after a comma ("Example Books, New York", "Example Press,
    Springfield, IL"), or a place and a publisher around a colon ("Springfield: Example",
    "Example Books: Springfield"), perhaps after the book's own title ("Book. Springfield:
    Example"): the publisher, the place and that title ("" when none), else None."""
    if _PUBLISHER_END.search(container) and not _AROUND_COLON.fullmatch(container):
        return container, "", ""  # (not "Cary, NC: Example Institute Inc": a place first)
    place = _PLACE_ONLY.search(container)
    if place and place.start() and _PUBLISHER_END.search(head := container[: place.start()]):
        return head, place.group().strip(" ,."), ""
    # "Book title. Springfield: Example": the title ends at the last full stop before ":"
    book = container[: max(0, container.find(": "))].rpartition(". ")[0]
    book = book if len(book) >= 3 else ""
    if found := _AROUND_COLON.fullmatch(container[len(book) + 2 :] if book else container):
        first, second = found.group("first"), found.group("second")
        if _PUBLISHER_END.search(first) and not _PUBLISHER_END.search(second):
            first, second = second, first  # "Example Books: Springfield"
        return second, first, book
    return None


# "Springfield: Example Press", "Springfield, IL: Example": a place of capitalised words, a
# colon, a name with no colon or figure (never entered inside a word, so a search stays
# linear)
_AROUND_COLON = re.compile(
    r"(?<![\w'’.-])(?P<first>[A-Z][\w'’.-]*(?:,? [A-Z][\w'’.-]*){0,3}): (?P<second>[A-Z][^:\d]*)"
)


def _document_on_the_internet(ref: Reference) -> bool:
    """Vancouver's form of a book or a document read on the web, "Title [Internet]. Place:
    Publisher; 2030": the medium after the title (a journal's article prints it after the
    journal, "J Fict [Internet]. 2030;4:1-9"), then a place or a publisher, and no DOI."""
    return (
        ref.type == "article-journal"
        and ref.title.endswith("[Internet]")
        and bool(ref.publisher or ref.publisher_place)
        and not ref.doi
    )


def _book_volume(ref: Reference) -> bool:
    """The volume is printed as a book's, "vol. 2" or "v. 2", not a journal's bare number."""
    return re.search(rf"\bv(?:ol)?\.\s?{re.escape(ref.volume)}\b", ref.source_text) is not None


def _book_read_as_journal(ref: Reference) -> Reference:
    """A book, or a chapter of one, that the readers took for a journal's article (it
    has a "journal" and no issue or DOI): its book's title after "In" ("Title. In Book
    (ed. Roe J), pp. 1-9. Place: Press"), a publisher read and no volume ("Title. In Book.
    Example Press, 2030:43-5", "2030, Book. Example Verlag, Place, pp. 3-14"), or a
    "journal" that is the book's publisher, followed by its edition or its place alone
    ("Title. Example Learning, third edition.", "Title. Example Books, New York."); a
    volume printed as a book's with the place and the publisher read ("Book, vol. 2
    Springfield: Example") does not make it a journal's."""
    printed = ref.source_text
    at = printed.find(ref.container_title)
    after = printed[at + len(ref.container_title) :] if at >= 0 else ""
    if at >= 0 and _IN_BOOK.search(printed[:at]) and not MEETING.search(ref.container_title):
        return ref.with_fields(type="chapter", container_title_short="")
    if ref.volume and not (ref.publisher and ref.publisher_place and _book_volume(ref)):
        return ref
    if ref.publisher:
        # no journal's article names a publisher: the book of a chapter or, with no
        # title before it, the book itself
        if ref.title:
            return ref.with_fields(type="chapter", container_title_short="")
        return ref.with_fields(
            type="book", title=ref.container_title, container_title="", container_title_short=""
        )
    if ref.page or not ref.title or not (_EDITION.search(after) or _PLACE_ONLY.fullmatch(after)):
        return ref
    place = _PLACE_ONLY.fullmatch(after)
    book = ref.with_fields(
        type="book",
        publisher=ref.container_title,
        publisher_place=place.group().strip(" ,.") if place else ref.publisher_place,
        container_title="",
        container_title_short="",
    )
    return publisher_before_place(book)  # EndNote's "Springfield, Example Press."
