"""A body's name that ends with its acronym, read as a person's family and initials.

Vancouver prints a person as the family name and then the initials ("Roe JA"), so a body's
name closed by an acronym ("Springfield Forum of EAS.", "Example Agency - EXA.") is read
as the family "Springfield Forum of" with the initials "E. A. S.". No person's family name
holds a joining word ("of", "for", "the", "and"), a dash between spaces, or a word in
capitals beside words that are not: with such a family, and the item's first sentence
printed as that family and the initials' letters alone, the sentence is the body's name.
A body's name then a comma and an acronym that is not its own ("Example Health
Organization, EXDH.") is read so too: the acronym is a second body's, a second author.
"""

from __future__ import annotations

from ..model import Name, Reference
from .body_names import is_body_name
from .spelled_acronyms import spells

# The words that join a body's name and no person's family name
_JOINING = frozenset(("of", "for", "the", "and", "&", "-", "–"))


def body_words(family: str) -> bool:
    """Whether a family name read holds what only a body's name holds."""
    words = family.split()
    if any(w in _JOINING for w in words):
        return True
    capitals = [w.isupper() and len(w) > 1 for w in words]
    return any(capitals) and not all(capitals)


def acronym_end(ref: Reference) -> Reference:
    """``ref`` with its one author, a body's name read as a person's family and an acronym
    as the initials, as the body's whole name."""
    if len(ref.author) != 1 or ref.author[0].literal:
        return ref
    name = ref.author[0]
    family = " ".join(filter(None, (name.non_dropping_particle, name.family)))
    letters = name.given.replace(".", "").replace(" ", "")
    head = ref.source_text.partition(". ")[0]
    if len(letters) < 2:
        return ref
    if head == f"{family}, {letters}" and is_body_name(family) and not spells(letters, family):
        # a second body by its acronym after the first: "Example Health Organization, EXDH."
        return ref.with_fields(author=(Name(literal=family), Name(literal=letters)))
    if head != f"{family} {letters}" or not body_words(family):
        return ref
    return ref.with_fields(author=(Name(literal=head),))
