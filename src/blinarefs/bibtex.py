"""Reference <-> BibTeX entry: field names, names, dates (TeX itself: :mod:`blinarefs.latex`).

Pure functions; :mod:`blinarefs.store` does the file work. The store is written in UTF-8
for biber and modern bibtex; ``ascii=True`` writes LaTeX escapes for classic BibTeX.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from .bibtex_dates import date_fields, date_from_fields, iso_date
from .bibtex_eprints import eprint_fields, on_preprint_server, server_of
from .bibtex_titles import braced_by_hand
from .latex import (
    BRACE,
    TEX_ESCAPES,
    collapse_spaces,
    escape_tex,
    latex_to_text,
    latex_to_text_name,
    protect_case,
    text_to_latex,
    to_ascii,
)
from .model import SUB_LABEL, Name, Reference, build_reference
from .names import format_bibtex_name, parse_bibtex_name, split_bibtex_names
from .pages import is_article_number

CSL_TO_BIBTEX_TYPE = {
    "article-journal": "article", "article": "article", "article-magazine": "article",
    "article-newspaper": "article", "review": "article", "book": "book", "chapter": "incollection",
    "paper-conference": "inproceedings", "report": "techreport", "thesis": "phdthesis",
    "webpage": "online", "manuscript": "unpublished", "dataset": "misc", "software": "misc",
}  # fmt: skip
BIBTEX_TO_CSL_TYPE = {
    "article": "article-journal", "book": "book", "inbook": "chapter", "incollection": "chapter",
    "inproceedings": "paper-conference", "conference": "paper-conference", "techreport": "report",
    "report": "report", "phdthesis": "thesis", "mastersthesis": "thesis", "thesis": "thesis",
    "online": "webpage", "electronic": "webpage", "www": "webpage", "unpublished": "manuscript",
    "misc": "document", "booklet": "book", "manual": "report", "proceedings": "book",
    "dataset": "dataset", "software": "software", "patent": "patent", "standard": "standard",
}  # fmt: skip

# Simple text fields: BibTeX name -> Reference attribute, in the order entries are written.
_TEXT_FIELDS: tuple[tuple[str, str], ...] = (
    ("title", "title"),
    ("journal", "container_title"),
    ("shortjournal", "container_title_short"),
    ("series", "collection_title"),
    ("volume", "volume"),
    ("number", "issue"),
    ("pages", "page"),
    ("pagetotal", "number_of_pages"),
    ("edition", "edition"),
    ("publisher", "publisher"),
    ("address", "publisher_place"),
    ("doi", "doi"),
    ("pmid", "pmid"),
    ("pmcid", "pmcid"),
    ("isbn", "isbn"),
    ("issn", "issn"),
    ("url", "url"),
    ("pubstate", "status"),
    ("note", "note"),
    ("abstract", "abstract"),
)
_READ_ALIASES = {"journaltitle": "journal", "location": "address", "booktitle": "journal",
                 "journal-abbrev": "shortjournal", "journalabbr": "shortjournal"}  # fmt: skip
# biblatex's publication states, written as its keys (which it prints in the document's
# language) where the status is one of them: status as the model keeps it <-> key
PUBSTATE_KEYS = {"in press": "inpress", "forthcoming": "forthcoming", "submitted": "submitted",
                 "in preparation": "inpreparation", "prepublished": "prepublished"}  # fmt: skip
_PUBSTATE_TEXT = {key: text for text, key in PUBSTATE_KEYS.items()}
# Values that are identifiers or addresses: never LaTeX-escaped nor case-protected.
_VERBATIM = frozenset({"doi", "pmid", "pmcid", "isbn", "issn", "url", "pages", "volume", "number"})
# blinarefs' own fields: BibTeX and biber styles ignore fields they do not know.
F_NUMBER, F_PRINTED, F_PROVENANCE, F_LOCKED = (
    "blinarefs-number",
    "blinarefs-printed",
    "blinarefs-provenance",
    "blinarefs-locked",
)
F_EPUB, F_TYPE = "blinarefs-epub", "blinarefs-type"
# What BibTeX says and the model does not keep, read from the entry and written back from it,
# never as a field: the entry type where a CSL type stands for several (@inbook and
# @incollection are both a chapter; an arXiv @online is a preprint, not a web page), and a
# title protected Better BibTeX's way ({{CRISPR}} keeps its case, the rest of a Title Case
# title is the style's), where the store's own bracing would protect every capitalised word.
F_ENTRY, F_TITLE_TEX = "blinarefs-entrytype", "blinarefs-title-tex"
_DERIVED = frozenset({F_ENTRY, F_TITLE_TEX})
_KEPT_TYPES = frozenset({"inbook", "mastersthesis", "booklet", "manual", "proceedings"})
# The field that names a report's or a thesis's publisher, as BibTeX's styles print it:
# @techreport's institution, @phdthesis's school (biblatex: institution for both; school is
# its alias). Read as the publisher, as Pandoc and citeproc-js read it, and written back so.
_PUBLISHER_FIELD = {"techreport": "institution", "report": "institution", "thesis": "institution",
                    "phdthesis": "school", "mastersthesis": "school",
                    "standard": "organization"}  # fmt: skip
# A web page's site: biblatex's @online has no journal, and its styles print the site's
# name from ``organization`` (classic BibTeX's @misc from ``howpublished``: the exporter's).
SITE_FIELD = "organization"
_SITE_TYPES = frozenset({"online", "electronic", "www"})
_DATE_FIELDS = frozenset({"year", "month", "day", "date"})
_KNOWN = (
    {b for b, _ in _TEXT_FIELDS} | set(_READ_ALIASES) | _DATE_FIELDS
    | {"author", "editor", F_NUMBER, F_PRINTED, F_PROVENANCE, F_LOCKED, F_EPUB, F_TYPE}
)  # fmt: skip

_PAGE_DASH = re.compile(r"(?<!\s)\s*(?:--|–|—)\s*")  # spaces from their start: linear


# -- reading ---------------------------------------------------------------------------------


def reference_from_fields(
    key: str, entry_type: str, fields: Iterable[tuple[str, str]]
) -> Reference:
    """Build a Reference from an entry's (field, value) pairs, values without enclosing braces."""
    values: dict[str, str] = {}
    extra: list[tuple[str, str]] = []
    for name, value in fields:
        lname = name.lower()
        if lname in _KNOWN:
            values.setdefault(_READ_ALIASES.get(lname, lname), value)
        else:
            extra.append((name, value))
    kwargs: dict[str, object] = {}
    entry_type = entry_type.lower()
    server = eprint_fields(extra).get("eprinttype", "").lower()
    kwargs["type"] = values.get(F_TYPE) or csl_type(entry_type, server)
    if entry_type in _KEPT_TYPES or csl_type(entry_type, server) != csl_type(entry_type, ""):
        extra.append((F_ENTRY, entry_type))
    _biblatex_parts(values, extra)
    _site(entry_type, str(kwargs["type"]), values, extra)
    if braced_by_hand(values.get("title", "")):
        extra.append((F_TITLE_TEX, values["title"]))
    if entry_type in _PUBLISHER_FIELD and not values.get("publisher"):
        own = ("institution", "school", _PUBLISHER_FIELD[entry_type])
        named = next((f for f in extra if f[0].lower() in own), None)
        if named:
            extra.remove(named)
            values["publisher"] = named[1]
    for role in ("author", "editor"):
        if values.get(role):
            names, truncated = split_bibtex_names(values[role])
            kwargs[role] = tuple(_read_name(n) for n in names)
            if role == "author":
                kwargs["author_truncated"] = truncated
    for bib, attr in _TEXT_FIELDS:
        text = values.get(bib)
        if text:
            if bib == "pages":
                text = _PAGE_DASH.sub("-", text)
            elif bib == "pubstate" and text.strip().lower() in _PUBSTATE_TEXT:
                text = _PUBSTATE_TEXT[text.strip().lower()]
            elif bib not in _VERBATIM or "\\" in text:
                text = latex_to_text(text)
            # a value wrapped over lines in the file is one line (BibTeX reads it so)
            kwargs[attr] = text.strip() if bib in ("note", "abstract") else collapse_spaces(text)
    if "url" not in kwargs and (address := _howpublished_url(extra)):
        kwargs["url"] = address
    # biblatex writes a PMID as eprint + eprinttype = {pubmed} (Better BibTeX: {pmid}); other
    # eprints (arXiv) stay extra
    eprint = {k.lower(): v for k, v in extra if k.lower() in ("eprint", "eprinttype")}
    if eprint.get("eprinttype", "").strip().lower() in ("pubmed", "pmid") and eprint.get("eprint"):
        extra = [(k, v) for k, v in extra if k.lower() not in eprint]
        kwargs["pmid"] = kwargs.get("pmid") or eprint["eprint"].strip()
    kwargs["issued"] = date_from_fields(values)
    if values.get(F_EPUB):
        kwargs["available_date"] = iso_date(values[F_EPUB])
    if printed := SUB_LABEL.fullmatch(values.get(F_NUMBER, "").strip()):
        kwargs["number"] = int(printed.group(1))  # "1a": part a of reference 1
        kwargs["label"] = printed.group() if printed.group(2) else ""
    if values.get(F_PRINTED):
        kwargs["source_text"] = latex_to_text(values[F_PRINTED])
    if values.get(F_PROVENANCE):
        pairs = [p.split("=", 1) for p in values[F_PROVENANCE].split(";") if "=" in p]
        kwargs["provenance"] = tuple((k.strip(), v.strip()) for k, v in pairs)
    if values.get(F_LOCKED):
        kwargs["locked"] = tuple(x.strip() for x in values[F_LOCKED].split(",") if x.strip())
    kwargs["extra"] = tuple(extra)
    return build_reference(key, kwargs)


