"""Whether a copy's spaced superscripts ("in the small airways 1.") cite the list where the
first reading, outvoted, cited only part of it: a paragraph of counts in parentheses
("asthma (3), fibrosis (1)") made the text read as citing in parentheses, and the spaced
numbers, a few of which the first reading sees, lost to the convention the counts set.

A manuscript cites nearly every reference it lists, so a reading that leaves a third of
the list uncited is worth reading again with spaced numbers as candidates
(:func:`leaves_much_uncited`), and a spaced reading that then cites nearly all of it is
taken (:func:`cites_nearly_all`), with the habit shown at clause ends
(``spacing.spaced_habit``). Pure: counts over the decisions taken."""

from __future__ import annotations

from .infer import Decision
from .spacing import SPACED_HABIT, cited_count

LEFT = 2 / 3  # a reading citing less of the list than this is read again as spaced
NEARLY_ALL = 0.9  # a spaced reading citing this much of the list is taken


def leaves_much_uncited(decisions: list[Decision], size: int | None) -> bool:
    """Whether a decoding leaves a third of the list or more uncited."""
    return bool(size) and cited_count(decisions) < LEFT * (size or 0)


def cites_nearly_all(again: list[Decision], chosen: list[Decision], size: int | None) -> bool:
    """Whether the spaced reading cites nearly the whole list, where the first left a third
    of it uncited, and five references more at least: the spaced numbers, not the counts
    that outvoted them, are the text's citations."""
    cited = cited_count(again)
    return (
        leaves_much_uncited(chosen, size)
        and cited >= NEARLY_ALL * (size or 0)
        and cited - cited_count(chosen) >= SPACED_HABIT
    )
