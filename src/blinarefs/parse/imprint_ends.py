"""A book's imprint that closes the reference, "Place: Publisher.", run into the title.

Author-year lists that print the year after the names ("Roe J 2030 Title. Springfield,
IL: Example Press.") end a book with its imprint and no year after it. The readers, who
mostly see the year at a book's end, may run the place into the title ("Title. East
Springfield (XY)", "Title Springfield"). The place is plain in print: capitalised words
after the title's full stop, or a town's name after a word in lower case with its state's
code ("Springfield, IL", "(IL)"), then the colon and the publisher, nothing after. A place
printed with no state's code is taken for one only before a publisher's name ("... Press",
"... University"): "Title. Lessons Learned: A review." is a title's two sentences. A
report's imprint with its year ("Title. Edinburgh: EXG, 2030.", BMJ's "EXG 2030.") is
plain too where the publisher is printed as its acronym, which no sentence of a title ends
with: the labeller, which knows the publishers' names it has seen and the towns most
printed, runs such an imprint into the title when it knows neither.
"""

from __future__ import annotations

import re

from ..model import Reference
from .journals import PUBLISHER_LAST
from .one_name import ORGANISATION_WORDS
from .years import YEAR

# a place's word: capitalised, with a full stop only after a saint's or a mount's
# abbreviation ("St. Springfield"), so a place never runs back across a sentence's end
# ("Title. Volume I. Springfield: ...")
_WORD = r"(?:(?:St|Ste|Mt|Ft)\.|[A-Z][\w'’-]*)"
_PLACE = rf"{_WORD}(?:\s(?:(?:and|de|do|da|del)\s)?{_WORD}){{0,3}}"  # "Rio de Janeiro"
# a state's or a country's code or name after the town ("Springfield, IL", "(Exampleland)"),
# never a part's Roman number ("Title, II: Subtitle")
_STATE = r"(?:\s\([A-Z][\w.]{1,20}\)|,\s(?![IVX]{2})[A-Z]{2})"
# the publisher's name, with no figure (no series' number, no count of pages)
_PUBLISHER = r":\s+(?P<{}>[A-Z][^:;\d]*?)\.?\s*$"
# after the title's full stop, or after a word in lower case with the state's code
_IMPRINT = re.compile(
    rf"\.\s+(?P<place>{_PLACE}{_STATE}?){_PUBLISHER.format('publisher')}"
    rf"|(?<=[a-z)])\s(?P<town>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?{_STATE}){_PUBLISHER.format('pub2')}"
)

# "Title. Edinburgh: EXG, 2030.": a publisher's acronym, then the year (BMJ's with no comma
# between), closing the reference
_ACRONYM_IMPRINT = re.compile(
    rf"\.\s+(?P<place>{_PLACE}(?:{_STATE}|,\s{_WORD})?):\s+(?P<publisher>[A-Z]{{2,8}}),?"
    rf"\s+(?P<year>{YEAR.pattern})\.?\s*$"
)

# what every imprint ends with, searched for first (every entry is asked, and few end so)
_PUBLISHER_LAST_COLON = re.compile(_PUBLISHER.format("publisher"))
# the year closing an imprint, after a comma or (BMJ's) a space alone: "Press, 2030." (from
# a run of spaces' first only, so that a search is linear)
_CLOSING_YEAR = re.compile(rf"(?<![\s,]),?\s+(?P<year>{YEAR.pattern})\.?\s*$")

# a book's count of pages closing the reference, as SciELO's author-year lists print it
# after the imprint ("Place: PUBL, 625p.", "Place: PUBL. 300 p.")
_CLOSING_EXTENT = re.compile(r"(?<![\s.,])\s?[.,]?\s+\d{1,5}\s?p\.?\s*$")


def _ends_in_figure(text: str) -> bool:
    """Whether ``text`` ends in a figure, then a full stop or not and white space: what every
    match of ``_CLOSING_YEAR`` ends with (``str.rstrip`` strips what ``\\s`` matches)."""
    return text.rstrip().removesuffix(".")[-1:].isdigit()


