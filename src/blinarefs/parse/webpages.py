"""AMA's web pages: "Organisation. Title. Site name. URL. Published <date>. Accessed <date>."

AMA (and the journals that follow it) print a web page as its author (often an
organisation), its title, the site's name, the URL, then the dates as sentences of their
own: "Published March 2, 2030.", "Updated June 4, 2030.", "Accessed May 1, 2031.". Both
readers have seen mostly journal articles, so the site's name ends up in the title or as an
invented journal, and the year comes from whichever date the labeller read as one (often
the day the page was read). Printed dates say which is which, so the entry is mended from
them: a web page, the site's name its container (CSL's container of a web page), the URL,
the year the page was published or updated, and the day it was read as biblatex's
``urldate``.
"""

from __future__ import annotations

import re

from ..model import Reference
from .prefilter import may_hold
from .years import YEAR, date_parts, loose_date

URL = re.compile(r"(?:https?://|www\.)\S+")
# A date sentence: its cue opens a sentence, then "March 2, 2030", "2 March 2030",
# "March 2030", "2030 Mar 2" or "2030" (each word ends with a space, so it is linear).
_DATE = r"(?:(?:[A-Za-z]{3,9}\.?,?|\d{1,2}(?:st|nd|rd|th)?,?)\s+){0,3}(?:1[5-9]|20)\d\d\b"
# (or ISO's "2030-01-15", which GB/T 7714 prints)
_DATE_FIRST = r"(?:1[5-9]|20)\d\d(?:\s[A-Za-z]{3,9}\.?(?:\s\d{1,2})?|-[01]\d-[0-3]\d)?"
_DATED = re.compile(
    r"(?:^|(?<=[.\]] ))[\[(]?(?P<cue>Published(?: online)?|(?:Last )?[Uu]pdated|Posted|Revised"
    r"|Accessed|Retrieved|Cited)(?: on| as of)?:?\s+"
    rf"(?P<date>{_DATE}|{_DATE_FIRST})[\])]?\.?(?=\s|$)"
    # OUP's "https://... (1 May 2030, date last accessed)" and "(accessed 1 May 2030)"
    rf"|(?<= )\((?P<day>{_DATE}),? date (?P<last>last )?accessed\)"
    rf"|(?<= )\((?P<lower>[Aa]ccessed)(?: on)?:? (?P<when>{_DATE}|{_DATE_FIRST})\)"
    # BMJ's "Available: https://... [Accessed 1 May 2030]", after the link, in either case
    rf"|(?<= )\[(?:[Aa]ccessed|[Rr]etrieved)(?: on)?:? (?P<seen>{_DATE}|{_DATE_FIRST})\]"
)
# Vancouver's "2030 [cited 2031 Jan 15]", "[updated 2030 Jun 9; cited 2031 Jan 15]": when the
# URL was read, not a sign of a web page (a journal read online prints it too)
_CITED = re.compile(rf"\[(?:updated [^\];]{{0,30}}; )?cited (?P<date>{_DATE_FIRST})\]")
# The Portuguese and Spanish access dates: "Acesso em: 3 mar. 2030", "Acessado em 3 de
# março de 2030", "Consultado el 3 de marzo de 2030", "[citado 2030 mar 3]", "Acesso em
# 14/11/2030" (the day first)
_MONTH_WORD = r"[^\W\d_]{3,10}\.?"
_READ_ON_ROMANCE = re.compile(
    r"\b(?:Acess(?:o|ado|ada) em|Consultad[oa](?: e[ln])?|Citad[oa](?: em| e[ln])?|Recuperado"
    r"(?: e[ln])?|Fecha de consulta)\s*:?\s*(?P<date>(?P<day>\d{1,2})º?\s*(?:de\s+)?"
    rf"(?P<mon>{_MONTH_WORD})\s*(?:de\s+)?(?P<year>{YEAR.pattern})\b|(?P<y2>{YEAR.pattern})\s+"
    rf"(?P<m2>{_MONTH_WORD})(?:\s+(?P<d2>\d{{1,2}}))?\b"
    rf"|(?P<d3>\d{{1,2}})/(?P<m3>\d{{1,2}})/(?P<y3>{YEAR.pattern}))",
    re.IGNORECASE,
)
# Their months, by the first three letters, where they are not English's
_ROMANCE_MONTHS = {"ene": 1, "fev": 2, "abr": 4, "mai": 5, "ago": 8, "set": 9, "out": 10,
                   "dez": 12, "dic": 12}  # fmt: skip
