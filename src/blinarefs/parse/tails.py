"""Journal tails of the physical-sciences styles, which print no title and no separators
the labeller has learned: "Constr. Build. Mater. 156 (2017) 443." (Elsevier's numeric
style), "Cerâmica 51, 320 (2005) 354." (volume, issue, year, page), "Environ. Sci.
Technol. 37, 5453 (2003)." (AIP/APS: volume, page, year), and ACS's after the last
author's semicolon, "Pellissier, H.; Adv. Synth. Catal. 2011, 353, 1613.". The forms are
regular enough to be read by rule, and the labeller, trained on the biomedical styles,
misreads them (the journal as a title, the page as a volume). So are the clinical journals'
"Thyroid 2017 27 156-166.", whose year, volume and pages only spaces separate, and
Frontiers' author-year "(2015). Title. Cell Rep. 12 525–534.", whose volume and page range
(or electronic page, "5 e12345") only a space separates.
"""

from __future__ import annotations

import re

from .features import JOURNAL_WORDS
from .labeller import Labelled
from .title_words import holds_title_word

_PHYSICS_TAIL = re.compile(
    r"(?:, ?|\b[a-z]{4,}[.?!] )(?P<journal>[^\W\d_][^,();:]{0,80}?) (?P<vol>\d{1,5}) ?"
    r"(?:, ?(?P<mid>[A-Za-z]?\d+(?:[-–]\d+)?) ?)?"
    r"\((?P<year>(?:19|20)\d{2})\) ?(?P<page>[A-Za-z]?\d+(?:[-–][A-Za-z]?\d+)?)?\.?$"
)

# Endocrine Connections' and a few clinical journals' "Title. Thyroid 2017 27 156-166." (year,
# volume and pages with spaces alone between them), perhaps with its DOI or URL after it
# The pages may be missing where a copy printed none (PMC's text of some Bioscientifica
# lists: "Endocrinology 2014 155 . (10.1210/...)"): then its DOI or URL closes it, or the
# full stop left standing alone where the pages were.
_LINK = r"\(?(?:(?:https?://|doi: ?|DOI: ?)\S+|10\.\d{4,9}/\S+)\)?\.?"
# The journal may hold a colon before a capital ("Nature Reviews: Endocrinology"); a page
# an article number or an e-page with its dot ("M111.009100", "1337.e3–1345.e3")
_PAGE = r"[A-Za-z]?\d+(?:\.[a-z]?\d+)?"
_SPACED_TAIL = re.compile(
    r"\. (?P<journal>[^\W\d_](?:[^.;:()\[\]]|: (?=[A-Z])){0,80}?) (?P<year>(?:19|20)\d{2})"
    rf" (?P<vol>\d{{1,4}})(?: (?P<page>{_PAGE}(?:[-–]{_PAGE})?)\.?(?: {_LINK})?"
    rf"| ?\. {_LINK}| \.)$"
)

# Frontiers' "(2015). Made-up title. Cell Rep. 12 525–534. 10.1016/..." (the year after the
# names) and Bioscientifica's "Roe J & Doe A 2015 Made-up title. Made Up Journal 5 e12345.":
# the journal after a sentence's end, its volume, a space and a page range or an electronic
# page ("e" and digits; a bare number could be a title's)
_VOLUME_PAGES_TAIL = re.compile(
    # (a comma inside the journal's name before a word, not an initial: "Diabetes, Obesity &
    # Metabolism 13 115–124", never "Roe, J. ...")
    r"(?:\b[a-z]{4,}[.?!] |\. )(?P<journal>[^\W\d_](?:[^,;:()\[\]]|, (?=[A-Z][a-z])){0,80}?)"
    r"(?<!\d) (?P<vol>\d{1,4}) "  # a number before it is the volume ("Fict One 11 2030 e1")
    r"(?P<page>[A-Za-z]?\d+[-–][A-Za-z]?\d+|e\d{3,})\.?"
    r"(?: \(?(?:(?:https?://|doi: ?|DOI: ?)\S+|10\.\d{4,9}/\S+)\)?\.?)?$"
)

