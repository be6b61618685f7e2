"""Dates the labeller reads as other fields: the day a web page was read ("Accessed May 5,
2030.") as a journal's volume and pages, a year after a book's publisher ("Press;
2030:318") as a volume, and a year after the initials ("Roe, J, 1875 Title") as a name.
Each token is given back to the field its neighbours show.
"""

from __future__ import annotations

import re

from ..model import MONTH_MACROS
from ..names import is_initials
from .access_words import LAST, last_access, month_name
from .features import CUES, MONTHS
from .labeller import Labelled, texts_of
from .prefilter import may_hold
from .token_index import figures_at, labels_in, numbers_at, where

# A month before "2016 Dec;12(3)": the volume follows the date with no space.
MONTH_WORD = re.compile(
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|abr|ago|set|out|dez)[a-z]*\.?$", re.I
)
# Seasons and quarters, dates as a month is ("2016 Summer;12(2)", "2016 1st Quarter;12")
_SEASONS = frozenset(("spring", "summer", "autumn", "fall", "winter", "quarter"))


def date_word(word: str) -> bool:
    """A month, a range of months or a season: "Dec", "Jan-Feb", "Jul/Aug", "Summer"."""
    last = word.replace("–", "-").replace("/", "-").rsplit("-", 1)[-1]
    return bool(MONTH_WORD.match(last)) or last.lower() in _SEASONS


# A printed year, 1500-2099: the one pattern the labeller's mending and the joiner share
YEAR = re.compile(r"(?:1[5-9]|20)\d\d")
# a year alone closing a reference, in parentheses or not, after its mark: ". 2030.",
# "; (2030)" (a pattern's tail: its head keeps a search from entering a run of spaces)
YEAR_CLOSING = rf"[.;,]?\s*\(?{YEAR.pattern}\)?\.?\s*"
# ... standing alone in a text, not inside a longer number ("2030", not "120301")
YEAR_IN_TEXT = re.compile(rf"(?<!\d){YEAR.pattern}(?!\d)")
# English months by number, as the grammar and MEDLINE read them ("Mar" -> 3)
MONTH_NUMBERS = {m: i for i, m in enumerate(MONTH_MACROS, 1)}


def date_parts(year: str, mon: str | None = None, day: str | None = None) -> tuple[int, ...]:
    """CSL's date parts of a printed year, month name and day: a day only with a month."""
    parts = [int(year)]
    if mon and mon[:3].lower() in MONTH_NUMBERS:
        parts.append(MONTH_NUMBERS[mon[:3].lower()])
        if day:
            parts.append(int(day))
    return tuple(parts)


def loose_date(text: str) -> tuple[int, ...] | None:
    """Dates after "Published online" or "Epub": "May 1, 2025", "1 May 2025", "2025 May 1",
    and ISO's "2025-05-01" (GB/T 7714's)."""
    text = text.strip().rstrip(".")
    if (iso := re.fullmatch(r"(\d{4})-([01]\d)-([0-3]\d)", text)) and 1 <= int(iso[2]) <= 12:
        return (int(iso[1]), int(iso[2]), int(iso[3]))
    for pattern, order in (
        (r"([A-Za-z]+)\.?\s+(\d{1,2}),\s*(\d{4})", (2, 0, 1)),
        (r"(\d{1,2})\s+([A-Za-z]+)\.?\s+(\d{4})", (2, 1, 0)),
        (r"(\d{4})(?:\s+([A-Za-z]+))?(?:\s+(\d{1,2}))?", (0, 1, 2)),
    ):
        m = re.fullmatch(pattern, text)
        if m:
            g = m.groups()
            return date_parts(g[order[0]], g[order[1]], g[order[2]])
    return None


