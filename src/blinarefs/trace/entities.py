"""Entities: trials and other names that point at one reference.

A sentence with no marker that names a trial ("ABC1234", "NCT02101853", "the EXAMPLE
trial") found in exactly one reference's title or abstract is linked to that reference
(an *entity* link of :mod:`blinarefs.trace.claims`); the evidence check looks for the same
names in the cited text. Kept apart since it is one index, built once from the list, and
one reading of a sentence's names, shared by the claims, their figures and the verdicts.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from ..model import Reference
from .looking_back import NAMED_STUDY

_TOKEN = re.compile(r"[A-Za-z0-9]+")


# ABC1234, AALL1731, E1910, NCT02101853: a capital letter and at least three digits
_IDENTIFIER = re.compile(r"\b(?=[a-z0-9]*[A-Z])(?=(?:[A-Za-z]*\d){3})[A-Za-z0-9]+\b")
# a letter beside a digit; the digit first, so that the engine skips to digits fast
_LETTER_DIGIT = re.compile(r"\d(?:(?<=[A-Za-z]\d)|(?=[A-Za-z]))")


def trial_names(text: str) -> list[str]:
    """Named trials in a sentence: identifiers, and capitalised names before "study/trial"."""
    names = _IDENTIFIER.findall(text) if _LETTER_DIGIT.search(text) else []
    if "stud" in text or "trial" in text:
        names += [m.group(1) for m in NAMED_STUDY.finditer(text) if m.group(1) not in names]
    return names


def _entity_words(text: str) -> set[str]:
    words = set(_IDENTIFIER.findall(text))
    return words | {t for t in _TOKEN.findall(text) if t.isupper() and len(t) >= 4}


@dataclass(frozen=True)
class EntityIndex:
    """Entity-like words of each reference's title and abstract -> the references holding them."""

    where: dict[str, dict[str, str]]  # word -> {key: "title" | "abstract"}

    @classmethod
    def build(cls, references: Iterable[Reference]) -> EntityIndex:
        where: dict[str, dict[str, str]] = {}
        for ref in references:
            for field_name in ("abstract", "title"):
                for word in _entity_words(getattr(ref, field_name)):
                    where.setdefault(word, {})[ref.id] = field_name
        return cls(where)

    def unique(self, sentence: str) -> list[tuple[str, str, str]]:
        """(name, key, field) for each named entity found in exactly one reference."""
        out = []
        for name in trial_names(sentence):
            holders = self.where.get(name, {})
            if len(holders) == 1:
                key, field_name = next(iter(holders.items()))
                out.append((name, key, field_name))
        return out
