"""Page furniture in a text copied out of a PDF: the running head or foot every page prints
("Roe et al. Trials 2015, 16:1 Page 14 of 15", the article's address under it, "Heart 2019;
105:12-18" on odd pages), and the link labels some publishers print under each reference
("PubMed Abstract | Publisher Full Text"). None of it is the manuscript's: inside a
reference it becomes a journal or a URL the reference never printed, inside a sentence a
claim ("count '3 of 8'").

Pure: lines in, the indices of the furniture lines out. A line is furniture when

- it ends with a page count ("Page 3 of 8") and is short, as a head is; or is a bare
  address printed beside such a line on two pages or more;
- it comes back with other numbers (a page's, a volume's: "Heart 2019;105:12" /
  "...:14"), at least ``_PAGES`` times, each ``_PAGE_LINES`` lines or more after the last
  (one a page, not one a reference), with three words or more, one of them a word of
  letters, and no mark a wrapped sentence or reference ends a line with. A journal's name
  on a line of its own in three references ("N Engl J Med", a list one token a line) has
  no number, "Geneva: World Health Organization;" wrapped in three references ends
  with a semicolon, and a list item's first line ("12 Roe J, ...", numbers varying where
  one work is listed three times) opens with its number: none of them is a head;
- it is such a head on the facing pages, its page number first ("1384 Journal ..." beside
  "Journal ... 1385"), or on the first page with none;
- it holds only a database's link labels, more than one word of them;
- it is a site's download stamp ("Downloaded from https://example.org/... by guest on 5
  March 2031", "Downloaded via Example University on March 5, 2031 at 10:00 (UTC).") or
  an accepted manuscript's copyright notice, which no reference or sentence prints;
- it is parted in three or more by a head's separators ("Example J Med • Volume 12 • 2031
  17", "BLOOD | 5 MARCH 2030 | VOLUME 155"), with a year: a head printed once in the
  copy (a list that spans one page break), which no reference prints.
"""

from __future__ import annotations

import itertools
import re
from collections import defaultdict
from collections.abc import Sequence

from .prefilter import may_hold
from .years import YEAR_IN_TEXT

_SHORT = 120  # a running head is one line of a page's margin
_PAGE_OF = re.compile(r"\bpage\s+\d{1,4}\s+of\s+\d{1,4}\s*$", re.IGNORECASE)
_ADDRESS = re.compile(r"(?:https?://|www\.)\S+")
_PAGES = 3
_PAGE_LINES = 10
_NUMBERS = re.compile(r"\d+")
_WORD = re.compile(r"[^\W\d_]{3,}")
_WRAPPED_END = (".", ",", ";", ":", "-", "\u2013")
_ITEM_START = re.compile(r"[\[(]?\d{1,4}[.\])]?\s")  # "1. ", "[1] ", "(1) ", "1 "
_LABEL = (
    r"pubmed(?: abstract| central|/ncbi)?|publisher full text|free full text|full text(?: pdf)?|"
    r"(?:search in )?google scholar|cross ?ref|(?:view in )?scopus|web of science|isi|medline|"
    r"europe pmc|pmc free article|reference source|view article|abstract|article|openurl|"
    r"publisher site|cas|ads|mathscinet|show in context|view in article|wiley online library"
)
_LINK_LABELS = re.compile(rf"\[?(?:{_LABEL})\]?(?:\s*[|,]?\s*\[?(?:{_LABEL})\]?)*", re.IGNORECASE)
_BRAND = re.compile(
    r"pubmed|scholar|cross ?ref|scopus|web of science|full text|europe pmc|wiley online", re.I
)


def furniture_lines(lines: Sequence[str]) -> frozenset[int]:
    """The indices of ``lines`` that are page furniture (see the module's docstring)."""
    out: set[int] = set()
    heads = [i for i, line in enumerate(lines) if _page_head(line.strip())]
    out.update(heads)
    out.update(_addresses_beside(lines, heads))
    recurring = _recurring(lines)
    out.update(recurring, _mirrored(lines, recurring))
    out.update(i for i, line in enumerate(lines) if _link_labels(line.strip()))
    out.update(i for i, line in enumerate(lines) if _separated_head(line.strip()))
    out.update(i for i, line in enumerate(lines) if _STAMP.match(line.strip()))
    return frozenset(out)


def blank_furniture(lines: Sequence[str], furniture: frozenset[int] | None = None) -> list[str]:
    """``lines`` with each furniture line's text (``furniture``: their indices, found when
    not given) turned to spaces: every length, and so every offset and line number, stays
    as it was."""
    furniture = furniture_lines(lines) if furniture is None else furniture
    return [_blank(line) if i in furniture else line for i, line in enumerate(lines)]


def _blank(line: str) -> str:
    body = line.rstrip("\r\n")
    return " " * len(body) + line[len(body) :]


# A head's separator between its parts: a bullet or a middle dot, spaced; or a bar, which
# a table's row prints too, where a part names the volume ("BLOOD | VOLUME 155")
_BULLET = re.compile(r"\s[•·]\s")
_BAR = re.compile(r"\s\|\s")
_VOLUME = re.compile(r"\b(?:vol(?:ume)?|issue|number)\b\.?\s*\d", re.IGNORECASE)


def _separated_head(line: str) -> bool:
    """Asked of every line of the text: the separators' patterns only where their marks are."""
    parted = (("•" in line or "·" in line) and len(_BULLET.findall(line)) >= 2) or (
        "|" in line
        and len(_BAR.findall(line)) >= 2
        and bool(_VOLUME.search(line))
        and not line.startswith("|")
    )
    return (
        parted
        and len(line) <= _SHORT
        and bool(YEAR_IN_TEXT.search(line))
        and not _ITEM_START.match(line)
        and not _link_labels(line)
    )


