"""A name printed with its abbreviation in parentheses and its number after them, "(HER)2",
is no citation where the text names it whole ("HER2") elsewhere; a citation glued to a
parenthesised abbreviation still cites. Passages written for these tests; the references
are placeholders with a number only."""

from __future__ import annotations

import pytest

from blinarefs.model import Reference
from blinarefs.trace.decode import decode_citations

TWENTY = [Reference(id=f"r{n}", number=n) for n in range(1, 21)]


def cited(text: str) -> list[tuple[int, ...]]:
    return [c.numbers for c in decode_citations(text, TWENTY)]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The made-up receptor (HER)2 is raised in a made-up tumour.1 A made-up drug"
            " binds HER2 there.2 HER2-rich tumours shrink.3",
            [(1,), (2,), (3,)],
        ),
        (
            "Helper (Th)2 cells rose in made-up mice.1 Their Th2 cytokines rose too.2",
            [(1,), (2,)],
        ),
        # named nowhere whole: the order decides, and the next number cites
        ("An engager (BiTE)1 was made up for this test.2 Another was not.3", [(1,), (2,), (3,)]),
        # the same citation glued again to a word that stands alone again and again: "MOFA"
        # carries no number of its own
        (
            "Soils were sampled twice.1–10 We used a made-up factor analysis (MOFA)11, a tool"
            " for plots. MOFA11 was run on all plots. MOFA found three factors, and MOFA"
            " weighed them. The MOFA factors were kept.12",
            [tuple(range(1, 11)), (11,), (11,), (12,)],
        ),
    ],
)
def test_a_name_with_its_abbreviation_in_parentheses(text, expected):
    assert cited(text) == expected
