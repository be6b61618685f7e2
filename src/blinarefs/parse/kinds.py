"""The kind of work a printed reference names, from the words that name it.

Both readers see mostly journal articles, so a patent, a thesis, a preprint, a dataset or a
piece of software comes out of them as an article whose "journal" is "US Patent 1234567",
"Version 2.1" or "medRxiv [Preprint]": an invented journal. Vancouver, AMA and their
neighbours print what kind of work it is ("[dissertation]", "[Preprint]", "[software]",
"US Patent"), so the type is read from those words, after either reader, and the words
leave the fields they do not belong in. Only explicit words count: without them the
readers' type stands.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from ..bibtex import F_ENTRY
from ..model import Reference
from .arxiv import arxiv_eprint
from .patents import as_patent, patent_in
from .prefilter import searched_where
from .presentations import READ_FROM_WORDS, presented_at
from .report_numbers import report_number
from .repositories import (
    ACCESSION_FIELDS,
    VERSION_ONLY,
    accession_dataset,
    cited_by_accession,
    repository_kind,
    version_apart,
)
from .series import book_series, series_after_title
from .theses import ON_THE_INTERNET, ROMANCE_KIND, ROMANCE_KIND_AFTER_TITLE, thesis_school
from .unnamed_kinds import publisher_before_place, unnamed_kind

_THESIS = re.compile(
    r"\[(?:(?:doctoral|master'?s?|ph\.?\s?d\.?|md|msc|bachelor'?s?)\s+)?(?:thesis|dissertation)"
    rf"(?:{ON_THE_INTERNET})?\]"
    r"|\b(?:doctoral|master'?s|ph\.?\s?d\.?)\s+(?:thesis|dissertation)\b"
    r"|\bm\.\s?(?:s|sc|a|phil)\.\s+(?:thesis|dissertation)\b"  # IEEE's "M.S. thesis"
    r"|\b(?:thesis|dissertation)\s*\((?:ph\.?\s?d|doctoral|master)"
    r"|\b(?:tese|disserta[cç][aã]o|tesis)\s*\((?:doutorado|mestrado|doctorado|maestr[ií]a)"
    rf"|\[ ?{ROMANCE_KIND}(?:{ON_THE_INTERNET})? ?\]"  # (SciELO's copies: "[ tese ]")
    r"|\b(?:tese|tesis|disserta[cç][aã]o)\s*\[(?:doutorado|mestrado|doctorado|maestr[ií]a)\]"
    r"|(?<=\. )(?:Dissertation|Thesis)(?=\.(?:\s|$))",  # AMA's sentence after the title
    re.IGNORECASE,
)
# AMA's kind as the title's last sentence, where a reader left it there: "Title. Dissertation"
_KIND_SENTENCE = re.compile(r"\.\s+(?:(?:Doctoral|Master'?s)\s+)?(?:dissertation|thesis)$", re.I)
# A master's thesis, which BibTeX and the styles print apart from a doctoral one
_MASTERS = re.compile(
    r"\bmaster'?s?\s+(?:thesis|dissertation)|\bm\.?\s?sc?\.?\s+thesis|\bm\.\s?a\.\s+thesis"
    r"|\bdisserta[cç][aã]o de mestrado"
    r"|\btesis de maestr[ií]a|\((?:mestrado|maestr[ií]a)\)|\[(?:mestrado|maestr[ií]a)\]"
    r"|\((?:mestrado|maestr[ií]a) (?:em|en)\b",  # ABNT's "Dissertação (Mestrado em Nutrição)"
    re.IGNORECASE,
)
_SOFTWARE = re.compile(r"\[(?:computer\s+)?(?:software|program|computer program)\]", re.I)
_DATASET = re.compile(r"\[(?:data\s?set|database|data)\]", re.IGNORECASE)
_SERVER = re.compile(
    r"\b(?:bioRxiv|medRxiv|arXiv|ChemRxiv|PsyArXiv|SocArXiv|Research Square|SSRN"
    r"|Preprints\.org|OSF Preprints)\b",
    re.IGNORECASE,
)
_PREPRINT = re.compile(rf"\[preprint\]|{_SERVER.pattern}", re.IGNORECASE)
# A marker left in a field: "medRxiv [Preprint]", "A study [dissertation]".
_BRACKETED = re.compile(  # the spaces before it from their start: linear
    r"(?<!\s)\s*\[ ?(?:preprint|software|computer software|computer program|program"
    r"|data\s?set|database|data|(?:(?:(?:doctoral|master'?s?|ph\.?\s?d\.?|md|msc)\s+)?"
    rf"(?:thesis|dissertation)|{ROMANCE_KIND})(?:{ON_THE_INTERNET})?)"
    r"(?: ?\]|$)",  # (or its bracket left outside the field: "bioRxiv [Preprint")
    re.IGNORECASE,
)


# bioRxiv's and medRxiv's number after the server's name, as their own citations print it
# ("bioRxiv 2030.01.02.123456", a date and a serial, "v2" a version)
_SERVER_NUMBER = re.compile(
    r"(?P<server>bioRxiv|medRxiv)\s+(?P<number>\d{4}\.\d{2}\.\d{2}\.\d{5,8}(?:v\d+)?)",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class _Kind:
    type: str
    find: Callable[[str], re.Match[str] | None]


# First match wins: a thesis on patents is a thesis; a preprint of software is a preprint.
_KINDS = (
    _Kind("thesis", searched_where(_THESIS, ("thesis", "tese", "tesis", "disserta"))),
    _Kind(
        "thesis",
        searched_where(
            ROMANCE_KIND_AFTER_TITLE, ("tese", "tesis", "disserta", "monografia", "trabalho")
        ),
    ),
    # CSL's type for a preprint
    _Kind("article", searched_where(_PREPRINT, ("preprint", "rxiv", "research square", "ssrn"))),
    _Kind("dataset", _DATASET.search),
    _Kind("software", _SOFTWARE.search),
    _Kind("patent", patent_in),
)


def printed_kind(ref: Reference) -> Reference:
    """``ref`` with the type its printed text names, and that name out of its fields."""
    ref = book_series(series_after_title(publisher_before_place(ref)))
    presentation = presented_at(ref)
    if presentation is not ref:
        return presentation
    printed = ref.source_text
    # a server's name in the title is what the work is about ("What arXiv taught us")
    untitled = printed.replace(ref.title, " ", 1) if len(ref.title) > 20 else printed
    for kind in _KINDS:
        if kind.find(untitled if kind.type == "article" else printed):
            return _as_kind(ref, kind.type)
    if (accessioned := accession_dataset(ref)) is not ref:
        return accessioned
    if deposited := repository_kind(ref):
        return _as_kind(version_apart(ref), deposited)
    numbered = report_number(ref)
    return numbered if numbered is not ref else unnamed_kind(ref)


def settled_fields(read: Reference, kind: Reference) -> frozenset[str]:
    """The fields of ``kind`` (``read`` after :func:`printed_kind`) that a printed form
    gave whatever the readers made of them: a talk's meeting, date, place and kind, a data
    set's archive, year and accession, and the kind of work itself (the judge of doubt
    does not doubt it); a date the form did not print is not settled."""
    if kind.type == read.type:
        return frozenset()
    if kind.type == "speech":
        given = READ_FROM_WORDS
    elif kind.type == "dataset" and cited_by_accession(kind):
        given = ACCESSION_FIELDS
    else:
        return frozenset()
    return (given if kind.issued else given - {"issued"}) | {"type"}


def _as_kind(ref: Reference, kind: str) -> Reference:
    title = _BRACKETED.sub("", ref.title).strip() or ref.title
    container = _BRACKETED.sub("", ref.container_title).strip()
    note = ref.note
    if kind == "patent":
        return as_patent(ref.with_fields(title=title), container, note)
    if kind in ("software", "dataset") and container and VERSION_ONLY.fullmatch(container):
        container, note = "", note or container  # "Version 2.1" neither
    if kind in ("thesis", "dataset", "software") and ref.volume == "" and ref.page == "":
        # a thesis names its university as publisher; no journal was printed
        container = "" if ref.publisher else container
    if kind == "article" and not container:
        # "Roe J Title. medRxiv 2030.": the server printed after the title holds the
        # preprint as a journal holds an article (CSL's container of a preprint)
        container = _server_after(ref.source_text, title)
    if kind == "article" and (numbered := _SERVER_NUMBER.fullmatch(container)):
        # bioRxiv's own form, "bioRxiv 2030.01.02.123456": the number is the preprint's
        container, note = numbered["server"], note or numbered["number"]
    short = _BRACKETED.sub("", ref.container_title_short).strip() if container else ""
    extra = ref.extra
    if kind == "thesis" and _MASTERS.search(ref.source_text):
        extra = (*extra, (F_ENTRY, "mastersthesis"))  # BibTeX's own type for it
    marked = ref.with_fields(
        type=kind, title=title, container_title=container, container_title_short=short,
        note=note, extra=extra,
    )  # fmt: skip
    if kind == "thesis":
        untitled = _KIND_SENTENCE.sub("", marked.title)
        return thesis_school(marked.with_fields(title=untitled) if untitled else marked)
    return arxiv_eprint(marked) if kind == "article" else marked


def _server_after(printed: str, title: str) -> str:
    """The preprint server's name as printed after the title, or "" (a title about
    arXiv names no server)."""
    at = printed.find(title) if title else -1
    found = _SERVER.search(printed, at + len(title) if at >= 0 else 0)
    return found.group() if found and at >= 0 else ""