_PUBLISHED = ("Published", "Posted")  # the page's own date, before an update's
_OWN_DATES = (*_PUBLISHED, "Updated", "Revised")
_ACCESSED = ("Accessed", "Retrieved", "Cited")
# The cue a note the labeller cut from an access date opens with ("Accessed 3 Jan 2031")
_READ_CUE = re.compile(r"^(?:date last )?(?:accessed|retrieved|cited)(?: on)?:?\s+", re.I)
# What opens the URL's sentence and is no site: "Available from:", "URL:"
_AVAILABLE = re.compile(r"\b(?:Available(?: from| at| online)?|URL|Online) ?:?$", re.I)
# ... its cue printed after a title with no mark between ("Title Available: URL")
_AVAILABLE_ENDS = re.compile(r"(?<!\s)\s+Available(?: from| at| online)?$")
# AMA's site name: "WHO website", "Example Clinic web site", "Example homepage"
_SITE_WORD = re.compile(r"(?:website|web site|homepage|home page|web page|blog|portal)$", re.I)
_MENDED_TYPES = ("webpage", "document", "article-journal")
MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
# A newspaper's or a magazine's article: "Title. Example Times 12 March 2030 Available at:
# URL", "Title. Example Herald. March 12, 2030:A1": after the title's full stop, a
# periodical's name of capitalised words (Citing Medicine adds the city a name lacks in
# parentheses: "The Example Times (Springfield)") and its day of issue (a journal prints a volume,
# pages or a DOI instead). Only the day-first and month-first forms: "Blood. 2030 Feb 7."
# is Vancouver's date of a journal article published online ahead of its volume.
_NEWS = re.compile(
    r"(?<=[.?!\"”] )(?P<paper>[A-Z][\w&'’-]*(?: (?:[A-Z][\w&'’.-]*|of|and|the|de|la))"
    r"{0,5})(?: \((?P<place>[A-Z][^()\d]{1,40})\))?"
    rf"[.,]? (?P<date>\d{{1,2}} {MONTH},? {YEAR.pattern}|{MONTH} \d{{1,2}},? "
    rf"{YEAR.pattern}|{YEAR.pattern} {MONTH} \d{{1,2}}(?=;\s?Sect))(?=[.,;:]|\s|$)"
)
# NLM's section and page after a newspaper's day: "2030 Mar 3;Sect. A:1 (col. 2)": page A1
_NLM_NEWS_PAGE = re.compile(
    r";\s?Sect\.?\s?(?P<sect>[A-Z\d]{1,3}):\s?(?P<page>\d{1,3}(?:-\d{1,3})?)"
)
# The page after a newspaper's day: "March 12, 2030:A1", "12 March 2030:B4-B5"
_NEWS_PAGE = re.compile(r":\s?([A-Z]?\d{1,3}[A-Z]?(?:-[A-Z]?\d{1,3}[A-Z]?)?)(?=[.,;]?(?:\s|$))")
# Words that open a date sentence, or name an edition, not a periodical: "Published
# online March 2, 2030", "Epub 12 May 2030", "Last updated 1 May 2030"; a bill's stages
# ("Introduced 2 May 2030"); a report's or a paper's series ("Example Discussion Paper").
_RELEASE = re.compile(r"\b(?:News|Press|Media) release$")
_NOT_PAPER = re.compile(
    r"\b(?:Published|Updated|Posted|Revised|Accessed|Retrieved|Cited|Epub|Available|Issued"
    r"|Released|Online|Last|Version|Adopted|Signed|Entered|Introduced|Passed|Enacted"
    r"|Approved|Report|Paper|Brief)\b",
    re.IGNORECASE,
)


# Vancouver's page or homepage with no author: "Title [Internet]. Site; 2030 [cited ...].
# Available from: URL", the medium right after the title's words, before any full stop
_TITLE_MEDIUM = re.compile(
    r"\A(?P<title>[^.\[\]]{3,}?) ?\[(?:Internet|homepage on the Internet)\](?=[.;,]?(?:\s|$))",
    re.IGNORECASE,
)


