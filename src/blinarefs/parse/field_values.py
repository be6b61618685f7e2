"""A labelled span's text as a field's value, and the entry type from what was printed.

:mod:`.assemble` decides which span is which field; here a span's text is cleaned the way
the rest of blinarefs stores it (no quotes or marks around a title, pages expanded, a date
as numbers) and the type is read from the fields found and the printed words ("thesis",
"In:", a patent office). Kept apart so that the assembling of fields reads as one pass.
"""

from __future__ import annotations

import re

from ..pages import expand_page_range
from .chapters import Span
from .features import MONTHS
from .patents import patent_in
from .prefilter import holds_any, searched_where

_MONTH_NUMBER = {
    **{m: i for i, m in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1
    )},
    "abr": 4, "mai": 5, "ago": 8, "set": 9, "out": 10, "dez": 12, "ene": 1, "dic": 12,
    "fev": 2, "janv": 1, "févr": 2, "avr": 4, "juil": 7, "déc": 12, "mär": 3, "okt": 10,
}  # fmt: skip
_TRIM = " \t.,;:([{/"
_TRIM_END = " \t.,;:)]}/"

_QUOTE_PAIRS = {'"': '"', "“": "”", "‘": "’", "«": "»"}


def _unquoted(text: str, quotes: str) -> str:
    """``text`` without the quotes around it ('“Title,”'), but with those of its first
    words ('"Made-up passports" in the context of tests')."""
    text = text.strip()
    if text[:1] in _QUOTE_PAIRS and _QUOTE_PAIRS[text[0]] in text[1:-1]:
        return text
    if len(text) > 2 and text[0] == text[-1] == "'" and "'" not in text[1:-1]:
        return text[1:-1].strip()  # Harvard's 'Title', not an apostrophe ("Patients'")
    return text.strip(quotes).strip()


def _opened(lead: str, text: str) -> str:
    """``text`` with the bracket that opened the field when it closes inside it, not at its
    end ("[" of "[Title] [in Chinese]", "(" of "(E)-Stilbene"): a bracket around a part of
    the field is the field's; only one around the whole is a mark around it."""
    if not lead or lead[-1] not in "([{":
        return text
    opener, closer = lead[-1], ")]}"["([{".index(lead[-1])]
    body, depth = text.rstrip(_TRIM_END), 1
    for i, mark in enumerate(body):
        depth += (mark == opener) - (mark == closer)
        if depth == 0:
            return opener + text if i < len(body) - 1 else text
    return text


def clean(text: str) -> str:
    """A span's text without the marks and quotes around it, but with a bracket it opened."""
    whole = _unquoted(text, '"“”‘’«»')
    text = whole.lstrip(_TRIM)
    text = _opened(whole[: len(whole) - len(text)], text)
    out = text.rstrip(_TRIM_END)
    for mark in text[len(out) :]:  # a bracket closing one in the field stays: "(review)"
        if mark not in ")]}" or out.count("([{"[")]}".index(mark)]) <= out.count(mark):
            break
        out += mark
    return _unquoted(out.rstrip(" \t.,;:"), '"“”«»')


# APA's article number, "12(3), Article e123", is printed in the pages' place
_PAGES_WORD = re.compile(
    r"^(?:(?:pp|pages?|págs?)\.?\s*|p(?:\.\s*|\s+)|s\.\s*"
    r"|article\s+(?:no\.?\s*)?(?=[a-z]{0,3}\d))",
    re.I,
)
NUMBER_WORD = re.compile(r"^(?:vol|no|n|nr|issue|v)\b\.?\s*", re.I)


def printed_pages(text: str) -> str:
    """The pages without their word, the range expanded ("pp. 12-9" -> "12-19")."""
    # "pp. 12-19", "p 5", "págs. 3-9", German "S. 12": not the "S" of supplement pages
    # "S64-S70", nor the "p" of an article number "p2231"
    text = _PAGES_WORD.sub("", text.strip())
    return expand_page_range(clean(text))


def printed_date(spans_: list[Span], year: str) -> tuple[int, ...]:
    """The year, and the month and day a date span prints after it, as numbers."""
    parts = [int(year[:4])]
    for s in spans_:
        words = re.findall(r"[^\W\d_]+|\d+", s.text)
        month = next((_MONTH_NUMBER.get(w.lower()[:4]) or _MONTH_NUMBER.get(w.lower()[:3])
                      for w in words if w.lower().rstrip(".") in MONTHS), None)  # fmt: skip
        if month:
            parts.append(month)
            day = next((int(w) for w in words if w.isdecimal() and 1 <= int(w) <= 31), None)
            if day:
                parts.append(day)
            break
    return tuple(parts)


def month_before(source: str, year: str) -> list[Span]:
    """A month printed just before the year, which the labeller leaves unlabelled (IEEE's
    "pp. 1-9, Apr. 2031", AMA's "Published April 3, 2031"): as a date span, else none. Only
    the year's last mention counts: a title's "floods of May 2031" dates nothing."""
    year = year[:4]
    found = None
    for m in _WORD_THEN_YEAR.finditer(source):
        found = m if m.group(2) == year else found
    if (
        found is None
        or found.group(1).lower() not in MONTHS
        or _READ_ON.search(source, 0, found.start())
        or any(y.group() == year for y in _YEAR_MENTION.finditer(source, found.end()))
    ):
        return []
    return [Span("date", found.group(), 1.0)]


