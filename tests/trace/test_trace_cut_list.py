"""A reference list shorter than the numbers its text cites (cut short, or items lost in a
copy): the citations past its end are kept, in order or in groups, and reported as
dangling rather than silently dropped.

Passages are written for these tests; the references behind them are placeholders with a
number and a key only (no bibliographic facts).
"""

from __future__ import annotations

from tracedata import OWL_SENTENCES

from blinarefs.model import Reference
from blinarefs.trace.candidates import STRONG, Candidate
from blinarefs.trace.decode import decode_citations
from blinarefs.trace.infer import reach


def listed(size: int) -> list[Reference]:
    return [Reference(id=f"r{n}", number=n) for n in range(1, size + 1)]


SENTENCES = OWL_SENTENCES


def test_paren_citations_just_past_a_cut_list_are_kept_in_order():
    text = " ".join(f"{s} ({n})." for n, s in enumerate(SENTENCES, start=1))
    got = decode_citations(text, listed(8))
    assert [c.numbers for c in got] == [(n,) for n in range(1, 11)]
    assert [c.missing for c in got[8:]] == [("9",), ("10",)]  # dangling, not dropped


def test_flattened_superscripts_past_a_cut_list_come_back_as_dangling():
    # glued to a capitalised word: medium evidence, which the order of first citations decides
    text = " ".join(f"{s} in Europe{n} and Asia." for n, s in enumerate(SENTENCES, start=1))
    got = decode_citations(text, listed(8))
    assert [c.numbers for c in got] == [(n,) for n in range(1, 11)]
    assert [c.missing for c in got[8:]] == [("9",), ("10",)]


def test_equations_numbered_on_far_past_a_short_list_are_no_citations():
    # a list of 8 cut short loses at most 2: "(11)" to "(13)" number something else
    text = " ".join(f"{s} ({n})." for n, s in enumerate(SENTENCES[:8], start=1))
    text += " Using (11), (12) and (13), the rate follows."
    got = decode_citations(text, listed(8))
    assert [c.numbers for c in got] == [(n,) for n in range(1, 9)]


def test_a_number_far_past_the_list_is_still_text():
    text = " ".join(f"{s} ({n})." for n, s in enumerate(SENTENCES[:5], start=1))
    text += " The colony had grown to (90) by then."
    got = decode_citations(text, listed(5))
    assert [c.numbers for c in got] == [(n,) for n in range(1, 6)]


def test_a_group_naming_one_number_past_a_list_numbered_alphabetically_is_kept():
    # the list is alphabetical, so first citations come in no order; 9 and 10 are past it
    groups = ["5,2", "7,9", "1,4,10", "3", "8,6", "2,9", "10,5", "4,1", "6", "7,3"]
    text = " ".join(f"{s} in the field.{g}" for s, g in zip(SENTENCES, groups, strict=True))
    got = decode_citations(text, listed(8))
    assert [c.marker for c in got] == groups


def test_reach_needs_half_the_numbers_just_past_the_list():
    def strong(*numbers: int) -> Candidate:
        return Candidate(0, 1, "superscript", STRONG, numbers, prior=2.0)

    assert reach([strong(1), strong(11), strong(12)], 10) == 12
    assert reach([strong(1), strong(12)], 10) == 12  # 11 lost, 12 cited: half of them
    assert reach([strong(1), strong(13)], 10) == 10  # one of three: something else
    assert reach([strong(1), strong(40)], 10) == 10  # far past a list of 10
    assert reach([strong(11)], None) is None
