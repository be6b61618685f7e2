"""A citation group read as a unit (:mod:`blinarefs.trace.group_unit`): dense groups whose
numbers the text cites again one by one are read, and groups of a quantity's numbers stay
uncited. The passages are written for these tests; the references are placeholders with a
number and a key only."""

from __future__ import annotations

import pytest
from tracedata import SIXTY, VOLE_TOPICS

from blinarefs.trace.decode import decode_citations
from blinarefs.trace.group_unit import UNIT, unit_credit

REFS = SIXTY
TOPICS = VOLE_TOPICS


def summaries(printed: str, comma: str = ",") -> tuple[str, list[tuple[int, ...]]]:
    """Sentences citing 1 to 40 in turn, every other one as a dense group of its number,
    the four after it and one past a hole (``n–(n+4),(n+8)``): the next sentences cite
    those numbers again one by one, as a review's detail follows its summary."""
    sentences, truth = [], []
    for n in range(1, 41):
        group = (*range(n, n + 5), n + 8) if n % 2 else (n,)
        shown = f"{n}–{n + 4}{comma}{n + 8}" if n % 2 else str(n)
        sentences.append(TOPICS[n % len(TOPICS)] + printed.format(shown))
        truth.append(group)
    return " ".join(sentences), truth


@pytest.mark.parametrize(
    "printed", [".{}", " {}.", " ({})."], ids=["flattened", "flattened-spaced", "paren"]
)
def test_dense_groups_cited_again_one_by_one_are_read(printed):
    # spaced, 12 of the 20 groups were dropped: their numbers come again later
    # in parentheses too, 12 of 20 (and the groups of a quantity stay uncited: below)
    text, truth = summaries(printed, ", " if "(" in printed else ",")
    assert [c.numbers for c in decode_citations(text, REFS)] == truth


def _with(inserts: dict[int, str], printed: str) -> str:
    out = []
    for n in range(1, 25):
        out.append(TOPICS[n % len(TOPICS)] + printed.format(n))
        if n in inserts:
            out.append(inserts[n])
    return " ".join(out)


@pytest.mark.parametrize("printed", [".{}", " {}."], ids=["flattened", "flattened-spaced"])
def test_a_quantitys_numbers_stay_uncited(printed):
    text = _with(
        {
            3: "The pups were weighed on days 1–5, 8.",
            6: "Cages were cleaned in weeks 2–4, 9, and the voles were fed daily.",
        },
        printed,
    )
    assert [c.numbers for c in decode_citations(text, REFS)] == [(n,) for n in range(1, 25)]


def test_a_late_group_of_numbers_cited_before_stays_uncited():
    text = _with({12: "Blots ran in lanes 1–3, 5."}, ".{}")
    assert [c.numbers for c in decode_citations(text, REFS)] == [(n,) for n in range(1, 25)]


def test_a_group_printed_otherwise_than_the_manuscript_cites_stays_uncited():
    # a receptor family's members glued to its name, late in a text citing in brackets
    inserts = {3: "Voles lack a working VGFR gene.", 18: "Its drug blocks VGFR1-3, PDGFRs and KIT."}
    text = _with(inserts, " [{}].")
    assert [c.numbers for c in decode_citations(text, REFS)] == [(n,) for n in range(1, 25)]


def test_the_unit_credit():
    assert unit_credit((12, 13, 14, 15, 16, 20), 60, True) == UNIT
    assert unit_credit((1, 2, 3, 5), 60, True) == UNIT  # whatever was cited before
    assert unit_credit((1, 2, 3, 5), 60, False) == 0  # its sitting speaks against it
    assert unit_credit((4, 7), 60, True) == 0  # two numbers are as often two counts
    assert unit_credit((58, 59, 60, 61), 60, True) == 0  # past the list
    assert unit_credit((5, 3, 9), 60, True) == 0  # not rising