def titled_by_medium(ref: Reference) -> Reference:
    """A reference that opens with "Title [Internet]." has that title: its words are no
    person's name, nor is the medium ("[Internet], The Example Project"). Where the
    readers found a title among those words after an organisation's name ("Example
    Federation. Example Atlas [Internet]"), the name stays the author; a title read with
    the medium loses it (Vancouver's style prints "[Internet]" after it)."""
    m = _TITLE_MEDIUM.match(ref.source_text)
    if not m:
        return ref
    title = m.group("title").strip()
    read = ref.title.replace(m.group()[len(m.group("title")) :], "").strip()
    named = " ".join(n.literal or f"{n.given} {n.full_family}" for n in ref.author)
    if "[internet]" not in named.lower() and read and read in title:
        return ref.with_fields(title=read) if read != ref.title else ref
    words = set(re.findall(r"\w+", title.lower()))
    if "[internet]" not in named.lower() and not set(re.findall(r"\w+", named.lower())) <= words:
        return ref
    return ref.with_fields(title=title, author=(), author_truncated=False)


def web_page(ref: Reference) -> Reference:
    """``ref`` read as the web page its printed dates show, or as it was: only a reference
    with a URL and a date sentence of AMA's, no volume, pages or DOI (a journal article
    read online keeps its journal), no place (a report or a book), and no type a printed
    word gave it (thesis, preprint, patent...). A year printed before the URL ("Roe J
    (2030) Title") stays the year; the page's own date is the year only where none was."""
    text = ref.source_text
    if (news := newspaper_article(ref)) is not ref:
        return news
    url = URL.search(text)
    if not url:
        return ref
    if (cue := _AVAILABLE_ENDS.search(ref.title)) and f"{ref.title}:" in text[: url.start()]:
        # BMJ's page with no year: "Agency Title Available: URL", the cue read into the title
        ref = ref.with_fields(title=ref.title[: cue.start()])
    dates = {_cue(m.group("cue") or "Accessed"): m for m in _DATED.finditer(text)}
    if not dates:
        cited = _CITED.search(text)
        return _read_on(ref, {"Accessed": cited} if cited else {})
    if ref.type not in _MENDED_TYPES:  # a report or a book read online: the day it was read
        return _read_on(ref, dates)
    head = text[: min([url.start(), *(m.start() for m in dates.values())])]
    # AMA's page prints its site's name right before its own date: "Title. Site. Published"
    own_date = any(m.start() == len(head) for c in _OWN_DATES if (m := dates.get(c)))
    # a field read from the dates ("(1 May 2030, date last accessed)" as an issue or a
    # place) is none; one printed before them is a journal's or a book's
    read = (ref.volume, ref.first_page, ref.issue, ref.publisher_place)
    if ref.doi or any(value and value in head for value in read):
        return _read_on(ref, dates)
    head = _AVAILABLE.sub("", head.rstrip()).rstrip(" .;,")
    # a journal read already (an article online with no volume yet) is the site's name; read
    # with no title, it is the page's title ("Example Agency. Made-up page, 2030 Available:")
    title, site = (
        (ref.title or ref.container_title, ref.container_title if ref.title else "")
        if ref.container_title
        else _title_and_site(ref.title, head, own_date)
    )
    changes: dict[str, object] = {
        "type": "webpage",
        **dict.fromkeys(("volume", "page", "issue", "publisher_place"), ""),
        "title": title,
        "container_title": site,
        "container_title_short": "",
        "url": ref.url or url.group().rstrip(".,;)]"),
    }
    issued = next(
        (_day(_date(m)) for cue in _OWN_DATES if (m := dates.get(cue))),
        None,
    )
    accessed = next((m for cue in _ACCESSED if (m := dates.get(cue))), None)
    if issued and not (ref.issued and YEAR.search(head)):
        changes["issued"] = issued  # not over a year printed with the names or the title
    elif not issued and accessed and not year_besides(text, (url, accessed)):
        changes["issued"] = None  # the day it was read is no date of the page's own
    return _read_on(ref.with_fields(**changes), dates)


def access_date(text: str, start: int = 0) -> re.Match[str] | None:
    """The first date sentence of ``text`` from ``start`` that says when the page was read
    ("Accessed May 1, 2031", "(accessed 1 May 2031)", "[Retrieved ...]")."""
    read = (m for m in _DATED.finditer(text, start) if _cue(m.group("cue") or "A") in _ACCESSED)
    return next(read, None)


def year_besides(text: str, matches: tuple[re.Match[str], ...]) -> bool:
    """Whether ``text`` prints a year outside ``matches`` (the URL, the access date): a
    year after the link ("Available from: URL 2017.") is the page's own."""
    for m in sorted(matches, key=lambda m: -m.start()):
        text = text[: m.start()] + " " + text[m.end() :]
    return bool(YEAR.search(text))


