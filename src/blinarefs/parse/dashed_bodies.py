"""A body named by its acronym and its name joined by a dash, either order, is one author.

Author-date and ABNT lists name a body as "EBS – Example Bureau of Statistics." or "SFE -
Serviço Florestal do Exemplo. 2030.", and numbered lists as "Instituto Exemplar de
Estatística – IEE, 2030."; the publishers' markup tags the whole as the author. The
readers, which have seen few such names, read the name and the title as one title, or
the title as the journal after a title that is the name (and left no author), or cut the
name at its small words ("Instituto Exemplar de" | "Estatística –"). The acronym shows
the name whole: its capitals are the initials of the name's words (the small words of
the languages of the lists, "de", "da", "of", left out or not: "IBGE", "UNCTAD"). Where the
reference opens so and every name read lies in it, it is the one author, and what the
title held of it is taken out.
"""

from __future__ import annotations

import re

from ..model import Name, Reference
from .body_names import SMALL_WORDS, is_body_name
from .prefilter import holds_any

_ACRONYM = r"[A-Z][a-z]{0,4}+[A-Z][A-Za-z]{0,14}+"
_NAME = r"[A-ZÀ-Ý][^.,;:()\[\]–—]{4,120}?"
# "ACR – Name." / "ACR - Name." and "Name – ACR," / "Name - ACR.", opening the reference
_DASHED = re.compile(
    rf"\A(?:(?P<acr>{_ACRONYM}) ?[–—-] (?P<name>{_NAME})|(?P<name2>{_NAME}) [–—-] ?"
    rf"(?P<acr2>{_ACRONYM}))(?=[.,] )"
)
# a dash beside a space, as the two forms print it (a page range's has none)
_DASHES = (" -", "- ", " –", "– ", " —", "— ")
# what is left of the title's opening after the name: its stop, and a year printed there
# ("Name – ACR, 2030. Title")
_OPENING = re.compile(r"[.,]?\s{0,3}(?:\(?(?P<year>\d{4})[a-z]?\)?[.,]?\s{1,3})?")


def _spells(acronym: str, name: str) -> bool:
    """Whether ``acronym``'s capitals are the initials of ``name``'s words: of its words
    but the small ones, or, for a body's name, of some of its words in their order
    ("NBS", "National Bureau of Statistics of China"; "UNCTAD", "... for Trade and
    Development")."""
    letters = "".join(c for c in acronym if c.isupper())
    words = name.split()
    if letters == "".join(w[0] for w in words if w.lower() not in SMALL_WORDS).upper():
        return True
    if not is_body_name(name):
        return False
    initials = iter(w[0].upper() for w in words)
    return all(letter in initials for letter in letters)  # in order: a subsequence


def dashed_body(ref: Reference) -> Reference:
    """``ref`` with the acronym and name a dash joins, that open it, as its one author."""
    text = ref.source_text
    if not holds_any(text[:160], _DASHES) or not (m := _DASHED.match(text)):
        return ref
    acronym, name = (m["acr"], m["name"]) if m["acr"] else (m["acr2"], m["name2"])
    head = m.group()
    if not _spells(acronym, name.strip()) or ref.author == (Name(literal=head),):
        return ref
    parts = [p for n in ref.author for p in (n.literal, n.given, n.family) if p]
    if not all(p.strip(" –-") in head for p in parts):
        return ref
    fields: dict[str, object] = {"author": (Name(literal=head),)}
    title = ref.title
    if title.startswith(head):
        opening = _OPENING.match(title, len(head))  # (it matches the empty text)
        title = title[opening.end() :] if opening else title[len(head) :]
        if opening and opening["year"] and not ref.issued:
            fields["issued"] = (int(opening["year"]),)
        if not title and ref.container_title:  # the title was read as the journal
            fields.update(container_title="", container_title_short="")
            title = ref.container_title
            if ref.type == "article-journal" and not (ref.volume or ref.issue or ref.page):
                fields["type"] = "webpage" if ref.url else "book"  # as organisation_as_title
        fields["title"] = title
    return ref.with_fields(**fields)
