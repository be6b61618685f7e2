"""A book's tail as the grammar (:mod:`.reference`) reads it: "Place: Publisher; 2030. p.
5-9.", an edition before it, a volume before the place, and a chapter's book that a short
tail leaves where a publisher goes. The parts of the NLM grammar that are about books, kept
apart from its journal articles.
"""

from __future__ import annotations

import re

from ..model import Name
from ..pages import expand_page_range
from .editions import ORDINAL_WORDS
from .grammar_names import split_authors

# Journal and book tails are searched in the last TAIL_WINDOW characters only: both patterns
# backtrack over what precedes them, and no tail is longer (linear time: issue 18).
TAIL_WINDOW = 300
# A place or a publisher holds no full stop but an initialism's ("Washington, D.C.", "U.S.
# Agency for International Development", "W.B. Saunders"); not a title's last capital
# ("Hepatitis B. Geneva: ..."); nor does a place hold a question's mark, which ends a title
# ("...how did we get here? Washington (DC): Publisher; 2030"). A place may open with the
# abbreviated "Saint", "Mount" or "Fort" after the sentence before it ("7th ed. St. Louis:",
# "Mt. Examplia", "Ft. Roe"; not a proceedings' "...; 2030, St. Examplesburg; 2030").
_NAMED = r"(?:[^.:;]|(?<=\b[A-Z])\.(?=[A-Z])|(?<=[A-Z]\.[A-Z])\.|(?<=\. [SMF]t)\.(?= [A-Z]))+?"
_PLACE = _NAMED.replace(".:;", ".:;?", 1)
# The year and what may follow it to the end: pages, "p." and pages, or the page count
_YEAR_TO_END = (
    r"(?P<year>(?:19|20)\d{2})"
    r"(?:\s*:\s*(?P<pages>\d+\s*[-–]\s*\d+))?"
    r"(?:\.?\s*p\.?\s*(?P<ppages>\d+\s*[-–]\s*\d+))?"  # "; 2030. p. 5-9", "; 2030 p. 5-9"
    # the book's page count, which JATS markup tags as its pages: "; 2030, 627 p."
    r"(?:[.,]?\s?(?P<count>\d{1,5})\s?pp?\.?)?\s*\.?\s*$"
)
# A first place before the place's colon, joined by a semicolon, as books printed in two
# cities print them ("Berlin; Heidelberg: Press", "New York; London: Press"): capitalised
# words, no full stop, no digit
_FIRST_PLACE = r"[A-Z][^\W\d_]*(?:,? [A-Z][^\W\d_]*){0,3}"
_BOOK_TAIL = re.compile(
    rf"(?:(?P<place>(?:{_FIRST_PLACE}; (?=[^:;]+:))?{_PLACE})\s*[:;]\s*)?"
    rf"(?P<publisher>{_NAMED})\s*;\s*{_YEAR_TO_END}"
)
# The first of two places alone between its barriers (from a word's start only: linear)
_FIRST_PLACE_WHOLE = re.compile(rf"(?<![^\W\d_]){_FIRST_PLACE}")
# What follows the semicolon before the year in every _BOOK_TAIL match. Nothing after that
# semicolon holds one, so it is the text's last: asked there first, this spares the journal
# references (nearly all of them) the book pattern, which backtracks over the text to fail.
_AFTER_SEMICOLON = re.compile(rf"\s*{_YEAR_TO_END}")
# What no place nor publisher holds: a colon, a semicolon, a full stop not after a capital
# (_NAMED's full stops all follow one). A match holds none but the place's colon or semicolon.
_BARRIER = re.compile(r"[:;]|(?<![A-Z])(?<!\. [SMF]t)\.")
# (or Spanish's and Portugal's ordinal, after its full stop or not: "2.ª ed.", "2º ed."),
# or in words, "Second edition", and with a qualifier, "2nd ed (revised and expanded)"
_EDITION = re.compile(
    rf"^(?:(?P<ed>\d+)(?:st|nd|rd|th|\.?[ªº])|(?P<word>{'|'.join(ORDINAL_WORDS)}))"
    r"\s+(?:ed|edn|edition)\.?(?P<more>\s?\([^()]{1,40}\))?\.?$",
    re.I,
)
# Where a sentence ends inside a printed part
SENTENCE = re.compile(r"(?<=[.?!])\s+(?=\S)")


