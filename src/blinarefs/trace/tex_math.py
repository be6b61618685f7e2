"""TeX math in a plain text: no citation inside it.

Pandoc's plain copy of a Word file writes each equation it cannot print in Unicode as TeX,
``$$M_{f}^{(1)} = \\frac{h}{c}$$`` on a paragraph of its own and ``$\\sum_{i}^{n} x_{i}$`` in
a line, and a Markdown manuscript writes its formulas so. The Word file holds them as
equations (no citation is read there), but in the copy the equation's ``^{(1)}``, ``(2)``
and digits were read as candidates: a text citing in brackets got a close call at every
``(1)`` of its formulas. Blanked out before decoding (same length, so spans hold). A ``$``
in prose is money (``US$ 5``, ``R$ 10 and $20``): inline math counts only where it holds a
TeX command or a braced sub- or superscript, and a display only up to its closing ``$$``.
"""

from __future__ import annotations

import re

# a display, "$$...$$", and a formula in a line, "$...$" on one line, no space inside its
# dollars (Pandoc's and Markdown's own rule); bounded, so a stray "$$" blanks no more
_DISPLAY = re.compile(r"\$\$[^$]{1,3000}?\$\$")
_INLINE = re.compile(r"(?<![\\$\w])\$(?=\S)[^$\n]{1,400}?(?<=[^\s\\])\$(?![\d$])")
_TEX = re.compile(r"\\[A-Za-z]+|[_^]\{")
_BLANK = re.compile(r"[^\n]")


def mask_tex_math(text: str) -> str:
    """``text`` with its TeX math blanked out (see the module's docstring); a text without
    a dollar unchanged."""
    if "$" not in text:
        return text

    def blank(m: re.Match[str]) -> str:
        return _BLANK.sub(" ", m.group()) if _TEX.search(m.group()) else m.group()

    return _INLINE.sub(blank, _DISPLAY.sub(blank, text))
