"""What a reference prints beyond its place in a journal or a book: a whole work's length,
a report's number, a publication state, an author list cut in its middle. Every reference
here is made up for the test."""

from __future__ import annotations

import pytest

from blinarefs.parse import parse_reference_list, read_item


def _one(text: str):
    return read_item(text, 1, 1).reference


@pytest.mark.parametrize(
    ("printed", "count"),
    [
        ("Roe A. A history of made-up soils. London: Example Press; 2030. 456 p.", "456"),
        ("Roe A. Made-up soils. 2nd ed. London: Example Press; 2030. xii + 345 pp.", "xii + 345"),
        ("Roe, A. (2030). A history of made-up soils. Example Press. 320 pages.", "320"),
        ("ROE, A. História dos solos. São Paulo: Editora Exemplo, 2030. 210 p.", "210"),
        ("Roe A. A made-up thesis [dissertation]. Nowhere: Univ of Examples; 2030. 212 p.", "212"),
    ],
)
def test_a_whole_works_length_is_no_page(printed: str, count: str) -> None:
    ref = _one(printed)
    assert (ref.number_of_pages, ref.page) == (count, "")


def test_a_gost_books_length_is_read_from_the_printed_text() -> None:
    text = "1. Ivanov I. I. A history of made-up soils. — Moscow : Nauka, 2030. — 456 p.\n"
    (ref,) = parse_reference_list(text).references
    assert (ref.number_of_pages, ref.page) == ("456", "")


@pytest.mark.parametrize(
    "printed",
    [
        "Roe A. A history of made-up soils. London: Example Press; 2030. p. 45.",
        "Roe A. A history of made-up soils. Example Ministry, Exampleland 2030 p. 445 pp.",
        "Roe A. Made-up chapter. In: Doe B, editor. Made-up soils. London: Example Press; "
        "2030. p. 45-67.",
    ],
)
def test_pages_cited_stay_pages(printed: str) -> None:
    ref = _one(printed)
    assert ref.page and not ref.number_of_pages


@pytest.mark.parametrize(
    ("printed", "number"),
    [
        ("Example Institute. Owl survey 2029. Geneva: Example Institute; 2030. "
         "Report No.: CG190.", "CG190"),
        ("Roe A, Doe B. Owl survey methods. Technical Report 12. Example City: Example "
         "Institute; 2030.", "12"),
        ("Roe A. Owl survey methods. Example City: Example Institute; 2030. Technical Report "
         "No. 12.", "12"),
        # a number holding a year's range ("2030-12") was read as pages 2030-2012, and the
        # month after the year as the container of a chapter
        ("Roe J, Doe P. Example report. Springfield (IL): Example Agency; 2030. 45 p. "
         "Report No.: EA-2030-12.", "EA-2030-12"),
        ("Roe J, Doe P. Example report. Springfield (IL): Example Agency; 2030 Mar. 45 p. "
         "Report No.: 2030-12.", "2030-12"),
    ],
)  # fmt: skip
def test_a_reports_number_is_its_number_not_its_pages(printed: str, number: str) -> None:
    ref = _one(printed)
    assert (ref.type, ref.issue, ref.page, ref.container_title) == ("report", number, "", "")
    assert ref.to_csl()["number"] == number  # what Citing Medicine prints "Report No.:"


@pytest.mark.parametrize("code", ["(WHO/EX/2030.1)", "(EX/HQ/OWL/30.2)"])
def test_a_documents_code_after_the_year_is_its_number_not_its_place(code: str) -> None:
    # the World Health Organization's documents close with their code: it was read as the
    # place, and the place printed before the publisher was lost
    ref = _one(
        "Example Health Organization. Made-up guideline on example care. Geneva: Example "
        f"Health Organization; 2030. {code}."
    )
    assert (ref.publisher_place, ref.publisher) == ("Geneva", "Example Health Organization")
    assert (ref.type, ref.issue) == ("report", code.strip("()"))
    (listed,) = parse_reference_list(f"1. {ref.source_text}").references
    assert (listed.type, listed.to_csl()["number"]) == ("report", code.strip("()"))


@pytest.mark.parametrize(
    ("printed", "number", "series"),
    [
        ("Example Institute. (2030). Owl survey methods (Example Technical Report No. 12). "
         "https://www.example.org/report", "12", "Example Technical Report"),
        ("Example Institute. (2029). Owl survey habits (Report No. EX-2029-4). Example Press.",
         "EX-2029-4", ""),
        ("Roe, A. (2030). Owl survey findings (Technical Report No. 7). Example University.",
         "7", ""),
        ("World Example Organization. (2030). Owl survey report (WEO Technical Report Series "
         "No. 12). https://www.example.int/report", "12", "WEO Technical Report Series"),
    ],
)  # fmt: skip
def test_apas_report_number_after_the_title_is_the_number(
    printed: str, number: str, series: str
) -> None:
    # APA prints it in parentheses after the title: it stayed in the title, cut at "No."
    ref = _one(printed)
    assert (ref.type, ref.issue, ref.collection_title) == ("report", number, series)
    assert ref.title.startswith("Owl survey") and "(" not in ref.title


