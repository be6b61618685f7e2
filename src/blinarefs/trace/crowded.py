"""Whether a first reading's citations crowd into one paragraph where a copy's spaced
superscripts ("in the small airways 1.") cite through the whole text: a paragraph of counts
in parentheses ("asthma (3), fibrosis (1), emphysema (2)") outvoted them, so the text was
read as citing in parentheses, in that paragraph alone, however small its list (counts
from 1 to 9 cover a short list as citations would).

A manuscript cites through its text, not in one paragraph of it: a reading whose markers
stand half in one paragraph is read again with spaced numbers as candidates
(:func:`crowded`), and the spaced reading is taken where it leaves the crowd and cites in
many more paragraphs (:func:`spreads_wider`), with the habit shown at clause ends
(``spacing.spaced_habit``). Pure: counts over the decisions taken."""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter

from .features import convention
from .infer import Decision
from .sentences import split_paragraphs
from .spacing import cited_count

CROWD = 3  # markers in one paragraph, half of those taken at least: a crowd
PARENTHESISED = ("paren",)  # the convention of counts: "asthma (3), fibrosis (1)"
WIDER = 2  # times as many paragraphs cited by the spaced reading


def _paragraphs(body: str, decisions: list[Decision], kinds: tuple[str, ...] = ()) -> Counter[int]:
    """How many markers taken (of the ``kinds`` of convention, when given) stand in each
    paragraph (by its index)."""
    bounds = [p.start for p in split_paragraphs(body)]
    return Counter(
        max(0, bisect_right(bounds, d.candidate.start) - 1)
        for d in decisions
        if d.accepted and (not kinds or convention(d.candidate) in kinds)
    )


def crowded(body: str, decisions: list[Decision]) -> bool:
    """Whether half the markers taken, three at least, are numbers in parentheses in one
    paragraph (a copy's flattened superscripts that crowd a paragraph are a paragraph that
    cites much, in the copy's own convention)."""
    most = max(_paragraphs(body, decisions, PARENTHESISED).values(), default=0)
    return most >= CROWD and 2 * most >= sum(1 for d in decisions if d.accepted)


def spreads_wider(body: str, again: list[Decision], chosen: list[Decision]) -> bool:
    """Whether the spaced reading leaves the crowd of a crowded first reading (it takes
    under half as many numbers in parentheses) and cites in twice as many paragraphs, three
    more at least, and as many references: a text citing in parentheses keeps its
    citations however its counts at clause ends ("scores above 2.") are read."""
    wide, narrow = len(_paragraphs(body, again)), len(_paragraphs(body, chosen))
    kept = sum(_paragraphs(body, again, PARENTHESISED).values())
    return (
        crowded(body, chosen)
        and 2 * kept < sum(_paragraphs(body, chosen, PARENTHESISED).values())
        and wide >= WIDER * narrow
        and wide - narrow >= CROWD
        and cited_count(again) >= cited_count(chosen)
    )