# The journal may hold a comma after an abbreviation, before its section or series
# ("Angew. Chem., Int. Ed.", "Mater. Sci. Eng., R", "Appl. Catal., B"): capitalised words,
# the last abbreviated (never "et al.," nor "Jr.,")
_JOURNAL_PART = r"(?:[A-Z][^\W\d_]*\.? ){0,5}(?![JS]r\.)[A-Z][^\W\d_]*[a-z]\., "
_ACS_TAIL = re.compile(
    rf"(?:; ?|(?P<comma>, ))(?P<journal>(?:{_JOURNAL_PART})?[^\W\d_][^;(),]{{0,80}}?"
    r"|(?<=; )[^\W\d_][^;()]{0,80}?),?"
    r" (?P<year>(?:19|20)\d{2}), (?P<vol>\d{1,5})"
    r"(?:, (?P<mid>\d+)| ?\((?P<iss>\d+)\))?, (?P<page>[A-Za-z]?\d+(?:[-–][A-Za-z]?\d+)?)[.;]?$"
)
# Angewandte's and Wiley's chemistry lists print the names initials first, then a comma and
# the journal: "a) A. Roe, B.-C. Doe, Made. Up. Chem. 2030, 56, 9910;"
# The last name of an ACS list, not a journal: "Doe, A." or "Doe, A. B." after the semicolon.
_ACS_NAME = re.compile(r"(?<![\w'’\-‐])[^\W\d_][\w'’\-‐]*, (?:[A-Z]\.[ \-‐]?)+")
_INITIALS_FIRST = re.compile(r"(?:[a-z]\) )?(?:[A-Z][a-z]?\.[ \-‐]?)+[^\W\d_]")


# What every match of each tail holds, found fast (each opens with a character the search
# skips to): the tails' own patterns try each of the last 160 positions, a journal's name
# of up to 80 characters from each, and most references end in none of them.
_CLUES = {
    _ACS_TAIL: re.compile(r" (?:19|20)\d{2}, \d"),  # " 2011, 353"
    _PHYSICS_TAIL: re.compile(r"\((?:19|20)\d{2}\)"),  # "(2017)"
    _SPACED_TAIL: re.compile(r" (?:19|20)\d{2} \d"),  # " 2017 27"
    _VOLUME_PAGES_TAIL: re.compile(r"\d [A-Za-z]?\d"),  # "12 525", "5 e12345"
}


def _tail(pattern: re.Pattern[str], text: str, window: int) -> re.Match[str] | None:
    """``pattern.search(text, window)``, where its clue is found after ``window``."""
    return pattern.search(text, window) if _CLUES[pattern].search(text, window) else None


def physics_tail(text: str) -> tuple[int, dict[str, object]] | None:
    """(where the journal starts, its fields: journal, volume, issue, pages, year) when
    ``text`` (one line, single spaces) ends in one of the physical-sciences forms, else
    None. Only the last 160 characters are searched."""
    window = max(0, len(text) - 160)
    acs = _tail(_ACS_TAIL, text, window)
    if acs and acs.group("comma") and not _INITIALS_FIRST.match(text):
        acs = None
    if acs and _ACS_NAME.match(acs.group("journal")):
        acs = None  # "Roe, J.; Doe, A. Title. J. Made Up 2030, 12, 45.": a title was printed
    m = acs or _tail(_PHYSICS_TAIL, text, window)
    if not m:
        spaced = _tail(_SPACED_TAIL, text, window)
        if spaced:
            return _spaced(spaced)
        m = _tail(_VOLUME_PAGES_TAIL, text, window)
        return _volume_pages(m) if m else None
    if not (m.group("mid") or m.group("page")):
        return None
    # the last comma may be the names' ("Roe J, Doe A. A made-up study. J. Made. 12, 4
    # (2030).") or the title's ("Roe A. B. Made-up fear, hope and the brain. J. Made. 12,
    # 4 (2030).")
    read = _journal_fields(m)
    if read is None:
        return None
    start, fields = read
    fields["issued"] = (int(m.group("year")),)
    if acs or m.group("page"):  # ACS: year, volume, issue, page
        fields["page"] = m.group("page")
        if m.group("mid") or (acs and acs.group("iss")):
            fields["issue"] = m.group("mid") or m.group("iss")
    else:  # AIP/APS: volume, page (year)
        fields["page"] = m.group("mid")
    return start, fields


def _journal(m: re.Match[str]) -> tuple[int, str]:
    """Where the journal the tail matched starts, and its name: after the last sentence
    with a word no journal's name has (a lower-case word of four letters or more)."""
    start, journal = m.start("journal"), m.group("journal")
    sentence = _after_worded_sentence(journal)
    return start + sentence, journal[sentence:]


def _journal_fields(m: re.Match[str]) -> tuple[int, dict[str, object]] | None:
    """Where the journal starts, and its name and volume; None when no name is left."""
    start, journal = _journal(m)
    if not journal.strip():
        return None
    return start, {"container_title": journal.strip().rstrip("."), "volume": m.group("vol")}


def _volume_pages(m: re.Match[str]) -> tuple[int, dict[str, object]] | None:
    read = _journal_fields(m)
    if read is not None:
        read[1]["page"] = m.group("page")
    return read


def _spaced(m: re.Match[str]) -> tuple[int, dict[str, object]]:
    fields: dict[str, object] = {
        "container_title": m.group("journal").strip(),
        "volume": m.group("vol"),
        "issued": (int(m.group("year")),),
        "page": m.group("page") or "",
    }
    return m.start("journal"), fields


