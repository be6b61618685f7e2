"""CSL-JSON as Pandoc, Quarto and Zotero read it, and back.

The writer is :meth:`Reference.to_csl`: blinarefs' model already uses CSL-JSON names. What
CSL has no variable for (the "et al" flag, printed number and text, provenance, locks,
unmodelled BibTeX fields) travels in the item's ``custom`` object, the place CSL-JSON 1.0.2
sets aside for such data; Pandoc and Zotero ignore it, so it stays unless ``clean``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Sequence
from typing import Any

from ..bibtex import own_fields
from ..errors import ImportFormatError
from ..findings import Finding, unread_warning
from ..jsontext import json_pieces
from ..model import CSL_TEXT_FIELDS, REPORT_NUMBER, SPEECH_CSL, Reference, csl_date_parts
from . import (
    ENTRY_TYPE_LOST,
    ImportResult,
    date_parts,
    entry_type_lost,
    identifiers_from_note,
    iso_date,
    present,
    usable_key,
)

CANNOT_CARRY: dict[str, str] = {}  # custom holds what CSL has no variable for
PARTLY: dict[str, str] = {}
CLEAN_DROPS: dict[str, str] = {
    "author-truncated": 'custom: the author list was cut with "et al"',
    "number": "custom: the number in the printed list",
    "printed-text": "custom: the reference as printed",
    "provenance": "custom: where each enriched field came from",
    "locked": "custom: fields enrichment must not change",
    "extra-fields": "custom: BibTeX fields blinarefs does not model",
    "entry-type": f"custom: {ENTRY_TYPE_LOST}",
}


# CSL variables Zotero and Better BibTeX write that the store keeps as the BibLaTeX field of
# the same meaning (a date as ISO text): read into it, and written from it again, so that a
# library sent to Zotero and back keeps its access dates, tags and languages.
_AS_BIBLATEX = {"accessed": "urldate", "keyword": "keywords", "language": "language",
                "title-short": "shorttitle"}  # fmt: skip
# Zotero's own names for CSL variables
_ALIASES = {"journalAbbreviation": "container-title-short"}
_READ = {"id", "type", "author", "editor", "issued", "available-date", "custom", "citation-key"}
_READ |= {*CSL_TEXT_FIELDS, *_AS_BIBLATEX, *_ALIASES}
# What one kind of work's variables are read into: a talk's meeting, place and kind; a
# patent's office and number, as the note prints them ("United States patent US 1234567")
_KIND_READ = {
    "speech": frozenset({"event", *(theirs for _, theirs in SPEECH_CSL)}),
    "patent": frozenset({"number", "authority"}),
    "report": frozenset({REPORT_NUMBER[1]}),
    "standard": frozenset({REPORT_NUMBER[1]}),
}


def _csl_item(ref: Reference, clean: bool) -> dict[str, Any]:
    item = ref.to_csl(custom=not clean)
    if not clean:  # Zotero takes the key from here (the id it replaces with its own)
        item = {"id": item["id"], "citation-key": ref.id, **item}
    extra = dict(ref.extra)
    for variable, field in _AS_BIBLATEX.items():
        value = extra.get(field, "")
        parts = date_parts(value) if variable == "accessed" else None
        if parts:
            item[variable] = {"date-parts": [list(parts)]}
        elif value and variable != "accessed":
            item[variable] = value
    return item


def write_csljson(refs: Sequence[Reference], clean: bool = False) -> Iterator[str]:
    return json_pieces(_csl_item(ref, clean) for ref in refs)


def lost_fields(ref: Reference, clean: bool = False) -> list[str]:
    lost = present(ref, [n for n in CLEAN_DROPS if n != "entry-type"]) if clean else []
    if "extra-fields" in lost and _carried(ref) == own_fields(ref):  # each a CSL variable
        lost.remove("extra-fields")
    if clean and entry_type_lost(ref):
        lost.append("entry-type")
    return lost


def _carried(ref: Reference) -> tuple[tuple[str, str], ...]:
    """The BibTeX fields of ``ref`` that come back from its CSL variables alone."""
    return _with_biblatex_fields(ref.with_fields(extra=()), _csl_item(ref, clean=True)).extra


def carried_extra(ref: Reference) -> frozenset[tuple[str, str]]:
    """What the loss report leaves out when it names the fields ``--clean`` drops."""
    return frozenset(_carried(ref))


# Pandoc cannot see custom.author-truncated, so `blinarefs pandoc` closes a cut author list
# with literal "et al" names (pandoc/items.py); Zotero users type one too.
_ET_AL = re.compile(r"^et\.? ?al\.?$", re.IGNORECASE)


def _items(data: Any, source: str) -> list[Any]:
    """A list of items, one item, or citeproc-js's object keyed by id."""
    if isinstance(data, list):
        return data
    if isinstance(data, dict) and ("type" in data or "title" in data):
        return [data]
    if isinstance(data, dict) and all(isinstance(v, dict) for v in data.values()):
        return [{"id": k, **v} for k, v in data.items()]
    raise ImportFormatError(f"{source}: not CSL-JSON (expected a list of items)")


