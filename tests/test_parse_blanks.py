"""What both readers read as spaces: a copyright mark before a year, PubMed's language
sentence after the pages. Every reference here is made up for the test."""

from __future__ import annotations

import pytest

from blinarefs.parse import read_item
from blinarefs.parse.blanks import blanked


def test_blanked_keeps_every_offset() -> None:
    text = "Roe J. Title. Example Med. 2030;5:345-50. German, French. Springfield: X; c2030."
    out = blanked(text)
    assert len(out) == len(text)
    assert "German" not in out and "c2030" not in out and "2030." in out


@pytest.mark.parametrize("language", ["German", "Chinese", "Spanish, Portuguese"])
def test_pubmeds_language_after_the_pages_is_no_journal(language: str) -> None:
    # "German." was read as the journal, and the journal ran into the title
    ref = read_item(
        f"Roe J, Doe P. [Made-up outcomes of example therapy]. Example Med Wochenschr. 2030 "
        f"Mar;155(5):345-350. {language}. doi: 10.1055/a-1234-5678. Epub 2030 Feb 1. "
        "PMID: 12345672.",
        1, 1,
    ).reference  # fmt: skip
    assert ref.container_title == "Example Med Wochenschr"
    assert (ref.volume, ref.issue, ref.page) == ("155", "5", "345-350")
    assert "Example Med" not in ref.title


def test_a_title_naming_a_language_keeps_it() -> None:
    # a language word inside a sentence, not a sentence of its own after the pages
    ref = read_item(
        "Roe J. German. A made-up study of words. Example Ling J. 2030;5:345-50.", 1, 1
    ).reference
    assert ref.container_title == "Example Ling J"


def test_a_language_after_a_year_is_left_to_the_readers() -> None:
    # a document printed without pages: the language after its year stays printed
    text = "Example Commission. [Notice on made-up wards]; 2030. Chinese."
    assert blanked(text) == text


@pytest.mark.parametrize("licence", ["Licence: CC BY-NC-SA 3.0 IGO.", "License: CC BY 4.0"])
def test_a_closing_licence_is_neither_place_nor_publisher(licence: str) -> None:
    # the World Health Organization's suggested citation, copied whole: "Licence" was read
    # as the place and "CC BY-NC-SA 3.0 IGO" as the publisher
    ref = read_item(
        "Example Health Organization. Global report on made-up diseases 2030. Geneva: Example "
        f"Health Organization; 2030. {licence}",
        1, 1,
    ).reference  # fmt: skip
    assert (ref.publisher_place, ref.publisher) == ("Geneva", "Example Health Organization")
    assert ref.year == 2030 and "Licen" not in (ref.title or "")


def test_a_title_about_a_licence_keeps_it() -> None:
    ref = read_item(
        "Roe J. Licence: CC BY and the made-up reuse of example data. J Example Med. "
        "2030;5:345-50.", 1, 1,
    ).reference  # fmt: skip
    assert ref.title.startswith("Licence: CC BY")


@pytest.mark.parametrize(
    "page",
    [
        "Example Society. Made-up guidelines for tests. 2030. "
        "http://www.example.org/guideline.pdf (in Japanese)",
        "Ministry of Examples, Tests and Trials. The Made-up Survey of Things in Springfield. "
        "2030 http://www.example.org/survey/h27.pdf (in Japanese)",
        "Example Society. Made-up guidelines for tests. 2030. "
        "http://www.example.org/guideline.pdf [in Chinese].",
    ],
)
def test_a_language_note_after_the_address_leaves_a_web_page(page: str) -> None:
    # the note closing the reference after its address ran the title on to the year and
    # made a report or a journal article of the page
    ref = read_item(page, 1, 1).reference
    assert ref.type == "webpage"
    assert ref.title in (
        "Made-up guidelines for tests",
        "The Made-up Survey of Things in Springfield",
    )
    assert ref.author[0].literal in ("Example Society", "Ministry of Examples, Tests and Trials")