def _ends_in_p(text: str) -> bool:
    """Whether ``text`` ends in a "p", then a full stop or not and white space: what every
    match of ``_CLOSING_EXTENT`` ends with, asked before the pattern (which tries every
    position of a text, and most references end in a full stop after no "p")."""
    return text.rstrip().removesuffix(".").endswith("p")


def _closing_year(text: str) -> re.Match[str] | None:
    """``_CLOSING_YEAR.search(text)``, searched from where a match can start: its year
    ends the text but for a full stop and white space, and only white space and a comma
    come before it (a search from the text's start tries every position and costs as much
    as the rest of this module's reading)."""
    printed = text.rstrip()
    year = max(0, len(printed) - printed.endswith(".") - len("2030"))
    return _CLOSING_YEAR.search(text, max(0, len(text[:year].rstrip()) - len(",")))


def imprint_out_of_title(ref: Reference) -> Reference:
    """``ref`` with the closing imprint's place out of its title, and the place and the
    publisher read where none were."""
    text, title = ref.source_text, ref.title
    if not title or ":" not in text:  # no colon, no imprint: asked first, in C
        return ref
    # (a figure closing the text, before a full stop and white space, asked before the pattern)
    closing = _closing_year(text) if _ends_in_figure(text) else None
    extent = _CLOSING_EXTENT.search(text) if not closing and _ends_in_p(text) else None
    # "Place: Publisher" before its year, or before the book's count of pages
    body = text[: closing.start()] if closing else text[: extent.start()] if extent else text
    colon = body.rfind(":")  # an imprint's colon is the body's last, the publisher after it
    if colon < 0:
        return ref
    found = _ACRONYM_IMPRINT.search(text)
    if found is None and _PUBLISHER_LAST_COLON.match(body, colon):
        found = _IMPRINT.search(body)
    at = text.find(title) if found else -1
    if found is None or at < 0:
        return ref
    parts = found.groupdict()
    start = found.start("place") if parts.get("place") else found.start("town")
    if not at < start < at + len(title):
        return ref  # the title does not run into the place
    publisher = (parts["publisher"] or parts.get("pub2") or "").strip()
    signed = (
        parts.get("year")
        or parts.get("town")
        or re.search(f"{_STATE}$", parts["place"])
        or extent  # a count of pages closes a book, never a title's sentence
    )
    firm = _firm(publisher) and closing is not None and not body.rstrip().endswith(".")
    if not (signed or firm) and not (
        PUBLISHER_LAST.search(publisher) or ORGANISATION_WORDS.search(publisher)
    ):
        return ref
    year = parts.get("year") or (closing.group("year") if closing else None)
    kept = text[at:start].rstrip(" .,")
    if len(kept.split()) < 2:
        return ref
    return ref.with_fields(
        title=kept,
        publisher_place=ref.publisher_place or (parts["place"] or parts.get("town")),
        publisher=ref.publisher or publisher,
        issued=ref.issued or ((int(year),) if year else None),
        type="book" if ref.type == "document" else ref.type,  # a kind no reader could tell
    )


def _firm(publisher: str) -> bool:
    """A firm's name of capitalised names joined by "&" ("Example & Francis", "Lea & Doe
    Books"): with the year after it and no full stop between ("Springfield: Example &
    Francis 2030."), an imprint, where a title's sentence ends at its stop ("Diagnosis:
    Causes & Cures. 2030.")."""
    words = publisher.split()
    return "&" in words[1:-1] and all(w == "&" or w[0].isupper() for w in words)


# a year closing the publisher's name as read ("The Example Corporation 2030")
_PUBLISHER_YEAR = re.compile(rf"\s(?P<year>{YEAR.pattern})$")


def year_out_of_publisher(ref: Reference) -> Reference:
    """BMJ's imprint prints the year after the publisher with no mark between ("Springfield:
    Example Corporation 2030."); a reader that ran the year into the publisher's name, with
    no year read elsewhere, read the reference's year there."""
    found = _PUBLISHER_YEAR.search(ref.publisher)
    if found is None or ref.issued or ref.publisher not in ref.source_text:
        return ref
    return ref.with_fields(
        publisher=ref.publisher[: found.start()].rstrip(" ,"), issued=(int(found["year"]),)
    )
