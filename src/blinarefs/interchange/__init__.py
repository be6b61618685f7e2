"""References in and out of the formats other tools read: BibTeX, BibLaTeX, CSL-JSON, RIS,
EndNote XML, PubMed MEDLINE and free text.

Pure functions from References to text and back; :mod:`.files` does the file work. Every
writer comes with ``lost_fields``: the fields of a reference the format cannot carry, so an
export can say what a round trip through it would lose instead of dropping it silently
(each format module lists them, with the reason, in ``CANNOT_CARRY``).

What a format changes rather than loses is reported too (:mod:`blinarefs.normalised`):
classic BibTeX spells out ligatures and composes accents on the way out, and the readers
of RIS, EndNote XML and MEDLINE expand an abbreviated page range on the way in.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from types import ModuleType

from ..arguments import references_argument, text_argument
from ..errors import ImportFormatError, UsageError
from ..findings import Finding
from ..model import Reference
from ..normalised import Normalisation, change
from ..pages import is_article_number
from ..reprs import brief_repr
from ..store import UNWRITABLE_KEY
from .eprints import eprint_from_note
from .losses import (  # noqa: F401 (re-exported: the format modules import them from here)
    COUNT_LOST,
    COUNTED_TYPES,
    ENTRY_TYPE_LOST,
    FIELD_NAMES,
    PAGE_LOST,
    count_losses,
    entry_type_lost,
    present,
)


@dataclass(frozen=True, slots=True)
class ImportResult:
    """What a file gave: the references read (ids may be empty: keys are assigned later),
    the format it was read as, and what could not be read, as findings."""

    references: tuple[Reference, ...]
    format: str
    findings: tuple[Finding, ...] = field(default=())
    # what reading changed in each reference, in the order of ``references`` (or empty)
    changes: tuple[tuple[Normalisation, ...], ...] = field(default=())

    __repr__ = brief_repr  # a notebook shows a file of thousands as it shows one


@dataclass(frozen=True, slots=True)
class Format:
    """One format: its submodule holds the writer and reader named here, the loss function,
    and the reasons for losses (``CANNOT_CARRY``, ``PARTLY``, ``CLEAN_DROPS``)."""

    name: str
    label: str  # for people: "RIS (Zotero, EndNote, Mendeley)"
    module: str
    extensions: tuple[str, ...]
    write: str = ""  # function name in the module; "" when blinarefs only reads the format
    read: str = ""
    losses: str = "lost_fields"  # (ref, clean) -> names of the fields this format drops
    changes: str = ""  # (ref, clean) -> the values it writes changed; "" when none
    # ref -> the (field, value) pairs of its own BibTeX fields the format carries back
    extras: str = ""
    expands_pages: bool = False  # its page ranges come in pieces or abbreviated
    read_as: str = ""  # for people, when the reader takes more than the writer writes

    @property
    def read_label(self) -> str:
        """What `import` says it read: a .bib is read the same whichever dialect it is in."""
        return self.read_as or self.label

    @property
    def can_write(self) -> bool:
        return bool(self.write)

    @property
    def can_read(self) -> bool:
        return bool(self.read)

    def _mod(self) -> ModuleType:
        return importlib.import_module(f"{__name__}.{self.module}")

    def writer(self) -> Callable[[Sequence[Reference], bool], Iterable[str]]:
        write: Callable[[Sequence[Reference], bool], Iterable[str]] = getattr(
            self._mod(), self.write
        )
        return write

    def reader(self) -> Callable[[str, str], ImportResult]:
        read: Callable[[str, str], ImportResult] = getattr(self._mod(), self.read)
        return read

    def reasons(self, clean: bool = False) -> dict[str, str]:
        """Field -> why this format loses it: always (``CANNOT_CARRY``), for some values
        (``PARTLY``), or because ``clean`` asked (``CLEAN_DROPS``)."""
        mod = self._mod()
        return {**mod.CANNOT_CARRY, **mod.PARTLY, **(mod.CLEAN_DROPS if clean else {})}

    def lost_fields(self, ref: Reference, clean: bool = False) -> list[str]:
        losses: Callable[[Reference, bool], list[str]] = getattr(self._mod(), self.losses)
        return losses(ref, clean)


FORMATS: dict[str, Format] = {
    f.name: f
    for f in (
        Format("bibtex", "BibTeX (classic bibtex, ASCII)", "bibtex", (".bib", ".bibtex"),
               "write_bibtex", "read_bibtex", "lost_fields_bibtex", "changes_bibtex",
               read_as="BibTeX or BibLaTeX"),
        Format("biblatex", "BibLaTeX (biber, UTF-8)", "bibtex", (".bib", ".biblatex"),
               "write_biblatex", "read_bibtex", "lost_fields_biblatex", "changes_biblatex"),
        Format("csl-json", "CSL-JSON (Pandoc, Quarto, Zotero)", "csljson", (".json",),
               "write_csljson", "read_csljson", extras="carried_extra"),
        Format("ris", "RIS (Zotero, EndNote, Mendeley)", "ris", (".ris",),
               "write_ris", "read_ris", expands_pages=True, extras="carried_extra"),
        Format("endnote-xml", "EndNote XML", "endnote", (".xml",),
               "write_endnote", "read_endnote", expands_pages=True, extras="carried_extra"),
        Format("medline", "PubMed MEDLINE (.nbib)", "medline", (".nbib", ".medline"),
               read="read_medline", expands_pages=True),
        Format("text", "free-text reference list", "text", (".txt",), read="read_text"),
    )
}  # fmt: skip
WRITE_FORMATS = tuple(name for name, f in FORMATS.items() if f.can_write)
READ_FORMATS = tuple(name for name, f in FORMATS.items() if f.can_read)


def get_format(name: str) -> Format:
    try:
        return FORMATS[name]
    except KeyError:
        raise UsageError(
            f"unknown format {name!r}", hint=f"choose one of {', '.join(FORMATS)}"
        ) from None


# -- export ----------------------------------------------------------------------------------


def export_references(refs: Iterable[Reference], fmt: str, *, clean: bool = False) -> str:
    """The references as one file's text in ``fmt``. ``clean`` leaves out blinarefs' own
    bookkeeping (printed number and text, provenance, locks)."""
    return "".join(export_pieces(refs, fmt, clean=clean))


def export_pieces(refs: Iterable[Reference], fmt: str, *, clean: bool = False) -> Iterable[str]:
    """:func:`export_references` in pieces, made as they are written (``fsio.atomic_write``
    takes them): a library's export is never held whole."""
    spec = get_format(fmt)
    if not spec.can_write:
        raise UsageError(f"blinarefs reads {spec.label} but does not write it")
    return spec.writer()(references_argument(refs, "export_references"), clean)