def _loose_date(value: Any) -> Any:
    """Zotero and others sometimes give {"raw": "2017-03-02"} or {"literal": "2017"}."""
    if isinstance(value, dict) and "date-parts" not in value:
        text = str(value.get("raw") or value.get("literal") or "")
        parts = [int(p) for p in re.findall(r"\d+", text)[:3]]
        if parts and parts[0] > 999:
            return {"date-parts": [parts]}
    return value


def read_csljson(text: str, source: str = "<input>") -> ImportResult:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ImportFormatError(
            f"{source}:{exc.lineno}: not valid JSON ({exc.msg})", hint="check the file"
        ) from None
    refs: list[Reference] = []
    findings: list[Finding] = []
    unread: dict[str, list[tuple[str, Any]]] = {}  # variable -> (item named, its value)
    for n, item in enumerate(_items(data, source), start=1):
        if not isinstance(item, dict):
            findings.append(_bad(source, n, "not an object"))
            continue
        key = usable_key(str(item.get("citation-key") or "")) or usable_key(str(item.get("id", "")))
        item = {**item, "id": key or "?"}
        for alias, variable in _ALIASES.items():
            if item.get(alias) and not item.get(variable):
                item[variable] = item[alias]
        for key in ("issued", "available-date"):
            if key in item:
                item[key] = _loose_date(item[key])
        try:
            ref = Reference.from_csl(item)
        except (ValueError, TypeError) as exc:
            findings.append(_bad(source, n, str(exc)))
            continue
        names = ref.author
        while names and _ET_AL.match(names[-1].literal):  # "et al" as closing names
            names = names[:-1]
        if len(names) < len(ref.author):
            ref = ref.with_fields(author=names, author_truncated=True)
        ref = identifiers_from_note(_with_biblatex_fields(ref, item))
        numbered = _patent_number(ref, item)
        kind = ref.type if ref.type != "patent" or numbered is not ref else ""
        ref = numbered
        refs.append(ref.with_fields(id="") if ref.id == "?" else ref)
        who = f"item {n}" + (f" ({ref.id})" if ref.id != "?" else "")
        known = _READ | _KIND_READ.get(kind, frozenset())
        for k, v in item.items():
            if k not in known and v not in (None, "", [], {}):
                unread.setdefault(k, []).append((who, v))
    findings += [
        unread_warning(source, "csl-variable", name, items, "items")
        for name, items in unread.items()
    ]
    return ImportResult(tuple(refs), "csl-json", tuple(findings))


def _patent_number(ref: Reference, item: dict[str, Any]) -> Reference:
    """A CSL-JSON patent's office and number (Zotero's "Country" or "Issuing Authority" and
    "Patent Number") as its note, the form Citing Medicine and AMA print: "United States
    patent US 1234567". Only where the item has no note of its own."""
    number = str(item.get("number") or "").strip()
    if ref.type != "patent" or not number or ref.note:
        return ref
    office = str(item.get("authority") or "").strip()
    return ref.with_fields(note=" ".join(p for p in (office, "patent", number) if p))


def _with_biblatex_fields(ref: Reference, item: dict[str, Any]) -> Reference:
    """``ref`` with the variables kept as BibLaTeX fields (``_AS_BIBLATEX``), unless its
    ``custom`` block (blinarefs' own export) already holds those fields."""
    have = {k for k, _ in ref.extra}
    added = []
    for variable, field in _AS_BIBLATEX.items():
        value = item.get(variable)
        if variable == "accessed":
            value = _iso(value)
        elif isinstance(value, list):
            value = ", ".join(str(v) for v in value)
        if value and field not in have:
            added.append((field, str(value)))
    return ref.with_fields(extra=(*ref.extra, *added)) if added else ref


def _iso(value: Any) -> str:
    value = _loose_date(value)
    try:
        parts = csl_date_parts(value["date-parts"][0])
    except (KeyError, IndexError, TypeError):
        return ""
    return iso_date(parts) if parts else ""


def _bad(source: str, n: int, why: str) -> Finding:
    return Finding(
        "error",
        "unreadable-item",
        f"item {n} cannot be read: {why}",
        source=source,
        suggestion="fix or remove this item",
    )
