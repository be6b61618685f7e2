"""RIS, with the tags Zotero's and EndNote's importers map, and back.

One tag a line, ``TAG  - value``; ``ER  - `` closes a record. Written per record:
TY, ID (the citation key; Zotero ignores it, blinarefs reads it back), AU one per author
("Family, Given"), A2 editors, TI, T2 (journal or book), J2 (journal abbreviation: Zotero's
journalAbbreviation, EndNote's Alternate Journal), T3 series, PY year and DA full date
(YYYY/MM/DD/), VL, IS, SP and EP, ET, PB, CY, SN, DO, AN (PMID: EndNote's Accession Number,
as PubMed's EndNote export uses it), C2 (PMCID: EndNote's PMCID field in journal articles),
UR, AB, N1 (and a second N1 for an arXiv eprint: :mod:`.eprints`), and from the BibLaTeX
fields Zotero has a tag for: KW one per keyword (``keywords``), Y2 the access date
(``urldate``), LA (``language``), ST the short title (``shorttitle``).

The reader also takes the older and rarer tags (A1, T1, JF, JO, JA, J1, Y1, N2, ED, BT...)
that other databases write, and reports the tags it does not use.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from ..bibtex import own_fields
from ..findings import Finding
from ..model import Name, Reference, build_reference
from ..names import parse_vancouver_name, split_particle
from . import (
    COUNT_LOST,
    COUNTED_TYPES,
    ENTRY_TYPE_LOST,
    PAGE_LOST,
    ImportResult,
    count_losses,
    date_parts,
    entry_type_lost,
    identifiers_from_note,
    iso_date,
    join_pages,
    present,
    split_pages,
    usable_key,
)
from .eprints import eprint_carried, eprint_line

# CSL type -> RIS TY (the Zotero and EndNote names).
TYPES = {
    "article-journal": "JOUR", "article-magazine": "MGZN", "article-newspaper": "NEWS",
    "book": "BOOK", "chapter": "CHAP", "paper-conference": "CONF", "report": "RPRT",
    "thesis": "THES", "webpage": "ELEC", "manuscript": "UNPB", "dataset": "DATA",
    "software": "COMP", "document": "GEN", "patent": "PAT", "map": "MAP", "bill": "BILL",
    "legal_case": "CASE", "legislation": "STAT", "graphic": "ART", "motion_picture": "MPCT",
    "song": "SOUND", "broadcast": "MPCT", "personal_communication": "PCOMM",
    "entry-encyclopedia": "ENCYC", "entry-dictionary": "DICT", "post-weblog": "BLOG",
    "speech": "SLIDE", "hearing": "HEAR", "standard": "STAND",
}  # fmt: skip
READ_TYPES = {ty: csl for csl, ty in TYPES.items() if (csl, ty) != ("broadcast", "MPCT")}
READ_TYPES.update(
    {"EJOUR": "article-journal", "ABST": "article-journal", "JFULL": "article-journal",
     "INPR": "article-journal", "EBOOK": "book", "EDBOOK": "book", "ECHAP": "chapter",
     "CPAPER": "paper-conference", "WEB": "webpage", "GOVDOC": "report", "UNPD": "manuscript",
     "DBASE": "dataset"}
)  # fmt: skip
CONTAINER_SHORT_TYPES = frozenset({"article-journal", "article-magazine", "article-newspaper"})

CANNOT_CARRY: dict[str, str] = {
    "author-truncated": 'RIS has no "et al" marker: only the names listed are written',
    "available-date": "no tag both Zotero and EndNote read as the online-first date",
    "number": "no tag for the number in the printed list",
    "printed-text": "no tag for the reference as printed",
    "status": 'no tag for a work\'s publication state ("in press")',
    "provenance": "no tag for where each field came from",
    "locked": "no tag for locked fields",
    "extra-fields": "no tags for BibTeX fields blinarefs does not model (but KW, Y2, LA, ST)",
}
PARTLY: dict[str, str] = {
    "entry-type": ENTRY_TYPE_LOST,
    "type": "a CSL type with no TY of its own comes back as its nearest type",
    "author": "a name form RIS cannot keep apart (a dropping particle, for one)",
    "editor": "a name form RIS cannot keep apart (a dropping particle, for one)",
    "container-title": "an abbreviation with no full title comes back as both",
    "container-title-short": "J2 is an abbreviation of a periodical only",
    "title": "line breaks and runs of spaces become one space",
    "abstract": "line breaks and runs of spaces become one space",
    "note": "line breaks and runs of spaces become one space",
    "number-of-pages": COUNT_LOST,
    "page": PAGE_LOST,
}
CLEAN_DROPS: dict[str, str] = {}

_LINE = re.compile(r"^([A-Z][A-Z0-9]) {1,2}-(?: (.*))?$")
_ISBN = re.compile(r"^(?:97[89][-\s]?)?(?:\d[-\s]?){9}[\dXx]$")


# -- writing -----------------------------------------------------------------------------------


def format_name(name: Name) -> str:
    """ "Family, Given" (and ", Suffix"), the form Zotero and EndNote split on the comma. An
    organisation's name is written as it is, or closed by a comma where it would not read
    back whole ("NVivo,", "WHO,", "Example Software, Inc.,"): EndNote's mark of a corporate
    author, which :func:`parse_name` reads as one; without it a one-word name reads back as
    a family name, and a name with a comma as a family and a given name."""
    if name.literal:
        return name.literal if _parsed(name.literal) == name else f"{name.literal},"
    given = f"{name.given} {name.dropping_particle}".strip()
    parts = [name.full_family, given] + ([name.suffix] if name.suffix else [])
    return ", ".join(parts) if given or name.suffix else name.full_family


def _flat(value: str) -> str:
    return " ".join(value.split())


def _record(ref: Reference) -> list[str]:
    tags: list[tuple[str, str]] = [("TY", TYPES.get(ref.type, "GEN")), ("ID", ref.id)]
    tags += [("AU", format_name(n)) for n in ref.author]
    tags += [("A2", format_name(n)) for n in ref.editor]
    tags += [("TI", ref.title), ("T2", ref.container_title)]
    if ref.type in CONTAINER_SHORT_TYPES:  # Zotero reads J2 only for periodicals
        tags.append(("J2", ref.container_title_short))
    tags.append(("T3", ref.collection_title))
    if ref.issued:
        tags.append(("PY", str(ref.issued[0])))
        if len(ref.issued) > 1:
            tags.append(("DA", "/".join(f"{p:02d}" for p in ref.issued) + "/"))
    first, last = split_pages(ref.page)
    if ref.type in COUNTED_TYPES and not ref.page:
        first = ref.number_of_pages
    tags += [("VL", ref.volume), ("IS", ref.issue), ("SP", first), ("EP", last)]
    tags += [("ET", ref.edition), ("PB", ref.publisher), ("CY", ref.publisher_place)]
    tags += [("SN", ref.issn), ("SN", ref.isbn), ("DO", ref.doi), ("AN", ref.pmid)]
    tags += [("C2", ref.pmcid), ("UR", ref.url), ("AB", ref.abstract), ("N1", ref.note)]
    tags.append(("N1", eprint_line(ref)))  # a line of its own: N1 is written on one
    tags += extra_tags(ref)
    lines = [f"{tag}  - {_flat(value)}" for tag, value in tags if value]
    return [*lines, "ER  - "]


# BibLaTeX field -> the RIS tag Zotero reads it from (and writes it to)
_EXTRA_TAGS = {"keywords": "KW", "urldate": "Y2", "language": "LA", "shorttitle": "ST"}
_TAG_FIELDS = {tag: name for name, tag in _EXTRA_TAGS.items()}


def extra_tags(ref: Reference) -> list[tuple[str, str]]:
    tags: list[tuple[str, str]] = []
    for name, value in ref.extra:
        tag = _EXTRA_TAGS.get(name.lower())
        if tag == "KW":
            tags += [(tag, word) for word in keyword_list(value)]
        elif tag == "Y2" and date_parts(value):
            tags.append((tag, "/".join(f"{p:02d}" for p in date_parts(value) or ()) + "/"))
        elif tag:
            tags.append((tag, value))
    return tags


def keyword_list(value: str) -> list[str]:
    """BibLaTeX's ``keywords`` as its keywords: split at the commas outside braces, as biber
    reads the list, each keyword's enclosing braces left out ("{1,2-diol}, marsh" ->
    ["1,2-diol", "marsh"]). RIS and EndNote give a keyword a line, with its commas."""
    words: list[str] = []
    depth = start = 0
    for i, char in enumerate(value + ","):
        if char == "," and depth == 0:
            words.append(value[start:i].strip())
            start = i + 1
        elif char in "{}":
            depth = max(depth + (1 if char == "{" else -1), 0)
    return [_unbraced(w) for w in words if w]


def _unbraced(word: str) -> str:
    """ "{Owls, barn}" -> "Owls, barn": braces around the whole keyword, not "{a} and {b}"."""
    if not (word.startswith("{") and word.endswith("}")):
        return word
    depth = 0
    for char in word[:-1]:
        depth += {"{": 1, "}": -1}.get(char, 0)
        if depth == 0:
            return word  # the first brace closes before the end
    return word[1:-1]


def keywords_value(words: Sequence[str]) -> str:
    """Keywords as BibLaTeX's list: joined by ", ", one that holds a comma braced."""
    return ", ".join(f"{{{w}}}" if "," in w else w for w in words)


