"""Two spans of values joined by "and" in one parenthesis, "(12-30 and 17-30)", "(1986–1995
and 2008–2013)": a text citing in parentheses joins its citation ranges with commas,
"(4, 7–9)", and "and" with single numbers alone, "(4 and 5)". A peptide's residues and two
periods are what "and" joins to a range; read as citations they named dozens of references
at once (issue 14). All texts are invented.
"""

from __future__ import annotations

from tracedata import placeholder_refs

from blinarefs.trace.candidates import spans_joined
from blinarefs.trace.manuscript import trace_manuscript

TOPICS = ("grow", "divide", "move", "signal", "die", "fuse", "bind", "swell", "shrink", "age")


def cited(first: int, last: int) -> str:
    """Invented sentences citing ``first`` to ``last`` in parentheses, one each."""
    return " ".join(
        f"Mosses {TOPICS[n % 10]} in Springfield bogs ({n})." for n in range(first, last + 1)
    )


def cites(text: str, refs: int = 40) -> list[tuple[int, ...]]:
    trace = trace_manuscript(text, placeholder_refs(refs), body_end=len(text))
    return [c.numbers for c in trace.citations]


def test_a_range_beside_and_is_a_span_of_values():
    assert spans_joined("12-30 and 17-30")
    assert spans_joined("1986–1995 and 2008–2013")
    assert spans_joined("3 and 5–9")
    assert spans_joined("2–4, 6 to 8, and 11")


def test_commas_and_single_numbers_joined_by_and_stay_groups():
    # guards: the forms a parenthesised citation takes
    assert not spans_joined("4 and 5")
    assert not spans_joined("4, 7–9")
    assert not spans_joined("7, 8, 10–12")
    assert not spans_joined("4, 5 and 6")


def test_residues_in_parentheses_are_no_citations():
    # failed before: "(12-30 and 17-30)" and "(5–9 and 21-30)" cited 12 to 30 and 17 to 30,
    # 5 to 9 and 21 to 30
    text = (
        cited(1, 20) + " The fragments of Roe peptide Rp30 (12-30 and 17-30) were tested on the Doe"
        " enzyme, whose two sticky regions (5–9 and 21-30) bind it. " + cited(21, 30)
    )
    assert cites(text) == [(n,) for n in range(1, 31)]


def test_citation_groups_with_ranges_and_and_with_single_numbers_still_cite():
    # guard: "(4 and 5)", "(7, 8, 10–12)" and "refs. 13–15 and 16" are citations
    text = (
        "Mosses grow in bogs (1, 2, 3). Ferns divide in Springfield (4 and 5). Roe reviewed"
        " them (6). Lichens move (7, 8, 10–12). Doe saw it (9). Examplia held otherwise"
        " (see refs. 13–15 and 16). " + cited(17, 30)
    )
    assert cites(text) == [
        (1, 2, 3),
        (4, 5),
        (6,),
        (7, 8, 10, 11, 12),
        (9,),
        (13, 14, 15, 16),
    ] + [(n,) for n in range(17, 31)]


def test_a_range_after_and_after_the_word_refs_cites_whole():
    # failed before: "refs. 13 and 14–16" cited 13 and 14 only
    text = "Mosses grow in bogs (1–12). Examplia held otherwise (see refs. 13 and 14–16). " + cited(
        17, 30
    )
    assert cites(text)[1] == (13, 14, 15, 16)
