"""A JATS ``<ref-list>`` as references, read tag by tag.

``<element-citation>`` (tags only), ``<mixed-citation>`` (tags with the printed punctuation
between them) and the older NLM ``<nlm-citation>`` name every part of a reference: no text
is parsed. Each reference keeps its ``@id`` as its key (the ``rid`` the text's ``<xref>``
elements point at), its label as its number, and the text as printed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from dataclasses import fields as dataclass_fields
from typing import Any
from urllib.parse import unquote

from lxml import etree

from ..latex import script_text
from ..model import SUB_LABEL, Reference
from ..pages import expand_page_range
from .jats_people import issued, people
from .wordml import element_text
from .xmltext import first_of as _first
from .xmltext import local_name as _local
from .xmltext import squeezed_text as _text

PROVENANCE = "jats ref-list"
_CITATIONS = ("element-citation", "mixed-citation", "nlm-citation", "citation")
_TYPES = {
    "journal": "article-journal",
    "book": "book",
    "confproc": "paper-conference",
    "conf-proc": "paper-conference",
    "conference": "paper-conference",
    "web": "webpage",
    "webpage": "webpage",
    "website": "webpage",
    "thesis": "thesis",
    "report": "report",
    "patent": "patent",
    "preprint": "article",
    "data": "dataset",
    "dataset": "dataset",
    "software": "software",
    "standard": "standard",
    "newspaper": "article-newspaper",
}
# Types whose ``<source>``, when no article or chapter title is tagged, is the work's own
# title: a book's, a report's, a thesis's or a web page's ("<source>Key messages</source>")
_SOURCE_IS_THE_WORK = frozenset(("book", "report", "thesis", "webpage"))


def _title_text(el: etree._Element | None) -> str:
    """A title's text with its ``<sup>`` and ``<sub>`` kept raised and lowered where Unicode
    has the characters (``CD4<sup>+</sup>`` is ``CD4⁺``, ``CO<sub>2</sub>`` ``CO₂``), as the
    BibTeX store reads ``CD4\\textsuperscript{+}``; other text is flattened as before."""
    if el is None:
        return ""

    def walk(node: etree._Element) -> Iterator[str]:
        yield node.text or ""
        for child in node:
            kind = _local(child.tag)
            if kind in ("sup", "sub"):
                flat = element_text(child)
                yield script_text(flat.strip(), kind == "sup") or flat
            elif isinstance(child.tag, str):
                yield from walk(child)
            yield child.tail or ""

    return " ".join("".join(walk(el)).split())


@dataclass(frozen=True)
class RefList:
    """The references of a ``<ref-list>``, and the ids of the empty ``<ref>`` that head a
    reference's sub-labelled parts (Wiley's "1" before "1a", "1b"), by the number they stand
    for: a citation of the heading cites every part."""

    references: list[Reference]
    headings: dict[str, int] = field(default_factory=dict)
    labelled: bool = True  # whether the list prints labels (numbers): else cited by name
    # the id of an element inside a ``<ref>`` (a work's own citation: "c2a" of reference
    # "c2") -> that ref's id: a citation whose rid names the element cites the reference
    inside: dict[str, str] = field(default_factory=dict)


def read_ref_list(ref_lists: Iterable[etree._Element]) -> RefList:
    """The references of every ``<ref-list>`` (nested ones included), numbered by label
    when the labels are numbers, else by position. A list whose every label is a number or a
    number and a letter, in order ("1", "1a", "1b", "2", "3a"), sub-labels the works of one
    reference: each part keeps its label and answers to its reference's number."""
    refs: list[Reference] = []
    labels: list[str] = []
    seen: set[str] = set()
    inside: dict[str, str] = {}
    for ref_list in ref_lists:
        for ref in ref_list:
            if _local(ref.tag) != "ref":
                continue
            ref_id = ref.get("id") or f"ref{len(refs) + 1}"
            if ref_id in seen:
                continue
            seen.add(ref_id)
            for el in ref.iterdescendants():
                inner = el.get("id") if isinstance(el.tag, str) else None
                if inner and inner != ref_id:
                    inside.setdefault(inner, ref_id)
            labels.append(_text(next((c for c in ref if _local(c.tag) == "label"), None)))
            refs.append(_reference(ref, ref_id, len(refs) + 1))
    printed = sub_labels(labels)
    if printed is not None:
        return replace(_parts(refs, printed), inside=inside)
    numbers = [r.number for r in refs]
    if len(set(numbers)) != len(numbers):  # labels missing or repeated: number by position
        refs = [r.with_fields(number=n) for n, r in enumerate(refs, start=1)]
    labelled = not refs or any(label.strip() for label in labels)
    return RefList(refs, labelled=labelled, inside=inside)


