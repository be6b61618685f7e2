"""Evaluations and reports worded like findings, and where the authors worked (stop 52).

- "these reports", "This report": "report" as a noun names the reports (or the manuscript
  itself), it reports no finding ("Considering these reports, more care is needed"); "Roe
  reports that ..." and "These reports showed ..." still do.
- "a significant unmet need", "significant challenges": an evaluation, as "significant
  promise" is (stop 38); "a significant cause of made-up deaths" still reports one.
- "worldwide", "globally" in the Methods and Results say where the authors worked ("The
  trial was conducted globally at 25 centres"), no borrowed fact; since stop 56 they say no
  borrowed fact anywhere (where a thing holds, not whose the knowledge is).

Sentences are written for these tests (no real study is described).
"""

from __future__ import annotations

from tracedata import flagged

from blinarefs.trace.factual import factual_reasons


def test_reports_as_a_noun_report_nothing():
    assert factual_reasons("Considering these reports, more careful made-up care is needed.") == ()
    assert factual_reasons("This report clarified the invented effect on made-up outcomes.") == ()


def test_some_reports_still_report():
    # others' reports, named by no other cue
    assert factual_reasons("Some reports indicate a made-up locus on chromosome 9.") == (
        "reported finding 'reports'",
    )


def test_reports_as_a_verb_still_report():
    assert factual_reasons("Roe reports that invented fever spread in Springfield.") == (
        "reported finding 'reports'",
    )
    assert "reported finding 'showed'" in factual_reasons(
        "These reports showed a rise in made-up fever."
    )


def test_an_evaluation_with_significant_reports_nothing():
    assert factual_reasons("Invented fever therefore remains a significant unmet need.") == ()
    assert factual_reasons("There are significant challenges to separate made-up causes.") == ()


def test_a_significant_cause_still_reports():
    assert factual_reasons("Invented fever is a significant cause of made-up deaths.") == (
        "reported finding 'significant'",
    )


def test_worldwide_in_the_methods_is_where_the_authors_worked():
    methods = (
        "Introduction\n\nInvented fever occurs globally. "
        "Invented fever affects about 20% of made-up adults worldwide.\n\n"
        "Methods\n\nThe made-up trial was conducted globally at 25 invented centres.\n"
    )
    # where a thing holds says nothing of whose the knowledge is (stop 56); a figure does
    assert flagged(methods) == ["Invented fever affects about 2"]
