"""Words that only sound borrowed, in the frames articles put them in (session 45): a
lead-in to a quotation ("The CDC states that:"), "In the present work, it has been shown",
"according to the results" in the Conclusions, "the previously reported parameters" used
in the Methods.

Passages are written for these tests (no real study is described); the references are
placeholders with a number and a key only.
"""

from __future__ import annotations

from tracedata import flagged


def test_a_lead_in_to_a_quotation_asserts_nothing_itself():
    text = (
        "Discussion\n\n"
        "The CDC states that:\n\n"
        "“Made-up wards should hold one patient in each room.” [1]\n\n"
        "According to the WHO:\n\n"
        "Invented masks cut infections by 40% in made-up wards.\n\n"
        "In their 2031 guidelines for invented wards, the CDC state that:\n\n"
        "“Doors stay shut.” [2]\n"
    )
    assert flagged(text) == [
        "Invented masks cut infections ",  # the quoted rule, uncited, still needs one
        "In their 2031 guidelines for i",  # names a dated guideline
    ]


def test_in_the_present_work_it_has_been_shown_is_the_authors_own():
    text = (
        "Conclusions\n\n"
        "In the present work, it has been shown that made-up clusters mix freely. "
        "It has been shown that invented clusters mix freely.\n"
    )
    assert flagged(text) == ["It has been shown that invente"]


def test_according_to_the_results_in_the_conclusions_is_the_studys_own():
    text = (
        "Methods\n\nWe heated forty invented pipes.\n\n"
        "Conclusions\n\n"
        "According to the results, wool cut the loss by a third. "
        "According to Roe, wool cuts the loss by a third.\n"
    )
    assert flagged(text) == ["According to Roe, wool cuts th"]


def test_the_previously_reported_parameters_used_in_the_methods_are_the_authors_procedure():
    text = (
        "Methods\n\n"
        "Each run draws values within the 95% interval of the previously reported parameters. "
        "Made-up pumps have previously been reported to fail in 30% of runs.\n"
    )
    assert flagged(text) == ["Made-up pumps have previously "]