def sub_labels(labels: list[str]) -> list[tuple[int, str]] | None:
    """Each label's number and letter when every label is a number or a number and a letter
    ("1a", "[3b]", "4."), in order, and some carry a letter; else None."""
    out: list[tuple[int, str]] = []
    for label in labels:
        m = SUB_LABEL.fullmatch(label.strip("[]().: "))
        if m is None or (out and (int(m.group(1)), m.group(2)) <= out[-1]):
            return None
        out.append((int(m.group(1)), m.group(2)))
    return out if any(letter for _, letter in out) else None


def _parts(refs: list[Reference], printed: list[tuple[int, str]]) -> RefList:
    """A sub-labelled list: each part labelled and numbered as its reference; a ``<ref>``
    with no text that only heads its parts is no reference, and citing it cites them."""
    kept: list[Reference] = []
    headings: dict[str, int] = {}
    for k, (ref, (number, letter)) in enumerate(zip(refs, printed, strict=True)):
        parted = k + 1 < len(printed) and printed[k + 1][0] == number
        if not letter and parted and not ref.source_text.strip():
            headings[ref.id] = number
            continue
        kept.append(ref.with_fields(number=number, label=f"{number}{letter}" if letter else ""))
    return RefList(kept, headings)


def _reference(ref: etree._Element, ref_id: str, position: int) -> Reference:
    label = _text(next((c for c in ref if _local(c.tag) == "label"), None))
    m = re.fullmatch(r"\[?(\d{1,4})[a-z]?[.\])]?", label)
    number = int(m.group(1)) if m else position
    cites = [c for c in ref.iter() if _local(c.tag) in _CITATIONS]
    if not cites:
        return Reference(id=ref_id, number=number, source_text=_text(ref))
    # A ref may hold both a printed form (mixed) and a tagged one (element): fields from
    # the tagged one, the text from the printed one.
    printed = next((c for c in cites if _local(c.tag) == "mixed-citation"), None)
    tagged = next((c for c in cites if _local(c.tag) != "mixed-citation"), printed)
    fields = _fields(tagged if tagged is not None else cites[0])
    if printed is not None:
        fields["source_text"] = _printed(printed)
    chosen = tagged if tagged is not None else cites[0]
    if fields.get("source_text") and not any(_local(n.tag) in _PART_TAGS for n in chosen.iter()):
        return _read_printed(ref_id, number, fields)
    if printed is not None and _names_untagged(printed, chosen):
        return _printed_names(ref_id, number, fields)
    return Reference(id=ref_id, number=number, **fields)


_PEOPLE_TAGS = frozenset(("person-group", "name", "string-name", "surname", "collab"))


def _names_untagged(printed: etree._Element, chosen: etree._Element) -> bool:
    """A mixed citation that prints its authors as plain text before its first tag and tags
    only the rest ("Roe JA, Poe B (<year>2017</year>). <article-title>...", as some Springer
    Nature journals do): the names are there, only not tagged."""
    lead = printed.text or ""
    return sum(c.isalpha() for c in lead) >= 2 and not any(
        _local(n.tag) in _PEOPLE_TAGS for n in chosen.iter()
    )


def _printed_names(ref_id: str, number: int, fields: dict[str, Any]) -> Reference:
    """The tagged fields, with the authors the reference parser reads from the printed
    string (their provenance says so): an author-year text cites such a work by them."""
    from ..parse.read import read_item  # the parser's model loads only when needed

    parsed = read_item(fields["source_text"], number, None).reference
    if not parsed.author:
        return Reference(id=ref_id, number=number, **fields)
    provenance = (*fields.get("provenance", ()), ("author", PARSED))
    return Reference(
        id=ref_id,
        number=number,
        **{**fields, "author": parsed.author, "provenance": provenance},
    )


# The tags of a reference's parts; a citation with none of them is its printed string only
# (Wiley's ``<named-content content-type="citation-string">``), with its identifiers at most
_PART_TAGS = frozenset(
    ("article-title", "chapter-title", "part-title", "source", "year", "date", "volume",
     "fpage", "elocation-id", "person-group", "name", "string-name", "surname", "collab")
)  # fmt: skip
PARSED = "jats printed string, parsed"


def _read_printed(ref_id: str, number: int, tagged: dict[str, Any]) -> Reference:
    """A citation that tags nothing but its identifiers: its printed string read by the
    reference parser (as a pasted list's item is), the identifiers the markup gives kept
    over what the parser finds, and every parsed field's provenance saying it was parsed,
    not read from tags."""
    from ..parse import read_judged  # the parser's model loads only when needed

    parsed = read_judged(tagged["source_text"], number).reference
    given = {k: v for k, v in tagged.items() if k in ("doi", "pmid", "pmcid", "url") and v}
    ref = parsed.with_fields(id=ref_id, number=number, **given)
    skip = ("id", "number", "type", "source_text", "provenance", "extra")
    provenance = tuple(
        (f.name, PROVENANCE if f.name in given else PARSED)
        for f in dataclass_fields(ref)
        if f.name not in skip and getattr(ref, f.name) not in (None, "", (), False)
    )
    return ref.with_fields(provenance=provenance)