def book_tail(text: str) -> re.Match[str] | None:
    """ "Place: Publisher; Year. p. x-y." at the end of ``text``. Searched only where the
    text's last semicolon is followed by a year and a tail to the end
    (``_AFTER_SEMICOLON``), only in the last 300 characters (a tail is never longer), and
    from after the barrier (``_BARRIER``) before the place's: the pattern backtracks over
    every position it tries, and from a title's words each try costs the square of the
    title's length (a book's search took milliseconds)."""
    start = window = max(0, len(text) - TAIL_WINDOW)
    semicolon = text.rfind(";", start)
    if semicolon < 0 or not _AFTER_SEMICOLON.match(text, semicolon + 1):
        return None
    barriers = [m.start() for m in _BARRIER.finditer(text, start, semicolon)]
    # the last barrier may be the colon or semicolon after the place: the one before it is
    # the last a match cannot hold (a full stop never is the place's)
    if barriers and text[barriers[-1]] == ".":
        start = barriers[-1] + 1
    elif len(barriers) > 1:
        start = barriers[-2] + 1
        # two places, the place's colon after the second ("Berlin; Heidelberg: Press"): the
        # barrier before the first (or the window's start, if none) is where a match may start
        first = barriers[-3] + 1 if len(barriers) > 2 else window
        if (
            text[barriers[-1]] == ":"
            and text[barriers[-2]] == ";"
            and _FIRST_PLACE_WHOLE.fullmatch(text[first : barriers[-2]].strip())
        ):
            start = first
    return _BOOK_TAIL.search(text, start)


# The book's editors in parentheses after its title, as the AMA style of the citation
# managers prints a book with authors and editors: "Book. (Moe K, Poe A, eds.)."
_EDITORS_AFTER = re.compile(r"\.\s+\((?P<names>[^()]{2,300}?)(?:,|(?<=\bal\.))\s*eds?\.\)\.?$")


def edition(text: str, fields: dict[str, object]) -> str:
    """ "Williams hematology. 10th ed." (or "Second edition.") -> "Williams hematology",
    with the edition kept; and "Book. (Moe K, ed.)." -> "Book", with its editors."""
    text = text.strip()
    if (eds := _EDITORS_AFTER.search(text)) and eds.start() and not fields.get("editor"):
        names = split_authors(eds["names"] + ".")
        fields["editor"] = names.names if names and names.names else (Name(literal=eds["names"]),)
        text = text[: eds.start() + 1]
    head = SENTENCE.split(text)
    edition = _EDITION.match(head[-1]) if head else None
    if edition:  # a qualified edition kept as printed: no number says it
        number = edition["ed"] or ORDINAL_WORDS[edition["word"].lower()]
        fields["edition"] = edition.group().rstrip(".") if edition["more"] else number
        head.pop()
    return " ".join(head).strip().rstrip(".")


# A book's volume printed before its place with no full stop between them ("Made-up
# botany, Vol. III New York: Press"): the place read from after the word's full stop
_VOLUME_WORD = re.compile(r"\b(?:Vol|Volume)\.?$")
_NUMBER_OPENING = re.compile(r"\A(\d+|[IVXLC]+)\s+(?=\S)")


def volume_before_place(fields: dict[str, object], key: str) -> None:
    """ "Book, Vol. 2 Place: Publisher; 2030": no place opens with a number, and no book's
    title ends with the word "Vol.": the number after it is the book's volume."""
    book, place = str(fields.get(key) or ""), str(fields.get("publisher_place") or "")
    word, number = _VOLUME_WORD.search(book), _NUMBER_OPENING.match(place)
    if word and number and not fields.get("volume"):
        fields[key] = book[: word.start()].rstrip(" ,.")
        fields["volume"] = number.group(1)
        fields["publisher_place"] = place[number.end() :]


_EDITORS_MARKED = re.compile(r"^(?P<names>.+?),\s*eds?\.?$")


def book_as_publisher(fields: dict[str, object]) -> None:
    """ "Title. In: Book; 2030" and EndNote's "Title. In: Roe J, ed: Book; 2030" and "In:
    Roe J, ed. Book; 2030": a chapter's book is never left out, and the one name before
    its year is the book's, not a publisher's (with the editors and their mark before it,
    read as its place or as the book)."""
    if not fields.get("publisher"):
        return
    place = str(fields.get("publisher_place") or "")
    book = str(fields.get("container_title") or "")
    marked = _EDITORS_MARKED.match(book or place)
    if (book and (place or not marked)) or (place and not marked):
        return
    if marked and not fields.get("editor"):
        names = split_authors(marked["names"] + ".")
        fields["editor"] = (
            names.names if names and names.names else (Name(literal=marked["names"]),)
        )
    fields["container_title"] = fields.pop("publisher")
    fields.pop("publisher_place", None)


def book_fields(m: re.Match[str], fields: dict[str, object]) -> None:
    if m["place"]:
        fields["publisher_place"] = m["place"].strip()
    fields["publisher"] = m["publisher"].strip()
    fields["issued"] = (int(m["year"]),)
    pages = m["pages"] or m["ppages"] or m["count"]
    if pages:
        fields["page"] = expand_page_range(pages)
