"""Training data from JATS articles: printed references with their fields marked up.

A ``<mixed-citation>`` is the printed reference with each field in its own element, so its
tokens come labelled by the publisher; an ``<element-citation>`` is the metadata alone, which
:mod:`.synthetic` renders in many styles. Only the corpus's ``dev`` articles are read for
training (see docs/parser.md).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .synthetic import Piece

_FIELD = {
    "article-title": "title", "chapter-title": "title", "data-title": "title",
    "part-title": "title", "trans-title": "title", "source": "container", "year": "year",
    "month": "date", "day": "date", "season": "date", "volume": "volume", "issue": "issue",
    "supplement": "issue", "fpage": "pages", "lpage": "pages", "page-range": "pages",
    "elocation-id": "pages", "publisher-name": "publisher", "publisher-loc": "place",
    "edition": "edition", "comment": "other", "date-in-citation": "note", "conf-name": "note",
    "conf-date": "note", "conf-loc": "note", "uri": "url", "ext-link": "url", "collab": "author",
    "etal": "author", "size": "other", "label": "skip", "x": "other",
}  # fmt: skip
_BOOKISH = {"book", "report", "thesis", "web", "webpage", "other", "software", "data"}


def _local(tag: object) -> str:
    return str(tag).rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _label_of(el: Any, inherited: str, bookish: bool) -> str:
    tag = _local(el.tag)
    if tag == "person-group":
        return "editor" if el.get("person-group-type") == "editor" else "author"
    if inherited in ("author", "editor"):
        return inherited
    if tag in ("name", "string-name", "surname", "given-names"):
        return "author"
    if tag in ("ext-link", "uri") and "".join(el.itertext()).strip().startswith(
        ("10.", "https://doi.org/", "http://dx.doi.org/", "https://dx.doi.org/")
    ):
        return "doi"
    if tag == "pub-id":
        kind = (el.get("pub-id-type") or "").lower()
        return {"doi": "doi", "pmid": "pmid", "pmcid": "pmcid"}.get(kind, "other")
    if (
        tag == "source"
        and bookish
        and not el.getparent().xpath(
            "*[local-name()='article-title' or local-name()='chapter-title']"
        )
    ):
        return "title"
    if tag in ("italic", "bold", "sup", "sub", "sc"):
        return inherited
    return _FIELD.get(tag, inherited)


def _loose_text(el: Any) -> bool:
    """Text between an element's children (a mixed citation's punctuation)."""
    return bool((el.text or "").strip()) or any((c.tail or "").strip() for c in el)


def _printed_id(before: list[Piece]) -> bool:
    """An identifier is part of the printed text when a cue precedes it ("doi:", "PMID:",
    "https://doi.org/"); some publishers add bare ones to the markup that were never printed."""
    tail = "".join(t for t, _ in before[-3:]).rstrip().lower()
    return tail.endswith((":", "doi", "doi.org/", "pmid", "pmcid", "pubmed"))


def mixed_pieces(citation: Any) -> list[Piece]:
    """The labelled pieces of one ``<mixed-citation>`` (lxml element)."""
    kind = (citation.get("publication-type") or "").lower()
    bookish = kind in _BOOKISH
    pieces: list[Piece] = []

    def walk(el: Any, label: str) -> None:
        if _local(el.tag) in ("name", "string-name") and not _loose_text(el):
            # "<surname>Levin</surname><given-names>LA</given-names>" is printed "Levin LA"
            words = [" ".join("".join(c.itertext()).split()) for c in el]
            pieces.append((" ".join(w for w in words if w), label))
            return
        if el.text:
            pieces.append((el.text, label))
        previous = ""
        for child in el:
            if (
                previous in ("name", "string-name", "collab")
                and _local(child.tag) in ("name", "string-name", "collab")
                and not "".join(t for t, _ in pieces[-1:]).strip()
            ):
                pieces.append((", ", label))  # names the renderer separates
            previous = _local(child.tag)
            child_label = _label_of(child, label, bookish)
            if child_label in ("doi", "pmid", "pmcid") and not _printed_id(pieces):
                child_label = "skip"  # an identifier the publisher added, not printed
            if child_label != "skip":
                walk(child, child_label)
            if child.tail:
                pieces.append((child.tail, label))

    walk(citation, "other")
    # the printed text: whitespace as a reader sees it
    text = "".join(t for t, _ in pieces)
    lead = len(text) - len(text.lstrip())
    out: list[Piece] = []
    for t, label in pieces:
        t = " ".join(t.replace("\n", " ").split(" ")) if t else t
        if lead:
            cut = min(lead, len(t))
            t, lead = t[cut:], lead - cut
        out.append((t, label))
    return out


def _names(group: Any) -> list[dict[str, str]]:
    out = []
    for el in group:
        tag = _local(el.tag)
        if tag in ("name", "string-name"):
            family = "".join(el.xpath("*[local-name()='surname']//text()")).strip()
            given = "".join(el.xpath("*[local-name()='given-names']//text()")).strip()
            if family:
                out.append({"family": family, "given": given})
            elif "".join(el.itertext()).strip():
                out.append({"literal": "".join(el.itertext()).strip()})
        elif tag == "collab":
            out.append({"literal": " ".join("".join(el.itertext()).split())})
    return out


def element_item(citation: Any) -> dict[str, Any]:
    """An ``<element-citation>`` (or a mixed one) as a CSL-JSON item for :mod:`.synthetic`."""

    def text(name: str) -> str:
        found = citation.xpath(f"*[local-name()='{name}']")
        return " ".join("".join(found[0].itertext()).split()) if found else ""

    kind = (citation.get("publication-type") or "journal").lower()
    item: dict[str, Any] = {
        "type": {"journal": "article-journal", "book": "book", "web": "webpage",
                 "webpage": "webpage", "report": "report", "thesis": "thesis"}.get(kind, kind)
    }  # fmt: skip
    for group in citation.xpath("*[local-name()='person-group']"):
        role = "editor" if group.get("person-group-type") == "editor" else "author"
        item[role] = _names(group)
    if "author" not in item and _names(citation):  # names outside any person-group (PLOS)
        item["author"] = _names(citation)
    if citation.xpath(
        "*[local-name()='etal' or local-name()='person-group']/*[local-name()='etal']"
    ):
        item["custom"] = {"author-truncated": True}
    collab = citation.xpath("*[local-name()='collab']")
    if collab and "author" not in item:
        item["author"] = [{"literal": " ".join("".join(collab[0].itertext()).split())}]
    title = text("article-title") or text("chapter-title")
    if title:
        item["title"] = title
        if text("source"):
            item["container-title"] = text("source")
            if kind == "book":
                item["type"] = "chapter"
    elif text("source"):
        item["title"] = text("source")
    year = text("year")[:4]
    if year.isdigit():
        item["issued"] = {"date-parts": [[int(year)]]}
    simple = (
        ("volume", "volume"), ("issue", "issue"), ("edition", "edition"),
        ("publisher-name", "publisher"), ("publisher-loc", "publisher-place"),
    )  # fmt: skip
    for name, key in simple:
        if text(name):
            item[key] = text(name)
    first, last = text("fpage") or text("elocation-id"), text("lpage")
    if first:
        item["page"] = f"{first}-{last}" if last and last != first else first
    for pid in citation.xpath("*[local-name()='pub-id']"):
        kind_id = (pid.get("pub-id-type") or "").lower()
        if kind_id in ("doi", "pmid", "pmcid"):
            item[kind_id.upper()] = "".join(pid.itertext()).strip()
    uri = citation.xpath("*[local-name()='ext-link' or local-name()='uri']")
    if uri:
        item["URL"] = "".join(uri[0].itertext()).strip()
    return item


def citations(path: Path) -> tuple[list[Any], list[Any]]:
    """The article's ``<mixed-citation>`` and ``<element-citation>`` elements."""
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, recover=True)
    root = etree.parse(str(path), parser).getroot()
    mixed = root.xpath("//*[local-name()='ref']//*[local-name()='mixed-citation']")
    element = root.xpath("//*[local-name()='ref']//*[local-name()='element-citation']")
    return mixed, element
