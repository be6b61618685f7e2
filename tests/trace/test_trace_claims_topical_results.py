"""The study's own results under headings that name no section, and a source named as a
personal communication (stop 48).

A chemistry or methods paper often prints "Introduction", then its results under headings of
their own ("Synthesis of the made-up salts", "Heating the invented pipes"), then
"Conclusions" and, last, its "Experimental Section": no heading says "Results", but the
Methods at the end say the topical sections were the study's own work. A review has no
Methods: its topical headings stay background (its Conclusions sum up its own argument,
stop 52).

Passages are written for these tests (no real study is described); the references are
placeholders with a number and a key only.
"""

from __future__ import annotations

from tracedata import flagged

_RESULTS = (
    "Synthesis of the made-up salts\n\n"
    "The invented salt was significantly more soluble in made-up water. "
    "Heating confirmed the loss of 80% of the invented tin.\n\n"
    "Conclusions\n\n"
    "The made-up salt can be significantly accelerated by invented light.\n\n"
)


def test_topical_headings_before_the_methods_at_the_end_are_the_results():
    text = (
        "Introduction\n\n"
        "Invented salts are the most common made-up catalysts.\n\n"
        + _RESULTS
        + "Experimental Section\n\nWe mixed forty invented salts.\n"
    )
    # the introduction's borrowed fact keeps its flag; the results and conclusions are own
    assert flagged(text) == ["Invented salts are the most co"]


def test_a_review_without_methods_keeps_its_topical_sections_background():
    text = "Introduction\n\nInvented salts are the most common made-up catalysts.\n\n" + _RESULTS
    # (its Conclusions sum up its own argument: stop 52)
    assert flagged(text) == [
        "Invented salts are the most co",
        "The invented salt was signific",
        "Heating confirmed the loss of ",
    ]


def test_a_reviews_experimental_topic_is_no_methods_section():
    text = (
        "Introduction\n\n"
        "Invented salts are the most common made-up catalysts.\n\n"
        + _RESULTS
        + "Experimental comparison of invented salts\n\nWe mixed forty invented salts.\n"
    )
    assert len(flagged(text)) == 3


def test_a_results_heading_elsewhere_keeps_the_introductions_sub_headings_background():
    text = (
        "Introduction\n\n"
        "Invented salts\n\n"
        "Invented salts are the most common made-up catalysts.\n\n"
        "Results\n\nThe invented salt was significantly more soluble in made-up water.\n\n"
        "Methods\n\nWe mixed forty invented salts.\n"
    )
    assert flagged(text) == ["Invented salts are the most co"]


def test_a_personal_communication_names_the_source():
    text = (
        "Introduction\n\n"
        "Fifty invented furnaces were installed in 2030 (J. Roe, personal communication). "
        "Forty made-up kilns were installed in 2031 (personal communication from P. Doe). "
        "Thirty made-up ovens were installed in 2032.\n"
    )
    assert flagged(text) == ["Thirty made-up ovens were inst"]


def test_the_authors_findings_set_beside_earlier_reports_are_their_own():
    text = (
        "Methods\n\nWe heated forty invented pipes.\n\n"
        "Discussion\n\n"
        "Invented wool lowers pipe losses in made-up towns [1]. "
        "The current findings corroborate previous reports showing that wool lowers losses. "
        "Our data support previous studies showing reduced losses in made-up felt. "
        "These findings corroborate previous reports that felt cracks in frost. "
        "Previous reports showed that invented tin reduces losses.\n"
    )
    # "These findings" may be the cited ones; others' reports told alone keep their flag
    assert flagged(text) == ["These findings corroborate pre", "Previous reports showed that i"]
