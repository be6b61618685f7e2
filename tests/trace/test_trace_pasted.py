"""Stretches of a manuscript pasted in another citation convention (``trace.pasted``):
which runs of paragraphs are another convention's own.

The offsets and markers are invented for these tests.
"""

from __future__ import annotations

from blinarefs.trace.pasted import Stretches, pasted_stretches

TEXT = "\n\n".join(("." * 40,) * 4)  # every marker right after punctuation
# paragraph starts: 0, 42, 84, 126


def test_a_paragraph_citing_only_another_convention_often_is_its_own():
    sure = [(5, 6, "bracket", (1,)), (10, 11, "bracket", (2,)), (50, 51, "flattened", (3,))]
    sure += [
        (60, 61, "flattened", (7,)),
        (70, 71, "flattened", (1, 2)),
        (130, 131, "bracket", (4,)),
    ]
    got = pasted_stretches(TEXT, sure, "bracket")
    assert got.convention_at(55) == "flattened"
    assert got.convention_at(5) is None
    assert got.convention_at(130) is None


def test_a_stretch_with_a_marker_of_the_main_convention_is_none():
    sure = [(5, 6, "bracket", (1,)), (50, 51, "flattened", (3,)), (60, 61, "flattened", (7,))]
    sure += [(70, 71, "bracket", (2,)), (75, 76, "flattened", (9,))]
    assert pasted_stretches(TEXT, sure, "bracket") == Stretches()


def test_parentheses_and_two_conventions_make_no_stretch():
    """ "(1, 2, 6 and 7)": parenthesised numbers that close no clause after a word number
    items as often as they cite; and a stretch where two other conventions cite is no single
    pasted copy."""
    sure = [
        (5, 6, "flattened", (1,)),
        (50, 51, "paren", (3,)),
        (60, 61, "paren", (1, 2)),
        (70, 71, "paren", (9,)),
    ]
    assert pasted_stretches(TEXT, sure, "flattened") == Stretches()
    sure = [(5, 6, "paren", (1,)), (50, 51, "bracket", (3,)), (60, 61, "flattened", (4,))]
    sure += [(70, 71, "bracket", (5,)), (90, 91, "flattened", (6,)), (100, 101, "bracket", (8,))]
    assert pasted_stretches(TEXT, sure, "paren") == Stretches()


def test_a_run_of_paragraphs_counts_together():
    """Legends of one line each, one marker each, in the body's last paragraphs."""
    sure = [(5, 6, "flattened", (1,)), (10, 11, "flattened", (2,)), (50, 51, "bracket", (3,))]
    sure += [(90, 91, "bracket", (4,)), (130, 131, "bracket", (5,))]
    got = pasted_stretches(TEXT, sure, "flattened")
    assert got.convention_at(95) == "bracket"
    assert got.convention_at(44) == "bracket"
    assert got.convention_at(10) is None


def test_a_label_named_again_and_again_makes_no_stretch():
    """ "Kinase1–40" in every paragraph of the methods, and a power: markers that open on
    two numbers only, however many they name."""
    sure = [
        (5, 6, "paren", (1,)),
        (10, 11, "paren", (2,)),
        (50, 51, "flattened", tuple(range(1, 41))),
    ]
    sure += [(60, 61, "flattened", tuple(range(1, 41))), (70, 71, "flattened", (2,))]
    sure += [(90, 91, "flattened", tuple(range(1, 41))), (130, 131, "paren", (3,))]
    assert pasted_stretches(TEXT, sure, "paren") == Stretches()
