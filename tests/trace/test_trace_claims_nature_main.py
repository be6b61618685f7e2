"""Nature's "Main": the introduction, under the heading Nature's journals print (stop 52).

A Nature article opens its body under "Main", then tells its results under headings of their
own ("Changes in the made-up current") and prints its "Methods" last: "Main" is the
introduction, and the topical headings after it are the study's results, as after an
"Introduction" (stop 48). A review or comment under "Main" with no Methods keeps its
topical sections background.

Passages are written for these tests (no real study is described); the references are
placeholders with a number and a key only.
"""

from __future__ import annotations

from tracedata import flagged

_MAIN = (
    "Main\n\n"
    "Invented currents are the most common made-up flows of Springfield.\n\n"
    "Changes in the made-up current\n\n"
    "The invented current weakens by 20-81% after made-up forcing.\n\n"
)


def test_topical_headings_after_main_before_the_methods_are_the_results():
    text = _MAIN + "Methods\n\nWe ran forty invented models.\n"
    assert flagged(text) == ["Invented currents are the most"]


def test_main_without_methods_keeps_its_topical_sections_background():
    assert flagged(_MAIN) == [
        "Invented currents are the most",
        "The invented current weakens b",
    ]
