"""A text that cites little: where the order of first citations is the only evidence, a
doubtful run that happens to open on the next number must not be carried by its length
("(ZY007-32)", "version 2.31-8"), so that one spurious range sinks a whole article's
precision. Passages written for these tests; the references are placeholders."""

from __future__ import annotations

import pytest

from blinarefs.model import Reference
from blinarefs.trace.decode import decode_citations

FORTY = [Reference(id=f"r{n}", number=n) for n in range(1, 41)]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Made-up beasts filled these niches [1]-[6]. The end of the left femur is kept"
            " (ZY007-32). Its cross section is oval. Its age is made up [7].",
            [(1, 2, 3, 4, 5, 6), (7,)],
        ),
        (
            "Gene models were made with the Maker package version 2.31-8. For the tree we"
            " used a made-up tool (1). It was run twice (2).",
            [(1,), (2,)],
        ),
    ],
)
def test_a_doubtful_range_is_not_carried_by_its_length(text, expected):
    assert [c.numbers for c in decode_citations(text, FORTY)] == expected


def test_a_clean_range_still_brings_in_its_numbers():
    text = "Made-up beasts filled these niches.1-6 Their bones are made up [7]. See also.8"
    assert [c.numbers for c in decode_citations(text, FORTY)][:2] == [(1, 2, 3, 4, 5, 6), (7,)]


def test_a_count_with_a_thousands_separator_is_no_group():
    text = (
        "A made-up survey reached many men (1,673). Of them, most were well (1). Those"
        " who were not had been ill in the past year (12,450 visits) (2)."
    )
    assert [c.numbers for c in decode_citations(text, FORTY)] == [(1,), (2,)]


def test_a_group_within_the_list_printed_unspaced_still_cites():
    text = "Made-up fevers are common (1,2). They pass (3,4). Some return (5,6,7)."
    assert [c.numbers for c in decode_citations(text, FORTY)] == [(1, 2), (3, 4), (5, 6, 7)]


def test_a_short_doubtful_group_still_brings_in_its_numbers():
    # "Oslo" stands nowhere alone and is short: the run's own prior speaks against it, but
    # a group of three is as a citation's group is, and its numbers are cited again later
    text = (
        "Made-up strains spread fast.1-11 The made-up strain is prevalent in Oslo12–14."
        " Its rates are made up.13 Others agree.14 A last note.15"
    )
    cited = [c.numbers for c in decode_citations(text, FORTY)]
    assert cited[1] == (12, 13, 14)


def test_a_doubtful_list_that_skips_numbers_still_brings_them_in():
    # seven numbers, but a list ("12, 13, 14, 15, 16, 17, 19"), no range an identifier prints
    text = (
        "Made-up strains spread fast.1-11 The made-up strain is prevalent in Oslo12, 13, 14,"
        " 15, 16, 17, 19. Its rates are made up.13 Others agree.18 A last note.20"
    )
    cited = [c.numbers for c in decode_citations(text, FORTY)]
    assert cited[1] == (12, 13, 14, 15, 16, 17, 19)
    # the same numbers as one range after the same doubtful name: no group's evidence
    ranged = text.replace("12, 13, 14, 15, 16, 17, 19", "12–19")
    assert (12, 13, 14, 15, 16, 17, 18, 19) not in [
        c.numbers for c in decode_citations(ranged, FORTY)
    ]
