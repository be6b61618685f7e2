"""Title tags that hold more or less than the printed title, decided from the markup and the
printed text alone (never from what a parser read), each counted by a note:

- a language note printed after the title ("Title [in Chinese]. Journal"), tagged inside the
  title by some publishers and outside it by others: the title is compared without it, on
  both sides (``without_language_note``);
- a book's title tag that runs on into its publisher and place, up to the year ("<source>
  Title. Example University, Springfield</source>; <year>2030</year>"): a title is closed
  by a full stop before its imprint, so the last sentence, which holds the imprint's comma,
  is the imprint's;
- a journal's source tag that opens with the title's last words after the title's comma
  ("<article-title>Title of a study</article-title>, <source>Springfield. Fict Med
  J</source>"): a journal printed without full stops (NLM's: the name after the stop has
  none, and two words at least) has none inside its name, and a title's sentence does not
  end in a comma, so the words before the full stop are the title's;
- a journal's source tag that holds the month printed between the journal's full stop and
  the year ("<source>Blood. Dec</source> 1 2030;", EndNote's AMA-like form, as a preprint
  converter tags it in some references of a list and not in others): the month is the
  date's, and the journal is compared without it (``month_in_source``).
"""

from __future__ import annotations

import re

from lxml import etree

from .jats_xml import local, text_of

LANGUAGE_NOTE = "title compared without its language note ('[in Chinese]'), tagged in or out"
IMPRINT_IN_TITLE = "title mended: a book's title tag runs on into its publisher and place"
PLACE_OPENS_SOURCE = "title and journal mended: the title's last words tagged as the journal's"
MONTH_IN_SOURCE = "journal mended: the month printed between the journal and its year tagged in it"

# "[in Chinese]", "[Article in German]", "[in Spanish, with English abstract]"
_LANGUAGE = re.compile(
    r"\s*\[(?:[Aa]rticle\s+)?in\s+(?!(?i:press|print|prep))[A-Z][a-z]+(?:,?\s+with\s[^\]]*)?\]\.?"
)
_IMPRINT_TAGS = frozenset(("publisher-loc", "publisher-name"))
# a word of a place's name ("New", "York", "Quebec", "of", "(MoH)")
_PLACE_WORD = re.compile(r"[A-Z(][\w()'’.-]*|of|de|la|and")
# the source's opening words before a full stop: capitalised words of three letters or more
# (a place: "Peru", "South Africa"), never an abbreviation ("J.", "Am.", "Cell Mol.")
_OPENING = re.compile(r"((?:[A-Z][\w'’-]{3,})(?:\s+[A-Z][\w'’-]{3,}){0,2})\.\s+(\S.*)")


def title_slips(
    printed: etree._Element | None, title: str | None, container: str | None, text: str | None
) -> tuple[str | None, str | None, tuple[str, ...]]:
    """(title, container, notes) with this module's rules applied, where they apply."""
    notes: tuple[str, ...] = ()
    if (head := imprint_in_title(printed, title)) is not None:
        title, notes = head, (IMPRINT_IN_TITLE,)
    elif mended := place_opens_source(text, title, container):
        (title, container), notes = mended, (PLACE_OPENS_SOURCE,)
    if (journal := month_in_source(text, container)) is not None:
        container, notes = journal, (*notes, MONTH_IN_SOURCE)
    if language_noted(text, title):
        notes = (*notes, LANGUAGE_NOTE)
    return title, container, notes


def without_language_note(title: str | None) -> str | None:
    """The title without the language note at its end ("Title [in Chinese]" -> "Title")."""
    if not title:
        return title
    return re.sub(rf"(?:{_LANGUAGE.pattern})+\s*$", "", title).rstrip() or title


def language_noted(printed: str | None, title: str | None) -> bool:
    """Whether the printed reference carries a language note with its title."""
    return bool(printed and title and _LANGUAGE.search(printed))


def imprint_in_title(printed: etree._Element | None, title: str | None) -> str | None:
    """The title without the imprint its tag ran on into (None when it did not): the tag is
    the printed citation's source, the work's title; its last sentence holds a comma (or
    is followed by one), and only the imprint's tags and marks come after it before the
    year."""
    source = _child(printed, "source")
    if source is None or not title or text_of(source) != title:
        return None
    head, stop, last = title.rpartition(". ")
    if not stop or not last[:1].isupper() or not head.strip():
        return None
    tail, after, tagged = (source.tail or "").strip(), source.getnext(), False
    while after is not None and local(after) in _IMPRINT_TAGS:
        if (after.tail or "").strip() not in ("", ";", ",", ":"):
            return None
        after, tagged = after.getnext(), True
    if tail not in ("", ";", ",") or after is None or local(after) != "year":
        return None
    # the imprint's comma: in the sentence ("University, Springfield", whose last part is
    # a place's words, no version's digits), or after it before the imprint's own tags
    place = last.rstrip(" ,;").rpartition(",")[2].split()
    placed = "," in last and bool(place) and all(_PLACE_WORD.fullmatch(w) for w in place)
    return head.strip() if placed or (tail == "," and tagged) else None


def place_opens_source(
    printed: str | None, title: str | None, container: str | None
) -> tuple[str, str] | None:
    """(title, journal) mended where the source tag opens with the title's last words after
    its comma (the printed text holds "Title, Place. Journal"); None when it does not."""
    joined = f"{title}, {container}"
    if not printed or not title or not container or joined not in printed:
        return None
    if re.match(r"\.?,", printed.split(joined, 1)[1]):
        return None  # "Title, Front. Plant Sci., 6": a list whose every field closes with a comma
    found = _OPENING.fullmatch(container)
    if not found or "." in found.group(2) or " " not in found.group(2):
        return None  # "Plant Physiol. Biochem": a journal's abbreviated word, not a place
    return f"{title}, {found.group(1)}", found.group(2)


# "<journal>. Dec" as a source tag holds it: a month's abbreviation or name, with no stop
_MONTH_END = re.compile(
    r"(?P<journal>.*\w)\.\s+(?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec"
    r"|January|February|March|April|August|September|October|November|December)"
)


def month_in_source(printed: str | None, container: str | None) -> str | None:
    """The journal without the month its source tag holds, where the printed text has the
    tag's words then (perhaps a day and) a year; None when it does not."""
    found = _MONTH_END.fullmatch(container or "")
    if not found or not printed or not container:
        return None
    dated = rf"{re.escape(container)}(?:\s+[0-3]?\d)?\s+(?:19|20)\d\d\b"
    return found["journal"] if re.search(dated, printed) else None


def _child(cit: etree._Element | None, name: str) -> etree._Element | None:
    return next((c for c in cit if local(c) == name), None) if cit is not None else None
