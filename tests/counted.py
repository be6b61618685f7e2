"""A compiled pattern wrapped so a test can count its searches: the speed gates' tests
hold a rule to asking its pattern only where the gate says the pattern can match."""

from __future__ import annotations


class Counted:
    """A pattern whose searches are counted."""

    def __init__(self, pattern: object) -> None:
        self.pattern, self.searches = pattern, 0

    def search(self, *args: object) -> object:
        self.searches += 1
        return self.pattern.search(*args)  # type: ignore[attr-defined]
