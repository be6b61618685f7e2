"""Lines as a user's editor counts them: split at "\\n" only.

``str.splitlines`` also breaks at form feeds, vertical tabs, the file/group/record separators
(``\\x1c``-``\\x1e``), NEL and the Unicode line and paragraph separators. A text copied out
of a PDF holds them (pdftotext ends every page with a form feed; a font without a Unicode
map yields separators), so a line number counted that way points lines below the one the
user's editor shows, and an offset computed from those lines lands in the wrong place.
"""

from __future__ import annotations


def lines_with_ends(text: str) -> list[str]:
    """``text``'s lines, each with its "\\n" (the last one without, if the text does not end
    with one); their concatenation is ``text``."""
    pieces = text.split("\n")
    out = [piece + "\n" for piece in pieces[:-1]]
    if pieces[-1]:
        out.append(pieces[-1])
    return out