def _read_on(ref: Reference, dates: dict[str, re.Match[str]]) -> Reference:
    """``ref`` with the day its URL was read (biblatex's ``urldate``) from its printed
    access date, when it has a URL and no such day yet. The access date the labeller left
    as the note ("Acesso em: 3 de março de 2030", Harvard's "(Accessed: 5 April 2031)",
    the date alone) is no note the styles should print again: the urldate, or, where the
    link read was a DOI's (no URL kept), nothing of the work's."""
    accessed = next((m for cue in _ACCESSED if (m := dates.get(cue))), None)
    if any(k == "urldate" for k, _ in ref.extra):
        return ref
    read = _date(accessed) if accessed else ""
    printed = _READ_CUE.sub("", ref.note.strip(" .()[]"))
    note = "" if _READ_ON_ROMANCE.fullmatch(printed) or (read and printed == read) else ref.note
    day = _day(read) if accessed else _romance_day(ref.source_text)
    if not ref.url or not day:
        return ref.with_fields(note=note) if note != ref.note else ref
    iso = "-".join(f"{part:02d}" for part in day)
    return ref.with_fields(extra=(*ref.extra, ("urldate", iso)), note=note)


def _romance_day(text: str) -> tuple[int, ...]:
    """The date parts of a Portuguese or Spanish access date in ``text`` (
    ``_READ_ON_ROMANCE``), or () when none is printed."""
    m = _READ_ON_ROMANCE.search(text)
    if m is None:
        return ()
    year = m.group("year") or m.group("y2") or m.group("y3")
    day = m.group("day") or m.group("d2") or m.group("d3")
    if m.group("m3"):
        month = int(m.group("m3"))
    else:
        word = (m.group("mon") or m.group("m2")).lower()[:3]
        english = date_parts("1", word)
        month = _ROMANCE_MONTHS.get(word) or (english[1] if len(english) > 1 else 0)
    if not 1 <= month <= 12:
        return (int(year),)
    return (int(year), month, int(day)) if day else (int(year), month)


def newspaper_article(ref: Reference) -> Reference:
    """``ref`` read as a newspaper's or a magazine's article when, after its title, a
    periodical's name is printed with its day of issue and nothing names a journal's
    article (no volume, issue or DOI): the name is its container, that day the date (not
    the day a copy online was read), the type CSL's ``article-newspaper``."""
    text = ref.source_text
    journal = ref.type not in (*_MENDED_TYPES, "book") or ref.volume or ref.issue or ref.doi
    if journal and not _NLM_NEWS_PAGE.search(text):  # NLM's ";Sect. A:1" is no journal's
        return ref
    at = text.find(ref.title[:30]) if ref.title else -1
    found = next((m for m in _NEWS.finditer(text) if at >= 0 and m.start() > at + 1), None)
    if found is None or _NOT_PAPER.search(found.group("paper")):
        return ref
    title = text[at : found.start()].strip(" .,;")
    if not title or _RELEASE.search(title):  # "Title. News release. Example Agency. May 5"
        return ref
    changes: dict[str, object] = {
        "type": "article-newspaper",
        "title": title,
        "container_title": found.group("paper").rstrip("."),
        "container_title_short": "",
        "issued": _day(found.group("date")),
        "publisher_place": found.group("place") or "",
        "publisher": "",
        "volume": "",  # what a reader made of NLM's ";Sect. A:1 (col. 2)"
        "issue": "",
    }
    if page := _NEWS_PAGE.match(text, found.end()):
        changes["page"] = page.group(1)  # AMA's "March 12, 2030:A1"
    elif nlm := _NLM_NEWS_PAGE.match(text, found.end()):
        # section A's page 1 is "A1", as AMA prints it; a numbered section's page is its own
        changes["page"] = (nlm["sect"] if nlm["sect"].isalpha() else "") + nlm["page"]
    url = URL.search(text, found.end())
    if url and not ref.url:
        changes["url"] = url.group().rstrip(".,;)]")
    read = access_date(text, found.end())
    if read and not any(k == "urldate" for k, _ in ref.extra):
        day = "-".join(f"{part:02d}" for part in _day(_date(read)))
        changes["extra"] = (*ref.extra, ("urldate", day))
    return ref.with_fields(**changes)


