"""The JATS plumbing the truth loaders share: parsing without entities or network, local
names whatever the namespace, and each reference's number (its label, else its position)."""

from __future__ import annotations

import re
from pathlib import Path

from lxml import etree  # type: ignore[import-untyped]

PARSER = etree.XMLParser(
    resolve_entities=False, no_network=True, load_dtd=False, huge_tree=True, remove_comments=True
)
DASHES = r"\-‐‑‒–—"  # a character class body: the hyphen escaped


def local(el: etree._Element) -> str:
    return etree.QName(el).localname if isinstance(el.tag, str) else ""


def text_of(el: etree._Element | None) -> str | None:
    if el is None:
        return None
    out = " ".join("".join(el.itertext()).split())
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


def ref_elements(root: etree._Element) -> list[etree._Element]:
    return [r for r in own(root, "ref") if any(local(a) == "ref-list" for a in r.iterancestors())]


def number(label: str | None, position: int) -> int:
    digits = re.fullmatch(r"\W*(\d+)\W*", label or "")
    return int(digits.group(1)) if digits else position


def numbering(root: etree._Element) -> dict[str, int]:
    """Reference id -> number: its label, else its position in the list."""
    out = {}
    for pos, ref in enumerate(ref_elements(root), 1):
        label = text_of(next((c for c in ref if local(c) == "label"), None))
        if ref.get("id"):
            out[ref.get("id", "")] = number(label, pos)
    return out


def has_loose_text(el: etree._Element) -> bool:
    return bool((el.text or "").strip()) or any((c.tail or "").strip() for c in el)
