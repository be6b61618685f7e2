"""What a JATS article's own markup says: its printed references, with their fields, and its
citation markers, with the reference numbers each one cites.

The benchmarks of the reference parser, the citation-marker decoder and the JATS reader all
score against this one loader, so that they agree on what the truth is:

- ``references(path)``: each ``<ref>`` of the article's reference lists, numbered by its
  ``<label>`` (or its position when it has none; all by position when labels repeat), with
  the printed text of its ``<mixed-citation>`` and the fields tagged in its
  ``<element-citation>`` (or, without one, in the mixed citation's children);
- ``markers(path)``: the body as a reader sees it, paragraphs separated by blank lines, with
  the span of every citation marker and the numbers it cites (``<xref ref-type="bibr">``
  mapped to reference numbers through the list; ``1–3`` covers 1, 2 and 3), rendered twice:
  *printed* (superscripts written ``^1,2^`` as Pandoc does) and *flattened* (superscripts
  glued to the text before them, as a copy from a web page gives them: ``disease.1,2``);
- ``reference_list_text(path)``: the printed list as ``1. text`` lines, one token a line
  as a careless copy leaves it, or one element a line as a copy of a web page leaves it
  (each tagged part on a line, and the marks between parts: ``37`` / ``(`` / ``4`` / ``):``).

Pure: reading the file is the only I/O. Parsing never resolves entities or reaches the network.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, replace
from pathlib import Path

from lxml import etree

from .jats_access_year import access_year_note
from .jats_body import ArticleMarkers, Marker, Rendering, markers
from .jats_imprint_source import (
    IMPRINT_AS_SOURCE,
    WEB_WITH_IMPRINT,
    imprint_as_source,
    web_with_imprint,
)
from .jats_name_print import ETAL_IN_TITLE, NAME_IN_TITLE, NAME_OPENS_SOURCE, NAME_OPENS_TITLE
from .jats_names import author_truth
from .jats_numbers import number_slips
from .jats_print import pieces, printed_parts, printed_text
from .jats_title_slips import title_slips
from .jats_title_years import closing_year_note
from .jats_units import (
    BODY_AS_TITLE,
    DESIGNATION_AS_AUTHOR,
    GROUP_IN_TITLE,
    UNIT_IN_TITLE,
    body_as_title,
    designation_as_author,
    group_in_title,
    unit_in_title,
)
from .jats_xml import (
    DASHES,
    find,
    has_loose_text,
    labels,
    local,
    parse_article,
    ref_elements,
    ref_numbers,
    sub_labels,
    text_of,
)

__all__ = [
    "ArticleMarkers",
    "Marker",
    "RefTruth",
    "Rendering",
    "markers",
    "reference_list_text",
    "references",
]

_ETAL = re.compile(r"\bet\.?\s*al\b", re.IGNORECASE)
_FIELDS = ("article-title", "source", "year", "volume", "fpage", "surname", "collab")
_TOKEN = re.compile(r"[^\W_]+|\S")
NO_YEAR = "year set aside: the year tag holds no year"
ETAL_AFTER_TITLE = "et al in or after the title (its words, an editors' list) not the authors'"
ETAL_NOT_PRINTED = "et al read as printed: the tagged citation's et al is not in the print"
DATED_TITLE = "title set aside: the title tag holds a date after the title's sentence"
SERVER_NAMED = "journal mended: 'arXiv preprint arXiv:' names the server, arXiv (Google Scholar's)"
# Google Scholar's print of a preprint, copied into the source tag: the server is the journal
_PREPRINT_OF = re.compile(r"(arXiv|bioRxiv|medRxiv)\s+preprint\s+\1\s*:?", re.IGNORECASE)
SOURCE_IS_TITLE = (
    "title from the source: a 'journal' with no title nor volume or pages tags the work's"
)
# What places an article in its journal: a source tagged with none of them and no title of
# its own is no journal's
_PLACED_IN_JOURNAL = ("volume", "issue", "fpage", "elocation-id", "page-range")
JOURNAL_IN_TITLE = "title and journal mended: the journal's first word is tagged at the title's end"
# Abbreviated words that open journals' names ("Proc.", "Mol.", "J."), none a word a title
# ends with: a title tag ending ", Proc" before a source "Natl. Acad. Sci." holds the
# journal's first word (OUP's, MCP's)
_JOURNAL_OPENERS = frozenset(
    {"Acta", "Adv", "Am", "Ann", "Annu", "Arch", "Biochem", "Biol", "Br", "Can", "Chem", "Clin",
     "Curr", "Eur", "Int", "J", "Mol", "Nat", "Natl", "Phys", "Physiol", "Proc", "Rev", "Sci",
     "Trends"}
)  # fmt: skip
_LAST_WORD = re.compile(r"[.,]\s+([A-Z][a-z]{0,8})$")
UNMARKED_TITLE = "title and journal set aside: printed with no mark between them (the renderer's)"
# A title tag ending in a date printed year first, then day and month: a web page's date
# (and often its publisher) tagged inside its title ("Title. Example News 2030 20 March",
# "Title. 2030 Example University 16 March": BMJ), where the
# title's end is not known; a date belongs in <year>, <month>, <day> or <date-in-citation>
_MONTHS = "January February March April May June July August September October November December"
_DATE_AFTER_TITLE = re.compile(
    rf"\b(?:19|20)\d{{2}}\b[^.?!]*\s\d{{1,2}}\s+(?:{'|'.join(_MONTHS.split())})\.?$"
)
_TITLES = frozenset(("article-title", "source", "chapter-title", "part-title"))
# Publication types whose <source>, when no article title is tagged, is the work's own
# title (SciELO tags a web page's, a report's or a thesis's title as its source)
_SOURCE_IS_THE_WORK = frozenset(("book", "report", "thesis", "web", "webpage"))


@dataclass(frozen=True)
class RefTruth:
    """One reference as the publisher tagged it. ``text`` is the printed reference, None when
    only an ``<element-citation>`` exists or when the mixed citation leaves its separators to
    a renderer (``markup_text`` then has it as tagged: "Cancer Res2012;72"); fields are None
    when not tagged."""

    article: str
    number: int
    label: str | None
    text: str | None
    authors: tuple[str, ...]  # () when not known (``jats_names``)
    etal: bool
    title: str | None
    container: str | None
    year: str | None
    volume: str | None
    issue: str | None
    fpage: str | None
    lpage: str | None
    pub_type: str | None
    doi: str | None
    pmid: str | None
    tagged: bool
    markup_text: str | None
    # the printed parts as a web page shows them, one per element or run of text between
    # elements (empty when there is no printed form)
    pieces: tuple[str, ...] = ()
    # the names as tagged, a group's name holding the title included: what a reader of the
    # markup must give back, where ``authors`` is what a reader of the printed text can know
    tagged_authors: tuple[str, ...] = ()
    # the part's letter where the list sub-labels its references ("b" of "1b"), else ""
    part: str = ""
    # the rules that set a field aside or mended it, where the tags are not what was
    # printed (``jats_names``' notes): a benchmark prints how many per source
    notes: tuple[str, ...] = ()

    @property
    def printed_label(self) -> str:
        """The label as a reader gives it: "1b", or the number."""
        return f"{self.number}{self.part}"


def _citations(ref: etree._Element) -> tuple[etree._Element | None, etree._Element | None]:
    """(printed citation, tagged citation) of a ref; NLM 2.x ``<citation>`` counts as printed
    when it has text between its children, as mixed citations do."""
    printed = tagged = None
    for el in ref.iter():
        name = local(el)
        if name == "mixed-citation" or (name == "citation" and has_loose_text(el)):
            printed = printed if printed is not None else el
        elif name in ("element-citation", "nlm-citation", "citation"):
            tagged = tagged if tagged is not None else el
    return printed, tagged


def _fields(article: str, number: int, label: str | None, ref: etree._Element) -> RefTruth:
    printed, tagged = _citations(ref)
    cit = tagged if tagged is not None else printed
    parts = printed_parts(printed) if printed is not None else []
    markup_text = _without_label(printed_text(parts), label)
    text = markup_text if printed is not None and _complete(printed) else None

    def field(name: str) -> str | None:
        return text_of(find(cit, name)) if cit is not None else None

    def pub_id(kind: str) -> str | None:
        for el in cit.iter("{*}pub-id") if cit is not None else ():
            if el.get("pub-id-type") == kind:
                return text_of(el)
        return None

    notes: tuple[str, ...] = ()
    pub_type = None
    if cit is not None:
        pub_type = cit.get("publication-type") or cit.get("citation-type")
    title, container = field("article-title"), field("source")
    if (pub_type or "").lower() == "journal" and container is None and field("volume") is None:
        # F1000 tags every reference "journal", its books, reports, software and web pages
        # too ("Org: Title. Place: Publisher; 2030"): an article names its journal or its
        # volume, and with neither tagged the type is not known
        pub_type = None
    chapter = field("chapter-title") or field("part-title")  # JATS 1.1+: a chapter's title
    unplaced = not any(field(f) for f in _PLACED_IN_JOURNAL)
    if title is None and chapter is not None:
        title = chapter
    elif title is None and pub_type in _SOURCE_IS_THE_WORK:
        title, container = container, None
    elif title is None and container and (pub_type or "").lower() == "journal" and unplaced:
        # OUP tags a program or a web page "journal" with its title as the source ("Roe J
        # PretendSeq: a tool for made-up reads. 2030."): an article has a title of its own
        # and a place in its journal, and this has neither: the source is the work's title
        title, container, pub_type, notes = container, None, None, (SOURCE_IS_TITLE,)
    elif title is not None and imprint_as_source(pub_type, container, not unplaced):
        container, pub_type, notes = None, "book", (IMPRINT_AS_SOURCE,)  # or a report
    if web_with_imprint(pub_type, text):
        notes = (*notes, WEB_WITH_IMPRINT)
    fpage, lpage = field("fpage"), field("lpage")
    if fpage is None and (pages := field("page-range")):
        first, *rest = re.split(rf"\s*[{DASHES}]\s*", pages, maxsplit=1)
        fpage, lpage = first, lpage or (rest[0] if rest else None)
    fpage = fpage or field("elocation-id")
    placed = number_slips(printed, markup_text, field("volume"), field("issue"), fpage, lpage)
    (volume, issue, fpage, lpage), notes = placed[:4], (*notes, *placed[4])
    year = field("year")
    if title and _DATE_AFTER_TITLE.search(title):
        title, notes = None, (*notes, DATED_TITLE)
    if container and (server := _PREPRINT_OF.fullmatch(container.strip())):
        container, notes = server.group(1), (*notes, SERVER_NAMED)
    if title and container and (opener := _journal_opener(title, container, markup_text)):
        title, container = title[: opener.start()], f"{opener.group(1)}. {container}"
        notes = (*notes, JOURNAL_IN_TITLE)
    title, container, slips = title_slips(printed, title, container, text)
    notes = (*notes, *slips)
    if printed is not None and title and container and _unmarked_title(printed):
        title, container, notes = None, None, (*notes, UNMARKED_TITLE)
    if year and (four := re.search(r"\d{4}", year)):
        year = four.group(0)
    elif year:  # "in press", "n.d.", or a tag slipped onto other words (", vol. 2"): no year
        year, notes = None, (*notes, NO_YEAR)
    if access := access_year_note(year, markup_text):
        year, notes = None, (*notes, access)
    if closing := closing_year_note(title, year, text):
        notes = (*notes, closing)
    names = author_truth(cit, text) if cit is not None else None
    etal = cit is not None and find(cit, "etal") is not None
    if etal and text and cit is not printed and not _ETAL.search(text):
        # the tagged citation's <etal/> that its printed twin leaves out ("Hayward A, .
        # Title"): the reader of the print is told of no names left out
        etal, notes = False, (*notes, ETAL_NOT_PRINTED)
    elif printed is not None and not etal:
        untitled, whole = _untitled_text(printed)
        if text and title and not any(local(e) in _TITLES for e in printed.iter()):
            # a printed citation with no title tag (SciELO's): "et al" in the title is the
            # title's ("Roe et al. respond to ..."), not the list's
            opening = r"\W+".join(re.findall(r"\w+", title)[:4])  # its marks may differ
            untitled = re.split(opening, whole, maxsplit=1)[0] if opening else whole
        etal = bool(_ETAL.search(untitled))
        if _ETAL.search(whole) and not etal:
            notes = (*notes, ETAL_AFTER_TITLE)
    said = set(names.notes) if names else set()
    if {NAME_IN_TITLE, ETAL_IN_TITLE} & said:
        # the title tag holds a name or the "al" of "et al", the source tag the title and
        # the journal (``jats_name_print``)
        title, container = None, None
        etal = etal or ETAL_IN_TITLE in said
    title = None if NAME_OPENS_TITLE in said else title
    container = None if NAME_OPENS_SOURCE in said else container
    known = names.known if names else ()
    if (unit := unit_in_title(known, title, text)) is not None:
        (known, title), notes = unit, (*notes, UNIT_IN_TITLE)
    elif (group := group_in_title(known, title, text)) is not None:
        (known, title), notes = group, (*notes, GROUP_IN_TITLE)
    elif designation_as_author(known):
        known, notes = (), (*notes, DESIGNATION_AS_AUTHOR)
    elif (body := body_as_title(known, title, container, text)) is not None:
        (known, title, container), notes = body, (*notes, BODY_AS_TITLE)
    return RefTruth(
        article=article,
        number=number,
        label=label,
        text=text,
        authors=known,
        tagged_authors=names.tagged if names else (),
        notes=(names.notes if names else ()) + notes,
        etal=etal,
        title=title,
        container=container,
        year=year,
        volume=volume,
        issue=issue,
        fpage=fpage.strip() if fpage else None,
        lpage=lpage,
        pub_type=pub_type,
        doi=pub_id("doi"),
        pmid=pub_id("pmid"),
        markup_text=markup_text,
        tagged=cit is not None and any(find(cit, f) is not None for f in _FIELDS),
        pieces=pieces(parts, label) if text else (),
    )


def _complete(cit: etree._Element) -> bool:
    """Whether the mixed citation's text is what was printed: no two of its parts glued
    without a space or a sign between them (AACR, Portland and Nature tag "<source>Cancer
    Res</source><year>2012</year>" and print "Cancer Res 2012"), no empty ``<etal/>`` (the
    renderer prints "et al.")."""
    if any(not text_of(e) for e in cit.iter("{*}etal")):
        return False
    parts = [c for c in cit if local(c) and text_of(c)]
    for left, right in itertools.pairwise(parts):
        glued = left.getnext() is right and not left.tail and local(left) != "pub-id"
        if glued and str(text_of(right))[0].isalnum():  # "13<elocation-id>:392" is printed
            return False
    return True


def _journal_opener(title: str, container: str, printed: str | None) -> re.Match[str] | None:
    """The journal's first word at the title tag's end ("Title, Proc" | "Natl. Acad. Sci."),
    printed with its full stop right before the source."""
    found = _LAST_WORD.search(title.rstrip())
    if not found or found.group(1) not in _JOURNAL_OPENERS or not printed:
        return None
    return found if f"{found.group(1)}. {container}" in printed else None


def _unmarked_title(cit: etree._Element) -> bool:
    """Whether the mixed citation prints its title and its journal, and the journal and what
    follows it, with white space alone between them ("Title of a study Journal of Things 28
    757–760"): the marks are left to a renderer, so where the title ends and the journal
    starts is not printed (no reader of the text can know it)."""
    title = next((c for c in cit if local(c) == "article-title"), None)
    source = title.getnext() if title is not None else None
    if title is None or source is None or local(source) != "source" or source.getnext() is None:
        return False
    ends = str(text_of(title) or "").rstrip()[-1:]
    unmarked = [title.tail, source.tail]
    return ends not in ".?!" and all(not (t or "").strip() for t in unmarked)


def _without_label(text: str | None, label: str | None) -> str | None:
    """Some journals repeat the number inside the citation ("1. Marques RC ...") or leave the
    separator that followed it (". Aires M ..."): the number belongs to the label."""
    if not text:
        return text
    if label and (digits := re.fullmatch(r"\W*(\d+)\W*", label)):
        text = re.sub(rf"^\[?{digits.group(1)}\]?[.)]?\s+", "", text)
    return re.sub(r"^[.,;:]\s+", "", text) or None


def _untitled_text(cit: etree._Element) -> tuple[str, str]:
    """The citation's text before its first title, and the rest without its titles, where
    "et al" would be a word of the title or a book's editors' ("Title. In: Roe J, Doe K,
    et al, editors. Book"): the authors' "et al" is printed before the first title."""
    parts: list[str] = []
    before: list[str] = []

    def visit(el: etree._Element) -> None:
        parts.append(el.text or "")
        for child in el:
            if local(child) in _TITLES and not before:
                before.append(" ".join(parts))
            if local(child) not in _TITLES:
                visit(child)
            parts.append(child.tail or "")

    visit(cit)
    return (before[0] if before else " ".join(parts)), " ".join(parts)


def references(path: str | Path) -> list[RefTruth]:
    """Every reference of the article's lists, in order."""
    article, root = parse_article(path)
    out = []
    refs = ref_elements(root)
    printed = labels(refs)
    parts = sub_labels(printed) or [(n, "") for n in ref_numbers(refs)]
    for k, (ref, label, (n, letter)) in enumerate(zip(refs, printed, parts, strict=True)):
        truth = replace(_fields(article, n, label, ref), part=letter)
        # a sub-labelled list's "1" with no text before its parts "1a", "1b" heads them
        heading = not letter and k + 1 < len(parts) and parts[k + 1][0] == n
        if not (heading and not truth.markup_text and not truth.tagged):
            out.append(truth)
    return out


def reference_list_text(
    path: str | Path, one_token_per_line: bool = False, one_element_per_line: bool = False
) -> str:
    """The printed list, ``N. text`` a line (references without a printed form are left out),
    each word and each punctuation mark on a line of its own, or its number and then each
    element and each run of marks between elements on a line of its own."""
    refs = [r for r in references(path) if r.text]
    if one_element_per_line:
        return "".join(f"{r.printed_label}.\n" + "".join(f"{p}\n" for p in r.pieces) for r in refs)
    lines = [f"{r.printed_label}. {r.text}" for r in refs]
    if one_token_per_line:
        return "\n".join(tok for line in lines for tok in _TOKEN.findall(line)) + "\n"
    return "\n".join(lines) + "\n"
