"""Reference lists assembled from real, checkable references, in several styles and layouts.

The facts come from two files: ``../shared/data/seed-references.json`` (the seed's ten
references, verified field by field; where a field is unverified its value is taken from the
item's printed reference, see ``data/seed-printed-facts.json``) and
``data/extra-references.json`` (fifteen more references, each field with the public page it
was read from; see ``data/README.md``). Nothing here is invented: the renderers below only
lay those facts out the way Blood, AMA and Vancouver/NLM print them, and the layouts paste
them the ways users do (one reference a line, wrapped, or scraped one element or one word a
line). ``expected`` says what a parser must read back from each rendering.
"""

from __future__ import annotations

import json
import re
import textwrap
from dataclasses import dataclass, field
from pathlib import Path

from conftest import SHARED

HERE = Path(__file__).resolve().parent
SEED = SHARED / "data" / "seed-references.json"
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
LONG_MONTHS = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
]  # fmt: skip
STYLES = ("blood", "ama", "vancouver")
NUMBERINGS = ("1. ", "[1] ", "1 ")
LAYOUTS = ("line", "wrapped", "elements", "words")


@dataclass
class Item:
    """The facts of one real reference, as a printed list needs them."""

    id: str
    type: str = "article-journal"
    authors: list[tuple[str, str]] = field(default_factory=list)  # (family as printed, initials)
    corporate: str = ""
    truncated: bool = False
    group: str = ""
    editors: list[tuple[str, str]] = field(default_factory=list)
    title: str = ""
    journal: str = ""
    book: str = ""
    issued: tuple[int, ...] = ()
    epub: tuple[int, ...] = ()
    volume: str = ""
    issue: str = ""
    page: str = ""
    page_printed: str = ""
    doi: str = ""
    pmid: str = ""
    pmcid: str = ""
    edition: str = ""
    publisher: str = ""
    place: str = ""


def initials(given: str) -> str:
    """ "Mark R" -> "MR", "Josep-Maria" -> "JM", "I. M." -> "IM", "RJ" -> "RJ"."""
    given = given.strip()
    if re.fullmatch(r"[A-Z]{1,3}", given):
        return given
    return "".join(w[0] for w in re.findall(r"[^\W\d_]+", given)).upper()


def _names(csl_names: list[dict]) -> list[tuple[str, str]]:
    out = []
    for n in csl_names:
        family = f"{n.get('non-dropping-particle', '')} {n['family']}".strip()
        out.append((family, initials(n.get("given", ""))))
    return out


def _date(value: dict | None) -> tuple[int, ...]:
    return tuple(value["date-parts"][0]) if value else ()


def _item_from_csl(data: dict, printed: dict | None = None) -> Item:
    printed = printed or {}
    authors = data.get("author") or []
    partial = [a for a in data.get("author_partial") or [] if a.get("given")]
    item = Item(id=data["id"], type=data.get("type", "article-journal"))
    if authors and "literal" in authors[0]:
        item.corporate = authors[0]["literal"]
    elif authors:
        item.authors = _names(authors)
        item.truncated = bool(data.get("author-truncated"))
    elif printed.get("author"):
        item.authors = [tuple(a) for a in printed["author"]]
        item.truncated = True  # the printed list closes with "et al"
    elif partial:
        item.authors, item.truncated = _names(partial), True
    item.editors = _names(data.get("editor") or [])
    item.group = data.get("group", "")
    item.title = data.get("title") or printed.get("title", "")
    if item.type == "chapter":
        item.book = data.get("container-title", "")
    else:
        item.journal = data.get("container-title-short") or printed.get("container-title-short", "")
    item.issued = _date(data.get("issued")) or ((printed["year"],) if "year" in printed else ())
    item.epub = _date(data.get("available-date"))
    item.volume = data.get("volume") or printed.get("volume", "")
    item.issue = data.get("issue") or printed.get("issue", "")
    item.page = data.get("page") or printed.get("page", "")
    item.page_printed = data.get("page-printed", "")
    item.doi, item.pmid, item.pmcid = (
        data.get("DOI", ""),
        data.get("PMID", ""),
        data.get("PMCID", ""),
    )
    item.edition = data.get("edition", "")
    item.publisher, item.place = data.get("publisher", ""), data.get("publisher-place", "")
    return item


