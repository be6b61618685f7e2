"""EndNote XML (File > Import > EndNote generated XML), and back.

``<xml><records><record>`` with EndNote's element names: ``ref-type`` (name and number),
``contributors/authors/author`` ("Family, Given"), ``titles`` (``title``,
``secondary-title`` for the journal or book, ``alt-title`` and ``periodical/abbr-1`` for
the abbreviation, ``tertiary-title`` for a series), ``periodical/full-title``, ``dates``
(``year`` and ``pub-dates/date``), ``volume``, ``number`` (the issue of a journal
article), ``pages``, ``electronic-resource-num`` (DOI), ``accession-num`` (PMID),
``custom2`` (PMCID, EndNote's field for it in journal articles), ``label`` (the citation
key), and the BibLaTeX fields RIS carries in KW, Y2, LA and ST: ``keywords/keyword``,
``access-date``, ``language``, ``titles/short-title``; an arXiv eprint as a line of the
``notes`` (:mod:`.eprints`). In a journal article EndNote shows
the ``edition`` field as "Epub Date", so the online-first date goes there. A line break in
a field is a CR (``&#xD;``): kept in notes and abstracts, a space elsewhere, as RIS reads a
continuation line.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator, Sequence

from ..errors import ImportFormatError
from ..findings import Finding, unread_warning
from ..model import MONTH_MACROS, Reference, build_reference
from . import (
    COUNT_LOST,
    COUNTED_TYPES,
    ENTRY_TYPE_LOST,
    PAGE_LOST,
    ImportResult,
    count_losses,
    date_parts,
    entry_type_lost,
    iso_date,
    join_pages,
    present,
    usable_key,
)
from .endnote_elements import element_text, unread_elements
from .eprints import eprint_from_note, eprint_line
from .ris import (
    CONTAINER_SHORT_TYPES,
    extra_carried,
    extra_tags,
    format_name,
    parse_name,
    read_extra,
)
from .ris import (
    carried_extra as carried_extra,  # the loss report's, as RIS's (Format.extras)
)

# CSL type -> (EndNote reference type name, number).
TYPES = {
    "article-journal": ("Journal Article", 17), "article-magazine": ("Magazine Article", 19),
    "article-newspaper": ("Newspaper Article", 23), "book": ("Book", 6),
    "chapter": ("Book Section", 5), "paper-conference": ("Conference Proceedings", 10),
    "report": ("Report", 27), "thesis": ("Thesis", 32), "webpage": ("Web Page", 12),
    "manuscript": ("Unpublished Work", 34), "software": ("Computer Program", 9),
    "document": ("Generic", 13), "patent": ("Patent", 25), "map": ("Map", 20),
    "dataset": ("Dataset", 59), "bill": ("Bill", 4), "legal_case": ("Case", 7),
    "legislation": ("Statute", 31), "graphic": ("Artwork", 2),
    "personal_communication": ("Personal Communication", 26),
    "entry-encyclopedia": ("Encyclopedia", 53), "entry-dictionary": ("Dictionary", 52),
    "post-weblog": ("Blog", 56), "hearing": ("Hearing", 14), "standard": ("Standard", 58),
}  # fmt: skip
READ_TYPES = {name.lower(): csl for csl, (name, _) in TYPES.items()}
READ_NUMBERS = {str(number): csl for csl, (_, number) in TYPES.items()}
READ_TYPES.update({"electronic article": "article-journal", "edited book": "book",
                   "electronic book": "book", "conference paper": "paper-conference",
                   "electronic book section": "chapter"})  # fmt: skip

CANNOT_CARRY: dict[str, str] = {
    "author-truncated": 'EndNote XML has no "et al" marker: only the names listed are written',
    "number": "no field for the number in the printed list",
    "printed-text": "no field for the reference as printed",
    "status": 'no field for a work\'s publication state ("in press")',
    "provenance": "no field for where each field came from",
    "locked": "no field for locked fields",
    "extra-fields": "no fields for BibTeX fields blinarefs does not model (but keywords, "
    "urldate, language, shorttitle)",
}
PARTLY: dict[str, str] = {
    "entry-type": ENTRY_TYPE_LOST,
    "type": "a CSL type with no EndNote reference type of its own comes back as its nearest",
    "author": "a name form EndNote cannot keep apart (a dropping particle, for one)",
    "editor": "a name form EndNote cannot keep apart (a dropping particle, for one)",
    "edition": 'a journal article\'s edition field is its "Epub Date"',
    "available-date": "only journal articles have an Epub Date",
    "container-title-short": "only periodicals have an abbreviation",
    "ISSN": "one field holds the ISBN or the ISSN",
    "number-of-pages": COUNT_LOST,
    "page": PAGE_LOST,
    "control-characters": "XML cannot hold control characters (form feed, vertical tab, ...): "
    "they are left out",
}
# What XML 1.0 cannot hold: C0 controls but tab, newline and CR; lone surrogates; U+FFFE/F.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
CLEAN_DROPS: dict[str, str] = {}


# -- writing -----------------------------------------------------------------------------------


def _sub(parent: ET.Element, tag: str, text: str = "") -> ET.Element:
    element = ET.SubElement(parent, tag)
    if text:
        element.text = _NOT_XML.sub("", text)  # else the file is not XML (reported as lost)
    return element


def _record(ref: Reference, number: int) -> ET.Element:
    record = ET.Element("record")
    _sub(record, "rec-number", str(number))
    name, type_number = TYPES.get(ref.type, ("Generic", 13))
    _sub(record, "ref-type", str(type_number)).set("name", name)
    if ref.author or ref.editor:
        contributors = _sub(record, "contributors")
        for role, names in (("authors", ref.author), ("secondary-authors", ref.editor)):
            if names:
                group = _sub(contributors, role)
                for n in names:
                    _sub(group, "author", format_name(n))
    titles = _sub(record, "titles")
    journal = ref.type in CONTAINER_SHORT_TYPES
    tags = extra_tags(ref)
    extra = {tag: value for tag, value in tags if tag != "KW"}
    for tag, value in (
        ("title", ref.title),
        ("secondary-title", ref.container_title),
        ("tertiary-title", ref.collection_title),
        ("alt-title", ref.container_title_short if journal else ""),
        ("short-title", extra.get("ST", "")),
    ):
        if value:
            _sub(titles, tag, value)
    if journal and (ref.container_title or ref.container_title_short):
        periodical = _sub(record, "periodical")
        for tag, value in (
            ("full-title", ref.container_title),
            ("abbr-1", ref.container_title_short),
        ):
            if value:
                _sub(periodical, tag, value)
    edition = iso_date(ref.available_date) if journal and ref.available_date else ref.edition
    counted = ref.type in COUNTED_TYPES and not ref.page  # a Book's "Number of Pages"
    for tag, value in (
        ("pages", ref.number_of_pages if counted else ref.page), ("volume", ref.volume),
        ("number", ref.issue),
        ("edition", edition), ("pub-location", ref.publisher_place),
        ("publisher", ref.publisher), ("isbn", ref.isbn or ref.issn),
        ("accession-num", ref.pmid), ("electronic-resource-num", ref.doi),
        ("abstract", ref.abstract), ("notes", _notes(ref)), ("label", ref.id),
        ("custom2", ref.pmcid),
    ):  # fmt: skip
        if value:
            _sub(record, tag, value)
    if words := [value for tag, value in tags if tag == "KW"]:
        keywords = _sub(record, "keywords")
        for word in words:
            _sub(keywords, "keyword", word)
    for tag, element in (("Y2", "access-date"), ("LA", "language")):
        if extra.get(tag):
            _sub(record, element, extra[tag])
    if ref.issued:
        dates = _sub(record, "dates")
        _sub(dates, "year", str(ref.issued[0]))
        if len(ref.issued) > 1:
            _sub(_sub(dates, "pub-dates"), "date", iso_date(ref.issued))
    if ref.url:
        _sub(_sub(_sub(record, "urls"), "related-urls"), "url", ref.url)
    return record


def _notes(ref: Reference) -> str:
    """The note, and an arXiv eprint's line after it (:mod:`.eprints`)."""
    return "\n".join(text for text in (ref.note, eprint_line(ref)) if text)


