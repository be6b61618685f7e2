"""A Word file's raised text that cites nothing, as the decoder reads what follows it.

A .docx's text holds its raised runs as plain characters: "ν = 2⁻⁴[35]." is "ν = 2 −4[35].",
so the bracket after the exponent looks glued to a number, a power's or an index's
bracket, and is no citation. In print the bracket follows the raised exponent, set apart
from the digits on the line by the raise, as a bracket after a space is. The reader knows
which spans were raised and cite nothing (an exponent, an affiliation's "1", "™":
:attr:`~blinarefs.manuscript.ManuscriptDocument.raised`); the decoder reads them blanked,
so typed syntax after one is judged by what is printed on the line before the exponent
ends, never by the exponent's digits. The same length, so every offset holds. Pure.
"""

from __future__ import annotations

from collections.abc import Iterable


def blank_raised(text: str, raised: Iterable[tuple[int, int]] | None) -> str:
    """``text`` with each raised span that cites nothing blanked to spaces (line breaks
    kept); unchanged when no span is known (plain text, JATS)."""
    if not raised:
        return text
    pieces: list[str] = []
    at = 0
    for start, end in sorted(raised):
        start = max(start, at)
        if start >= end:
            continue
        span = text[start:end]
        pieces += [text[at:start], "".join("\n" if ch == "\n" else " " for ch in span)]
        at = end
    pieces.append(text[at:])
    return "".join(pieces)
