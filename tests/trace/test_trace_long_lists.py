"""Citation numbers past 999, read where the list is that long, and years that stay text
beside a shorter list. The passages are written for these tests; the references are
placeholders with a number and a key only."""

from __future__ import annotations

import pytest

from blinarefs.model import Reference
from blinarefs.trace.decode import decode_citations, expand_numbers

LONG = [Reference(id=f"r{n}", number=n) for n in range(1, 1201)]
SHORT = [Reference(id=f"r{n}", number=n) for n in range(1, 31)]


def decoded(text: str, refs) -> list[tuple[str, tuple[int, ...]]]:
    return [(c.marker, c.numbers) for c in decode_citations(text, refs)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The pooled invented cohorts agreed [1000].", [("[1000]", (1000,))]),
        ("Three later invented cohorts agreed [1001–1003].",
         [("[1001–1003]", (1001, 1002, 1003))]),
        ("Two more agreed [999, 1004].", [("[999, 1004]", (999, 1004))]),
        ("Cohorts agreed (1148). Others agreed (1149, 1150); the registry opened (2019).",
         [("(1148)", (1148,)), ("(1149, 1150)", (1149, 1150))]),
        ("The invented registry closed⁹⁹⁸⁻¹⁰⁰⁰.", [("⁹⁹⁸⁻¹⁰⁰⁰", (998, 999, 1000))]),
    ],
)  # fmt: skip
def test_a_list_past_999_is_cited_past_999(text, expected):
    assert decoded(text, LONG) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The invented registry opened in [2019] and closed later.",
        "The invented registry opened (1995) and closed later.",
        "The invented registry closed in (2030).",
    ],
)
def test_years_stay_text_beside_a_shorter_list(text):
    assert decoded(text, SHORT) == []
    assert decoded(text, LONG) == []  # 1,200 references: no year names one of them


def test_expand_numbers_alone_stops_at_three_digits():
    assert expand_numbers("1000") is None and expand_numbers("12-1003") is None
    assert expand_numbers("998-999") == (998, 999)
