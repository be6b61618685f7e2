"""Strict Open XML (ISO/IEC 29500 Strict, Word's "Strict Open XML Document") read as the
transitional form every other part of the reader knows.

A Strict file is built as a transitional one, part for part and element for element, but
its parts bind their prefixes to other namespaces (``http://purl.oclc.org/ooxml/...``
instead of ``http://schemas.openxmlformats.org/...``) and its relationships carry other
types (which the reader matches by their last segment, "styles", "footnotes", so either
form is found). Rebinding the namespace declarations is all it takes: the elements keep
their prefixes, so a part read this way and written back with the declarations restored
is byte for byte the markup it was, plus whatever was added (a comment).

Only the declarations (``xmlns`` and ``xmlns:p`` attributes) are rebound, never text: a
manuscript about Office formats may quote these URIs.
"""

from __future__ import annotations

import re

_TRANSITIONAL = "http://schemas.openxmlformats.org/"
_STRICT = "http://purl.oclc.org/ooxml/"

# Strict namespace -> its transitional counterpart (ISO/IEC 29500-1, annex A; part 2's
# package namespaces, content types and relationships, are the same in both forms, but
# some writers put a Strict name on the package relationships too).
STRICT_NAMESPACES = {
    _STRICT + "wordprocessingml/main": _TRANSITIONAL + "wordprocessingml/2006/main",
    _STRICT + "officeDocument/relationships": _TRANSITIONAL + "officeDocument/2006/relationships",
    _STRICT + "officeDocument/customProperties": _TRANSITIONAL
    + "officeDocument/2006/custom-properties",
    _STRICT + "officeDocument/docPropsVTypes": _TRANSITIONAL + "officeDocument/2006/docPropsVTypes",
    _STRICT + "officeDocument/extendedProperties": _TRANSITIONAL
    + "officeDocument/2006/extended-properties",
    _STRICT + "officeDocument/math": _TRANSITIONAL + "officeDocument/2006/math",
    _STRICT + "officeDocument/bibliography": _TRANSITIONAL + "officeDocument/2006/bibliography",
    _STRICT + "officeDocument/customXml": _TRANSITIONAL + "officeDocument/2006/customXml",
    _STRICT + "drawingml/main": _TRANSITIONAL + "drawingml/2006/main",
    _STRICT + "drawingml/picture": _TRANSITIONAL + "drawingml/2006/picture",
    _STRICT + "drawingml/wordprocessingDrawing": _TRANSITIONAL
    + "drawingml/2006/wordprocessingDrawing",
    _STRICT + "drawingml/chart": _TRANSITIONAL + "drawingml/2006/chart",
    _STRICT + "package/relationships": _TRANSITIONAL + "package/2006/relationships",
}
# The relationship type a Strict package gives a part, from its last segment
STRICT_RELATIONSHIPS = _STRICT + "officeDocument/relationships/"

_DECLARATION = re.compile(
    rb"""(\sxmlns(?::[A-Za-z_][\w.\-]*)?\s*=\s*)(["'])(http://purl\.oclc\.org/ooxml/[^"'<>]*)\2"""
)
_MARK = _STRICT.encode()


def to_transitional(data: bytes) -> tuple[bytes, dict[str, str]]:
    """A part's bytes with its Strict namespace declarations bound to the transitional
    namespaces, and what was rebound (transitional -> Strict, to bind it back)."""
    if _MARK not in data:
        return data, {}
    rebound: dict[str, str] = {}

    def rebind(m: re.Match[bytes]) -> bytes:
        strict = m.group(3).decode("ascii", "replace")
        transitional = STRICT_NAMESPACES.get(strict)
        if transitional is None:
            return m.group()
        rebound[transitional] = strict
        quote = m.group(2)
        return m.group(1) + quote + transitional.encode() + quote

    return _DECLARATION.sub(rebind, data), rebound


def to_strict(data: bytes, rebound: dict[str, str]) -> bytes:
    """The inverse of :func:`to_transitional` for one part: the declarations it rebound
    (``rebound``, transitional -> Strict) bound to their Strict namespaces again."""
    if not rebound:
        return data
    names = "|".join(re.escape(name) for name in sorted(rebound, key=len, reverse=True))
    declaration = re.compile(
        rb"""(\sxmlns(?::[A-Za-z_][\w.\-]*)?\s*=\s*)(["'])(""" + names.encode() + rb""")\2"""
    )

    def rebind(m: re.Match[bytes]) -> bytes:
        strict = rebound[m.group(3).decode("ascii")]
        return m.group(1) + m.group(2) + strict.encode() + m.group(2)

    return declaration.sub(rebind, data)