def _title_and_site(title: str, head: str, own_date: bool = False) -> tuple[str, str]:
    """The title, and the site's name printed after it: the sentence between the title
    and the URL ("Title. WHO website. https://..."), or the title's last sentence when it
    names a site, or, ``own_date``, when the page's own date follows it ("Title. Example
    News. Published May 2, 2030.", AMA's order), and the reader left it in the title."""
    if not title:
        return title, ""
    at = head.find(title)
    if at >= 0:
        rest = head[at + len(title) :].strip(" .;,")
        if _site_name(rest):
            return title, rest
    before, dot, last = title.rpartition(". ")
    named = _SITE_WORD.search(last) or (own_date and head.endswith(title))
    if dot and before and named and _site_name(last):
        return before, last
    return title, ""


def _site_name(text: str) -> bool:
    """A site's name: a short phrase with a letter, no year (a place and year, "Geneva;
    2030", is a report's), not a sentence that goes on ("Title. Subtitle. Site"), nor a
    program's version ("R package version 1.2")."""
    words = text.split()
    return (
        0 < len(words) <= 10
        and not text[0].islower()  # "in Swedish" is the title's language
        and bool(re.search(r"[^\W\d_]", text))
        and not re.search(r"\d{4}|[.;:]\s|\b(?:[Vv]ersion|[Pp]ackage)\b", text)
    )


def _date(m: re.Match[str]) -> str:
    """The printed date of a date sentence, whichever form printed it."""
    found = m.groupdict()
    return found["date"] or found.get("day") or found.get("when") or found.get("seen") or ""


def _cue(cue: str) -> str:
    """ "Published", "Updated", "Accessed"...: "Last updated" is an update, "Published
    online" a publication."""
    words = cue.split()
    return (words[-1] if words[0].lower() == "last" else words[0]).capitalize()


def _day(text: str) -> tuple[int, ...]:
    """The date parts of a printed date: "March 2, 2030", "2 March 2030", "2030 Mar 2",
    and the forms with no day or no comma ("March 2030", "Sept 29 2030")."""
    found = loose_date(re.sub(r"(?<=\d)(?:st|nd|rd|th)\b", "", text))  # "3rd March 2030"
    if found:
        return found
    year = YEAR.search(text)
    assert year is not None  # the date pattern ends with one
    month = re.match(r"[A-Za-z]+", text)
    return date_parts(year.group(), month.group() if month else None)


# The medium Vancouver prints after a title, "Title [Internet]. Place: Publisher; 2030"
# ("[homepage on the Internet]", "[database on the Internet]", "[monograph on the Internet]"),
# and Harvard's, "Title [Online]. Available at: URL"; the homepage's shortened,
# "Example Portal [Homepage]. Springfield: Example Institute; 2030 [cited ...]", as nursing
# journals of Latin America print it
_MEDIUM_END = re.compile(
    r" ?\[(?:(?:[a-z]+ on the )?Internet|On-?line|Home ?page)\]$", re.IGNORECASE
)
# ISO 690's medium in Spanish, Portuguese and French, in brackets or parentheses: "Title
# (En línea)", "Title [Em linha]", "Title [en ligne]" (searched for only where its word is)
_ROMANCE_MEDIUM_END = re.compile(r"\.? ?[\[(](?:En l[ií]nea|Em linha|En ligne)[\])]$", re.I)
_ROMANCE_MEDIUM_WORDS = ("línea", "linea", "linha", "ligne")
# ... the medium alone, which the labeller read as the journal: "Title. (En línea). URL"
_MEDIUM_ALONE = re.compile(r"(?:Internet|On-?line|En l[ií]nea|Em linha|En ligne)", re.I)
# ... or printed after the title's full stop, opening the imprint: "Title. [Online] Place:
# Publisher, 2030", where the title read ran on to the imprint
_MEDIUM_AFTER = re.compile(r"\. \[On-?line\] .*", re.IGNORECASE)


def medium_out_of_title(ref: Reference) -> Reference:
    """``ref`` without the medium at the end of its title (or the imprint it opens): it
    says the work was read online, which the entry's URL and access date say already (the
    Vancouver style prints "[Internet]" from them: kept in the title, it came out twice).
    Done after the type is read, which the medium helps to decide."""
    if _MEDIUM_ALONE.fullmatch(ref.container_title):
        ref = ref.with_fields(container_title="")
    title = _MEDIUM_END.sub("", _MEDIUM_AFTER.sub("", ref.title))
    if may_hold(title, _ROMANCE_MEDIUM_WORDS):
        title = _ROMANCE_MEDIUM_END.sub("", title)
    return ref if title == ref.title or not title else ref.with_fields(title=title)