def _biblatex_parts(values: dict[str, str], extra: list[tuple[str, str]]) -> None:
    """biblatex's parts of fields the model keeps whole, joined as Pandoc joins them: the
    ``subtitle`` after the title ("Title: Subtitle"), and an article's ``eid`` (its number)
    as its pages where it has none. Taken out of ``extra``: written back in the whole."""
    for name, value in list(extra):
        lname = name.lower()
        if lname == "subtitle" and values.get("title") and value.strip():
            title = values["title"].rstrip()
            values["title"] = f"{title}{' ' if title[-1:] in '?!.:' else ': '}{value.strip()}"
        elif lname == "eid" and not values.get("pages") and value.strip():
            values["pages"] = value.strip()
        else:
            continue
        extra.remove((name, value))


# "howpublished = {\\url{https://...}}": how a @misc gives its address for BibTeX's classic
# styles, which know no url field (Google Scholar's and many a JOSS paper's entries). It is
# the work's URL (formatted, exported), and the field stays as it was written: the URL is
# not written a second time as "url".
_HOWPUBLISHED_URL = re.compile(r"\\url\{(https?://[^\s{}]+)\}|(https?://[^\s{}]+)")


def _howpublished_url(extra: Iterable[tuple[str, str]]) -> str:
    published = next((v for k, v in extra if k.lower() == "howpublished"), "")
    found = _HOWPUBLISHED_URL.fullmatch(published.strip())
    return (found.group(1) or found.group(2)) if found else ""