def _fields(cite: etree._Element) -> dict[str, Any]:
    kind = (cite.get("publication-type") or cite.get("citation-type") or "").lower()
    title = _title_text(_first(cite, "article-title"))
    chapter = _title_text(_first(cite, "chapter-title", "part-title"))
    source = _text(_first(cite, "source"))
    ctype = _TYPES.get(kind, "article-journal" if not kind else "document")
    if ctype == "book" and (title or chapter):
        ctype = "chapter"
    values: dict[str, Any] = {"type": ctype}
    authors, truncated, editors = people(cite)
    values["author"] = authors
    values["author_truncated"] = truncated
    values["editor"] = editors
    if ctype in _SOURCE_IS_THE_WORK and not (title or chapter):
        values["title"] = source
    else:
        values["title"] = title or chapter
        values["container_title"] = source
    values["issued"] = issued(cite)
    values["volume"] = _text(_first(cite, "volume"))
    values["issue"] = _text(_first(cite, "issue"))
    first, last = _text(_first(cite, "fpage")), _text(_first(cite, "lpage"))
    # "<fpage>152</fpage><lpage>7</lpage>" is the journal's printed abbreviation of 152-157:
    # stored in full, as the parser stores "152-7", so validate does not call it backwards
    values["page"] = (
        expand_page_range(f"{first}-{last}")
        if first and last
        else first or _text(_first(cite, "elocation-id"))
    )
    values["publisher"] = _text(_first(cite, "publisher-name"))
    values["publisher_place"] = _text(_first(cite, "publisher-loc"))
    values["edition"] = _text(_first(cite, "edition"))
    linked: dict[str, str] = {}  # identifiers given only as links: a <pub-id> comes first
    for node in cite.iter():
        if _local(node.tag) == "pub-id":
            kind_id = (node.get("pub-id-type") or "").lower()
            attr = {"doi": "doi", "pmid": "pmid", "pmcid": "pmcid"}.get(kind_id)
            if attr and not values.get(attr):
                values[attr] = _text(node)
        elif _local(node.tag) == "ext-link" and (node.get("ext-link-type") or "") in _ID_LINKS:
            attr = _ID_LINKS[node.get("ext-link-type") or ""]
            linked[attr] = linked.get(attr) or _id_from_link(attr, node)
        elif _local(node.tag) in ("ext-link", "uri") and not values.get("url"):
            href = node.get("{http://www.w3.org/1999/xlink}href") or _text(node)
            if href.startswith("http"):
                values["url"] = href
    for attr, value in linked.items():
        values[attr] = values.get(attr) or value
    values["source_text"] = _printed(cite)
    provenance = tuple(
        (key, PROVENANCE) for key, value in values.items() if value and key != "type"
    )
    out = {k: v for k, v in values.items() if v not in (None, "", (), False)}
    out["provenance"] = provenance
    return out


# ``<ext-link ext-link-type="doi" xlink:href="10.1111/x">``: identifiers given as links
_ID_LINKS = {"doi": "doi", "pmid": "pmid", "pmc": "pmcid", "pmcid": "pmcid"}
_DOI_IN_LINK = re.compile(r"10\.\d{4,9}/\S+")


def _id_from_link(attr: str, node: etree._Element) -> str:
    """The identifier a link carries, as its own markup would tag it: a DOI without its
    resolver and its URL escapes ("https://doi.org/10.1/a%28b" -> "10.1/a(b"), a PubMed
    id's digits; "" if the link holds none."""
    href = unquote((node.get("{http://www.w3.org/1999/xlink}href") or _text(node)).strip())
    if attr == "doi":
        m = _DOI_IN_LINK.search(href)
        return m.group(0) if m else ""
    digits = re.search(r"(?:PMC)?\d+", href)
    return digits.group(0) if digits else ""


def _printed(cite: etree._Element) -> str:
    """The reference as printed: a mixed citation's own text (names as "Surname Given"),
    or for a bare element citation its parts joined by ". "."""
    if _local(cite.tag) == "mixed-citation":
        out: list[str] = []
        _printed_into(cite, out)
        return re.sub(r"\s+([.,;:)])", r"\1", " ".join("".join(out).split()))
    parts = []
    for node in cite.iter():
        name = _local(node.tag)
        if name == "name":
            parts.append(_name_text(node))
        elif name in ("article-title", "chapter-title", "source", "year", "volume", "fpage"):
            parts.append(_text(node))
    return ". ".join(p for p in parts if p)


def _printed_into(el: etree._Element, out: list[str]) -> None:
    out.append(el.text or "")
    for child in el:
        if _local(child.tag) == "name":
            out.append(_name_text(child))
        elif _local(child.tag):  # (a comment or a processing instruction prints nothing)
            _printed_into(child, out)
        out.append(child.tail or "")


def _name_text(node: etree._Element) -> str:
    return " ".join(_text(c) for c in node if _text(c))
