"""A year printed right after a title, tagged in the title by one publisher and as the year
by another: noted, and titles compared without it on both sides (made-up references)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from corpora.jats_title_years import UNTAGGED_YEAR_CLOSES_TITLE, YEAR_CLOSES_TITLE
from corpora.jats_truth import RefTruth
from parse_scoring import score

from benchmarks_corpora.jats_made import refs_of
from blinarefs.model import Reference


def _ref(n: int, printed: str, title: str, year: str) -> str:
    return (
        f'<ref id="R{n}"><label>{n}</label><mixed-citation>{printed}</mixed-citation>'
        '<element-citation publication-type="web"><person-group person-group-type="author">'
        f"<collab>Example Agency</collab></person-group><article-title>{title}</article-title>"
        f"{f'<year>{year}</year>' if year else ''}</element-citation></ref>"
    )


def _truths(tmp_path: Path) -> list[RefTruth]:
    refs = "".join(
        (
            # OUP's way: the year inside the title tag, and again as the year
            _ref(1, "Example Agency. Made-up report, 2030. Available at: https://example.org/r.",
                 "Made-up report, 2030", "2030"),
            # BMJ's way: the same print, the year tagged apart
            _ref(2, "Example Agency. Made-up report, 2030. Available: https://example.org/r",
                 "Made-up report", "2030"),
            # a year printed elsewhere: the title is compared as tagged
            _ref(3, "Example Agency. Made-up report. Journal 2030;1:2.", "Made-up report",
                 "2030"),
            # no year tagged, the title tag ending with the only year printed (OUP's)
            _ref(4, "Example Agency. Made-up report 2030. Available at: https://example.org/r. "
                 "Accessed 1 May 2031.", "Made-up report 2030", ""),
        )
    )  # fmt: skip
    return refs_of(tmp_path, refs)


def test_a_year_right_after_the_title_is_noted_tagged_in_or_out(tmp_path: Path) -> None:
    first, second, third, fourth = _truths(tmp_path)
    assert UNTAGGED_YEAR_CLOSES_TITLE in fourth.notes
    assert YEAR_CLOSES_TITLE in first.notes
    assert YEAR_CLOSES_TITLE in second.notes
    assert YEAR_CLOSES_TITLE not in third.notes


def test_titles_are_compared_without_the_noted_year_on_both_sides(tmp_path: Path) -> None:
    first, second, third, fourth = _truths(tmp_path)
    with_year = Reference(id="a", type="webpage", title="Made-up report, 2030")
    without = replace(with_year, title="Made-up report")
    for truth in (first, second, fourth):
        assert score(truth, with_year)["title"] and score(truth, without)["title"]
    # where the year is printed elsewhere, a year added to the title is wrong
    assert not score(third, with_year)["title"]
    assert score(third, without)["title"]
