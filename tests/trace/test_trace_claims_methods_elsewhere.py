"""The study's own results where no heading names them (stop 49): a paper whose Methods are
printed elsewhere, and a short communication printed without headings.

A Nature-family analysis prints "Introduction", then its results under headings of their own
("Sample sizes of the invented surveys"), and names its "Supplementary Methods" instead of
printing them: the topical sections are the study's own work, as they are before a Methods
section printed last. A short communication prints no heading at all; once a paragraph tells
what the authors did ("we inoculated ..."), the paragraphs after it are the study's results.

Passages are written for these tests (no real study is described); the references are
placeholders with a number and a key only.
"""

from __future__ import annotations

from tracedata import flagged

_INTRODUCTION = (
    "Introduction\n\n"
    "Invented surveys are the most common made-up instruments.\n\n"
    "We counted every invented survey of the made-up catalogue"
)
_TOPICAL = (
    "Sample sizes of the invented surveys\n\n"
    "As of 1 March 2030, the made-up catalogue records 3100 invented surveys. "
    "Only 41% of the invented surveys enrolled more than forty made-up towns.\n\n"
)


def test_topical_headings_of_a_paper_naming_its_supplementary_methods_are_the_results():
    text = _INTRODUCTION + " (Supplementary Methods).\n\n" + _TOPICAL
    # the introduction's borrowed fact keeps its flag; the results are the authors' own
    assert flagged(text) == ["Invented surveys are the most "]


def test_a_parenthesised_methods_names_them_too():
    text = _INTRODUCTION + " (see Methods).\n\n" + _TOPICAL
    assert flagged(text) == ["Invented surveys are the most "]


def test_without_methods_named_the_topical_sections_stay_background():
    # a review names no Methods: its topical sections are background, as before
    text = _INTRODUCTION + ".\n\n" + _TOPICAL
    assert flagged(text) == [
        "Invented surveys are the most ",
        "As of 1 March 2030, the made-u",
        "Only 41% of the invented surve",
    ]


_COMMUNICATION = (
    "Invented blight affects made-up grains in every invented province [1]. "
    "Invented blight is the most common disease of made-up rice.\n\n"
    "To find out when made-up rice is infected, we inoculated forty invented plants.\n\n"
    "The largest amount of invented fungus was detected in the made-up endosperm (30%). "
    "Many invented flowers had withered by day 30 and the number of spores decreased. "
    "Recent studies have shown that invented anthers are the main site of infection.\n"
)


def test_a_communication_without_headings_tells_its_results_after_what_the_authors_did():
    # the background and the others' finding keep their flags; the study's results do not
    assert flagged(_COMMUNICATION) == [
        "Invented blight is the most co",
        "Recent studies have shown that",
    ]


def test_a_commentary_without_headings_that_tells_no_work_keeps_its_flags():
    text = _COMMUNICATION.replace("we inoculated", "one would inoculate")
    assert flagged(text) == [
        "Invented blight is the most co",
        "The largest amount of invented",
        "Many invented flowers had with",
        "Recent studies have shown that",
    ]


def test_a_review_whose_topical_headings_name_no_part_keeps_its_flags():
    # no heading names a part, but one stands between the paragraphs: a review's topic
    text = _COMMUNICATION.replace("\n\nThe largest", "\n\nInvented spores\n\nThe largest")
    assert flagged(text) == [
        "Invented blight is the most co",
        "The largest amount of invented",
        "Many invented flowers had with",
        "Recent studies have shown that",
    ]


def test_a_commentary_telling_the_authors_earlier_cited_study_keeps_its_flags():
    # "we inoculated ... [2]": the authors' earlier, published work, not this manuscript's
    text = _COMMUNICATION.replace("invented plants.", "invented plants [2].")
    assert len(flagged(text)) == 4
