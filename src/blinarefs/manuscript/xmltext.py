"""The two readings every JATS reader needs: a tag's name without its namespace, and an
element's text with its whitespace squeezed (JATS indents its markup; print does not)."""

from __future__ import annotations

from lxml import etree

from .wordml import element_text


def local_name(tag: object) -> str:
    """``{ns}name`` -> ``name``; a comment's or a processing instruction's tag -> ""."""
    return etree.QName(tag).localname if isinstance(tag, str) else ""


def squeezed_text(el: etree._Element | None) -> str:
    return " ".join(element_text(el).split()) if el is not None else ""


def first_of(el: etree._Element, *names: str) -> etree._Element | None:
    """The first element under ``el`` (in document order, itself included) with one of the
    local names."""
    return next((node for node in el.iter() if local_name(node.tag) in names), None)
