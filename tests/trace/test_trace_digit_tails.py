"""Flattened superscripts glued to a number's own digits ("at pH 7.517,"): read only where
the order of first citations says so, as the next reference first cited.

Passages are written for these tests; the references behind them are placeholders with a
number and a key only (no bibliographic facts).
"""

from __future__ import annotations

from blinarefs.model import Reference
from blinarefs.trace.candidates import NEXT_ONLY, WEAK, Candidate
from blinarefs.trace.decode import decode_citations
from blinarefs.trace.list_size import size_from_citations

# citations 1 to 15, each glued to a lower-case word, before the passages below
_OPENING = " ".join(f"Plants grow in soil of many kinds{n}." for n in range(1, 16))


def decoded(text: str, size: int = 40) -> list[tuple[int, ...]]:
    refs = [Reference(id=f"r{k}", number=k) for k in range(1, size + 1)]
    return [c.numbers for c in decode_citations(text, refs)]


def test_the_next_number_glued_to_a_values_decimals_or_a_labels_number_cites():
    text = (
        f"{_OPENING} The enzyme works best at pH 7.516, and less at pH 6. The gene lies on "
        "chromosome 817. Its product binds a sugar18."
    )
    assert decoded(text)[15:] == [(16,), (17,), (18,)]


def test_a_group_of_the_next_numbers_glued_to_a_labels_number():
    text = (
        f"{_OPENING} The trait maps to a locus on chromosome 216,17. It was bred into many lines18."
    )
    assert decoded(text)[15:] == [(16, 17), (18,)]


def test_a_value_whose_last_digits_are_no_next_number_stays_a_value():
    # 45 would skip most of the list, 12 was cited long before: values, not citations
    text = (
        f"{_OPENING} The enzyme works best at pH 7.545, and at 37.12 degrees. It binds a sugar16."
    )
    assert decoded(text)[15:] == [(16,)]


def test_a_year_or_a_name_printed_again_keeps_its_digits():
    # "2016" is a year however the order runs; "AB-516" is printed twice, a name
    text = (
        f"{_OPENING} The survey ran until 2016. The antibody AB-516 was made in a cell line. "
        "Batches of AB-516 were kept cold16."
    )
    assert decoded(text)[15:] == [(16,)]


def test_the_next_number_glued_to_a_word_no_other_rule_reads():
    # "SimQ" and "QT" carry digits nowhere else, but stand alone nowhere either
    text = (
        f"{_OPENING} Reads were made with SimQ16 under default settings. They were "
        "counted by the delta-delta QT17 method18."
    )
    assert decoded(text)[15:] == [(16,), (17,), (18,)]


def test_a_word_glued_to_digits_that_are_no_next_number_keeps_them():
    text = f"{_OPENING} Reads were made with SimQ31 under default settings. They were kept16."
    assert decoded(text)[15:] == [(16,)]


def test_in_a_text_that_cites_in_brackets_no_digits_are_read_so():
    # a few bracketed citations leave holes in the order: "7.514" is no citation 14
    text = (
        "Roots take water [13]. The enzyme works best at pH 7.514, and less at pH 6. "
        "Leaves turn to the light [20]."
    )
    assert decoded(text) == [(13,), (20,)]


def test_a_reading_only_the_next_number_makes_says_nothing_of_the_lists_length():
    cited = [Candidate(3 * k, 3 * k + 1, "paren", WEAK, (k,)) for k in range(1, 5)]
    tails = [
        Candidate(40 + 3 * k, 42 + 3 * k, "superscript", WEAK, (k,), why=(NEXT_ONLY,))
        for k in range(5, 9)
    ]
    assert size_from_citations(cited + tails) == 4