def extra_carried(ref: Reference) -> bool:
    """Whether every BibTeX field of ``ref`` blinarefs does not model comes back from RIS
    (and EndNote XML, which carries the same ones): its KW, Y2, LA and ST tags, and an arXiv
    eprint's note line."""
    carried = eprint_carried(ref)
    own = tuple(f for f in own_fields(ref) if f not in carried)
    return read_extra(extra_tags(ref)) == own


def carried_extra(ref: Reference) -> frozenset[tuple[str, str]]:
    """The BibTeX fields of ``ref`` blinarefs does not model that come back from RIS (and
    EndNote XML): what the loss report leaves out when it names the rest."""
    return eprint_carried(ref) | frozenset(read_extra(extra_tags(ref)))


def write_ris(refs: Sequence[Reference], clean: bool = False) -> Iterator[str]:
    return ("\n".join(_record(ref)) + "\n\n" for ref in refs)


def lost_fields(ref: Reference, clean: bool = False) -> list[str]:
    lost = present(ref, CANNOT_CARRY)
    if "extra-fields" in lost and extra_carried(ref):
        lost.remove("extra-fields")  # each one has its tag
    if READ_TYPES.get(TYPES.get(ref.type, "GEN")) != ref.type:
        lost.append("type")
    if entry_type_lost(ref):
        lost.append("entry-type")
    if any(parse_name(format_name(n)) != n for n in ref.author):
        lost.append("author")
    if any(parse_name(format_name(n)) != n for n in ref.editor):
        lost.append("editor")
    if ref.container_title_short and ref.type not in CONTAINER_SHORT_TYPES:
        lost.append("container-title-short")
    lost += count_losses(ref)
    if ref.container_title_short and not ref.container_title:
        lost.append("container-title")
    lost += [n for n in ("title", "abstract", "note") if _flat(ref.get(n)) != ref.get(n)]
    return lost