# What a date of access is printed with: "Accessed May 5, 2030.", "[cited 2030 Jan 3]",
# "Acesso em: 3 nov. 2030", "Accessed on 5th May 2030", "acessado em 14/11/2030"
ACCESS_FILLER = frozenset({"on", "em", "en", "el", "le", "am", ":", ",", ".", "de", "of", "/"})
# AMA's web page dates before the access date: "Published March 2030.", "Updated May 1, 2030."
_DATED = frozenset({"updated", "published", "posted", "revised"})
# The words of access: the labeller's cues, and the Portuguese and Spanish participles
# ("acessado em 14/11/2030", "consultado el 3 de mayo de 2030", "citado 2030 jun 17"), and
# ISO 690's "[viewed 3 May 2030]"
ACCESSED = frozenset(w for w, cue in CUES.items() if cue == "accessed") | frozenset(
    ("acessado", "acessada", "consultado", "consultada", "citado", "citada", "viewed")
)
# Every word such a date may open with: the tokens access_date looks at (in C, first)
_DATE_CUES = ACCESSED | _DATED
_SHORTEST_CUE = min(map(len, _DATE_CUES))  # a shorter token is none (asked before lower())
# as :func:`.prefilter.may_hold` asks for them, with the "access" of "Last access:"
_CUE_WORDS = tuple(sorted(_DATE_CUES | {"access", "acesso"}))


def _opens_date(labelled: list[Labelled], i: int) -> bool:
    """AMA's date opens a sentence of its own ("... website. Updated May 1, 2030."), not a
    word of the title ("Revised estimates 2010-2030", "WHO. Updated WHO policy")."""
    nxt = labelled[i + 1].token.text.lower().rstrip(".") if i + 1 < len(labelled) else ""
    return (
        i > 0
        and labelled[i - 1].token.text == "."
        and labelled[i].token.text[:1].isupper()
        and (nxt.isdigit() or nxt in MONTHS)  # "Updated WHO policy..." is a title
    )


def access_date(labelled: list[Labelled]) -> list[Labelled]:
    """The date a web page was read, published or updated is no title, volume, pages or
    journal: the labeller, which has seen "Month Day, Year" mostly as a journal's date,
    reads "Accessed May 5, 2030." as a journal "Accessed May", volume 5 and pages 2030, and
    AMA's "Updated May 1, 2030." as the title. The words of such a date (up to ten tokens
    after the cue) are given back to no field. A page's own date (published, updated) is
    its year where no other was read; the day it was read never is (nor is it a note, which
    would be taken for a meeting's date): "[cited 2031 Apr 24]"
    with no date printed is a work of no known year, not one of 2031; a date printed before
    it ("[Internet]. 26 mar 2030 [Acesso 8 jun 2031]") that the labeller ran into the title
    gives the year."""
    # (a cue's word looked for in C first, in all the words at once: most entries print none)
    if not may_hold(" ".join(texts_of(labelled)), _CUE_WORDS):
        return labelled
    out = list(labelled)
    read_on: set[int] = set()  # the tokens of the dates of access
    cues = [
        i for i, x in enumerate(labelled)
        if len(t := x.token.text) >= _SHORTEST_CUE
        and ((low := t.lower()) in _DATE_CUES or (low == "access" and last_access(labelled, i)))
    ]  # fmt: skip
    for i in cues:
        cue = labelled[i].token.text.lower()
        accessed = cue in ACCESSED or last_access(labelled, i)
        if not accessed and not (cue in _DATED and _opens_date(labelled, i)):
            continue
        last = i
        for k in range(i + 1, min(i + 11, len(labelled))):
            word = labelled[k].token.text
            low = word.lower().rstrip(".")
            # (a month's stop cut from it, "Accessed: Nov. 19, 2031", is the date's too)
            stop = word == "." and labelled[k - 1].token.text.lower() in MONTHS
            if not (word.isdigit() or month_name(low) or low in ACCESS_FILLER or stop or
                    re.fullmatch(r"\d{1,2}(?:st|nd|rd|th)", low)):  # fmt: skip
                break
            last = k
            if accessed:
                read_on.add(k)
            if out[k].label in _NOT_A_DATE or (accessed and out[k].label in ("year", "date")):
                year = YEAR.fullmatch(word) and not accessed and "year" not in labels_in(out)
                out[k] = out[k]._replace(label="year" if year else "other")
        for k in (i - 1, i) if i and labelled[i - 1].token.text.lower() in LAST else (i,):
            if out[k].label in _NOT_A_CUE:
                out[k] = out[k]._replace(label="other")  # the cue itself ("Last access")
        if accessed and YEAR.fullmatch(labelled[last].token.text):
            out = _no_access_note(out, i, last)
    if "year" in labels_in(labelled):  # a year read elsewhere is the year
        return [
            y._replace(label="other") if y.label == "year" and x.label != "year" else y
            for x, y in zip(labelled, out, strict=True)
        ]
    return _dated_before(out, read_on) if read_on and "year" not in labels_in(out) else out