def lost_fields(
    refs: Iterable[Reference], fmt: str, *, clean: bool = False
) -> dict[str, list[str]]:
    """Field -> keys of the references whose value in that field ``fmt`` cannot carry."""
    spec = get_format(fmt)
    out: dict[str, list[str]] = {}
    for ref in references_argument(refs, "lost_fields"):
        for name in spec.lost_fields(ref, clean):
            out.setdefault(name, []).append(ref.id)
    return out


def extra_fields_lost(
    refs: Iterable[Reference], fmt: str, *, clean: bool = False
) -> dict[str, list[str]]:
    """Key -> the names of its own BibTeX fields (those blinarefs does not model) that
    ``fmt`` does not carry: what "extra-fields" in :func:`lost_fields` stands for."""
    from ..bibtex import own_fields

    spec = get_format(fmt)
    carried: Callable[[Reference], frozenset[tuple[str, str]]] | None = (
        getattr(spec._mod(), spec.extras) if spec.extras else None
    )
    out: dict[str, list[str]] = {}
    for ref in refs:
        if "extra-fields" in spec.lost_fields(ref, clean):
            kept = carried(ref) if carried else frozenset()
            names = [k for k, v in own_fields(ref) if (k, v) not in kept]
            out[ref.id] = list(dict.fromkeys(names))
    return out


