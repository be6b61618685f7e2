"""A chapter printed with no "In:" before its book: "Roe J. Chapter. Book Title. Place:
Publisher 2030:101–9." BMJ's style prints a chapter so when its book has no editors (the
"In:" opens the editors' part), and authors do too. The readers take the two sentences for
one book's title, for nothing marks the book. The pages after the imprint do: a book is
cited whole, a chapter by the pages it spans ("Publisher 2030:101–9"). With them,
a title of two sentences is the chapter's and its book's; one of a single sentence, or of
more than two (which sentence opens the book is then a guess), is left as it was read.
Where the labeller read a chapter but took its book from the wrong words (the publisher's
last word, "... for Research on Cancer 2030:48–50", or the book's second half, "Manual of
Tests and | Vaccines for Animals."), the chapter and its book are read again from what is
printed before the imprint's place.
"""

from __future__ import annotations

import re

from ..model import Reference
from ..words import ABBREVIATIONS
from .years import YEAR

# the year after the publisher, then the pages the chapter spans, closing the reference:
# BMJ's "Example Press 2030:101–9" (or ", 2030:101–9"). Not after a semicolon: the styles
# that print "Publisher; 2030:101-9" (AMA's, Vancouver's "; 2030. p. 101-9") print "In:"
# before every chapter's book, so their pages after a book's imprint are the pages cited
# of a whole book ("Title. Subtitle. Place: Press; 2030:32-33"). (From a run of figures'
# first only, so that a search is linear.)
_SPANNED = re.compile(
    rf"(?<![\d;])(?<!;\s){YEAR.pattern}[a-z]?:\s?[A-Za-z]{{0,3}}\d+\s?[-–—]\s?[A-Za-z]{{0,3}}\d+\.?\s*$"
)
# a full stop and a space before a capital or a figure: a sentence's end, unless the word
# before it is an abbreviation or an initial
_STOP = re.compile(r"\.\s(?=[A-Z\d])")
_NOT_ENDS = ABBREVIATIONS | {"ed", "eds", "edn", "vols", "pt"}
_LETTER = re.compile(r"[^\W\d_]")
# what a book with no container is read as (a document: no reader could tell its kind)
_UNSURE = ("book", "document")
# "In:" before the book (or "In" after a full stop): the book is marked, not this form
_MARKED = re.compile(r"\bIn:\s|\.\s+In\s")


def sentence_ends(title: str) -> list[int]:
    ends = []
    for m in _STOP.finditer(title):
        word = title[title.rfind(" ", 0, m.start()) + 1 : m.start()]
        # a word of two letters or more, or a parenthesis, closes a sentence
        closing = word.endswith(")") or (len(word) > 1 and word[-2:].isalpha())
        if closing and word.strip("()").lower() not in _NOT_ENDS:
            ends.append(m.start())
    return ends


def unmarked_chapter(ref: Reference) -> Reference:
    """``ref``, read as a book of two sentences with an imprint and the pages it spans, as
    the chapter (the first sentence) in its book (the second)."""
    if ref.type == "chapter" or (ref.type == "article-journal" and ref.publisher):
        return _book_before_imprint(ref)  # (a "journal" with a publisher: a book's imprint)
    if ref.type not in _UNSURE or ref.container_title or ref.editor or ref.volume or not ref.page:
        return ref
    if not _LETTER.search(ref.publisher + ref.publisher_place) or ref.title not in ref.source_text:
        return ref  # no imprint read ("157" of "Journal. 157;2030:1-9" is no publisher)
    if not _SPANNED.search(ref.source_text):
        return ref
    ends = sentence_ends(ref.title)
    if len(ends) != 1:
        return ref
    chapter, book = ref.title[: ends[0]].strip(), ref.title[ends[0] + 1 :].strip()
    if not chapter or not book:
        return ref
    return ref.with_fields(type="chapter", title=chapter, container_title=book)


def _book_before_imprint(ref: Reference) -> Reference:
    """``ref``, read as a chapter (or as an article with a publisher) with no "In:", with
    its title, book and publisher as printed before and in BMJ's imprint (". Place:
    Publisher 2030:101–9"), where what is printed between the title's start and the place
    is two sentences."""
    text, place = ref.source_text, ref.publisher_place
    if ref.editor or ref.volume or not place or not ref.title or _MARKED.search(text):
        return ref
    spanned = _SPANNED.search(text)
    at = text.rfind(f". {place}: ", 0, spanned.start()) if spanned else -1
    start = text.find(ref.title)
    if spanned is None or not 0 <= start < at:
        return ref
    publisher = text[at + len(place) + 4 : spanned.start()].rstrip(" ,")
    if not publisher.startswith(ref.publisher) or _STOP.search(publisher):
        return ref  # another publisher read, or one of two sentences
    region = text[start:at]
    ends = sentence_ends(region)
    if len(ends) != 1:
        return ref
    chapter, book = region[: ends[0]].strip(), region[ends[0] + 1 :].strip()
    return ref.with_fields(
        type="chapter", title=chapter, container_title=book, publisher=publisher,
        container_title_short="",
    )  # fmt: skip