def _no_access_note(labelled: list[Labelled], cue: int, year: int) -> list[Labelled]:
    """The date of access read from its cue to its year, with the brackets around it, as no
    note: a note keeps it beside the urldate (printed twice), and its year was taken for a
    meeting's date, the work's year."""
    out = list(labelled)
    for k in range(max(cue - 1, 0), min(year + 2, len(out))):
        if out[k].label == "note" and (k >= cue or out[k].token.text in "(["):
            out[k] = out[k]._replace(label="other")
    return out


def _dated_before(labelled: list[Labelled], read_on: set[int]) -> list[Labelled]:
    """The year of a day and month printed outside the dates of access ("26 mar 2030"),
    when no year was read: the work's own date."""
    for k, x in enumerate(labelled):
        month = labelled[k - 1].token.text.lower().rstrip(".") if k else ""
        if k not in read_on and YEAR.fullmatch(x.token.text) and month in MONTHS:
            return [*labelled[:k], x._replace(label="year"), *labelled[k + 1 :]]
    return labelled


# The fields a date's words are read as, which they are not
_NOT_A_DATE = ("volume", "issue", "pages", "container", "title", "other")
# ... and its cue ("Accessed", "(Consultado:", "Last access"), a place's too
_NOT_A_CUE = ("volume", "issue", "pages", "container", "title", "note", "place", "publisher")


def year_after_initials(labelled: list[Labelled]) -> list[Labelled]:
    """An author-year entry whose year follows the initials after a comma and opens the
    title with no full stop between ("Roe, J, 1875 Einleitung in die Theorie. Place:
    Publisher."), or follows the initials' own full stop ("Roe, L. 2030. Title."): the
    labeller, which has seen a name's words after a comma, reads the year and the title's
    first words (a language it has seen little of) as more names. The names end at the
    year: the year is the year, and what follows it up to the next full stop is the title,
    when the labeller read a name there."""
    i = next((i for i in numbers_at(labelled) if YEAR.fullmatch(labelled[i].token.text)), -1)
    if i < 2 or labelled[i].label not in ("author", "year"):
        return labelled
    before = i - 1
    while before > 0 and labelled[before].token.text in (",", "."):
        before -= 1
    initials = labelled[before]
    # after a comma, or right after the initials' own full stop ("Roe, L. 2030. Title", as
    # biology's author-year lists print it): a year is never a name
    if (
        not (
            labelled[i - 1].token.text == ","
            or (labelled[i - 1].token.text == "." and before == i - 2)
        )
        or initials.label != "author"
        or not is_initials(initials.token.text)
        or labels_in(labelled).count("year") > (labelled[i].label == "year")
    ):
        return labelled
    start = i + 1
    while start < len(labelled) and labelled[start].token.text in (".", ":", ")"):
        start += 1
    end = next(
        (k for k in range(start, len(labelled)) if labelled[k].token.text == "."), len(labelled)
    )
    out = list(labelled)
    out[i] = out[i]._replace(label="year")
    if "author" in labels_in(labelled)[start:end]:
        for k in range(start, end):
            out[k] = out[k]._replace(label="title")
    return out


