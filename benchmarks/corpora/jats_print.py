"""A tagged citation as the journal printed it: its parts in order, as one line, and one a
line as a web page shows them. The markup leaves out what its renderers add and carries
what was never printed; the benchmarks compare the parser's reading of this text with the
truth the tags give."""

from __future__ import annotations

import re

from lxml import etree

from .jats_names import NAMES
from .jats_xml import has_loose_text, local, text_of


def printed_parts(cit: etree._Element) -> list[str]:
    """The citation as the journal prints it, in parts: each element's text and each run of
    text between elements. The markup leaves out what its renderers add: the space inside a
    name ("Smith" "J"), the comma between names (and before an ``<etal>`` that has its
    words) that nothing separates; and it carries what is not printed: a PubMed id that PMC
    appended."""
    parts: list[str] = []

    def visit(el: etree._Element) -> None:
        if local(el) in ("name", "string-name") and not has_loose_text(el):
            names = [t for t in (text_of(c) for c in el) if t]
            for k, name in enumerate(names):
                parts.extend((" ", name) if k else (name,))
            return
        parts.append(el.text or "")
        prev = None
        for child in el:
            kind = local(child)
            named = kind in NAMES or (kind == "etal" and text_of(child))  # "Smith J, et al"
            if prev in NAMES and named and not "".join(parts[-1:]).strip():
                parts[-1:] = [", "]  # "Smith J, Doe P", not the tail's "Smith J , Doe P"
            said = "".join(parts)[-12:].lower()
            if (
                kind == "pub-id"
                and child.get("pub-id-type") == "pmid"
                and not re.search("pmid|pubmed", said)
            ):
                pass  # appended by PMC, not printed
            elif kind:
                visit(child)
            parts.append(child.tail or "")
            prev = kind
        return

    visit(cit)
    return parts


def printed_text(parts: list[str]) -> str | None:
    """The printed parts as one line, without the indentation before a comma."""
    raw = re.sub(r"\s*\n\s*(?=[,.;:)])", "", "".join(parts))
    return " ".join(raw.split()) or None


def pieces(parts: list[str], label: str | None) -> tuple[str, ...]:
    """The parts one a line as a web page shows them, without the number some journals
    repeat inside the citation ("2." or "2") and the mark left after it."""
    pieces = [" ".join(p.split()) for p in parts if p.strip()]
    if pieces and label and (digits := re.fullmatch(r"\W*(\d+)\W*", label)):
        pieces[0] = re.sub(rf"^\[?{digits.group(1)}\]?[.)]?(?:\s+|$)", "", pieces[0])
    while pieces and pieces[0].strip(" .,;:") == "":
        pieces.pop(0)
    if pieces:  # ". Aires M ...": the separator that followed the number
        pieces[0] = re.sub(r"^[.,;:]\s+", "", pieces[0])
    return tuple(pieces)
