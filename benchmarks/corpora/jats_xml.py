"""The JATS plumbing the truth loaders share: parsing without entities or network, local
names whatever the namespace, and each reference's number (its label, else its position)."""

from __future__ import annotations

import re
from pathlib import Path

from lxml import etree

PARSER = etree.XMLParser(
    resolve_entities=False, no_network=True, load_dtd=False, huge_tree=True, remove_comments=True
)
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
DASHES = r"\-‐‑‒–—−"  # a character class body: the hyphen escaped


def local(el: etree._Element) -> str:
    return etree.QName(el).localname if isinstance(el.tag, str) else ""


def text_of(el: etree._Element | None) -> str | None:
    if el is None:
        return None
    out = " ".join("".join(map(str, el.itertext())).split())
    return out or None


def find(el: etree._Element, name: str) -> etree._Element | None:
    for sub in el.iter("{*}" + name):
        return sub
    return None


def parse_article(path: str | Path) -> tuple[str, etree._Element]:
    root = etree.parse(str(path), PARSER).getroot()
    if local(root) != "article":
        found = find(root, "article")
        if found is None:
            raise ValueError(f"{path}: not a JATS article (root element <{local(root)}>)")
        root = found
    return Path(path).stem, root


def own(root: etree._Element, name: str) -> list[etree._Element]:
    """Elements of the article itself, not of its sub-articles (reviews, replies)."""
    return [
        el
        for el in root.iter("{*}" + name)
        if not any(local(a) in ("sub-article", "response") for a in el.iterancestors())
    ]


def translation(root: etree._Element, lang: str) -> etree._Element:
    """The translation of the article into ``lang``, ``<sub-article article-type="translation"
    xml:lang="...">``: SciELO prints a Portuguese article's English text so, with its own body
    and no reference list (its markers cite the parent's). Read as the article only when asked."""
    for sub in root.iter("{*}sub-article"):
        if sub.get("article-type") == "translation" and sub.get(XML_LANG) == lang:
            return sub
    raise ValueError(f"no translation sub-article in {lang!r}")


def ref_elements(root: etree._Element) -> list[etree._Element]:
    """The references of the article's lists, a list of data citations last: Scientific Data
    numbers its "Data Citations" apart, and its text's "1" is the first reference after
    them (as the reader numbers them, ``manuscript.jats``)."""
    refs = [r for r in own(root, "ref") if any(local(a) == "ref-list" for a in r.iterancestors())]
    return sorted(refs, key=_data_citation)


def _data_citation(ref: etree._Element) -> bool:
    holder = next((a for a in ref.iterancestors() if local(a) == "ref-list"), None)
    return holder is not None and holder.get("content-type") == "data-citations"


def number(label: str | None, position: int) -> int:
    digits = re.fullmatch(r"\W*(\d+)\W*", label or "")
    return int(digits.group(1)) if digits else position


def labels(refs: list[etree._Element]) -> list[str | None]:
    return [text_of(next((c for c in ref if local(c) == "label"), None)) for ref in refs]


def sub_labels(printed: list[str | None]) -> list[tuple[int, str]] | None:
    """Each label's number and letter when the list sub-labels the works of its references:
    every label a number or a number and a letter ("1", "1a", "1b", "2", "3a"), in order,
    some with a letter; else None. Such a list cites "1" (all its parts) or "1b" (one)."""
    out: list[tuple[int, str]] = []
    for label in printed:
        m = re.fullmatch(r"\W*(\d+)([a-z]?)\W*", label or "")
        if m is None or (out and (int(m.group(1)), m.group(2)) <= out[-1]):
            return None
        out.append((int(m.group(1)), m.group(2)))
    return out if any(letter for _, letter in out) else None


def ref_numbers(refs: list[etree._Element]) -> list[int]:
    """Each reference's number: its label, else its position in the list; all by position
    when two would share a number, unless the list sub-labels its references ("1a", "1b"
    are parts of reference 1: :func:`sub_labels`), whose parts share their number."""
    printed = labels(refs)
    parts = sub_labels(printed)
    if parts is not None:
        return [n for n, _ in parts]
    out = [number(label, pos) for pos, label in enumerate(printed, 1)]
    return out if len(set(out)) == len(out) else list(range(1, len(out) + 1))


# A declared truth rule, decided from the markup alone: JATS's ``@rid`` names any element
# with an id, and a journal that ids each work inside a reference (``<ref id="c2">`` holding
# ``<mixed-citation id="c2a">``) may link a citation to the work: it cites the reference.
RID_INSIDE_REF = "a rid naming an element inside a <ref> cites that reference"


def numbering(root: etree._Element) -> dict[str, int]:
    """Reference id -> number (:func:`ref_numbers`), and the id of each element inside a
    reference -> its number (``RID_INSIDE_REF``)."""
    refs = ref_elements(root)
    own: dict[str, int] = {}
    inside: dict[str, int] = {}
    for ref, n in zip(refs, ref_numbers(refs), strict=True):
        if ref.get("id"):
            own[ref.get("id", "")] = n
        for el in ref.iterdescendants():
            if isinstance(el.tag, str) and el.get("id"):
                inside.setdefault(el.get("id", ""), n)
    return {**inside, **own}


def inside_ref_ids(root: etree._Element) -> set[str]:
    """The ids of elements inside a reference that are no reference's own id: the rids that
    ``RID_INSIDE_REF`` reads (counted by the JATS reader's benchmark)."""
    refs = ref_elements(root)
    own = {ref.get("id") for ref in refs}
    return {
        el.get("id", "")
        for ref in refs
        for el in ref.iterdescendants()
        if isinstance(el.tag, str) and el.get("id") and el.get("id") not in own
    }


def has_loose_text(el: etree._Element) -> bool:
    return bool((el.text or "").strip()) or any((c.tail or "").strip() for c in el)
