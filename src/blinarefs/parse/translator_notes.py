"""A translator's statement after a book's title, as ABNT and its Spanish kin print it.

NBR 6023 prints who translated a work after its title, a sentence of its own: "ROE, J.
Made-up poetics. Tradução de Ana Doe. Springfield: Example, 2030.", "Tradução, notas e
prefácio de Ana Doe", "Trad. de Ana Doe", "Traducción de Ana Doe". The readers, seeing no
mark between, ran the title on to the statement. It names a contributor, not the title: it
is kept as the entry's note.
"""

from __future__ import annotations

import re

from ..model import Reference

# the statement closing the title read: its opening word, then the rest of that sentence
_STATEMENT = re.compile(
    r"\.\s+(?P<note>(?:(?:Tradu[çc][ãa]o|Traducci[óo]n|Traduzido|Traducido|Translated by)\b"
    r"|Trad\.\s).*)$"
)


def translator_out_of_title(ref: Reference) -> Reference:
    """``ref`` without the translator's statement its title ran on to, kept as its note."""
    if "Trad" not in ref.title and "Translated" not in ref.title:
        return ref
    m = _STATEMENT.search(ref.title)
    if m is None or not m.start():
        return ref
    note = ref.note or m["note"].rstrip(".")
    return ref.with_fields(title=ref.title[: m.start()], note=note)
