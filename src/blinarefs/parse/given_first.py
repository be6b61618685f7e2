"""Author lists printed given names first, with no comma inside a person's name: BibTeX's
plainnat and abbrvnat with full names (what PubMed-fed libraries give them), and the
"Nature"-like styles of some reference managers: "Jane A Roe, John B Doe, and Mary Poe.
Title. Journal, 41:163–183, Jul 2030."

Both readers know names as Vancouver prints them, family first and initials after ("Roe
JA"): a given name followed by an undotted initial ("John B") looks to them like a family
and its initials, so "Roe, John B Doe, and Mary Poe" was read as two people and the rest of
the names as the title. One reference alone cannot say which way its names run ("Wang Wei"
either way), a whole list can: a list that prints many names as words with an initial
between them ("Mary K Poe"), joined by ", " and a last "and", prints its people given
first. In such a list each item opening so is read through its Vancouver twin ("Roe JA,
Doe JB, Poe M. Title. ..."), and the entry keeps the given names as printed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from ..names import PARTICLES
from .grammar_mends import norm_value
from .one_name import is_organisation

if TYPE_CHECKING:  # (the list's habits are read before any item: no import at run time)
    from .read import Reading

# A word of a name: a capital, then a small letter ("Anne-Marie", "McRoe", "O'Doe"); an
# undotted initial or two ("B", "RW"). Each word, each person and the run of people taken
# whole (possessive, atomic): a list that is no such list fails in time linear in its length
# (a person's words split every way, over many people, grew exponentially)
_WORD = r"[^\W\d_a-z](?:['’][^\W\d_a-z])?[^\W\d_A-Z][\w'’\-]*+"
_INITIAL = r"[^\W\d_a-z]{1,2}"
_PARTICLE = "|".join(sorted(PARTICLES | {p.title() for p in PARTICLES}, key=len, reverse=True))
# a person: one to four given words or initials, a family's particles, the family's word
_PERSON = rf"(?>(?:(?:{_WORD}|{_INITIAL}) ){{1,4}}(?:(?:{_PARTICLE}) ){{0,2}}{_WORD})"
_NAMES = re.compile(
    rf"(?P<names>{_PERSON}(?:, {_PERSON})*+(?P<last>,? and {_PERSON})?)(?P<etal>,? et al\.?)?"
    r"\. (?=\S)"
)
_MIDDLE_INITIAL = re.compile(rf"\b{_WORD} {_INITIAL} {_WORD}\b")
# words that open a title, never a person's name ("The Example Atlas and Widget Guide.")
_NOT_NAMES = frozenset(("The", "An", "On", "In", "Of", "For", "To", "From", "With", "And",
                        "Towards", "Toward", "How", "What", "Why", "When", "Where", "Is",
                        "Are", "New", "Using"))  # fmt: skip
# A list is read so when at least this many of its items open with two or more such names
# joined by "and", and at least a fifth of those print a given name and an initial
# ("Mary K Poe": family-first lists without initials, "Wang Wei and Li Na", print none)
LIST_MIN = 5


@dataclass(frozen=True, slots=True)
class GivenFirst:
    """An item's names as printed (given, family) and its text with them as Vancouver's."""

    people: tuple[tuple[str, str], ...]
    twin: str
    printed: str

    def named(self, reading: Reading) -> Reading:
        """``reading`` of the twin with the printed text and the given names as printed,
        when it read the twin's people as they are (else as it read them)."""
        ref = reading.reference.with_fields(source_text=self.printed)
        names = ref.author
        if len(names) == len(self.people) and all(
            norm_value(n.full_family) == norm_value(family)
            for n, (_, family) in zip(names, self.people, strict=True)
        ):
            given = [replace(n, given=g) for n, (g, _) in zip(names, self.people, strict=True)]
            ref = ref.with_fields(author=tuple(given))
        return replace(reading, reference=ref)


def _split(person: str) -> tuple[str, str] | None:
    """(given, family) of one printed person, or None when the words are no person's."""
    words = person.split()
    if any(w in _NOT_NAMES for w in words) or is_organisation(person):
        return None
    at = len(words) - 1
    while at > 1 and words[at - 1].lower() in PARTICLES:  # "Stéfan van der Roe"
        at -= 1
    return " ".join(words[:at]), " ".join(words[at:])


def _people(text: str) -> tuple[re.Match[str], list[tuple[str, str]]] | None:
    m = _NAMES.match(text)
    if m is None:
        return None
    people = [_split(p) for p in re.split(r",? and |, ", m.group("names"))]
    if not all(people):
        return None
    return m, [p for p in people if p]


def vancouver(people: list[tuple[str, str]]) -> str:
    """The (given, family) ``people`` as Vancouver prints them: "Roe JA, Doe J"."""
    return ", ".join(f"{family} {''.join(w[0] for w in given.split())}" for given, family in people)


def given_first(text: str) -> GivenFirst | None:
    """The item ``text`` read as opening with given-first names, or None when it does not."""
    printed = " ".join(text.split())
    found = _people(printed)
    if found is None:
        return None
    m, people = found
    etal = ", et al" if m.group("etal") else ""
    twin = f"{vancouver(people)}{etal}. {printed[m.end() :]}"
    return GivenFirst(tuple(people), twin, printed)


def prints_given_first(texts: list[str]) -> bool:
    """Whether a list (its items' ``texts``) prints its people given names first: enough
    of its items open with names so joined by "and", a fifth of them with a middle initial."""
    joined = initialled = 0
    for text in texts:
        found = _people(" ".join(text.split()))
        if found is None or not found[0].group("last"):
            continue
        joined += 1
        initialled += bool(_MIDDLE_INITIAL.search(found[0].group("names")))
    return joined >= LIST_MIN and 5 * initialled >= joined
