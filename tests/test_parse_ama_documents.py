"""AMA's web documents and acts of Congress, as medical manuscripts cite them: a
guideline's version, a news release and its publisher, a document's day printed alone, a
trial registry's identifier as a sentence of its own, and a statute's public law number
(parse/web_sentences.py, parse/registrations.py, parse/statutes.py). Every reference here
is made up for the test."""

from __future__ import annotations

import pytest

from blinarefs.format import format_bibliography
from blinarefs.model import Reference
from blinarefs.parse import read_judged
from blinarefs.store import Store


def read(printed: str) -> Reference:
    return read_judged(printed, 1).reference


def test_a_guidelines_version_is_no_journal_and_no_date() -> None:
    ref = read(
        "National Imaginary Cancer Network. NICN Clinical Practice Guidelines in Oncology: "
        "Pretend Leukemia. Version 2.2030. Accessed May 1, 2030. https://www.example.org/pl.pdf"
    )
    assert ref.type == "webpage"
    assert ref.container_title == ""
    assert ref.note == "Version 2.2030"
    assert ref.issued is None  # 2030 is the version's, and the day it was read
    assert ref.title == "NICN Clinical Practice Guidelines in Oncology: Pretend Leukemia"


def test_a_version_read_as_a_journal_is_no_article_ahead_of_print() -> None:
    ref = read(
        "Pretend Society. Invented guideline for imaginary care. Version 3.1. Published "
        "March 3, 2029. Accessed May 1, 2030. https://www.example.org/g.pdf"
    )
    assert (ref.type, ref.container_title, ref.status) == ("webpage", "", "")
    assert ref.note == "Version 3.1"
    assert ref.issued is not None and ref.issued[0] == 2029


@pytest.mark.parametrize(
    ("printed", "kind", "publisher"),
    [
        (
            "FDA approves examplumab for imaginary disease. News release. US Food and Drug "
            "Administration. May 5, 2030. Accessed June 1, 2030. https://www.example.gov/news",
            "News release",
            "US Food and Drug Administration",
        ),
        (
            "Example Pharma announces pretend results. Press release. Example Pharma; May 5, "
            "2030. Accessed June 1, 2030. https://www.example.com/press",
            "Press release",
            "Example Pharma",
        ),
    ],
)
def test_a_news_release_is_a_web_document_of_its_publisher(
    printed: str, kind: str, publisher: str
) -> None:
    ref = read(printed)
    assert ref.type == "webpage"  # no newspaper: the publisher is no periodical
    assert ref.note == kind
    assert ref.container_title == publisher
    assert ref.issued == (2030, 5, 5)
    assert not ref.title.endswith(kind)


def test_a_documents_day_printed_alone_is_its_date_not_its_titles_end() -> None:
    ref = read(
        "Imaginary Health Agency. Pretend guidance on made-up disease. May 5, 2030. "
        "Accessed June 1, 2030. https://www.example.gov/guidance"
    )
    assert ref.title == "Pretend guidance on made-up disease"
    assert ref.issued == (2030, 5, 5)


def test_a_journal_articles_title_keeps_its_version_and_release() -> None:
    # a volume and pages, or a DOI, say it is a journal's article: its title is its own
    ref = read(
        "Roe J, Doe P. Pretend scale. Version 2. Made-up validation. J Invent Med. "
        "2030;12(3):45-67. https://www.example.org/article"
    )
    assert ref.container_title.startswith("J Invent Med")
    assert ref.note == ""


def test_a_registry_identifier_alone_after_the_title_is_the_note() -> None:
    ref = read(
        "ClinicalTrials.gov. A pretend study of examplumab in imaginary disease. NCT09123456. "
        "Accessed February 1, 2031. https://clinicaltrials.gov/study/NCT09123456"
    )
    assert ref.title == "A pretend study of examplumab in imaginary disease"
    assert ref.container_title == "ClinicalTrials.gov"
    assert ref.note == "ClinicalTrials.gov identifier: NCT09123456"
    assert [n.literal for n in ref.author] == ["ClinicalTrials.gov"]  # as the markup tags it


@pytest.mark.parametrize(
    ("printed", "title", "law", "volume", "page", "code"),
    [
        (
            "Imaginary Drug Act of 2029, Pub. L. No. 121-85, 135 Stat. 823 (2029).",
            "Imaginary Drug Act of 2029",
            "Pub. L. No. 121-85",
            "135",
            "823",
            "Stat.",
        ),
        (
            "Pretend Care Act, Pub L No. 111-148, 124 Stat 119 (2010).",
            "Pretend Care Act",
            "Pub L No. 111-148",
            "124",
            "119",
            "Stat",
        ),
    ],
)
def test_an_act_of_congress_is_legislation_read_from_its_printed_form(
    printed: str, title: str, law: str, volume: str, page: str, code: str
) -> None:
    reading = read_judged(printed, 1)
    ref = reading.reference
    assert not reading.doubtful  # the whole printed form gave every field: no warning
    assert ref.type == "legislation"
    assert (ref.title, ref.issue, ref.volume, ref.page, ref.container_title) == (
        title,
        law,
        volume,
        page,
        code,
    )
    assert ref.author == ()
    assert ref.to_csl()["number"] == law  # CSL's number, as a report's


def test_an_act_is_printed_in_the_bluebooks_form_by_both_styles(tmp_path) -> None:
    printed = "Pretend Care Act, Pub L No. 111-148, 124 Stat 119 (2010)."
    path = tmp_path / "acts.bib"
    Store.from_references([read(printed).with_fields(id="act")], path).save(path)
    stored = Store.load(path).references  # and the store keeps what the styles need
    for style in ("vancouver", "blood"):
        (entry,) = format_bibliography(stored, style)
        assert entry.endswith(printed), style
