"""The CSL-JSON bibliography handed to Pandoc: the store's own items, with what Pandoc
needs to print each entry as blinarefs prints it. Pure.

- An author list the source cut short with "et al" (``author_truncated``) is kept in
  CSL-JSON only as ``custom.author-truncated``, which Pandoc ignores: "Bassan R, Chiaretti
  S, Della Starza I, et al" would lose its "et al". So a literal name, the style's own
  et-al term, closes such a list. With fewer names than the style's et-al threshold it
  prints as the last name ("..., Della Starza I, et al."); with more, the style's et-al rule
  cuts the list and prints its own term, as blinarefs does (format/prepare.py). Importing
  the file back (``read_csljson``) turns that closing name into the flag again.
- ``container-title-short`` comes from the NLM table when the entry has only the full
  journal name, as blinarefs' formatter fills it.

Everything else Pandoc does itself as blinarefs does: page ranges by the style's
``page-range-format``, typographic apostrophes, particles in their own fields.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ..format.journals import nlm_abbreviation
from ..format.styles import Style, _terms, parse_tree
from ..model import Reference

DEFAULT_ET_AL = "et al."  # the CSL locale's term when a style defines none


def et_al_term(style: Style) -> str:
    """The style's own "et al" (Blood and Vancouver write it without the period, which
    their author group supplies)."""
    return _terms(parse_tree(style.xml, style.source)).get("et-al", DEFAULT_ET_AL).strip()


def pandoc_item(ref: Reference, et_al: str) -> dict[str, Any]:
    item = ref.to_csl()  # custom stays: Pandoc ignores it, and the file reads back losslessly
    if "container-title" in item and "container-title-short" not in item:
        short = nlm_abbreviation(item["container-title"])
        if short:
            item["container-title-short"] = short
    if ref.author_truncated and item.get("author"):
        item["author"] = [*item["author"], {"literal": et_al}]
    return item


def pandoc_items(refs: Iterable[Reference], style: Style) -> list[dict[str, Any]]:
    """The CSL-JSON items of ``refs`` for Pandoc's citeproc under ``style``."""
    term = et_al_term(style)
    return [pandoc_item(ref, term) for ref in refs]