def changed_values(
    refs: Iterable[Reference], fmt: str, *, clean: bool = False
) -> list[Normalisation]:
    """The values ``fmt`` writes changed, beyond the fields ``lost_fields`` reports."""
    spec = get_format(fmt)
    if not spec.changes:
        return []
    changed = getattr(spec._mod(), spec.changes)
    return [c for ref in refs for c in changed(ref, clean)]


# -- import ----------------------------------------------------------------------------------

_SNIFF: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("csl-json", re.compile(r'\A\s*(?:\[\s*[{\]]|\{\s*")')),  # not "[1] Smith J..."
    ("endnote-xml", re.compile(r"\A\s*(?:<\?xml[^>]*>\s*)?<(?:xml|records|record)\b")),
    ("medline", re.compile(r"^PMID- ", re.M)),
    ("ris", re.compile(r"^TY {1,2}- ", re.M)),
    ("bibtex", re.compile(r"^\s*@\w+\s*[{(]", re.M)),
)


def detect_format(text: str, filename: str = "") -> str:
    """The format ``text`` is in, from its content; an extension that promises a structured
    format the content does not have is an error rather than a silent free-text read."""
    for name, pattern in _SNIFF:
        if pattern.search(text):
            return name
    suffix = filename[filename.rfind(".") :].lower() if "." in filename else ""
    promised = [f for f in FORMATS.values() if suffix in f.extensions and f.name != "text"]
    if promised:
        raise ImportFormatError(
            f"{filename}: does not look like {promised[0].label}",
            hint="check the file, or name its format with --from",
        )
    return "text"


def read_references(text: str, fmt: str | None = None, *, source: str = "<input>") -> ImportResult:
    """Read every reference in ``text`` (format detected when ``fmt`` is None)."""
    text = text_argument(text, "read_references")
    fmt = fmt or detect_format(text, source)
    spec = get_format(fmt)
    if not spec.can_read:
        raise UsageError(f"blinarefs writes {spec.label} but does not read it")
    result = spec.reader()(text, source)
    return _normalised(result, spec.expands_pages)


# fields a CSL-JSON or RIS file may give with rich text (<i>E. coli</i>): see richtext.py
_RICH_ATTRS = ("title", "container_title", "collection_title")


def _normalised(result: ImportResult, expand_pages: bool) -> ImportResult:
    """Page ranges stored whole ("1234-56" as "1234-1256") where a format abbreviates them,
    and rich-text tags left out of titles, as the store keeps them (its BibTeX would print
    "<i>" in LaTeX, and keys were made of the tag); each change reported."""
    from ..richtext import plain

    if expand_pages:
        from ..pages import expand_page_range
    refs, changes, changed = [], [], False
    for ref in result.references:
        after = {a: plain(v) for a in _RICH_ATTRS if "<" in (v := getattr(ref, a))}
        if expand_pages and ref.page:
            after["page"] = expand_page_range(ref.page)
        after = {a: v for a, v in after.items() if v != getattr(ref, a)}
        found = [change(ref.id, FIELD_NAMES[a], getattr(ref, a), v) for a, v in after.items()]
        refs.append(ref.with_fields(**after) if after else ref)
        changes.append(tuple(c for c in found if c))
        changed = changed or bool(after)
    if not (changed or expand_pages):
        return result
    return replace(result, references=tuple(refs), changes=tuple(changes))


# Zotero keeps what an item type has no field for in "Extra", one "Name: value" a line (a
# journal article's PMID and PMCID, as its PubMed import writes them); its CSL-JSON export
# gives Extra as "note", its RIS as N1. Those lines fill the fields, and leave the note.
_NOTE_IDS = {"pmid": re.compile(r"\d{1,9}"), "pmcid": re.compile(r"PMC\d+"),
             "doi": re.compile(r"10\.\d{4,9}/\S+")}  # fmt: skip
_NOTE_LINE = re.compile(r"^[ \t]*(PMID|PMCID|DOI)[ \t]*:[ \t]*(\S+)[ \t]*$", re.I | re.M)


