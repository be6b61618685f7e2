"""Numbers in parentheses that count or number items, in a text that cites by superscripts:
the plain copy of a Word file made them close calls where the Word file, whose raised runs
are its citations, reads them as text (issue 16). A number spelt then given in figures
("four (4) studies"), a count with its share ("(33; 82.5%)"), the items of a list printed
one a paragraph ("(1) First app ...", then "(2) ..."), and any number in parentheses left
as text beside a habit of superscripts with a stray bracket or two (a copy's notes printed
at its end, "[1] Conflict of interest"). All texts are invented.
"""

from __future__ import annotations

from collections import Counter

from tracedata import placeholder_refs

from blinarefs.trace.checks import check_trace
from blinarefs.trace.manuscript import trace_manuscript
from blinarefs.trace.paren_counts import beside_a_share, items_a_paragraph_each, spelt_before
from blinarefs.trace.paren_labels import parens_label

RAISE = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
VERBS = ("grow", "divide", "move", "signal", "die", "fuse", "bind", "swell", "shrink", "age")


def cited(count: int, sep: str = "\n\n") -> str:
    """``count`` invented sentences, each citing its number as a printed superscript."""
    return sep.join(
        f"Mosses {VERBS[n % 10]} in Springfield bogs.{str(n).translate(RAISE)}"
        for n in range(1, 1 + count)
    )


def close_calls(text: str, refs: int = 8) -> list[str]:
    trace = trace_manuscript(text, placeholder_refs(refs), body_end=len(text))
    return [f.text for f in check_trace(trace) if f.code == "uncertain-marker"]


def cites(text: str, refs: int = 8) -> list[tuple[int, ...]]:
    trace = trace_manuscript(text, placeholder_refs(refs), body_end=len(text))
    return [c.numbers for c in trace.citations]


HIGHLIGHTS = [
    "(1) First app for teaching students the care of mosses.",
    "(2) As tests before and after show, the app works.",
    "(3) Students rated the app highly.",
]


def test_a_highlights_block_one_item_a_paragraph_is_no_close_call():
    # Pandoc's copy: blank lines between the items (failed before: "(1)" a close call)
    text = "Highlights\n\n" + "\n\n".join(HIGHLIGHTS) + "\n\nIntroduction\n\n" + cited(6)
    assert close_calls(text) == []
    assert cites(text) == [(n,) for n in range(1, 7)]


def test_the_same_block_one_item_a_line_stays_no_close_call():
    # LibreOffice's copy, one paragraph a line: a list it read before as well (guard)
    text = "Highlights\n" + "\n".join(HIGHLIGHTS) + "\nIntroduction\n" + cited(6, "\n")
    assert close_calls(text) == []


def test_a_number_spelt_then_in_figures_is_a_count():
    # failed before: each "(n)" a close call
    text = cited(6) + (
        "\n\nFour (4) studies were included and three (3) were left out. "
        "Foram incluídos quatro (4) estudos."
    )
    assert close_calls(text) == []


def test_a_count_with_its_share_is_no_citation():
    # failed before: "5" (beside "12%") a close call
    text = cited(6) + (
        "\n\nMost students had no course on mosses (33; 82.5%) or on ferns (27; 67,5%), "
        "and few had a partner (5; 12%)."
    )
    assert close_calls(text) == []


def test_labels_beside_superscripts_and_a_stray_note_are_no_close_calls():
    # a copy's notes at its end, "[1] ...": two brackets beside twelve superscripts leave
    # the habit standing (failed before: the "(2)" a close call)
    text = (
        cited(12)
        + "\n\nScores were low (2) in the first week and rose after it."
        + "\n\n[1] Conflict of interest: none.\n\n[2] Funding: none."
    )
    assert close_calls(text, refs=14) == []


def test_the_habit_rule_counts_the_stray_few():
    assert parens_label(Counter(superscript=20, bracket=4))
    assert parens_label(Counter(flattened=10, keyed=5))
    assert not parens_label(Counter(superscript=20, bracket=5))  # guard: a second habit
    assert not parens_label(Counter(superscript=9))  # guard: no habit


def test_the_readers_each_on_their_own():
    text = "in four (4) gardens and in ten (10) bogs"
    assert spelt_before(text, text.index("(4)"), (4,))
    assert spelt_before(text, text.index("(10)"), (10,))
    assert not spelt_before(text, text.index("(10)"), (11,))
    assert beside_a_share(["33", " 82.5%"])
    assert not beside_a_share(["Figure 2", " 14"])
    listed = "\n\n".join(HIGHLIGHTS)
    assert items_a_paragraph_each(listed, 0, (1,))
    assert items_a_paragraph_each(listed, listed.index("(3)"), (3,))


# guards: citations in parentheses stay citations


def test_parenthesised_citations_after_words_and_counts_stay_citations():
    text = (
        "Mosses grow slowly in cold bogs (1). Four studies (2) agree, and two more (3; 4) "
        "found the same. Roe counted them in ten gardens (5, 6).\n\n"
        "(7) The last survey is the largest."
    )
    # "(7)" opens a paragraph, but no list's other labels open the ones around it
    assert cites(text) == [(1,), (2,), (3, 4), (5, 6), (7,)]