def write_endnote(refs: Sequence[Reference], clean: bool = False) -> Iterator[str]:
    """``<xml><records>`` with one ``<record>`` a reference, indented as ``ET.indent``
    would indent the whole tree, but serialised a record at a time: a whole library's
    tree at once took five times the size of the text."""
    yield '<?xml version="1.0" encoding="UTF-8"?>\n'
    if not refs:
        yield "<xml>\n  <records />\n</xml>\n"
        return
    sep = "<xml>\n  <records>\n    "
    for n, ref in enumerate(refs, start=1):
        record = _record(ref, n)
        ET.indent(record, level=2)
        record.tail = None
        yield sep + ET.tostring(record, "unicode")
        sep = "\n    "
    yield "\n  </records>\n</xml>\n"


def lost_fields(ref: Reference, clean: bool = False) -> list[str]:
    lost = present(ref, CANNOT_CARRY)
    if "extra-fields" in lost and extra_carried(ref):
        lost.remove("extra-fields")  # each one has its element, as in RIS
    if READ_TYPES.get(TYPES.get(ref.type, ("Generic", 13))[0].lower()) != ref.type:
        lost.append("type")
    if entry_type_lost(ref):
        lost.append("entry-type")
    journal = ref.type in CONTAINER_SHORT_TYPES
    if journal and ref.available_date and ref.edition:
        lost.append("edition")  # the Epub date takes the edition field
    if not journal and ref.available_date:
        lost.append("available-date")
    lost += count_losses(ref)
    if not journal and ref.container_title_short:
        lost.append("container-title-short")
    if ref.isbn and ref.issn:
        lost.append("ISSN")  # one isbn field for both
    if any(parse_name(format_name(n)) != n for n in ref.author):
        lost.append("author")
    if any(parse_name(format_name(n)) != n for n in ref.editor):
        lost.append("editor")
    if any(_NOT_XML.search(text) for text in _written_texts(ref)):
        lost.append("control-characters")
    return lost


