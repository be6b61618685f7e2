"""A superscript list a journal prints with spaces and no commas (BMJ's "<sup>8 9 15–20</sup>"),
flattened by a web copy: every number and range of the list is read, not the first two only.

Passages are written for these tests; the references behind them are placeholders with a
number and a key only (no bibliographic facts).
"""

from __future__ import annotations

from blinarefs.model import Reference
from blinarefs.trace.decode import decode_citations

THIRTY = [Reference(id=f"r{n}", number=n) for n in range(1, 31)]
OPENING = (
    "Heart failure affects many adults.1 Its burden rises with age.2 3 Treatment has improved.4 "
    "Several drugs were tested in large cohorts.5–7 Earlier work described the mechanism.8 "
)


def numbers(text: str) -> list[tuple[int, ...]]:
    return [c.numbers for c in decode_citations(OPENING + text, THIRTY)][5:]


def test_a_range_after_a_space_goes_on_with_the_list_up_to_the_next_sentence():
    text = "Women had a lower risk.9 11–13 Smoking raised it.14"
    assert numbers(text) == [(9, 11, 12, 13), (14,)]


def test_a_list_printed_with_spaces_goes_on_in_mid_clause_over_a_range_and_a_jump():
    text = (
        "This was reported9 10 12–14 and confirmed later.15 Smokers had a higher risk,16 17 19 "
        "and women a lower one.18 20"
    )
    assert numbers(text) == [(9, 10, 12, 13, 14), (15,), (16, 17, 19), (18, 20)]


def test_a_count_or_a_range_of_ages_after_a_superscript_is_no_part_of_it():
    text = (
        "Cells were counted by Doe and co-workers,9 12 structures in all. Adults were enrolled,10 "
        "18–65 years old, and followed.11"
    )
    assert numbers(text) == [(9,), (10,), (11,)]