@pytest.mark.parametrize(
    ("printed", "state"),
    [
        ("Roe A, Doe B. A new finding in made-up cells. J Made Up Biol. In press.", "in press"),
        ("Roe, A., & Doe, B. (in press). A new finding in made-up cells. Journal of Made-Up "
         "Biology.", "in press"),
        ("Roe A, Doe B. A new finding in made-up cells. J Made Up Biol. 2030 Feb 3. doi: "
         "10.1000/xyz123. [Epub ahead of print]", "Epub ahead of print"),
        ("Roe, A. (forthcoming). A history of made-up soils. Example Press.", "forthcoming"),
        ("Roe A, Doe B. A new finding in made-up cells. J Made Up Biol 2030;12:in press.",
         "in press"),
        ("A. Roe and B. Doe, Angew. Chem., Int. Ed., in press.", "in press"),
    ],
)  # fmt: skip
def test_a_publication_state_is_the_status_not_a_note(printed: str, state: str) -> None:
    ref = _one(printed)
    assert (ref.status, ref.note) == (state, "")


def test_citing_medicines_forthcoming_with_its_year_leaves_the_journal_whole() -> None:
    ref = _one("Roe A. A new finding in made-up cells. J Made Up Biol. Forthcoming 2031.")
    assert (ref.status, ref.container_title, ref.issued) == (
        "forthcoming",
        "J Made Up Biol",
        (2031,),
    )


def test_a_state_inside_a_title_is_the_titles() -> None:
    ref = _one("Roe A. Freedom of the in press rooms. J Made Up Hist. 2030;12:45-67.")
    assert ref.status == ""


def test_a_paper_in_press_is_not_doubted_for_its_missing_year_volume_or_pages() -> None:
    reading = read_item("Roe A, Doe B. A new finding in made-up cells. J Made Up Biol. In press.",
                        1, 1)  # fmt: skip
    assert not {"issued", "volume", "page"} & set(reading.doubtful)


@pytest.mark.parametrize(
    ("printed", "book", "publisher", "place"),
    [
        ("Roe, A.; Doe, B. 2030. Made-up family. In: Moe, C.; Poe, D. (Ed.). Catalogue of "
         "made-up fishes. Museum of Example Zoology, Example City, p.86-89.",
         "Catalogue of made-up fishes", "Museum of Example Zoology", "Example City"),
        ("Roe, A. 2030. Made-up family. In: Moe, C. (Ed.). A catalogue of made-up flies. Museum "
         "of Examples, University of Examples, Example City. Exampleland, p.1-28.",
         "A catalogue of made-up flies", "Museum of Examples, University of Examples",
         "Example City. Exampleland"),
        ("Roe, A. 2030. Made-up flies. In: Moe, C.; Poe, D. (Eds.). Manual of made-up flies. "
         "v.2. Example Research Council, Example City, p.1297-1304.",
         "Manual of made-up flies", "Example Research Council", "Example City"),
    ],
)  # fmt: skip
def test_a_scielo_chapters_book_is_parted_from_its_imprint(
    printed: str, book: str, publisher: str, place: str
) -> None:
    ref = _one(printed)
    assert (ref.container_title, ref.publisher, ref.publisher_place) == (book, publisher, place)


@pytest.mark.parametrize("state", ["Submitted", "In preparation"])
def test_a_state_in_the_journals_place_is_no_journal(state: str) -> None:
    ref = _one(f"Roe A, Doe B. A new finding in made-up cells. {state}.")
    assert (ref.title, ref.container_title, ref.status) == (
        "A new finding in made-up cells",
        "",
        state.lower(),
    )


def test_a_web_records_extent_is_no_volume() -> None:
    # Citing Medicine's "[about 4 screens]" after a record's date was read as volume "about 4"
    ref = _one(
        "ClinicalTrials.gov [Internet]. Bethesda (MD): National Library of Medicine (US). 2000 "
        "Feb 29 - . Identifier NCT01234567, Example therapy in made-up disease; 2030 Mar 5 "
        "[cited 2031 Jan 5]; [about 4 screens]. Available from: "
        "https://clinicaltrials.gov/ct2/show/NCT01234567"
    )
    assert ref.volume == ""
    assert ref.title == "Example therapy in made-up disease"


def test_apas_article_number_is_the_page() -> None:
    # APA 7 prints "Article e123" in the pages' place; the page was "Article e123"
    ref = _one(
        "Roe, J., & Doe, P. (2030). Made-up outcomes. Journal of Example Medicine, 12(3), "
        "Article e123. https://doi.org/10.1000/jem.2030.1"
    )
    assert (ref.volume, ref.issue, ref.page) == ("12", "3", "e123")