# -- reading -----------------------------------------------------------------------------------


def parse_name(text: str) -> Name:
    """ "van der Sluis, I. M." -> Name. Without a comma: a Vancouver name ("Jones A",
    as some databases write), else an organisation. Closed by a comma with nothing after
    it ("NVivo,", "World Health Organization,"): an organisation, as EndNote marks a
    corporate author and :func:`format_name` writes one."""
    corporate = text.strip()
    if corporate.endswith(",") and corporate[:-1].strip():
        return Name(literal=corporate[:-1].strip())
    return _parsed(text)


def _parsed(text: str) -> Name:
    """A name read by its commas and words alone (no corporate author's closing comma)."""
    parts = [p.strip() for p in text.split(",")]
    if len(parts) == 1:
        if " " not in parts[0]:
            return Name(family=parts[0])
        return parse_vancouver_name(parts[0]) or Name(literal=parts[0])
    particle, family = split_particle(parts[0])
    suffix = parts[2] if len(parts) > 2 else ""
    return Name(family=family, given=parts[1], non_dropping_particle=particle, suffix=suffix)


def _records(text: str, source: str) -> tuple[list[list[tuple[str, str, int]]], list[Finding]]:
    """Records as (tag, value, line) lists; continuation lines join the value before them.
    A record that no ``ER`` closes is kept, with a warning: a file cut short in a copy or a
    download ends that way, and its last record may have lost fields."""
    records: list[list[tuple[str, str, int]]] = []
    current: list[tuple[str, str, int]] | None = None
    findings: list[Finding] = []
    opened = 0
    for lineno, raw in enumerate(text.lstrip("\ufeff").splitlines(), start=1):
        m = _LINE.match(raw.rstrip())
        if m:
            tag, value = m.group(1), (m.group(2) or "").strip()
            if tag == "TY":
                if current is not None:
                    findings.append(_unclosed(source, opened, "the next TY starts"))
                current, opened = [], lineno
                records.append(current)
            if current is None:
                findings.append(_warn(source, lineno, f"{tag} before the first TY; skipped"))
                continue
            if tag == "ER":
                current = None
                continue
            current.append((tag, value, lineno))
        elif raw.strip() and current:
            tag, value, line = current[-1]  # kept apart: EndNote writes a keyword a line
            current[-1] = (tag, f"{value}\n{raw.strip()}", line)
    if current is not None:
        findings.append(_unclosed(source, opened, "the file ends: is it whole?"))
    return records, findings


def _unclosed(source: str, line: int, where: str) -> Finding:
    return _warn(source, line, f"the record starting here has no 'ER  - ' before {where}")


def _warn(source: str, line: int, message: str) -> Finding:
    return Finding("warning", "ris-tag", message, line=line, source=source)


