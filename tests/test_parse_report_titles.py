"""Titles of reports and web pages in BMJ-style lists that the readers cut or ran on:
a title ending with the years it covers, a question before a site's name, an imprint
whose publisher is an acronym (made-up references)."""

from __future__ import annotations

import pytest

from blinarefs.parse import parse_reference_list

# journal articles with their names left open before the title, as BMJ's markup prints
# them, so that the list reads as one that leaves its names open
_OPEN = "".join(
    f"{n}. Roe{c} J, Doe{c} P Example finding {c} in example patients. "
    f"J Example Med 2030;{n}:1–10.\n"
    for n, c in enumerate("ABCDEF", 1)
)


def _read(item: str) -> tuple[str, ...]:
    ref = parse_reference_list(f"{_OPEN}7. {item}\n").references[-1]
    return ref.title, ref.publisher, ref.publisher_place


@pytest.mark.parametrize(
    ("item", "title"),
    [
        (
            "Example Ministry of Health. Example national strategic plan 2030-2035. "
            "Springfield: Example Center, 2031.",
            "Example national strategic plan 2030-2035",
        ),
        (
            "Example Health Board. Example strategic plan, 2030-35. Springfield: Example "
            "Center, 2031.",
            "Example strategic plan, 2030-35",
        ),
        (
            "Example Health Board. Example statistics: Exampleshire, 2029-30, 2030. "
            "Available: https://www.example.org/statistics [Accessed 1 Jan 2031].",
            "Example statistics: Exampleshire, 2029-30",
        ),
        (
            "Example Ministry of Health. Example National Strategic Plan July 2030 - June 2035. "
            "Springfield: Example Center, 2031.",
            "Example National Strategic Plan July 2030 - June 2035",
        ),
        (
            "Example Ministry of Health. Example national plan, July 2030 to June 2035. "
            "Springfield: Example Center, 2031.",
            "Example national plan, July 2030 to June 2035",
        ),
    ],
)
def test_the_years_a_report_covers_close_its_title(item: str, title: str) -> None:
    assert _read(item)[0] == title


def test_a_journals_pages_after_a_title_stay_pages() -> None:
    ref = parse_reference_list(
        f"{_OPEN}7. Roe J, Doe P Example outcomes in example care. J Example Med 2030;12:2029-30.\n"
    ).references[-1]
    assert (ref.title, ref.page) == ("Example outcomes in example care", "2029-2030")


@pytest.mark.parametrize("site", ["Example Foundation", "The Example Times", "Example News"])
def test_a_question_closes_a_web_pages_title_before_its_site(site: str) -> None:
    item = (
        f"Roe J, Doe P Is example care worth it? {site}, 2030 Available: "
        "https://www.example.org/example [Accessed 1 Jan 2031]."
    )
    assert _read(item)[0] == "Is example care worth it?"


def test_a_web_pages_title_still_runs_to_its_date() -> None:
    item = (
        "Example Agency Example disease: interim advice, 7 March 2030, 2030 Available: "
        "https://www.example.org/advice.pdf [Accessed 1 Apr 2030]."
    )
    assert _read(item)[0] == "Example disease: interim advice, 7 March 2030"


@pytest.mark.parametrize(
    "item",
    [
        "Example Network. Management of example disease. Edinburgh: EXN, 2030.",
        "Roe J, Doe P Management of example disease in adults. Bethesda: EXG, 2030.",
    ],
)
def test_an_imprint_whose_publisher_is_an_acronym_closes_the_title(item: str) -> None:
    title, publisher, place = _read(item)
    assert title.startswith("Management of example disease")
    assert not title.endswith(("2030", publisher))
    assert publisher.startswith("EX")
    assert place in ("Edinburgh", "Bethesda")


@pytest.mark.parametrize("body", ["Roe J, Doe P", "Office for National Statistics"])
def test_a_pages_link_cue_after_a_title_with_no_year_is_no_part_of_it(body: str) -> None:
    # BMJ's markup prints "Title, 2030 Available: URL"; with no year, "Title Available: URL"
    link = "https://www.example.org/d [Accessed 1 Jan 2031]."
    item = f"{body} Example deaths by cause Available: {link}"
    assert _read(item)[0] == "Example deaths by cause"
