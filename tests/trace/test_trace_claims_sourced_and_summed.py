"""Sentences that read like borrowed facts but need no citation (stop 47): a sentence that names
its source by a web address, the manuscript's own figure described in the present passive
("are shown with a red dot"), and the Discussion's closing paragraph that opens "In
conclusion, ..." and sums up the study.

Passages are written for these tests (no real study is described); the references are
placeholders with a number and a key only.
"""

from __future__ import annotations

from tracedata import flagged


def test_a_web_address_in_the_sentence_names_its_source():
    text = (
        "Introduction\n\n"
        "The made-up council published its invented plan in 2030 "
        "(https://example.org/plan.pdf). "
        "The invented society was founded in 2031 (www.example.org). "
        "The made-up ministry published its invented plan in 2032.\n"
    )
    assert flagged(text) == ["The made-up ministry published"]


def test_a_figure_described_in_the_present_passive_is_the_manuscripts_own():
    text = (
        "Introduction\n\n"
        "The invented towns are summarised in Fig. 2. "
        "The towns heated by wool are shown with a red dot. "
        "The leading firm of each town is shown below its name. "
        "Invented wool was shown to lower losses. "
        "Made-up felt is shown to fail in frost.\n"
    )
    assert flagged(text) == ["Invented wool was shown to low", "Made-up felt is shown to fail "]


def test_the_discussions_paragraph_in_conclusion_sums_up_the_study():
    text = (
        "Methods\n\nWe heated forty invented pipes.\n\n"
        "Discussion\n\n"
        "Made-up felt reduces pipe losses by 20% in invented towns. Roe used felt [1].\n\n"
        "In conclusion, we found that invented wool is essential for made-up pipes. "
        "Failed wrapping leads to increased losses and dictates the pipes' fate. "
        "It was reported that made-up felt cracks in frost. "
        "Previous studies showed that invented tin reduces losses.\n"
    )
    # what the paragraph says others found keeps its flag
    assert flagged(text) == [
        "Made-up felt reduces pipe loss",
        "It was reported that made-up f",
        "Previous studies showed that i",
    ]


def test_what_the_introductions_closing_paragraph_says_the_authors_did_goes_on_with_it():
    text = (
        "Introduction\n\n"
        "Invented wool lowers pipe losses by 30% in made-up towns [1].\n\n"
        "To tell the pipes apart, we first collected all invented records. "
        "This archive included forty made-up pipes and showed that wool works.\n\n"
        "Methods\n\nWe heated forty invented pipes.\n\n"
        "Discussion\n\n"
        "We collected invented records. "
        "Made-up felt reduced losses by 20% in invented towns of a made-up survey.\n"
    )
    # only the introduction's closing paragraph: a Discussion's "we collected" turns to others
    # (a survey named: another's work, not the study's results told again, stop 56)
    assert flagged(text) == ["Made-up felt reduced losses by"]


def test_we_hypothesised_announces_no_work():
    text = (
        "Introduction\n\n"
        "Invented wool lowers pipe losses by 30% in made-up towns [1].\n\n"
        "We hypothesised that felt works. "
        "Made-up felt reduced losses by 20% in invented towns.\n\n"
        "Methods\n\nWe heated forty invented pipes.\n"
    )
    assert flagged(text) == ["Made-up felt reduced losses by"]


def test_is_most_likely_is_a_hedge_not_a_superlative():
    text = (
        "Introduction\n\n"
        "The loss of made-up pipes is most likely a result of invented frost. "
        "Invented frost is the most common cause of made-up losses.\n"
    )
    assert flagged(text) == ["Invented frost is the most com"]


def test_a_finding_inside_an_indirect_question_is_not_reported():
    text = (
        "Introduction\n\n"
        "It may be worth investigating more why the made-up plan failed to help, "
        "and it was shown that invented wool failed to help. "
        "We want to understand how invented wool reduced losses. "
        "Invented felt failed to help.\n"
    )
    # the question runs to its comma: what the sentence goes on to report keeps its flag
    assert flagged(text) == ["It may be worth investigating ", "Invented felt failed to help."]


def test_authors_and_a_year_in_the_sentence_name_its_source():
    # stop 60: an author-year citation typed into a numbered article is read by no decoder,
    # yet it names the source as a marker does (judged cited)
    text = (
        "Introduction\n\n"
        "The made-up panel defines invented risk as the sum of three parts (Examplia Panel, "
        "2031). "
        "Gene analysis by Roe et al., (2029) found increases in invented mass. "
        "Roe and Doe (2030) showed that made-up felt cracks in frost. "
        "Invented wool was shown to shrink (see Roe et al., 2028; Doe 2029). "
        "It has been shown that invented tin shrinks.\n"
    )
    assert flagged(text) == ["It has been shown that invente"]


def test_a_name_or_a_year_alone_is_no_source():
    # what names no work in a citation's shape keeps its flag: authors without a year, one
    # name before a year (an act, a place), a month's date
    text = (
        "Introduction\n\n"
        "Roe et al. found that made-up felt cracks in frost. "
        "The Examplia Act (2030) reduced invented losses by 20%. "
        "Invented losses fell by 20% in the spring (March, 2030).\n"
    )
    assert flagged(text) == [
        "Roe et al. found that made-up ",
        "The Examplia Act (2030) reduce",
        "Invented losses fell by 20% in",
    ]