def _written_texts(ref: Reference) -> Iterator[str]:
    yield from (format_name(n) for n in (*ref.author, *ref.editor))
    yield from (ref.title, ref.container_title, ref.collection_title, ref.container_title_short)
    yield from (ref.page, ref.volume, ref.issue, ref.edition, ref.publisher_place)
    yield from (ref.publisher, ref.isbn, ref.issn, ref.pmid, ref.doi, ref.abstract, ref.note)
    yield from (ref.id, ref.pmcid, ref.url)


# -- reading -----------------------------------------------------------------------------------

READ_CHUNK = 1 << 20  # characters of XML fed to the parser at a time


def _records(text: str, source: str) -> Iterator[ET.Element]:
    """Each ``<record>`` as the parser closes it, cleared once read: the whole tree of a
    library's export took twelve times the size of its text."""
    parser: ET.XMLPullParser[ET.Element] = ET.XMLPullParser(["end"])
    try:
        for start in range(0, len(text), READ_CHUNK):
            parser.feed(text[start : start + READ_CHUNK])
            yield from _closed_records(parser)
        parser.close()
        yield from _closed_records(parser)
    except ET.ParseError as exc:
        line = exc.position[0] if exc.position else None
        where = f"{source}:{line}" if line else source
        raise ImportFormatError(f"{where}: not well-formed XML ({exc})") from None


def _closed_records(parser: ET.XMLPullParser[ET.Element]) -> Iterator[ET.Element]:
    for event in parser.read_events():  # only "end" events are asked for: (name, element)
        element = event[-1]
        if isinstance(element, ET.Element) and element.tag == "record":
            yield element
            element.clear()


def read_endnote(text: str, source: str = "<input>") -> ImportResult:
    refs = []
    findings: list[Finding] = []
    unread: dict[str, list[tuple[str, str]]] = {}  # element -> (record named, its text)
    for n, record in enumerate(_records(text.lstrip("\ufeff"), source), start=1):
        ref = _reference(record)
        who = f"record {n}" + (f" ({ref.id})" if ref.id else "")
        for path, value in unread_elements(record, ref):
            unread.setdefault(path, []).append((who, value))
        if not ref.title and not ref.author:
            findings.append(
                Finding(
                    "warning",
                    "empty-record",
                    f"record {n} has no title and no author",
                    source=source,
                )
            )
        refs.append(ref)
    if not refs:
        findings.append(Finding("error", "empty-record", "no <record> element", source=source))
    findings += [
        unread_warning(source, "endnote-element", path, items, "records")
        for path, items in unread.items()
    ]
    return ImportResult(tuple(refs), "endnote-xml", tuple(findings))