def read_ris(text: str, source: str = "<input>") -> ImportResult:
    records, findings = _records(text, source)
    refs = []
    for record in records:
        ref, unused = _reference(record)
        refs.append(ref)
        findings += [
            _warn(source, line, f"tag {tag} not read ({value[:40]!r})")
            for tag, value, line in unused
        ]
    if not records:
        findings.append(Finding("error", "ris-tag", "no 'TY  - ' record", source=source))
    return ImportResult(tuple(refs), "ris", tuple(findings))


_TAGS = {
    "TI": "title", "T1": "title", "CT": "title",
    "T2": "container_title", "JF": "container_title", "BT": "container_title",
    "J2": "container_title_short", "JO": "container_title_short",
    "JA": "container_title_short", "J1": "container_title_short",
    "T3": "collection_title", "VL": "volume", "IS": "issue", "ET": "edition",
    "PB": "publisher", "CY": "publisher_place", "UR": "url", "AB": "abstract",
    "N2": "abstract", "ID": "id",
}  # fmt: skip


def read_extra(tags: list[tuple[str, str]]) -> tuple[tuple[str, str], ...]:
    """The BibLaTeX fields of KW, Y2 and LA tags, in the order each first comes: keywords
    joined by ", " (as Zotero's CSL-JSON has them, so the two imports agree) and one that
    holds a comma braced (:func:`keywords_value`), the access date as ISO text (its time of
    day left out)."""
    fields: dict[str, list[str]] = {}
    for tag, value in tags:
        name = _TAG_FIELDS[tag]
        if name == "urldate":
            value = iso_date(date_parts(value) or ())
        fields.setdefault(name, []).append(value)
    return tuple(
        (name, keywords_value(v) if name == "keywords" else v[0]) for name, v in fields.items()
    )


def _reference(
    record: list[tuple[str, str, int]],
) -> tuple[Reference, list[tuple[str, str, int]]]:
    kwargs: dict[str, object] = {"type": "article-journal"}
    key = ""
    authors: list[Name] = []
    editors: list[Name] = []
    notes: list[str] = []
    extra: list[tuple[str, str]] = []
    sp = ep = year = date = ""
    unused: list[tuple[str, str, int]] = []
    for tag, value, line in record:
        lines = value.split("\n")  # a value's continuation lines: a space but in KW and N1
        value = value if tag == "N1" else " ".join(lines)
        if not value:
            continue
        attr = _TAGS.get(tag)
        if tag == "TY":
            kwargs["type"] = READ_TYPES.get(value.upper(), "article-journal")
        elif tag in ("AU", "A1"):
            authors.append(parse_name(value))
        elif tag in ("A2", "ED"):
            editors.append(parse_name(value))
        elif attr == "id":
            key = usable_key(value)
        elif attr:
            kwargs.setdefault(attr, value)
        elif tag in ("PY", "Y1"):
            year = year or value
        elif tag == "DA":
            date = date or value
        elif tag == "SP":
            sp = value
        elif tag == "EP":
            ep = value
        elif tag == "SN":
            kwargs.setdefault("isbn" if _ISBN.match(value) else "issn", value)
        elif tag in ("DO", "M3") and "10." in value:
            kwargs.setdefault("doi", re.sub(r"^(?:https?://(?:dx\.)?doi\.org/|doi:\s*)", "", value))
        elif tag == "AN" and re.fullmatch(r"(?:PMID:?\s*)?\d{1,9}", value):
            kwargs.setdefault("pmid", re.sub(r"\D", "", value))
        elif tag in ("C2", "AN") and re.fullmatch(r"PMC\d+", value):
            kwargs.setdefault("pmcid", value)
        elif tag == "N1":
            notes.append(value)
        elif tag in _TAG_FIELDS and (tag != "Y2" or date_parts(value)):
            extra += [(tag, v) for v in (lines if tag == "KW" else [value]) if v.strip()]
        else:
            unused.append((tag, value, line))
    kwargs["author"], kwargs["editor"] = tuple(authors), tuple(editors)
    kwargs["issued"] = date_parts(date) or date_parts(year)
    epub = date_parts(str(kwargs.get("edition", "")))
    if epub and kwargs["type"] in CONTAINER_SHORT_TYPES:  # EndNote's "Epub Date", as in XML
        kwargs["available_date"] = epub
        del kwargs["edition"]
    if kwargs["type"] in COUNTED_TYPES and sp and not ep and "-" not in sp:
        kwargs["number_of_pages"] = sp  # a book's SP alone is its length (Zotero's numPages)
    else:
        kwargs["page"] = join_pages(*split_pages(sp)) if "-" in sp else join_pages(sp, ep)
    kwargs["note"] = "\n".join(notes)
    kwargs["extra"] = read_extra(extra)
    if kwargs.get("container_title_short") and not kwargs.get("container_title"):
        kwargs["container_title"] = kwargs["container_title_short"]  # as Zotero does
    return identifiers_from_note(build_reference(key, kwargs)), unused
