"""Figures, identifiers and the other specifics of a sentence (own test sentences)."""

from __future__ import annotations

import pytest

from blinarefs.evidence.specifics import (
    comparable,
    direction,
    drugs,
    figures,
    phases,
    populations,
    same_figure,
)


def _one(text: str):
    found = figures(text)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    "text",
    [
        "COVID-19 patients",
        "SARS-CoV-2 infection",
        "CD8 T cells",
        "IL-6 levels",
        "the E1910 trial",
        "KMT2A rearranged",
        "AALL1731 enrolled",
    ],
)
def test_identifiers_are_not_figures(text):
    assert figures(text) == []


def test_units_and_roles():
    shown = [
        (f.raw, f.unit, f.role)
        for f in figures(
            "rose from 72% to 93% (P < .001); HR 0.41 (95% CI, 0.23-0.73); 149 adult patients; "
            "median follow-up 38.1 months; in July 2014"
        )
    ]
    assert ("72", "%", "percent") in shown and ("93", "%", "percent") in shown
    assert (".001", "", "p") in shown
    assert ("0.41", "", "ratio") in shown
    assert ("149", "n", "n") in shown
    assert ("38.1", "months", "median") in shown
    assert not any(raw == "95" for raw, _, _ in shown)  # the interval's level
    assert not any(raw == "2014" for raw, _, _ in shown)  # a year of a date


def test_times_compare_in_one_unit():
    assert same_figure(_one("at 3 years"), _one("at 36 months"))
    assert not same_figure(_one("at 3 years"), _one("at 3 months"))
    assert same_figure(_one("5 days"), _one("5 dpi"))


def test_rounding_aware():
    assert same_figure(_one("88%"), _one("87.9%"))
    assert same_figure(_one("96%"), _one("96.0%"))
    assert not same_figure(_one("88%"), _one("87.4%"))
    assert not same_figure(_one("88%"), _one("88 patients"))


def test_ranges_share_their_unit():
    low, high = figures("aged 1 to 10 years")
    assert (low.unit, high.unit) == ("months", "months") and low.value == 12


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("a 2-fold increase", "fold"),
        ("treated for 12\nweeks", "months"),
        ("3   years of follow-up", "months"),
        ("15 mg/kg daily", "mg/kg"),
        ("in 30  patients", "n"),
        ("a dose of 2 x years", ""),  # the unit must follow the number
    ],
)
def test_the_unit_after_spaces_a_line_break_or_a_hyphen(text, unit):
    assert _one(text).unit == unit


def test_percent_written_as_a_word():
    assert [(f.raw, f.unit) for f in figures("rose to 72 per cent in 10 percent")] == [
        ("72", "%"),
        ("10", "%"),
    ]
    assert [f.raw for f in figures("HR 0.4 (95 percent CI, 0.2-0.7)")] == ["0.4", "0.2", "0.7"]


def test_word_numbers_count_only_with_a_unit():
    assert [f.value for f in figures("two cycles of blinatumomab")] == [2]
    assert figures("one of the first trials") == []


def test_comparable_needs_same_kind():
    assert comparable(_one("DFS 96%"), _one("DFS 97%"))
    assert not comparable(_one("96%"), _one("96 patients"))


def test_other_specifics():
    assert populations("children and adults, MRD-negative") == {"children", "adult", "mrd-negative"}
    assert populations("event rates") == set()
    assert direction("survival improved") == "up"
    assert direction("relapse was reduced") == "down"
    assert direction("no significant difference in survival") == "none"
    assert phases("a phase 3 trial and a phase II study") == {"3", "2"}
    assert drugs("blinatumomab plus inotuzumab and ponatinib") == {
        "blinatumomab",
        "inotuzumab",
        "ponatinib",
    }


@pytest.mark.parametrize(
    ("claimed", "source", "same"),
    [
        ("5 dpi", "lost weight from 4 days after infection", False),  # not within a day
        ("5 dpi", "lost weight from 5 days after infection", True),
        ("3 years", "at 3.2 years", True),  # rounding in the same unit
        ("48 hours", "within 2 days", True),
        ("24 hours", "launched on March 24, 2020", False),  # a date's day is no time
        ("6 months", "n = 6 per group", False),
        ("184 patients", "31% of 184 critically ill patients", True),
    ],
)
def test_times_need_a_time_in_the_text_and_round_in_their_own_unit(claimed, source, same):
    assert any(same_figure(_one(claimed), f) for f in figures(source)) is same


def test_a_middle_dot_is_a_decimal_point():
    assert _one("reported by 71·9% of users").value == 71.9


def test_a_protein_ending_like_a_statin_is_no_drug():
    assert drugs("follistatin-like 1 and atorvastatin") == {"atorvastatin"}


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        ("the 6–11-month-old mice", ["age", "age"]),
        ("the younger age group (60-69 years)", ["age", "age"]),
        ("aged 18 to 65 years, with 3 to 5 years of follow-up", ["age", "age", "time", "time"]),
    ],
)
def test_ages_and_age_ranges_are_read_as_ages(text, roles):
    assert [f.role for f in figures(text)] == roles
