"""Made-up references cut into labelled parts, as the labeller might hand them to
``assemble``: for tests of what the assembler makes of a given (often wrong) labelling,
without depending on what the trained model happens to say."""

from __future__ import annotations

from blinarefs.parse.labeller import Labelled
from blinarefs.parse.tokens import tokenize


def labelled_parts(*parts: tuple[str, str]) -> tuple[list[Labelled], str]:
    """The tokens of the joined ``(text, label)`` parts, each labelled as its part is, and
    the joined text."""
    source, bounds = "", []
    for text, lab in parts:
        bounds.append((len(source), len(source) + len(text), lab))
        source += text
    out = []
    for tok in tokenize(source):
        lab = next(lab for start, end, lab in bounds if start <= tok.start < end)
        out.append(Labelled(tok, lab, 0.9))
    return out, source
