"""Reference-manager citations in a Word file: what a field code (or a content control, or a
Zotero bookmark's stored code) says is cited.

Each manager stores the works themselves with the citation, so no reference text needs
parsing: Zotero and Mendeley keep CSL-JSON (``citationItems[].itemData``), EndNote keeps
its own XML ``<record>`` (inline, or base64 in ``w:fldData``), and the old Reference
Manager form keeps an ``<MDL>`` record. Pure: a code in, a :class:`FieldCitation` out.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from typing import Any

from ..model import Reference

PROVENANCE = "word field"


@dataclass(frozen=True, slots=True)
class CitedItem:
    """One work a field cites: ``identity`` is stable across the document (a Zotero or
    Mendeley URI, an EndNote record number) so repeated citations share one reference."""

    identity: str
    reference: Reference | None  # None when the field names the work but holds no data


@dataclass(frozen=True, slots=True)
class FieldCitation:
    manager: str  # "zotero", "mendeley", "endnote"
    items: tuple[CitedItem, ...]
    shown: str = ""  # the text the manager wrote, when the code records it
    # the user set the citation's text by hand and told the manager to keep it (Zotero's
    # "dontUpdate", Mendeley's "manualFormatting" or "manualOverride"): what it shows may
    # cite other works than the items (see docx_citations.typed_over)
    by_hand: bool = False


# What a field code is, from its instruction: the JSON or XML that follows the name.
# Zotero 3 and earlier wrote "ZOTERO_ITEM {json}", without CSL_CITATION and without itemData.
_ZOTERO = re.compile(r"^\s*(?:ADDIN\s+)?ZOTERO_ITEM\s+(?:CSL_CITATION\s*)?(\{.*\})", re.DOTALL)
_MENDELEY = re.compile(r"^\s*ADDIN\s+CSL_CITATION\s*(\{.*\})", re.DOTALL)
_ENDNOTE = re.compile(r"^\s*ADDIN\s+EN\.CITE(?!\.DATA)\b\s*(.*)$", re.DOTALL)
_REFMAN = re.compile(r"^\s*ADDIN\s+REFMGR\.CITE\b\s*(.*)$", re.DOTALL)
_BIBLIOGRAPHY = re.compile(
    r"^\s*ADDIN\s+(?:ZOTERO_BIBL\b|EN\.REFLIST\b|Mendeley\s+Bibliography\b|REFMGR\.REFLIST\b)",
    re.IGNORECASE,
)
MENDELEY_TAG = "MENDELEY_CITATION_v3_"


def is_bibliography(instruction: str) -> bool:
    """A reference manager's bibliography field: its result is the printed list."""
    return bool(_BIBLIOGRAPHY.match(instruction))


def is_citation_code(instruction: str) -> bool:
    return bool(
        _ZOTERO.match(instruction)
        or _MENDELEY.match(instruction)
        or _ENDNOTE.match(instruction)
        or _REFMAN.match(instruction)
    )


def read_field(instruction: str, data: str = "") -> FieldCitation | None:
    """The citation a field code holds; ``data`` is the field's ``w:fldData`` (EndNote keeps
    long citations there, base64). None for any other field (page numbers, hyperlinks...).
    Raises ``ValueError`` when the code is a citation whose data cannot be read."""
    m = _ZOTERO.match(instruction)
    if m:
        return csl_citation("zotero", _json(m.group(1)))
    m = _MENDELEY.match(instruction)
    if m:
        return csl_citation("mendeley", _json(m.group(1)))
    m = _ENDNOTE.match(instruction) or _REFMAN.match(instruction)
    if m:
        xml = m.group(1).strip()
        if not xml.startswith("<") and data:
            xml = _base64_text(data)
        if not xml.strip():
            raise ValueError("an EndNote citation without its data (no <EndNote> code)")
        return endnote_citation(xml)
    return None


_URL_SAFE = str.maketrans("-_", "+/")