# What PubMed prints between a journal's year and its volume: a month ("Jun", "Jan-Feb"),
# a day, or both as numbers (PMC's copy of markup that leaves the month's name to its
# renderer: "2016 6;149(6)", "2016 4 1;213(7)")
_DATE_WORD = re.compile(r"(?:[^\W\d_]+\.?(?:[-/][^\W\d_]+\.?)?|[1-9]|[12]\d|3[01]|[-/])")
_SENTENCE_END = frozenset({".", "?", "!"})


def journal_date(labelled: list[Labelled]) -> list[Labelled]:
    """NLM's date and volume, "Gene 2030 Jun;12(3):45" (MEDLINE's form, with no full stop
    after the journal, and "Chest. 2030 6;12(3)" as PMC shows a month tagged as a number):
    the labeller, which has seen the year mostly alone before the ";", reads such a date as
    the journal's words, a note or an issue, and the journal before it as nothing. A year,
    then only a month and a day, then ";" and a number: the year, its date, the volume;
    and the words between the last sentence's end and the year, when the labeller read
    them as a note, nothing or the title's last sentence and no journal elsewhere, the
    journal. Only when the labeller read no other year."""
    n = len(labelled)
    for i in numbers_at(labelled):  # (the numbers alone: found in C, once an entry)
        x = labelled[i]
        if not YEAR.fullmatch(x.token.text):
            continue
        k = i + 1
        while k < min(n, i + 5) and _DATE_WORD.fullmatch(labelled[k].token.text):
            word = labelled[k].token.text.lower().rstrip(".")
            if word.isalpha() and not all(w in MONTHS for w in re.split(r"[-/]", word)):
                break
            k += 1
        if not (
            k + 1 < n and labelled[k].token.text == ";" and labelled[k + 1].token.text.isdigit()
        ):
            continue
        if labels_in(labelled).count("year") > (x.label == "year"):
            return labelled  # (another token read as a year)
        out = list(labelled)
        out[i] = x._replace(label="year")
        for j in range(i + 1, k):
            out[j] = out[j]._replace(label="date")
        if out[k + 1].label not in ("volume", "issue"):
            out[k + 1] = out[k + 1]._replace(label="volume")
        return _journal_before(out, i)
    return labelled


def _journal_before(labelled: list[Labelled], year: int) -> list[Labelled]:
    """The words between the last sentence's end and the year at ``year`` as the journal,
    when no journal was read and they are a note, nothing or the title's last sentence."""
    start = year
    while start > 0 and labelled[start - 1].token.text not in _SENTENCE_END:
        start -= 1
    run = labelled[start:year]
    if (
        not run
        or not run[0].token.text[:1].isupper()
        or any(x.label == "container" for x in labelled[:start] + labelled[year:])
        or any(x.label not in ("container", "note", "other", "title") for x in run)
        # the title keeps a sentence: "Title. Journal" | "2030", not "Journal" alone
        or (any(x.label == "title" for x in run) and not any(
            x.label == "title" for x in labelled[:start]))
    ):  # fmt: skip
        return labelled
    return [
        x._replace(label="container") if start <= j < year else x for j, x in enumerate(labelled)
    ]


# A year or a range of years alone: "2018", "1881–2008"
_YEARS = re.compile(rf"{YEAR.pattern}(?:[-–]{YEAR.pattern})?")


