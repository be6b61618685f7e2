"""APA's newspaper, magazine and web-page items, dated to the day in their parentheses: the
date keeps its month and day, and the paper's or site's name printed after the title is
where the item appeared. Every reference here is made up for the test."""

from __future__ import annotations

import pytest

from blinarefs.model import Reference
from blinarefs.parse import read_item


def _read(text: str) -> Reference:
    return read_item(text, 1, 1).reference


@pytest.mark.parametrize(
    ("printed", "issued"),
    [
        (
            "Example Health Body. (2031, March 4). Fact sheet on rain. https://example.org/r",
            (2031, 3, 4),
        ),
        ("Roe, K. (2030, Sept. 12). Rain again. https://example.org/rain", (2030, 9, 12)),
        ("Roe, K. (2030, May). Rain in spring. https://example.org/may", (2030, 5)),
        ("Roe, K. (2030b, May 7). Rain again. https://example.org/b", (2030, 5, 7)),
    ],
)
def test_the_date_keeps_its_month_and_day(printed: str, issued: tuple[int, ...]) -> None:
    assert _read(printed).issued == issued


def test_a_newspaper_article_with_its_page() -> None:
    ref = _read("Roe, K. (2030, March 4). Rains flood a made-up town. The Example Times, A1.")
    assert (ref.type, ref.title, ref.container_title, ref.page) == (
        "article-newspaper", "Rains flood a made-up town", "The Example Times", "A1"
    )  # fmt: skip


def test_an_online_article_keeps_its_site_apart_from_its_title() -> None:
    ref = _read(
        "Roe, K. (2030, March 4). Rains flood a made-up town. The Example Times. "
        "https://example.org/rains"
    )
    assert (ref.type, ref.title, ref.container_title) == (
        "webpage", "Rains flood a made-up town", "The Example Times"
    )  # fmt: skip


def test_a_title_of_two_sentences_dated_by_year_alone_is_left_whole() -> None:
    ref = _read("Roe, K. (2030). Rains. A Made-Up History. Example Press.")
    assert "Rains" in ref.title and ref.container_title == ""


@pytest.mark.parametrize("season", ["Spring", "Winter", "Fall"])
def test_apas_season_after_the_year_is_no_part_of_the_title(season: str) -> None:
    ref = read_item(
        f"Roe, J. (2030, {season}). Invented seasons in made-up gardens. Example Gardening "
        "Quarterly, 12(1), 45–67.",
        1,
        1,
    ).reference
    assert ref.title == "Invented seasons in made-up gardens"
    assert (ref.container_title, ref.volume, ref.issue) == (
        "Example Gardening Quarterly",
        "12",
        "1",
    )
    assert ref.issued == (2030,)  # a season is no month: the year alone


@pytest.mark.parametrize(
    ("tail", "kind"),
    [
        ("", "article-newspaper"),
        # read online, BMJ's link and the day it was read after the date: a web page
        (", 2030 Available: https://example.org/rains [Accessed 1 May 2030]", "webpage"),
    ],
)
def test_bmjs_paper_with_its_year_then_its_day_of_issue(tail: str, kind: str) -> None:
    # BMJ's markup prints a paper's date year first: "The Example Times 2030 12 March"
    ref = _read(f"Roe J. Rains flood a made-up town. The Example Times 2030 12 March{tail}.")
    assert (ref.title, ref.container_title, ref.issued) == (
        "Rains flood a made-up town", "The Example Times", (2030, 3, 12)
    )  # fmt: skip
    assert ref.type == kind


@pytest.mark.parametrize("paper", ["The Example Post", "Daily Example"])
def test_a_papers_year_then_its_month_and_day(paper: str) -> None:
    # Vancouver's order after the year, month first: "Example Daily News 2030 Mar 12"
    ref = _read(f"Roe J. Rains flood a made-up town. {paper} 2030 Mar 12.")
    assert (ref.title, ref.container_title, ref.issued, ref.type) == (
        "Rains flood a made-up town", paper, (2030, 3, 12), "article-newspaper"
    )  # fmt: skip


def test_a_title_ending_in_a_year_and_a_number_is_left_alone() -> None:
    ref = _read("Roe J. Rains flood a made-up town. Example Report 2030 12 Pages. Example Press.")
    assert ref.container_title == "" and ref.type != "article-newspaper"