def _after_worded_sentence(journal: str) -> int:
    """Where the last sentence of a title inside what the tail took for the journal ends
    (after its full stop and space: "A made-up study. "), or 0: a sentence holding a title
    word. Sentence by sentence, so the text is read once, whatever it holds."""
    after, start = 0, 0
    for stop in _SENTENCE_STOP.finditer(journal):
        if journal.startswith(" ", stop.end()) and holds_title_word(journal[start : stop.end()]):
            after = stop.end() + 1
        start = stop.end()
    return after


_SENTENCE_STOP = re.compile(r"[.?!]")

# The same styles' books: "M. Alonso e E.J. Finn, Física (Editora Escolar, São Paulo,
# 2012).", with a page or an edition after it ("(CRC Press, Boca Raton, 2018), p. 61.").
_BOOK_TAIL = re.compile(
    r", (?P<title>[^,()]{2,200}?) \((?P<publisher>[^(),]{2,80}), (?P<place>[^()]{2,80}?), "
    r"(?P<year>(?:19|20)\d{2})\)"
    r"(?:, (?:p\. ?(?P<page>\d+(?:[-–]\d+)?)|(?P<ed>\d+\w{0,2}) ed)\.?)?\.?$"
)


def physics_book(text: str) -> tuple[int, dict[str, object]] | None:
    """(where the title starts, the book's fields) when ``text`` (one line, single spaces)
    ends in the physical-sciences book form, else None. Only the last 300 characters are
    searched."""
    m = _BOOK_TAIL.search(text, max(0, len(text) - 300))
    if not m:
        return None
    fields: dict[str, object] = {
        "title": m.group("title").strip(),
        "publisher": m.group("publisher").strip(),
        "publisher_place": m.group("place").strip(),
        "issued": (int(m.group("year")),),
        "type": "book",
    }
    if m.group("page"):
        fields["page"] = m.group("page")
    if m.group("ed"):
        fields["edition"] = re.sub(r"\D", "", m.group("ed"))
    return m.start("title"), fields


def set_aside_tail(labelled: list[Labelled], start: int) -> list[Labelled]:
    """The tokens from ``start`` on, a tail read by rule, set aside ("other"); before it,
    what the labeller took for the journal is the title's end, the tail having found the
    journal after it ("Roe A. Pretend results, in mice. Fict. Rep. 4, 5 (2030).", whose
    "in mice" the labeller may read as the journal's first words). With no title before
    the tail, the words after the names' last comma are the title, though the labeller
    took them for one more name ("Roe R., Pretend results. Fict. Rep. 4, 5 (2030).")."""
    out = [
        x._replace(label="other")
        if x.token.start >= start
        else x._replace(label="title")
        if x.label == "container"
        else x
        for x in labelled
    ]
    before = [i for i, x in enumerate(out) if x.token.start < start]
    if not before or any(out[i].label == "title" for i in before):
        return out
    comma = max((i for i in before if out[i].token.text == ","), default=-1)
    words = out[comma + 1 : before[-1] + 1]
    if comma < 0 or not words or any(x.label != "author" for x in words if x.token.text != "."):
        return out
    if any(re.fullmatch(r"[A-Z]{1,3}", x.token.text) for x in words):
        return out  # a name's initials: "Roe R., Doe A. Fict. Rep." prints no title
    return [*out[: comma + 1], *(x._replace(label="title") for x in words), *out[before[-1] + 1 :]]


def title_end_in_tail(
    labelled: list[Labelled], tail: tuple[int, dict[str, object]]
) -> tuple[int, dict[str, object]]:
    """A journal read by rule from the title's last comma ("Title, Antarctica. J. Glaciol.
    60, 795 (2030)."), which the labeller read as the title's end, a full stop, then the
    journal: the journal starts after that full stop (not after a word journals abbreviate,
    "Title, Can. J. Made Res. 43, 1 (2030).")."""
    start, fields = tail
    inside = [x for x in labelled if x.token.start >= start]
    k = 0
    while k < len(inside) and inside[k].label == "title":
        k += 1
    journal = str(fields.get("container_title", ""))
    if not 0 < k < len(inside) - 1 or inside[k].token.text != "." or not journal:
        return tail
    word = inside[k - 1].token.text
    if len(word) < 4 or word.lower() in JOURNAL_WORDS:  # "Title, Can. J. Made Res. 43, 1"
        return tail
    if any(x.token.text == "." for x in inside[:k]):  # "Title. J. Made Cult" | "Psychol"
        return tail
    if inside[k + 1].label != "container":
        return tail
    cut = inside[k + 1].token.start
    rest = journal[cut - start :].strip()
    return (cut, {**fields, "container_title": rest}) if rest else tail