def year_ends_title(labelled: list[Labelled]) -> list[Labelled]:
    """A title that ends in a year or a span of years ("Cancer statistics, 2030.", "Deaths
    in the 21st century (2000–2007).") before the full stop and the journal: what stands
    between the title and the journal's name belongs to neither the journal's date nor
    its numbers, so the labeller's year, issue or pages there is the title's. A year read
    as the year is given to the title only when another is printed after the journal (its
    date, or a volume read there that is a year, then the year): "Title. 2030. Journal"
    stays dated."""
    out = list(labelled)
    for i in figures_at(labelled):  # (the tokens a figure opens: found in C, once an entry)
        x = labelled[i]
        if not _YEARS.fullmatch(x.token.text) or i < 2:
            continue
        # the year's month before it ("..., August 2030. J Made 2031;..."), and the places
        # after the title's commas (", South Korea, 2030."): the title's too
        mark = _places_before(
            labelled, i - 1 - (i >= 3 and labelled[i - 1].token.text.lower() in MONTHS)
        )
        before = labelled[mark - 1].label
        # the title read as a journal ("Cancer numbers, 2030. CA Example J 2030"), with
        # no title read: the journal's name is the one after the year
        untitled = before == "container" and "title" not in labels_in(labelled)
        opened = labelled[mark].token.text in ",(" and (before == "title" or untitled)
        k = i + 1 + (labelled[i - 1].token.text == "(" and _text(labelled, i + 1) == ")")
        if not (opened and _text(labelled, k) == "." and _label(labelled, k + 1) == "container"):
            continue
        later = next(
            (j for j in range(k + 2, len(labelled)) if YEAR.fullmatch(labelled[j].token.text)),
            -1,
        )
        if x.label in ("year", "note") and later < 0:
            continue
        if x.label not in ("year", "issue", "pages", "volume", "note", "title"):
            continue
        start = mark
        while untitled and start > 0 and labelled[start - 1].label == "container":
            start -= 1
        for j in range(start, k):
            out[j] = out[j]._replace(label="title")
        if later >= 0 and x.label == "year" and out[later].label == "volume":
            out[later] = out[later]._replace(label="year")  # "Journal 2030:e12"
    return out


def _places_before(labelled: list[Labelled], mark: int) -> int:
    """The comma after the title where capitalised names of places, which the labeller read
    as no part of it, stand between the title and a year's comma (",  South Korea, 2030"):
    up to two places of up to three words; else ``mark``."""
    out = j = mark
    for _ in range(2):
        w = j
        while w > 0 and j - w < 3 and labelled[w - 1].label != "title":
            if not labelled[w - 1].token.text[:1].isupper():
                break
            w -= 1
        if labelled[j].token.text != "," or w == j or w < 2 or labelled[w - 1].token.text != ",":
            break
        j = w - 1
        if labelled[j - 1].label == "title":
            out = j
    return out


def _text(labelled: list[Labelled], i: int) -> str:
    return labelled[i].token.text if i < len(labelled) else ""


def _label(labelled: list[Labelled], i: int) -> str:
    return labelled[i].label if i < len(labelled) else ""


# What author-year styles print in the year's parentheses for a work with none yet: APA's
# "(in press)", "(forthcoming)" and "(n.d.)", and its Portuguese and Spanish "(s.d.)",
# "(s.f.)", each cut into tokens ("n" / "." / "d" / ".")
_UNDATED = (("in", "press"), ("forthcoming",), ("n", ".", "d", "."), ("n", ".", "d"),
            ("s", ".", "d", "."), ("s", ".", "f", "."))  # fmt: skip


def status_for_year(labelled: list[Labelled]) -> list[Labelled]:
    """ "Roe, A. (in press). Title": the words in the year's parentheses after the names
    say the work has no year; the labeller read "in press" into the title (a title "in
    press). Title") and "n.d." as the year. "in press" is kept as a note."""
    if "(" not in texts_of(labelled):  # (most entries print none)
        return labelled
    words = list(map(str.lower, texts_of(labelled)))
    for i in where(labelled, "("):  # (found in C: every other token is passed over)
        if i >= len(words) - 2 or i == 0 or labelled[i - 1].label not in ("author", "editor"):
            continue
        for status in _UNDATED:
            close = i + 1 + len(status)
            if tuple(words[i + 1 : close]) == status and words[close : close + 1] == [")"]:
                label = "note" if status[0] in ("in", "forthcoming") else "other"
                inside = [x._replace(label=label) for x in labelled[i + 1 : close]]
                return [
                    *labelled[:i],
                    labelled[i]._replace(label="other"),
                    *inside,
                    labelled[close]._replace(label="other"),
                    *labelled[close + 1 :],
                ]
        break
    return labelled