def load_items() -> list[Item]:
    """The seed's ten references, then the fifteen others."""
    printed = json.loads((HERE / "data" / "seed-printed-facts.json").read_text(encoding="utf-8"))
    seed = json.loads(SEED.read_text(encoding="utf-8"))
    extra = json.loads((HERE / "data" / "extra-references.json").read_text(encoding="utf-8"))
    return [_item_from_csl(d, printed.get(d["id"])) for d in seed] + [
        _item_from_csl(d) for d in extra
    ]


# -- rendering -------------------------------------------------------------------------------
# A rendering is a list of elements: joined they give the one-line reference; one a line they
# give what a scraped web page looks like (the seed's layout).


def abbreviate_pages(page: str) -> str:
    """NLM drops the leading digits the last page shares with the first: 836-847 -> 836-47."""
    m = re.fullmatch(r"([A-Za-z]*)(\d+)-([A-Za-z]*)(\d+)", page)
    if not m:
        return page
    p1, n1, p2, n2 = m.groups()
    if len(n1) == len(n2):
        i = 0
        while i < len(n1) - 1 and n1[i] == n2[i]:
            i += 1
        n2 = n2[i:]
    return f"{p1}{n1}-{n2}" if p1 == p2 else page


def _ordinal(n: str) -> str:
    k = int(n)
    suffix = "th" if 10 <= k % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(k % 10, "th")
    return f"{k}{suffix}"


def _name_list(names: list[tuple[str, str]], truncated: bool, keep: int, limit: int) -> list[str]:
    """Elements of a name list: all names when there are at most ``limit`` and the list is
    complete, else the first ``keep`` and "et al"."""
    cut = truncated or len(names) > limit
    shown = names[:keep] if cut else names
    out: list[str] = []
    for i, (family, inits) in enumerate(shown):
        if i:
            out.append(", ")
        out += [family, " ", inits] if inits else [family]
    if cut:
        out.append(", et al")
    return out


def _editors_word(editors: list, style: str) -> str:
    if style == "ama":
        return "ed" if len(editors) == 1 else "eds"
    return "editor" if len(editors) == 1 else "editors"


def render(item: Item, style: str) -> list[str]:
    """The reference as ``style`` prints it, as elements."""
    vanc = style == "vancouver"
    keep, limit = (6, 6) if vanc else (3, 6) if style == "ama" else (3, 3)
    el: list[str] = []
    if item.authors:
        el += _name_list(item.authors, item.truncated, keep, limit)
        if item.group and style != "blood":
            el += ["; ", item.group]
        el.append(".")
    elif item.corporate:
        el += [item.corporate, "."]
    elif item.editors and item.type == "book":
        el += _name_list(item.editors, False, keep, limit)
        el += [", ", _editors_word(item.editors, style), "."]
    if el:
        el.append(" ")
    el.append(item.title)
    if not item.title.endswith(("?", "!")):
        el.append(".")
    if item.type in ("book", "chapter"):
        return el + _book_source(item, style, keep, limit)
    return el + _journal_source(item, style)


def _book_source(item: Item, style: str, keep: int, limit: int) -> list[str]:
    el: list[str] = []
    if item.type == "chapter":
        el += [" ", "In:", " "]
        el += _name_list(item.editors, False, keep, limit)
        el += [", ", _editors_word(item.editors, style), ".", " ", item.book, "."]
    if item.edition:
        el += [" ", f"{_ordinal(item.edition)} ed", "."]
    el.append(" ")
    if item.place and style != "ama":
        el += [item.place, ": "]
    el += [item.publisher, "; ", str(item.issued[0]), "."]
    if item.doi:
        el += [" ", "doi:" if style == "ama" else "doi: ", item.doi]
        if style != "ama":
            el.append(".")
    return el