def read_mendeley_tag(tag: str) -> FieldCitation | None:
    """A Mendeley Cite content control: its ``w:tag`` is the prefix and base64 JSON."""
    if not tag.startswith(MENDELEY_TAG):
        return None
    return csl_citation("mendeley", _json(_base64_text(tag[len(MENDELEY_TAG) :])))


def _json(text: str) -> dict[str, Any]:
    # Word keeps the whole code, and a field's result may trail: cut at the last brace.
    text = text[: text.rfind("}") + 1]
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValueError(f"its citation data is not valid JSON ({exc.msg})") from None
    if not isinstance(value, dict):
        raise ValueError("its citation data is not a JSON object")
    return value


def _base64_text(data: str) -> str:
    """Base64 in either alphabet: EndNote writes the standard one, Mendeley Cite's tags the
    URL-safe one ("-" and "_" for "+" and "/", no padding), which the standard decoder would
    silently drop characters of."""
    cleaned = re.sub(r"\s+", "", data).translate(_URL_SAFE)
    cleaned += "=" * (-len(cleaned) % 4)
    try:
        raw = base64.b64decode(cleaned)
    except (binascii.Error, ValueError):
        raise ValueError("its base64 data cannot be decoded") from None
    for encoding in ("utf-8-sig", "utf-16", "latin-1"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    return ""  # latin-1 decodes anything: not reached


# -- CSL-JSON (Zotero, Mendeley) --------------------------------------------------------------


def csl_citation(manager: str, data: dict[str, Any]) -> FieldCitation:
    items: list[CitedItem] = []
    for item in data.get("citationItems") or ():
        if not isinstance(item, dict):
            continue
        item_data = item.get("itemData")
        uris = item.get("uris") or item.get("uri") or ()
        if isinstance(uris, str):
            uris = [uris]
        identity = str(uris[0]) if uris else str(item.get("id", ""))
        if manager == "mendeley" and not uris and isinstance(item_data, dict):
            identity = str(item_data.get("id") or identity)
        ref = csl_reference(item_data) if isinstance(item_data, dict) else None
        if manager == "mendeley" and not uris and _POSITIONAL.match(identity):
            identity = _work_identity(ref) or ""  # "ITEM-1" is the first of each citation
        items.append(CitedItem(identity or f"{manager}:{len(items)}", ref))
    props = data.get("properties") or {}
    shown = ""
    if isinstance(props, dict):
        shown = str(props.get("plainCitation") or props.get("formattedCitation") or "")
    mendeley = data.get("mendeley") or {}
    if not shown and isinstance(mendeley, dict):
        shown = str(mendeley.get("formattedCitation") or "")
    return FieldCitation(manager, tuple(items), _strip_tags(shown), _by_hand(data))


def _by_hand(data: dict[str, Any]) -> bool:
    """Whether the manager keeps a citation's text as the user typed it: Zotero's
    ``properties.dontUpdate``, legacy Mendeley's ``mendeley.manualFormatting``, Mendeley
    Cite's ``manualOverride.isManuallyOverridden``."""
    props, mendeley = data.get("properties"), data.get("mendeley")
    override = data.get("manualOverride")
    return bool(
        (isinstance(props, dict) and props.get("dontUpdate"))
        or (isinstance(mendeley, dict) and str(mendeley.get("manualFormatting") or "").strip())
        or (isinstance(override, dict) and override.get("isManuallyOverridden"))
    )


# Mendeley's legacy code numbers the items of each citation "ITEM-1", "ITEM-2"...: a place
# in that citation, not a work (Mendeley Cite's ids are the documents' own).
_POSITIONAL = re.compile(r"^ITEM-\d+$")


def _work_identity(ref: Reference | None) -> str:
    """A work known only by its data: its DOI, else its title and year."""
    if ref is None:
        return ""
    if ref.doi:
        return f"work:doi:{ref.doi.lower()}"
    return f"work:{' '.join(ref.title.lower().split())}:{ref.year or ''}" if ref.title else ""


def csl_reference(item: dict[str, Any]) -> Reference | None:
    """A CSL-JSON item as a reference without a key (keys are assigned per document)."""
    from ..interchange.csljson import read_csljson

    result = read_csljson(json.dumps([{**item, "id": ""}]), "word field")
    if not result.references:
        return None
    return with_provenance(result.references[0])


def with_provenance(ref: Reference) -> Reference:
    filled = [key for key, value in ref.to_csl(custom=False).items() if value and key != "id"]
    return ref.with_fields(provenance=tuple((key, PROVENANCE) for key in filled))


def _strip_tags(text: str) -> str:
    return re.sub(r"<[^>]+>", "", text)


# -- EndNote and Reference Manager ------------------------------------------------------------


def endnote_citation(xml: str) -> FieldCitation:
    from ..interchange import read_references

    # EndNote ends the base64 copy of its code with a NUL byte, which no XML may hold.
    try:
        root = ET.fromstring(xml.replace("\x00", "").strip())
    except ET.ParseError as exc:
        raise ValueError(f"its EndNote code is not well-formed XML ({exc})") from None
    items: list[CitedItem] = []
    shown = ""
    for cite in root.iter("Cite"):
        shown = shown or "".join(cite.findtext("DisplayText") or "")
        record = cite.find("record")
        mdl = cite.find("MDL")
        ref = None
        if record is not None:
            found = read_references(
                ET.tostring(record, encoding="unicode"), "endnote-xml", source="word field"
            )
            ref = with_provenance(found.references[0]) if found.references else None
            number = record.findtext("rec-number") or cite.findtext("RecNum") or ""
            db = record.find("foreign-keys/key")
            db_id = db.get("db-id", "") if db is not None else ""
            identity = f"endnote:{db_id}:{number}"
        elif mdl is not None:
            ref = _mdl_reference(mdl)
            identity = f"refman:{mdl.findtext('Ref_ID') or cite.findtext('RecNum') or ''}"
        else:
            identity = f"endnote::{cite.findtext('RecNum') or ''}"
        if identity.endswith(":"):  # no number at all: the author and year name it
            identity += f"{cite.findtext('Author') or ''}{cite.findtext('Year') or ''}"
        items.append(CitedItem(identity, ref))
    return FieldCitation("endnote", tuple(items), shown)


_MDL_TYPES = {"journal": "article-journal", "book, whole": "book", "book chapter": "chapter"}


def _mdl_reference(mdl: ET.Element) -> Reference | None:
    """Reference Manager's ``<MDL>`` record (also read by EndNote), as written by
    ``ADDIN REFMGR.CITE`` and old ``EN.CITE`` codes."""
    from ..interchange import date_parts, join_pages
    from ..interchange.ris import parse_name
    from ..pages import expand_page_range

    def text(tag: str) -> str:
        return (mdl.findtext(tag) or "").strip()

    authors = [a.text.strip() for a in mdl.iter("Authors_Primary") if a.text and a.text.strip()]
    ref_type = (mdl.get("Ref_Type") or text("Ref_Type")).lower()
    values: dict[str, Any] = {
        "type": _MDL_TYPES.get(ref_type, "article-journal" if not ref_type else "document"),
        "author": tuple(parse_name(a) for a in authors),
        "title": text("Title_Primary"),
        "container_title": text("Periodical") or text("Journal_Full") or text("Title_Secondary"),
        "volume": text("Volume"),
        "issue": text("Issue"),
        "page": expand_page_range(join_pages(text("Start_Page"), text("End_Page"))),
        "publisher": text("Publisher"),
        "publisher_place": text("Pub_Place"),
        "issued": date_parts(text("Date_Primary")),
    }
    values = {k: v for k, v in values.items() if v not in (None, "", ())}
    if "title" not in values and "author" not in values:
        return None
    return with_provenance(Reference(id="", **values))
