"""A review's closing Conclusions sum up its own argument (stop 52).

A review (no Methods, no Results) ends under "Conclusions", "Summary and conclusions" or
"Concluding remarks" by restating what its body told with citations ("Heatwaves are linked
to increased made-up admissions") and by its opinions ("Made-up wards must be prepared for
increased loads"): the summary of the manuscript's own argument, which needs no source
(claims_judging.md). What says a fact is borrowed ("Previous studies have shown ...") and a
figure (a percentage, a count, a date: a cited study's) still ask for one there; a review's
"Discussion" stays background.

Passages are written for these tests (no real study is described); the references are
placeholders with a number and a key only.
"""

from __future__ import annotations

from tracedata import flagged

_REVIEW = (
    "Introduction\n\n"
    "Made-up heat is a common invented hazard of Springfield [1].\n\n"
    "Heat and invented wards\n\n"
    "Made-up heat raised invented admissions by 12% in 2030 [2].\n\n"
)


def test_a_reviews_summary_and_conclusions_restate_its_argument():
    text = _REVIEW + (
        "Summary and conclusions\n\n"
        "Made-up heatwaves are linked to increased invented admissions. "
        "Invented wards face increased loads during made-up heat.\n"
    )
    assert flagged(text) == []


def test_a_reviews_concluding_remarks_too():
    text = _REVIEW + (
        "Concluding remarks\n\n"
        "Invented shade reduced made-up admissions in every invented setting.\n"
    )
    assert flagged(text) == []


def test_a_figure_in_a_reviews_conclusions_still_asks_for_a_source():
    text = _REVIEW + (
        "Conclusions\n\nSince December 2030, made-up heat has claimed 425 invented lives.\n"
    )
    assert flagged(text) == ["Since December 2030, made-up h"]


def test_a_borrowed_cue_in_a_reviews_conclusions_still_asks_for_a_source():
    text = _REVIEW + (
        "Conclusions\n\n"
        "Previous studies have shown that invented shade reduced made-up admissions.\n"
    )
    assert flagged(text) == ["Previous studies have shown th"]


def test_a_reviews_discussion_stays_background():
    text = _REVIEW + ("Discussion\n\nInvented shade reduced made-up admissions in every setting.\n")
    assert flagged(text) == ["Invented shade reduced made-up"]