def _journal_source(item: Item, style: str) -> list[str]:
    el = [" ", item.journal, ". "]
    date = item.issued or item.epub
    if style == "vancouver":
        el.append(str(date[0]))
        if len(date) > 1:
            el += [" ", MONTHS[date[1] - 1]]
            if len(date) > 2:
                el += [" ", str(date[2])]
    elif not item.volume and item.epub and style == "ama":
        y, m, d = item.epub
        el += ["Published online", " ", f"{LONG_MONTHS[m - 1]} {d}, {y}"]
    else:
        el.append(str(date[0]))
    if item.volume:
        el += [";", item.volume]
        if item.issue:
            el += ["(", item.issue, ")"]
        if item.page:
            pages = item.page_printed or (
                abbreviate_pages(item.page) if style == "vancouver" else item.page
            )
            first, _, last = pages.partition("–" if "–" in pages else "-")
            el += [":", first] + (["–" if "–" in pages else "-", last] if last else [])
    el.append(".")
    if style == "ama":
        if item.doi:
            el += [" ", "doi:", item.doi]
        return el
    if style == "vancouver":
        if item.doi:
            el += [" ", "doi: ", item.doi, "."]
        if item.epub and item.volume:
            y, m, d = item.epub
            el += [" ", "Epub", " ", f"{y} {MONTHS[m - 1]} {d}", "."]
        elif not item.volume and (item.doi or item.pmid):
            el += [" ", "Epub ahead of print", "."]
        if item.pmid:
            el += [" ", "PMID: ", item.pmid]
            el += ["; ", "PMCID: ", item.pmcid, "."] if item.pmcid else ["."]
        elif item.pmcid:
            el += [" ", "PMCID: ", item.pmcid, "."]
    return el


def expected(item: Item, style: str) -> dict:
    """What a parser must read from ``render(item, style)``: CSL names, Reference attributes."""
    vanc = style == "vancouver"
    keep, limit = (6, 6) if vanc else (3, 6) if style == "ama" else (3, 3)
    exp: dict = {"type": item.type, "title": item.title}
    names = item.authors
    if names:
        cut = item.truncated or len(names) > limit
        exp["author"] = [(f, i) for f, i in (names[:keep] if cut else names)]
        exp["author_truncated"] = cut
        if item.group and style != "blood":
            exp["author"].append((item.group, ""))
    elif item.corporate:
        exp["author"] = [(item.corporate, "")]
        exp["author_truncated"] = False
    else:
        exp["author"] = []
    if item.editors:
        cut = len(item.editors) > limit
        exp["editor"] = item.editors[:keep] if cut else item.editors
        if item.type == "book" and not item.authors:
            exp["author"] = []
    date = item.issued or item.epub
    if item.type in ("book", "chapter"):
        exp.update(
            issued=(item.issued[0],),
            publisher=item.publisher,
            edition=item.edition,
            publisher_place=item.place if style != "ama" else "",
            container_title=item.book,
            doi=item.doi,
        )
        return exp
    if vanc:
        exp["issued"] = date
    elif not item.volume and item.epub and style == "ama":
        exp["issued"], exp["available_date"] = (item.epub[0],), item.epub
    else:
        exp["issued"] = (date[0],)
    if vanc and item.epub and item.volume:
        exp["available_date"] = item.epub
    exp.update(
        container_title_short=item.journal,
        volume=item.volume,
        issue=item.issue if item.volume else "",
        page=item.page if item.volume else "",
        doi=item.doi if style != "blood" else "",
        pmid=item.pmid if vanc else "",
        pmcid=item.pmcid if vanc else "",
    )
    return exp


# -- layouts ---------------------------------------------------------------------------------


def one_line(elements: list[str]) -> str:
    return "".join(elements)


def make_list(items: list[Item], style: str, numbering: str, layout: str) -> str:
    """A whole numbered list pasted as ``layout``."""
    out: list[str] = []
    for n, item in enumerate(items, 1):
        label = numbering.replace("1", str(n))
        elements = render(item, style)
        if layout == "line":
            out.append(label + one_line(elements))
        elif layout == "wrapped":
            out += textwrap.wrap(
                label + one_line(elements), 72, break_on_hyphens=False, break_long_words=False
            )
        else:
            out.append(label.strip())
            pieces = [e.strip() for e in elements if e.strip()]
            if layout == "words":
                pieces = [w for p in pieces for w in p.split()]
            out += pieces
    return "\n".join(out) + "\n"
