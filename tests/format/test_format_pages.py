"""Page ranges, the CSL 1.0.2 way (examples from the specification's page-range-format)."""

from __future__ import annotations

import pytest

from blinarefs.format.pages import format_pages

CASES = {
    # input: (expanded, minimal, minimal-two, chicago (15th), chicago-16)
    "42-45": ("42-45", "42-5", "42-45", "42-45", "42-45"),
    "321-328": ("321-328", "321-8", "321-28", "321-28", "321-28"),
    "2787-2816": ("2787-2816", "2787-816", "2787-816", "2787-2816", "2787-816"),
    "1496-1504": ("1496-1504", "1496-504", "1496-504", "1496-1504", "1496-504"),
    "107-108": ("107-108", "107-8", "107-08", "107-8", "107-8"),
    "1100-1123": ("1100-1123", "1100-23", "1100-23", "1100-1123", "1100-1123"),
    # the two bugs of citeproc-py 0.11.1: "1-10" became "1–0"; "321-28" stayed abbreviated
    "1-10": ("1-10", "1-10", "1-10", "1-10", "1-10"),
    "321-28": ("321-328", "321-8", "321-28", "321-28", "321-28"),
    # the seed's Martinelli et al: the hundreds change
    "1795-1802": ("1795-1802", "1795-802", "1795-802", "1795-1802", "1795-802"),
    "836\u2013847": ("836-847", "836-47", "836-47", "836-47", "836-47"),
}
FORMATS = ("expanded", "minimal", "minimal-two", "chicago", "chicago-16")


@pytest.mark.parametrize("page", sorted(CASES))
def test_range_formats(page):
    got = tuple(format_pages(page, f) for f in FORMATS)
    assert got == CASES[page]


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        ("e123", "e123"),  # an article number, not a range
        ("S12-S19", "S12-S19"),  # letter prefixes: written in full, never abbreviated
        ("S12-T19", "S12-T19"),  # different prefixes: not a range
        ("xii-xv", "xii-xv"),  # roman numerals are left as written
        ("50-45", "50-45"),  # runs backwards: left for validate to report
        ("1-5, 101-109", "1-5, 101-9"),  # several ranges
    ],
)
def test_what_is_not_abbreviated(page, expected):
    assert format_pages(page, "minimal") == expected


def test_no_format_leaves_the_page_alone():
    assert format_pages("321-28", None) == "321-28"
