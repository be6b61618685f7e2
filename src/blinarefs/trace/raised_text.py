"""A Word file's raised text that cites nothing, as the decoder reads the typed syntax after it.

A .docx's text holds its raised runs as plain characters: "ν = 2⁻⁴[35]." is "ν = 2 −4[35].",
so the bracket after the exponent looks glued to a number, a power's or an index's
bracket, and is no citation. In print the bracket follows the raised exponent, set apart
from the digits on the line by the raise, as a bracket after a space is. The reader knows
which spans were raised and cite nothing (an exponent, an affiliation's "1", "™":
:attr:`~blinarefs.manuscript.ManuscriptDocument.raised`); where typed syntax (a bracket or
a parenthesis) opens right after one, the decoder reads that span blanked, so the syntax is
judged by what is printed on the line, never by the exponent's digits. Only there: raised
digits the reader left uncited may still open a group the decoder reads on the line
("in⁸⁶,88, 89, 90", a journal raising only a group's first number). The same length, so
every offset holds. Pure.
"""

from __future__ import annotations

from collections.abc import Iterable

_SYNTAX = "[("  # typed citation syntax that may open right after a raised span


def blank_raised(text: str, raised: Iterable[tuple[int, int]] | None) -> str:
    """``text`` with each raised span that cites nothing and has typed syntax right after it
    blanked to spaces; unchanged when no span is known (plain text, JATS)."""
    if not raised:
        return text
    pieces: list[str] = []
    at = 0
    for start, end in sorted(raised):
        start = max(start, at)
        if start >= end or text[end : end + 1] not in tuple(_SYNTAX):
            continue
        pieces += [text[at:start], " " * (end - start)]
        at = end
    pieces.append(text[at:])
    return "".join(pieces)
