"""Whether a short text with a short list spaces its superscripts: an editorial or a
letter cites its five or six references in as many markers, each after a space ("on a
big scale. 1 Of course"), too few for the habit :func:`~blinarefs.trace.spacing.spaces_superscripts`
asks (five), so its citations in mid-clause ("recommended by the agency, 4 but", "in
solid medium 1 and") were never read as superscripts spaced like the rest. Pure: counts
over the decisions taken.
"""

from __future__ import annotations

from .features import convention
from .infer import Decision
from .spacing import cited_count, taken_after_space

SHORT_LIST = 10  # references at most: a letter's, an editorial's
SHORT_HABIT = 3  # flattened citations taken, every one after a space


def spaces_a_short_list(body: str, decisions: list[Decision], size: int | None) -> bool:
    """Whether a list of ten references or fewer, not all cited yet, is cited by three
    flattened superscripts or more taken, every one after a space: the copy's habit, as
    clear as five are in a longer text."""
    if not size or size > SHORT_LIST or cited_count(decisions) >= size:
        return False
    flattened = sum(1 for d in decisions if d.accepted and convention(d.candidate) == "flattened")
    spaced = len(taken_after_space(body, decisions))
    return spaced >= SHORT_HABIT and spaced == flattened


def cites_more_of_a_short_list(
    body: str, again: list[Decision], chosen: list[Decision], size: int | None
) -> bool:
    """Whether the spaced reading of a short list read as spacing its superscripts
    (:func:`spaces_a_short_list`) cites more of its references than the first."""
    return spaces_a_short_list(body, chosen, size) and cited_count(again) > cited_count(chosen)