# What a publisher's site stamps on each page of a PDF it serves, a line of its own: "by
# guest" or the reader's institution and the day it was downloaded (Silverchair's, HighWire's,
# SAGE's, Informa's "... For personal use only.", the ACS's "Downloaded via ... on ..."), and
# an accepted manuscript's notice (Wiley's). It recurs with the same numbers on every page,
# and once in a list that spans one page break.
_STAMP = re.compile(
    r"(?:Downloaded from (?:https?://|www\.|[\w-]+(?:\.[\w-]+)+(?:/\S*)?\s)\S{0,250}?.{0,200}?"
    r"\b(?:by guest|on \d|on [A-Z][a-z]+ \d|on \d{1,2}[/.-]\d)"
    r"|Downloaded via .{1,200}? on [A-Z][a-z]+ \d{1,2}, (?:19|20)\d\d"
    r"|This article is protected by copyright\. All rights reserved\.$)"
)


def _page_head(line: str) -> bool:
    return len(line) <= _SHORT and bool(_PAGE_OF.search(line))


def _addresses_beside(lines: Sequence[str], heads: list[int]) -> set[int]:
    """Bare addresses next to a page head, printed so on two pages or more."""
    beside: dict[str, list[int]] = defaultdict(list)
    for i in heads:
        for j in (i - 1, i + 1):
            if 0 <= j < len(lines) and _ADDRESS.fullmatch(lines[j].strip()):
                beside[lines[j].strip()].append(j)
    return {j for where in beside.values() if len(set(where)) >= 2 for j in where}


def _recurring(lines: Sequence[str]) -> set[int]:
    seen: dict[str, list[int]] = defaultdict(list)
    for i, line in enumerate(lines):
        text = line.strip()
        if (
            8 <= len(text) <= _SHORT
            and not text.endswith(_WRAPPED_END)
            and len(text.split()) >= 3
            and _WORD.search(text)
            and not _ITEM_START.match(text)
        ):
            seen[_NUMBERS.sub("#", text)].append(i)
    out: set[int] = set()
    for key, where in seen.items():
        if (
            "#" in key
            and len(where) >= _PAGES
            and all(b - a >= _PAGE_LINES for a, b in itertools.pairwise(where))
            and len({lines[i].strip() for i in where}) > 1
        ):
            out.update(where)
    return out


def _mirrored(lines: Sequence[str], heads: set[int]) -> set[int]:
    """The left pages' heads of a book-like layout, their page number first ("1384 Journal
    2015 69:1383-94"), whose right pages' heads print it last ("Journal 2015 69:1383-94
    1385") and were found recurring; and the first page's head, with no page number. A line
    opening with a number is otherwise never a head (a list item's first line)."""
    if not heads:  # (no core to find: every line of the text would be asked)
        return set()
    cores = {_page_off(lines[i].strip(), last=True) for i in heads}
    return {
        i
        for i, line in enumerate(lines)
        if i not in heads
        and line.strip()
        and (_page_off(line.strip(), last=False) in cores or line.strip() in cores)
    }


def _page_off(text: str, last: bool) -> str:
    """``text`` without the page number it opens (or, ``last``, ends) with."""
    rest, _, page = text.rpartition(" ") if last else text.partition(" ")[::-1]
    return rest.strip() if page.isdigit() and len(page) <= 5 and rest else text


# Labels closing a line after a reference's text ("...; 2029. Reference Source")
_TAIL_LABELS = re.compile(rf"(?<!\S)(?:{_LINK_LABELS.pattern})\s*$", re.IGNORECASE)
_TAIL = 120  # more than any run of labels: the search reads the line's end only


def ends_with_link_labels(line: str) -> bool:
    """Whether a line closes with a database's link labels, printed after a reference where
    its last line had room ("... 2030; 12(3): 45-67. PubMed Abstract | Publisher Full
    Text", F1000's "... Example Press; 2029. Reference Source"): that reference ends
    there, as it ends where the labels have a line of their own."""
    found = _TAIL_LABELS.search(line.rstrip()[-_TAIL:])
    labels = found.group() if found else ""
    return bool(_BRAND.search(labels) or _F1000.search(labels))


# What _BRAND cannot match without
_BRANDS = ("pubmed", "scholar", "cross", "scopus", "web of science", "full text", "europe pmc",
           "wiley online")  # fmt: skip

_F1000 = re.compile(r"reference source", re.IGNORECASE)


def without_link_labels(item: str) -> str:
    """An item without the database links a journal's web page prints after it ("...
    2030;7(2):200-210. View ArticlePubMed/NCBIGoogle Scholar", copied with the labels run
    together), which are no part of the reference: the labeller, which has seen them apart
    in brackets, took the run for the journal. Only a run naming a database is taken off
    ("... [abstract]" is a meeting abstract's mark)."""
    tail = item.rstrip()[-_TAIL:]
    # (a run that names no database is kept: the labels are looked for only where a
    # database's name is, and every item is asked)
    found = _TAIL_LABELS.search(tail) if may_hold(tail, _BRANDS) else None
    if found is None or not _BRAND.search(found.group()):
        return item
    kept = item.rstrip()[: len(item.rstrip()) - len(found.group())].rstrip()
    return kept or item


def _link_labels(line: str) -> bool:
    """A line of labels: more than one word (a list one token a line prints "PubMed" as a
    line of its own inside a reference's tail), a database's name among them."""
    # (the labels' pattern first: it fails at a line's first word, where the names' search
    # reads the whole line, and every line of a list is asked)
    return " " in line and bool(_LINK_LABELS.fullmatch(line)) and bool(_BRAND.search(line))
