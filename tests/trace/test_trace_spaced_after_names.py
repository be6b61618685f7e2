"""Spaced superscripts after a word that looked like a quantity's: a name that carries
digits ("PLK1 57 and"), a time with its value already given ("six months of age 13.",
"twice per day 5."), one number after a plural at a clause's end ("the two groups 50."),
and nitric oxide's capitals ("by NO 56."), where "No 5" is a label; and before "because".

Passages are written for these tests; the references behind them are placeholders with a
number only (no bibliographic facts).
"""

from __future__ import annotations

from blinarefs.model import Reference
from blinarefs.trace.decode import decode_citations
from blinarefs.trace.quantities import spaced_quantity


def cited(text: str, size: int = 12) -> list[tuple[int, ...]]:
    refs = [Reference(id=f"r{k}", number=k) for k in range(1, size + 1)]
    return [c.numbers for c in decode_citations(text, refs)]


def quantity(text: str, run: str) -> bool:
    start = text.index(f" {run}") + 1
    return spaced_quantity(text, start - 1, start + len(run))


# A manuscript that prints its superscripts after a space, as a web copy leaves them
OPENING = (
    "Kinases steer cell division 1. Their loss stalls growth 2. Some act at the "
    "spindle 3, others at the checkpoint 4. They are old 5, and they are many 6. "
)


def test_a_number_after_a_name_that_carries_digits_is_a_spaced_superscript():
    text = OPENING + (
        "Methylation of KNQ3 7 and mutations of KNQ3 8 and of DRP2B 9 have been seen in "
        "tumours. The drug ZX-40 10 was tried too. After COVID-19 11 and the lockdowns, "
        "trials paused."
    )
    assert cited(text) == [(n,) for n in range(1, 12)]
    for run in ("7", "8", "9", "10", "11"):
        assert not quantity(text, run), run


def test_a_time_with_its_value_already_given_takes_no_second_value():
    text = OPENING + (
        "The disease strikes infants less than six months of age 7. Its toll is highest "
        "in those under one year of age 8. A sequencer reads up to 4 genomes per day 9. "
        "Mice were treated for 20 days 10."
    )
    assert cited(text) == [(n,) for n in range(1, 11)]


def test_a_quantitys_own_number_stays_a_quantity():
    # an age given by its number, a label's or a unit's number, a value after a value
    for text, run in (
        ("children of age 13.", "13"),
        ("on day 5.", "5"),
        ("in Figure S1 5.", "5"),
        ("aged 5 to 11", "5"),
        ("with a No 5 tube.", "5"),
    ):
        assert quantity(text, run), text


def test_one_number_after_a_plural_at_a_clauses_end_and_before_because():
    text = OPENING + (
        "Weights differed between the two groups 7. Growth slowed at high doses 8. It "
        "rose at all levels 9. We chose Sorter 10 because it is fast."
    )
    assert cited(text) == [(n,) for n in range(1, 11)]
    # a label names its thing in the singular, or lists them
    for label, run in (("in group 5.", "5"), ("in groups 1 and 2.", "1"), ("doses 1–3.", "1–3")):
        assert quantity(label, run), label


def test_nitric_oxides_capitals_are_a_name_and_not_a_numbers_label():
    text = OPENING + (
        "The haem binds CO but not at all NO 7. Backbonding to the NO 8, 9, here by a "
        "bond, explains the shift."
    )
    assert cited(text) == [*((n,) for n in range(1, 8)), (8, 9)]
    assert not quantity(text, "7")