def identifiers_from_note(ref: Reference) -> Reference:
    """``ref`` with the PMID, PMCID and DOI its note names on lines of their own (Zotero's
    "Extra"), each line taken out of the note once its field holds that value; and the
    arXiv eprint its "arXiv: 2101.00001" line names (:mod:`.eprints`)."""
    ref = eprint_from_note(ref)
    if ":" not in ref.note:
        return ref
    found: dict[str, str] = {}

    def take(m: re.Match[str]) -> str:
        attr, value = m.group(1).lower(), m.group(2)
        if attr == "pmcid":
            value = value.upper()
        if not _NOTE_IDS[attr].fullmatch(value) or getattr(ref, attr) not in ("", value):
            return m.group(0)
        found[attr] = value
        return ""

    note = _NOTE_LINE.sub(take, ref.note)
    if not found:
        return ref
    note = "\n".join(line for line in note.splitlines() if line.strip())
    return ref.with_fields(note=note, **found)


_KEY = re.compile(r"^[A-Za-z][A-Za-z0-9_:.\-+/]*$")


# Manubot's ids ("url:https://…", "doi:10.1101/…") and a bare address are the keys a Pandoc
# manuscript cites ([@url:https://…]), of any length; an item's address in a reference
# manager's library (Zotero's "http://zotero.org/users/…/items/…") is no key.
_PREFIXED_ID = re.compile(r"\A[A-Za-z][\w+.\-]*:\S+\Z")  # anchored: linear under search
_LIBRARY_ITEM = re.compile(r"https?://(?:www\.)?(?:zotero\.org|mendeley\.com)/")


def usable_key(value: str) -> str:
    """An id from another tool kept as the citation key only when it looks like one
    (EndNote record numbers and Zotero item URIs do not): else "" and a key is assigned.
    A slash is a key's ("CTRI/2020/12/029730": BibTeX, biber and Pandoc take it), and so is
    a prefixed id with its "://" that a .bib can hold ("url:https://example.org/a")."""
    value = value.strip()
    if _KEY.match(value) and len(value) <= 64 and "://" not in value:
        return value
    prefixed = _PREFIXED_ID.match(value) and not _LIBRARY_ITEM.match(value)
    return value if prefixed and not UNWRITABLE_KEY.search(value) else ""


def split_pages(page: str) -> tuple[str, str]:
    """ "512-520" -> ("512", "520"); a single page -> (page, ""). An article number with
    its year ("e00123-20", as ASM prints it) is one page: no range to split."""
    if is_article_number(page):
        return page.strip(), ""
    first, _, last = page.partition("-")
    return first.strip(), last.strip()


def join_pages(first: str, last: str) -> str:
    """("512", "20") -> "512-20": as the file gives it (``read_references`` expands it).
    Equal ends stay a range ("12-12"): the store wrote them so, and a round trip keeps them."""
    if not first:
        return last
    return f"{first}-{last}" if last else first


_COMPACT_DATE = re.compile(r"\A\s*(\d{4})(\d{2})(\d{2})\s*\Z")


def date_parts(text: str) -> tuple[int, ...] | None:
    """ "2017/03/02/", "2017-03-02", "2017/03//", "2017" -> (2017, 3, 2) ... ; None if no year.
    "20170302" too: EndNote's Epub Date as PubMed gives it (its edition field, RIS's ET)."""
    m = _COMPACT_DATE.match(text) or re.match(
        r"\s*(\d{4})(?:[/-](\d{1,2})?(?:[/-](\d{1,2}))?)?", text
    )
    if not m:
        return None
    parts = [int(m.group(1))]
    for g in m.groups()[1:]:
        if not g or not 0 < int(g) <= 31:
            break
        parts.append(int(g))
    if len(parts) > 1 and parts[1] > 12:
        parts = parts[:1]
    return tuple(parts)


def iso_date(parts: tuple[int, ...]) -> str:
    return "-".join([str(parts[0]), *(f"{p:02d}" for p in parts[1:])])
