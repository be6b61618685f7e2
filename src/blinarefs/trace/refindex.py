"""The references a manuscript may cite, looked up the ways its markers name them."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from ..model import Reference
from ..names import PARTICLES, fold_ascii


@dataclass(frozen=True)
class ReferenceIndex:
    """The references a manuscript may cite, looked up by number, key and author-year.

    ``numbered`` is True when the references carry their printed numbers (entries without
    one then have no number); otherwise numbers are positions in the list, and keyed
    citations are renumbered by first citation.
    """

    references: tuple[Reference, ...] = ()
    by_number: dict[int, Reference] = field(default_factory=dict)
    by_key: dict[str, Reference] = field(default_factory=dict)
    by_author_year: dict[tuple[str, int], list[Reference]] = field(default_factory=dict)
    numbered: bool = False
    number_by_key: dict[str, int] = field(default_factory=dict)

    @classmethod
    def build(cls, references: Iterable[Reference]) -> ReferenceIndex:
        refs = tuple(references)
        numbered = any(r.number is not None for r in refs)
        by_number: dict[int, Reference] = {}
        for pos, ref in enumerate(refs, start=1):
            if not numbered:
                by_number.setdefault(pos, ref)
            elif ref.number is not None:  # an entry added later without a number has none
                by_number.setdefault(ref.number, ref)
        by_author_year: dict[tuple[str, int], list[Reference]] = {}
        for ref in refs:
            if ref.author and ref.year:
                for name in _name_forms(ref.author[0].full_family):
                    by_author_year.setdefault((name, ref.year), []).append(ref)
        number_by_key = {ref.id: n for n, ref in by_number.items()}
        by_key = {r.id: r for r in refs}
        return cls(refs, by_number, by_key, by_author_year, numbered, number_by_key)

    @property
    def size(self) -> int | None:
        """The highest number in the list, or None when no list is known."""
        return max(self.by_number) if self.by_number else None


def _name_forms(family: str) -> set[str]:
    """ "van der Sluis" is cited as "van der Sluis" or "Sluis"; compare folded to ASCII."""
    folded = fold_ascii(family).lower().strip()
    words = folded.split()
    forms = {folded}
    while words and words[0] in PARTICLES:
        words = words[1:]
        if words:
            forms.add(" ".join(words))
    return forms
