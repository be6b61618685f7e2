"""Whether a manuscript prints its superscripts after a space ("in this group 17."), as a
copy leaves them: the habit, read from a decoding, that makes the decoder read its
numbers again as spaced superscripts (see :func:`blinarefs.trace.decode.decode_markers`).
Pure: counts over the decisions taken."""

from __future__ import annotations

from collections import Counter

from .candidates import Candidate
from .clause_end import spaced_at_clause_end
from .features import convention
from .infer import Decision

SPACED_HABIT = 5  # accepted superscripts after a space, at least half of the flattened ones
SPACED_GAIN = 2  # times as many references cited when read as spaced superscripts
AT_ENDS, AT_ENDS_SHARE = 2, 4  # spaced superscripts at clause ends: this many, a quarter
FEW_CITED = 0.5  # share of the list a decoding must cite not to be tried as spaced


def cited_count(decisions: list[Decision]) -> int:
    """How many references the decisions taken cite."""
    return len({n for d in decisions if d.accepted for n in d.candidate.numbers})


def _taken(decisions: list[Decision]) -> int:
    return sum(1 for d in decisions if d.accepted)


def cites_few(decisions: list[Decision], size: int | None) -> bool:
    """Whether a decoding leaves most of the list uncited, or cites it in fewer markers
    than half its length ("mild (5–9), moderate (10–14)" are no citations): a manuscript
    cites nearly every reference it lists, so one that seems not to may print its
    superscripts after a space ("in this group 17.") where its other numbers outvoted
    them."""
    few = FEW_CITED * (size or 0)
    return size is not None and (cited_count(decisions) < few or _taken(decisions) < few)


def cites_more(again: list[Decision], chosen: list[Decision], markers: bool = True) -> bool:
    """Whether the spaced reading cites many more references, or (``markers``) in many
    more markers."""
    return any(
        f(again) - f(chosen) >= SPACED_HABIT and f(again) >= SPACED_GAIN * f(chosen)
        for f in ((cited_count, _taken) if markers else (cited_count,))
    )


def explicit(decisions: list[Decision]) -> bool:
    """Whether more markers taken are explicit syntax than flattened guesses: superscripts
    printed as such (``^4^``, ``<sup>``, a reader's spans), or five brackets or more. A copy
    that kept its superscripts, or a text that cites in brackets, spaced none, so its counts
    and labels ("the lactam 6,", "carbon 16.", "as in Experiment 2.") are no spaced
    superscripts however few references it cites (a short text, a list cited mostly in
    tables). A few brackets ("[1: fig. 4]") beside spaced superscripts are no habit."""
    kinds = Counter(convention(d.candidate) for d in decisions if d.accepted)
    brackets = kinds["bracket"] if kinds["bracket"] >= SPACED_HABIT else 0
    return max(kinds["superscript"], brackets) > kinds["flattened"]


CONFINED = 0.5  # explicit markers all within this share of the text stand in a part of it


def confined(body: str, decisions: list[Decision]) -> bool:
    """Whether the explicit markers taken all stand in one part of the text, under half of
    it (legends or a paragraph pasted with their brackets), so that they tell nothing of
    how the rest prints its superscripts, which may be after a space ("in this group
    17."). The spaced reading must then cite many more references than they do, not only
    in more markers: a text that cites in brackets in one paragraph and numbers its own
    experiments in the rest ("as in Experiment 5.") names the same few numbers again and
    again."""
    spans = [
        d.candidate.start
        for d in decisions
        if d.accepted and convention(d.candidate) in ("bracket", "superscript")
    ]
    return bool(spans) and spans[-1] - spans[0] < CONFINED * len(body)


def taken_after_space(
    body: str, decisions: list[Decision], spaces: str | None = None
) -> list[Candidate]:
    """The flattened citations taken right after a space (one of ``spaces`` when given:
    a line's end is no padding)."""
    return [
        d.candidate
        for d in decisions
        if d.accepted
        and convention(d.candidate) == "flattened"
        and d.candidate.start
        and (
            body[d.candidate.start - 1] in spaces
            if spaces is not None
            else body[d.candidate.start - 1].isspace()
        )
    ]


def spaced_habit(body: str, decisions: list[Decision]) -> bool:
    """Whether a spaced reading shows the habit where spaced superscripts show it, at
    clause ends, often enough: numbers taken only in mid-clause are counts and labels."""
    spaced = taken_after_space(body, decisions)
    at_ends = sum(1 for c in spaced if spaced_at_clause_end(body, c))
    return at_ends >= AT_ENDS and at_ends * AT_ENDS_SHARE >= len(spaced)


def spaces_superscripts(body: str, decisions: list[Decision]) -> bool:
    flattened = [
        d.candidate for d in decisions if d.accepted and convention(d.candidate) == "flattened"
    ]
    spaced = sum(1 for c in flattened if c.start and body[c.start - 1].isspace())
    return spaced >= SPACED_HABIT and 2 * spaced >= len(flattened)