def csl_type(entry_type: str, server: str) -> str:
    """The CSL type of an entry; a preprint's by its server (:mod:`.bibtex_eprints`)."""
    if on_preprint_server(entry_type, server):
        return "article"
    return BIBTEX_TO_CSL_TYPE.get(entry_type, "document")


@lru_cache(maxsize=16384)
def _read_name(text: str) -> Name:
    """One name of an author or editor field. Cached: the same people recur across a
    library, and a Name is immutable, so entries may share one."""
    return parse_bibtex_name(latex_to_text_name(text))


# -- writing ---------------------------------------------------------------------------------


@lru_cache(maxsize=16384)
def _name_field(name: Name, ascii: bool) -> str:
    return text_to_latex(format_bibtex_name(name), ascii=ascii, names=True)


def name_read_back(name: Name, ascii: bool = False) -> Name:
    """``name`` as the store reads back what it writes for it."""
    return _read_name(_name_field(name, ascii))


def _names(names: Iterable[Name], truncated: bool, ascii: bool) -> str:
    parts = [_name_field(n, ascii) for n in names]
    if truncated:
        parts.append("others")
    return " and ".join(parts)


_WRITE_ORDER = (
    "author", "editor", "title", "journal", "booktitle", SITE_FIELD, "shortjournal", "year",
    "month", "day", "volume", "number", "pages", "pagetotal", "series", "edition", "publisher",
    "institution", "school", "address", "doi", "pmid", "pmcid", "isbn", "issn", "url",
    "pubstate", "note", "abstract", F_EPUB, F_TYPE, F_NUMBER, F_PRINTED, F_PROVENANCE, F_LOCKED,
)  # fmt: skip


