"""The CSL-JSON bibliography handed to Pandoc: the store's own items, with what Pandoc
needs to print each entry as blinarefs prints it. Pure.

- An author list the source cut short with "et al" (``author_truncated``) is kept in
  CSL-JSON only as ``custom.author-truncated``, which Pandoc ignores: "Smith J, Lee
  K, Della Porta M, et al" would lose its "et al". So the list is closed with literal
  names, the style's own et-al term, as many as blinarefs' formatter adds stand-ins
  (``format.prepare.et_al_padding``): with at least et-al-use-first names known, enough to
  reach et-al-min, so that the style's et-al rule cuts the list and prints its own term
  (Blood: "Smith J, Lee K, Della Porta M, et al."); with fewer, one, which prints
  as the last name (Vancouver: "..., Della Starza I, et al."). Known difference: after a
  single name the closing name follows the names' delimiter ("Jones A, et al."),
  where blinarefs follows the style's delimiter-precedes-et-al (CSL's default,
  "contextual": "Jones A et al."). The names suit the style they were written for;
  ``blinarefs import`` (``read_csljson``) turns them back into the flag.
- ``container-title-short`` comes from the NLM table when the entry has only the full
  journal name, as blinarefs' formatter fills it.

Everything else Pandoc does itself as blinarefs does: page ranges by the style's
``page-range-format``, typographic apostrophes, particles in their own fields.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from ..format.journals import nlm_abbreviation
from ..format.prepare import et_al_padding
from ..format.styles import Style, _terms, load_style, parse_tree
from ..model import Reference

DEFAULT_ET_AL = "et al."  # the CSL locale's term when a style defines none


def et_al_term(style: Style) -> str:
    """The style's own "et al" (Blood and Vancouver write it without the period, which
    their author group supplies)."""
    return _terms(parse_tree(style.xml, style.source)).get("et-al", DEFAULT_ET_AL).strip()


def pandoc_item(ref: Reference, style: Style, et_al: str) -> dict[str, Any]:
    item = ref.to_csl()  # custom stays: Pandoc ignores it, and the file reads back losslessly
    if "container-title" in item and "container-title-short" not in item:
        short = nlm_abbreviation(item["container-title"])
        if short:
            item["container-title-short"] = short
    if ref.author_truncated and item.get("author"):
        _, fill = et_al_padding(len(item["author"]), style)
        item["author"] = [*item["author"], *[{"literal": et_al}] * fill]
    return item


def pandoc_items(refs: Iterable[Reference], style: str | Style = "blood") -> list[dict[str, Any]]:
    """The CSL-JSON items of ``refs`` for Pandoc's citeproc under ``style`` (a name, a path,
    or a loaded Style). Raises StyleError for a style that cannot be loaded."""
    return list(iter_pandoc_items(refs, style))


def iter_pandoc_items(
    refs: Iterable[Reference], style: str | Style = "blood"
) -> Iterator[dict[str, Any]]:
    """:func:`pandoc_items` one at a time, for writing a large library's file."""
    style = load_style(style)
    term = et_al_term(style)
    return (pandoc_item(ref, style, term) for ref in refs)