def _reference(record: ET.Element) -> Reference:
    ref_type = record.find("ref-type")
    ctype = "article-journal"
    if ref_type is not None:
        ctype = READ_TYPES.get(ref_type.get("name", "").lower()) or READ_NUMBERS.get(
            element_text(ref_type), "document"
        )

    def field(path: str) -> str:
        return " ".join(element_text(record.find(path)).split("\n"))

    journal = ctype in CONTAINER_SHORT_TYPES
    full = field("titles/secondary-title") or field("periodical/full-title")
    short = field("periodical/abbr-1") or field("titles/alt-title")
    if len(short) > len(full) > 0:  # EndNote's PubMed import swaps them: an abbreviation
        full, short = short, full  # is never the longer ("Am J Clin Dermatol" as full-title)
    kwargs: dict[str, object] = {
        "type": ctype,
        "author": tuple(
            parse_name(element_text(a)) for a in record.iterfind("contributors/authors/author")
        ),
        "editor": tuple(
            parse_name(element_text(a))
            for a in record.iterfind("contributors/secondary-authors/author")
        ),
        "title": field("titles/title"),
        "container_title": full,
        "container_title_short": short,
        "collection_title": field("titles/tertiary-title"),
        "volume": field("volume"),
        "issue": field("number") or field("issue"),
        "page": join_pages(*field("pages").partition("-")[::2]),
        "publisher": field("publisher"),
        "publisher_place": field("pub-location"),
        "doi": re.sub(
            r"^(?:https?://(?:dx\.)?doi\.org/|doi:\s*)", "", field("electronic-resource-num")
        ),
        "pmid": field("accession-num") if field("accession-num").isdigit() else "",
        "pmcid": field("custom2") if re.fullmatch(r"PMC\d+", field("custom2")) else "",
        "abstract": element_text(record.find("abstract")),
        "note": element_text(record.find("notes")),
        "url": field("urls/related-urls/url") or field("urls/web-urls/url"),
    }
    if ctype in COUNTED_TYPES and "-" not in field("pages"):
        kwargs["number_of_pages"], kwargs["page"] = kwargs["page"], ""
    isbn = field("isbn")
    is_issn = ctype not in ("book", "chapter") and re.match(r"\d{4}-\d{3}[\dXx]\b", isbn)
    kwargs["issn" if is_issn else "isbn"] = isbn
    edition = field("edition")
    if journal and date_parts(edition):
        kwargs["available_date"] = date_parts(edition)
    else:
        kwargs["edition"] = edition
    year = field("dates/year")
    dated = date_parts(field("dates/pub-dates/date")) or _month_day(
        field("dates/pub-dates/date"), year
    )
    kwargs["issued"] = dated if dated and str(dated[0]) == year[:4] else date_parts(year)
    words = [w for k in record.iterfind("keywords/keyword") for w in element_text(k).split("\n")]
    tags = [("KW", w) for w in words if w.strip()] + [
        (tag, field(path))
        for tag, path in (("Y2", "access-date"), ("LA", "language"), ("ST", "titles/short-title"))
        if field(path) and (tag != "Y2" or date_parts(field(path)))
    ]
    kwargs["extra"] = read_extra(tags)
    return eprint_from_note(build_reference(usable_key(field("label")), kwargs))


# EndNote's Date field beside its Year: "Mar 2", "March", "2 Mar", "Mar 2-9" (PubMed's import),
# read with its spaces made single; every repeat bounded, so linear wherever it is searched
_MONTH_DAY = re.compile(
    r"(?:(\d{1,2}) )?(?<![A-Za-z])([A-Za-z]{3,9})(?![A-Za-z])\.?(?: (\d{1,2}))?(?!\d)"
)


def _month_day(text: str, year: str) -> tuple[int, ...] | None:
    """The date EndNote keeps apart from the year, with that year; None when it names no
    month (a season) or there is no year."""
    m = _MONTH_DAY.match(" ".join(text.split()))
    if not m or not re.fullmatch(r"\d{4}", year[:4]) or m[2][:3].lower() not in MONTH_MACROS:
        return None
    month = MONTH_MACROS.index(m[2][:3].lower()) + 1
    day = int(m[1] or m[3] or 0)
    return (int(year[:4]), month, day) if 0 < day <= 31 else (int(year[:4]), month)