def reference_to_fields(ref: Reference, *, ascii: bool = False) -> list[tuple[str, str, bool]]:
    """(field, value, braced) in the store's order; ``braced`` False means a bare macro."""
    out: dict[str, tuple[str, bool]] = {}
    if ref.author or ref.author_truncated:
        out["author"] = (_names(ref.author, ref.author_truncated, ascii), True)
    if ref.editor:
        out["editor"] = (_names(ref.editor, False, ascii), True)
    container_field = _container_field(ref)
    for bib, attr in _TEXT_FIELDS:
        value = getattr(ref, attr)
        if not value or (bib == "url" and value == _howpublished_url(ref.extra)):
            continue
        if bib == "title":
            kept = dict(ref.extra).get(F_TITLE_TEX, "")
            # escape, brace words, then accents; a title protected by hand as it was
            mine = kept and collapse_spaces(latex_to_text(kept)) == value
            value = kept if mine else protect_case(escape_tex(value))
            value = to_ascii(value) if ascii else value
        elif bib == "pages" and not is_article_number(value):
            value = value.replace("-", "--")  # (ASM's "e00123-20" is one number: no range)
        elif bib == "pubstate" and value in PUBSTATE_KEYS:
            value = PUBSTATE_KEYS[value]
        elif bib not in _VERBATIM:
            value = text_to_latex(value, ascii=ascii)
        if bib == "publisher":
            bib = _PUBLISHER_FIELD.get(bibtex_entry_type(ref), bib)
        out[container_field if bib == "journal" else bib] = (value, True)
    for name, value, braced in date_fields(ref):
        out[name] = (value, braced)
    if ref.available_date:
        out[F_EPUB] = ("-".join(f"{p:02d}" for p in ref.available_date), True)
    if not entry_type_carries(bibtex_entry_type(ref), ref):
        out[F_TYPE] = (ref.type, True)
    if ref.number is not None:
        out[F_NUMBER] = (ref.printed_label, True)
    if ref.source_text:
        out[F_PRINTED] = (text_to_latex(ref.source_text, ascii=ascii), True)
    if ref.provenance:
        out[F_PROVENANCE] = ("; ".join(f"{k}={v}" for k, v in ref.provenance), True)
    if ref.locked:
        out[F_LOCKED] = (", ".join(ref.locked), True)
    ordered = [(name, *out[name]) for name in _WRITE_ORDER if name in out]
    return ordered + [(name, value, True) for name, value in own_fields(ref)]


def _container_field(ref: Reference) -> str:
    """The field that holds ``ref``'s container: a chapter's book, a page's site, else the
    journal (a site already named by an ``organization`` of the entry's own stays there)."""
    if ref.type in ("chapter", "paper-conference"):
        return "booktitle"
    own = {k.lower() for k, _ in ref.extra}
    if ref.type == "webpage" and bibtex_entry_type(ref) in _SITE_TYPES and SITE_FIELD not in own:
        return SITE_FIELD
    return "journal"


def _site(entry_type: str, csl: str, values: dict[str, str], extra: list[tuple[str, str]]):
    """A web page's site named where biblatex's @online (``organization``) or a classic
    @misc written as a page (``howpublished``, not an address) names it: its container."""
    if csl != "webpage" or values.get("journal"):
        return
    field = (
        SITE_FIELD if entry_type in _SITE_TYPES else "howpublished" if entry_type == "misc" else ""
    )
    named = next((f for f in extra if f[0].lower() == field), None)
    if named and named[1].strip() and not _HOWPUBLISHED_URL.search(named[1]):
        extra.remove(named)
        values["journal"] = named[1]


def bibtex_entry_type(ref: Reference) -> str:
    """The entry type the reference was read with when it still stands for its CSL type,
    else the one CSL's type is written as."""
    kept = dict(ref.extra).get(F_ENTRY, "")
    if kept and entry_type_carries(kept, ref):
        return kept
    return CSL_TO_BIBTEX_TYPE.get(ref.type, "misc")


def entry_type_carries(entry_type: str, ref: Reference) -> bool:
    """Whether an entry of ``entry_type`` is read back with ``ref``'s CSL type."""
    return csl_type(entry_type, server_of(ref)) == ref.type


def own_fields(ref: Reference) -> tuple[tuple[str, str], ...]:
    """The BibTeX fields of ``ref.extra`` the entry holds (not the entry type or the title's
    protection kept from it): what another format has to carry."""
    return tuple((k, v) for k, v in ref.extra if k not in _DERIVED)


def format_entry(ref: Reference, *, ascii: bool = False) -> str:
    """One entry as blinarefs writes it: two-space indent, aligned ``=``, trailing comma."""
    return render_entry(bibtex_entry_type(ref), ref.id, reference_to_fields(ref, ascii=ascii))


def render_entry(entry_type: str, key: str, fields: list[tuple[str, str, bool]]) -> str:
    """The entry text for ready-made ``(field, value, braced)`` triples (the exporters' hook)."""
    width = max((len(name) for name, _, _ in fields), default=0)
    lines = [f"@{entry_type}{{{key},"]
    for name, value, braced in fields:
        shown = "{" + _balance(value) + "}" if braced else value
        lines.append(f"  {name.ljust(width)} = {shown},")
    lines.append("}")
    return "\n".join(lines) + "\n"


def _balance(value: str) -> str:
    """A value with unbalanced braces would swallow the rest of the file: escape them."""
    if "{" not in value and "}" not in value:
        return value
    depth = 0
    for m in BRACE.finditer(value):  # only the braces: values can be megabytes long
        depth += 1 if m.group(0) == "{" else -1
        if depth < 0:
            break
    if depth == 0:
        return value
    return BRACE.sub(lambda m: TEX_ESCAPES[m.group(0)], value)
