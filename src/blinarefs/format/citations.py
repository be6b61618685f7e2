"""In-text citations of numeric styles: sorted, ranges collapsed, formatted as the style says.

citeproc-py parses ``collapse="citation-number"`` but never applies it (it prints 1,2,3,5
where the style asks for 1-3,5), so numeric citations are rendered here from the style's
``<citation>`` options (styles.CitationLayout). As the CSL specification says, only runs of
three or more collapse ("1,2" stays); the range is joined by the style's page-range
delimiter (a hyphen in Blood and Vancouver; CSL 1.0.2 has no term of its own for it).
Pure functions.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..errors import StyleError, UsageError
from .markup import convert
from .styles import CitationLayout, Style, load_style


def collapse(numbers: Iterable[int]) -> list[tuple[int, int]]:
    """Sorted, de-duplicated runs: [1, 2, 3, 5] -> [(1, 3), (5, 5)]."""
    runs: list[tuple[int, int]] = []
    for n in sorted(set(numbers)):
        if runs and n == runs[-1][1] + 1:
            runs[-1] = (runs[-1][0], n)
        else:
            runs.append((n, n))
    return runs


def _join(numbers: list[int], layout: CitationLayout) -> str:
    def item(n: int) -> str:
        return f"{layout.item_prefix}{n}{layout.item_suffix}"

    if not layout.collapse:
        return layout.delimiter.join(item(n) for n in sorted(set(numbers)))
    parts: list[str] = []
    after_range = False
    for first, last in collapse(numbers):
        if parts:
            parts.append(layout.after_collapse_delimiter if after_range else layout.delimiter)
        if last - first >= 2:
            parts.append(f"{item(first)}{layout.range_delimiter}{item(last)}")
            after_range = True
        else:
            singles = [item(n) for n in range(first, last + 1)]
            parts.append(layout.delimiter.join(singles))
            after_range = False
    return "".join(parts)


def citation_markup(numbers: Iterable[int], style: Style) -> str:
    """The citation in the intermediate markup (markup.py)."""
    numbers = [int(n) for n in numbers]
    if not numbers:
        raise StyleError("a citation needs at least one reference number")
    if any(n < 1 for n in numbers):
        raise StyleError(f"reference numbers start at 1, got {min(numbers)}")
    if not style.numeric:
        raise StyleError(
            f"{style.source}: the style does not cite by number; format_citation renders "
            "numeric citations only"
        )
    layout = style.citation
    text = layout.prefix + _join(numbers, layout) + layout.suffix
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    if layout.font_style in ("italic", "oblique"):
        text = f"<i>{text}</i>"
    if layout.font_weight == "bold":
        text = f"<b>{text}</b>"
    if layout.vertical_align in ("sup", "sub"):
        text = f"<{layout.vertical_align}>{text}</{layout.vertical_align}>"
    return text


def format_citation(
    numbers: Iterable[int] | int, style: str | Style = "blood", to: str = "text"
) -> str:
    """An in-text citation of the references ``numbers`` (or of one number): Blood gives
    superscript "2-9" (``<sup>2-9</sup>`` in HTML), Vancouver "(1,3-5)". Raises StyleError
    for a style that does not cite by number."""
    given: object = numbers
    try:  # "12" would cite 1 and 2, and ["a"] fail deep inside
        if isinstance(given, str):
            raise TypeError
        listed = [numbers] if isinstance(numbers, int) else [int(n) for n in numbers]
    except (TypeError, ValueError):
        raise UsageError(
            f"format_citation() takes reference numbers, such as [1, 3, 4], not {given!r:.60}"
        ) from None
    return convert(citation_markup(listed, load_style(style)), to)
