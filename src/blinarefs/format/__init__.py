"""Bibliographies and in-text citations in a CSL style, exactly as the journal prints them.

    from blinarefs import Store, format_bibliography, format_citation
    refs = Store.load("paper.bib").references
    format_bibliography(refs, style="blood")            # ["1. Smith J, ...", ...]
    format_bibliography(refs, "vancouver", to="html", order=["jones2017chemotherapy"])
    format_citation([2, 3, 4, 5, 6, 7, 8, 9], "blood")  # "²⁻⁹" in text, <sup>2-9</sup> in HTML

The engine is citeproc-py, fed the model's own CSL-JSON (``Reference.to_csl``), one entry
at a time; engine.py lists the citeproc-py behaviours worked around and where. Modules:
styles (find, safely parse and check a style), prepare (the item handed to citeproc-py),
pages (page ranges), journals (NLM abbreviations), engine (citeproc-py), cache (memoised
renderings), bibliography (order, rendering), citations (numeric in-text citations), markup
(the five output formats), stage (the ``build`` pipeline stage). Nothing here touches the
disk except style loading and the optional cache folder.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from ..arguments import references_argument
from ..model import Reference
from .bibliography import cited_order, format_entries, order_references
from .citations import format_citation
from .markup import FORMATS, document
from .styles import Style, load_style

__all__ = [
    "FORMATS",
    "Style",
    "bibliography_pieces",
    "cited_order",
    "format_bibliography",
    "format_citation",
    "load_style",
]


def _check_format(to: str) -> None:
    if to not in FORMATS:
        from ..errors import UsageError

        raise UsageError(f"unknown output format {to!r}; choose one of {', '.join(FORMATS)}")


def format_bibliography(
    refs: Iterable[Reference],
    style: str | Path | Style = "blood",
    to: str = "text",
    order: Sequence[str] | None = None,
    *,
    cache_dir: Path | None = None,
) -> list[str]:
    """One formatted entry per reference, numbered 1..n.

    ``order`` is the citation order as a list of keys (the bibliography then holds exactly
    those references); None keeps the given order. ``to`` is text, html, markdown, rtf or
    latex (LaTeX entries come without their number: ``thebibliography`` numbers them).
    ``cache_dir`` keeps renderings on disk between runs (see cache.py); they are always kept
    in memory for the life of the process. Raises StyleError or UsageError.
    """
    _check_format(to)
    refs = references_argument(refs, "format_bibliography")
    style = load_style(style)
    return format_entries(order_references(refs, order), style, to, cache_dir)


def bibliography_pieces(
    refs: Iterable[Reference],
    style: str | Path | Style = "blood",
    to: str = "text",
    order: Sequence[str] | None = None,
    *,
    cache_dir: Path | None = None,
    title: str = "References",
) -> Iterator[str]:
    """The whole bibliography as one file's content, in pieces: lines of text, an HTML page,
    Markdown paragraphs, an RTF document, or a LaTeX ``thebibliography`` environment.
    ``fsio.atomic_write`` writes the pieces as they come, so a library's bibliography is
    never held whole (``"".join`` them for a string). Every entry is rendered before the
    first piece, so a style or entry that cannot be rendered raises here."""
    _check_format(to)
    style = load_style(style)
    ordered = order_references(refs, order)
    entries = format_entries(ordered, style, to, cache_dir)
    return document(entries, to, keys=[r.id for r in ordered], title=title)
