"""What the JATS readers share: a tag's name without its namespace, an element's text with
its whitespace squeezed (JATS indents its markup; print does not), the file's layout told
from printed spaces, and a citation's text as printed, raised or not."""

from __future__ import annotations

import html
import re

from lxml import etree

from .superscript import SUPERSCRIPT_DIGITS
from .wordml import element_text


def local_name(tag: object) -> str:
    """``{ns}name`` -> ``name``; a comment's or a processing instruction's tag -> ""."""
    return etree.QName(tag).localname if isinstance(tag, str) else ""


def entity_text(node: object) -> str:
    """What a node that is no element prints: a named entity the parser left unresolved
    (a publisher's JATS names a DTD that is never loaded, so ``&chi;`` or ``&ndash;`` stay
    entity nodes) as the character it names, an unknown name as written; a comment or a
    processing instruction, nothing. Dropping the entity would leave ``&chi;<sup>2</sup>``
    a bare raised 2, which reads as a citation."""
    if isinstance(node, etree._Entity):
        return html.unescape(node.text or "")
    return ""


def squeezed_text(el: etree._Element | None) -> str:
    return " ".join(element_text(el).split()) if el is not None else ""


def first_of(el: etree._Element, *names: str) -> etree._Element | None:
    """The first element under ``el`` (in document order, itself included) with one of the
    local names."""
    return next((node for node in el.iter() if local_name(node.tag) in names), None)


_XML_SPACE = re.compile(r"[ \t\r\n]+")


def layout_space(text: str) -> str:
    """A run of whitespace with a line break or a tab in it as one space (the file's
    layout); spaces alone are printed ones and stay."""
    return _XML_SPACE.sub(lambda m: m[0] if m[0].strip(" ") == "" else " ", text)


def xref_shown(xref: etree._Element, sup: bool) -> tuple[str, bool]:
    """A citation's text as printed and whether it is raised: its digits raised where it or
    what holds it is superscript (``<sup><xref>1</xref></sup>``, ``<xref><sup>1</sup></xref>``),
    the whitespace around its superscript dropped (the file's indentation)."""
    pieces: list[tuple[str, bool]] = []

    def walk(el: etree._Element, raised: bool) -> None:
        raised = raised or local_name(el.tag) == "sup"
        pieces.append((el.text or "", raised))
        for child in el:
            walk(child, raised)
            pieces.append((child.tail or "", raised))

    walk(xref, sup)
    raised = any(t.strip() for t, _ in pieces) and all(r for t, r in pieces if t.strip())
    shown = "".join(t.translate(SUPERSCRIPT_DIGITS) if r else t for t, r in pieces)
    return (shown.strip(" \t\r\n") if raised else shown), raised