def month_after(source: str, year: str) -> list[Span]:
    """APA's month and day after the year in its parentheses ("(2031, March 4)", a
    newspaper's, a magazine's or a web page's date), which the labeller leaves unlabelled:
    as a date span, else none."""
    m = APA_DATE.search(source)
    if m is None or m.group(1)[:4] != year[:4] or m.group(2).lower() not in MONTHS:
        return []
    return [Span("date", m.group(), 1.0)]


# APA's date to the month or day in its parentheses: "(2030, March 4)", "(2030, Mar. 4-6)"
APA_DATE = re.compile(r"\((\d{4}[a-z]?), ([^\W\d_]{3,9})\.?(?: \d{1,2}(?:[-–]\d{1,2})?)?\)")


# A word, perhaps a day, then a year: "Apr. 2031", "April 3, 2031" (compiled once: a pattern
# built per year would be compiled again for each reference)
_WORD_THEN_YEAR = re.compile(r"\b([^\W\d_]{3,9})\.? (?:\d{1,2}, )?(\d{4})\b")
# A year printed again later, not a link's digits ("10.5555/made.up.2031")
_YEAR_MENTION = re.compile(r"(?<![\w./-])\d{4}(?![\w/])")


# The words before the day a page was read ("Accessed: Jan. 5, 2031", "(accessed on 5 April
# 2031)", the day first): no date of the work's
_READ_ON = re.compile(r"\b(?:accessed|cited|retrieved|viewed)\b(?: on)?:? ?(?:\d{1,2} )?$", re.I)


_THESIS = re.compile(r"\b(?:thesis|dissertation|tese|disserta\w+)\b")
_PREPRINT = re.compile(r"\b(?:biorxiv|medrxiv|arxiv|preprint|research square|ssrn)\b")
# "In:", or "In" before a book and its pages in parentheses (APA's "Title. In Book (pp.
# 3-68). Place: Publisher."): what a chapter prints
_IN = re.compile(r"\bIn:\s|\. In [A-Z][^()]{0,200}\(pp?\. ?\d")
# What each of _IN's forms prints, found in C first: the pattern, tried at every position
# of every reference, is searched for only in the few that print "In"
_in_book = searched_where(_IN, ("In:", ". In "), case_blind=False)
# IEEE's "“Title,” in Proc. Example Conf., Place, 2030, pp. 1-9.": "in", lower case after
# the quoted title, before a meeting's proceedings (a journal named "Proc Natl Acad Sci"
# or "Proceedings of the Royal Society B" is never printed after "in")
_IN_PROCEEDINGS = re.compile(r"[,.”\"]\s+in\s+(?:Proc\.|Proceedings\b|Conf\.|Conference\b)")
_REPORT = re.compile(r"\b(?:report|technical|guideline|who/|bulletin)\b")
# What each pattern cannot match without
_THESIS_WORDS = ("thesis", "tese", "disserta")
_PREPRINT_WORDS = ("rxiv", "preprint", "research square", "ssrn")
_PROCEEDINGS_WORDS = ("Proc.", "Proceedings", "Conf.", "Conference")
_REPORT_WORDS = ("report", "technical", "guideline", "who/", "bulletin")
WORD_CHARACTER = re.compile(r"[^\W_]")


def entry_type(fields: dict[str, object], text: str) -> str:
    """The CSL type from the printed words first, then from which fields were found."""
    low = text.lower()
    if patent_in(text):  # an office and a number, not "patent foramen ovale"
        return "patent"
    # (each pattern searched only where one of its words is: every entry is asked)
    if holds_any(low, _THESIS_WORDS) and _THESIS.search(_kind_words_where(fields, low)):
        return "thesis"
    if holds_any(low, _PREPRINT_WORDS) and _PREPRINT.search(low):
        return "article"
    if (
        holds_any(text, _PROCEEDINGS_WORDS)
        and _IN_PROCEEDINGS.search(text)
        and not fields.get("editor")
    ):
        return "paper-conference"
    if (fields.get("container_title") and fields.get("editor")) or _in_book(text):
        return (
            "chapter" if fields.get("publisher") or not fields.get("volume") else "paper-conference"
        )
    numbered = fields.get("volume") or fields.get("issue")
    published = fields.get("publisher") or fields.get("publisher_place")
    container = str(fields.get("container_title") or "")
    if container and not numbered and not fields.get("page") and published:
        # "Title. Place: Publisher, 2030.": what the labeller took for a journal is the
        # book's place or publisher, or its series; or, when it reads as a title ("Title.
        # Essence of geriatrics for the physician. Tokyo: Press"), the book of a chapter
        return "chapter" if re.search(r"\s[a-z]{4,}\b", container) else "book"
    if not container and published and fields.get("volume") and not fields.get("issue"):
        return "book"  # "Handbook. Volume 1. Place: Publisher; 2030: 210": no journal
    if fields.get("container_title") or (numbered and fields.get("page")):
        return "article-journal"  # "Infancy 2030;6:155-63.": a journal it did not read
    if holds_any(low, _REPORT_WORDS) and _REPORT.search(low):
        return "report"
    if fields.get("publisher"):
        return "book"
    if fields.get("url"):
        return "webpage"
    return "document"


def _kind_words_where(fields: dict[str, object], low: str) -> str:
    """``low`` (the printed text in lower case) where a thesis's kind may be printed: all of
    it, but the title of a work printed in a journal with its volume or pages ("The thesis
    of ... . Rev Example 12:45-67.", "Dissertações de mestrado: ..."), which is about a
    thesis and is none."""
    title = str(fields.get("title") or "").lower()
    in_journal = fields.get("container_title") and (fields.get("volume") or fields.get("page"))
    return low.replace(title, " ", 1) if in_journal and len(title) > 3 else low
