"""A body's acronym after the title, as APA 7 prints the publisher of a body's report:
"Example Institute of Springfield Studies. (2030). Census of made-up schools. EISS.
https://example.org/census.pdf".

APA names the publisher after the title, and a body that publishes its own work is often
named by its acronym there ("INEP", "Inep", "CNPq"). The readers, which have seen few
publishers printed alone between a title and its address, ran the title on to it. A last
sentence of the title that is one such word is the publisher: a word of two capitals or
more (a roman numeral aside: "Part II"), or a word whose letters are the initials of the
author's name ("Eiss" for "Example Institute of Springfield Studies").
"""

from __future__ import annotations

import re

from ..model import Reference
from .known_bodies import name_initials

# the title's last sentence, one word of letters
_LAST_WORD = re.compile(r"\.\s(?P<word>[A-Z][A-Za-z]{1,9})$")
_CAPITALS = re.compile(r"[A-Z][a-z]*[A-Z][A-Za-z]*")
_ROMAN = re.compile(r"[IVXLCDM]+")


def acronym_publisher(ref: Reference) -> Reference:
    """``ref`` with the body's acronym its title ran on to as its publisher, where the
    author is one body and the reference prints its address (or ends) after the word."""
    if len(ref.author) != 1 or not (body := ref.author[0].literal):
        return ref
    if ref.publisher or ref.container_title or not (m := _LAST_WORD.search(ref.title)):
        return ref
    word = m["word"]
    spelled = len(word) > 2 and word.upper() in name_initials(body.split())
    if not spelled and (not _CAPITALS.fullmatch(word) or _ROMAN.fullmatch(word)):
        return ref
    after = ref.source_text.partition(f"{ref.title}.")[2].strip()
    if after and not (ref.url and after.startswith(("http", "<http", "doi", "DOI"))):
        return ref
    return ref.with_fields(title=ref.title[: m.start()], publisher=word)
