"""Entry types and containers (issue 13): a chapter whose editors follow its book, a book
whose publisher and place were read as its journal. Every reference here is made up for
the test."""

from __future__ import annotations

import pytest

from blinarefs.model import Reference
from blinarefs.parse import parse_reference_list


def _one(printed: str) -> Reference:
    [ref] = parse_reference_list(f"References\n1. {printed}\n").references
    return ref


@pytest.mark.parametrize(
    ("mark", "editors", "where"),
    [
        ("eds", "Doe P. Q., Poe R. S.", "(Springfield: Example Press)"),
        ("ed.", "Doe P. Q.", "(Springfield: Example Press)"),
        ("eds", "Doe P. Q., Poe R. S.", "(Springfield, Example Press)"),
    ],
)
def test_a_chapters_book_before_its_editors_keeps_its_last_word(
    mark: str, editors: str, where: str
) -> None:
    ref = _one(
        f"Roe J. A. (2031). “Counting the small things of the sea,” in The Handbook of "
        f"Careful Counting in Seawater, {mark} {editors} {where}, 12–34"
    )
    assert (ref.type, ref.title, ref.container_title) == (
        "chapter",
        "Counting the small things of the sea",
        "The Handbook of Careful Counting in Seawater",
    )
    assert [n.family for n in ref.author] == ["Roe"]
    assert ref.editor[0].family == "Doe"
    assert ref.page == "12-34"


@pytest.mark.parametrize("stop", [". In:", " In:", ", in"])
def test_a_chapters_editors_in_parentheses_after_its_book(stop: str) -> None:
    ref = _one(
        f"Roe JA, Doe PQ (2030) Counting cells in the dark{stop} Invented cell systems "
        "(Poe M, Moe D, eds), pp 205–223. Springfield: Example Press."
    )
    assert (ref.type, ref.title, ref.container_title) == (
        "chapter",
        "Counting cells in the dark",
        "Invented cell systems",
    )
    assert [n.family for n in ref.editor] == ["Poe", "Moe"]
    assert [n.family for n in ref.author] == ["Roe", "Doe"]


def test_vancouvers_editors_before_their_book_stay_editors() -> None:
    """ "In: Poe G, Moe M, editors. Book.": the names come before the mark, the book after."""
    ref = _one(
        "Roe JA, Doe PQ. Counting cells. In: Poe G, Moe M, Loe K, editors. Invented Foods "
        "and Their Counting. Springfield: Example & Sons (2011). 11–43."
    )
    assert (ref.type, ref.container_title) == ("chapter", "Invented Foods and Their Counting")
    assert [n.family for n in ref.editor] == ["Poe", "Moe", "Loe"]


def test_the_place_and_publisher_after_a_chapters_editors() -> None:
    ref = _one(
        "Roe J. A. (2031). “Counting the small things,” in Careful Counting, eds Doe P. Q., "
        "Poe R. S. (Springfield: Example Press), 12–34"
    )
    assert (ref.publisher_place, ref.publisher) == ("Springfield", "Example Press")


def test_in_a_sentence_is_no_book_before_editors() -> None:
    """ "in" inside a title, with no editors' mark after it, changes nothing."""
    ref = _one("Roe J, Doe A. Counting cells in the sea, a review. J Invented Biol. 2030;12:3-9.")
    assert (ref.type, ref.container_title) == ("article-journal", "J Invented Biol")


@pytest.mark.parametrize(
    ("printed", "publisher", "place"),
    [
        ("Roe, J. - Counting Things Carefully. Example Press, Springfield. 2031.",
         "Example Press", "Springfield"),
        ("Roe J. Counting Things Carefully. Example Books, Springfield, IL. 2031.",
         "Example Books", "Springfield, IL"),
    ],
)  # fmt: skip
def test_a_publisher_and_its_place_read_as_a_journal_make_a_book(
    printed: str, publisher: str, place: str
) -> None:
    ref = _one(printed)
    assert (ref.type, ref.container_title) == ("book", "")
    assert (ref.publisher, ref.publisher_place) == (publisher, place)


@pytest.mark.parametrize(
    ("printed", "title", "publisher", "place"),
    [
        ("Roe J. A. (2030). Counting Invented Cells. Springfield: Example.",
         "Counting Invented Cells", "Example", "Springfield"),
        ("Roe JA, Doe PQ (2030) Counting invented cells. Springfield, IL: Example Society.",
         "Counting invented cells", "Example Society", "Springfield, IL"),
        ("Roe JA. 2030 Counting invented cells. Example Books: Springfield.",
         "Counting invented cells", "Example Books", "Springfield"),
        ("Roe J. Counting invented cells. Example Publications Limited 2030.",
         "Counting invented cells", "Example Publications Limited", ""),
    ],
)  # fmt: skip
def test_a_place_and_publisher_around_a_colon_make_a_book(
    printed: str, title: str, publisher: str, place: str
) -> None:
    ref = _one(printed)
    assert (ref.type, ref.container_title, ref.title) == ("book", "", title)
    assert (ref.publisher, ref.publisher_place) == (publisher, place)


def test_a_journal_named_with_a_place_stays_a_journal() -> None:
    """A name that does not end as a publisher's is no publisher, place or not."""
    ref = _one("Roe J. Counting things. Example Journal, Springfield. 2031.")
    assert ref.type == "article-journal"
    ref = _one("Roe J. Counting things. Invented Journal B: Biological Counting. 2031;4:1-9.")
    assert (ref.type, ref.container_title) == (
        "article-journal",
        "Invented Journal B: Biological Counting",
    )


@pytest.mark.parametrize(
    "marker",
    ["[dissertação de mestrado].", "[tese de doutorado].", "Tese [Doutorado].",
     "Dissertação [Mestrado]."],
)  # fmt: skip
def test_a_thesis_named_in_portuguese_with_its_degree(marker: str) -> None:
    ref = _one(
        f"Roe EA. Estudo dos números pequenos no estado imaginário {marker} Rio de Janeiro: "
        "Universidade Inventada; 2031."
    )
    assert ref.type == "thesis"
    if marker.startswith("["):  # the marker leaves the title
        assert ref.title == "Estudo dos números pequenos no estado imaginário"


def test_a_book_on_the_internet_with_its_series_is_no_journal_article() -> None:
    ref = _one(
        "Ministério da Ficção (BR). Doença dos sapos [Internet]. Brasília (DF): Ministério da "
        "Ficção; 2032. (Boletim Fictício Especial, 103). [cited 2032 Mar 5]. Available from: "
        "https://www.gov.example.br/boletim103"
    )
    assert ref.type in ("book", "webpage")
    assert ref.container_title == ""
    assert ref.collection_title == "Boletim Fictício Especial"


def test_a_journal_article_read_on_the_internet_stays_one() -> None:
    ref = _one("Roe J. Frogs of a made-up marsh. Fict Med J [Internet]. 2030;4(2):1-9.")
    assert ref.type == "article-journal" and ref.container_title == "Fict Med J"


def test_a_volume_of_a_book_with_its_place_and_publisher() -> None:
    ref = _one("Roe H. 1964, A Survey of Invented Ferns, vol. 2 Berlin: Fictverlag, pp. 666.")
    assert ref.type == "book"
    assert ref.title == "A Survey of Invented Ferns"
    assert (ref.publisher, ref.publisher_place) == ("Fictverlag", "Berlin")


@pytest.mark.parametrize(
    "where", ["Macmillan: Springfield", "Springfield: Macmillan", "Example Press: Springfield"]
)
def test_a_publisher_printed_before_its_place(where: str) -> None:
    ref = _one(f"Roe T. Rivers of an invented plain. {where}; 2031.")
    assert ref.type == "book"
    assert ref.publisher_place == "Springfield"
    assert ref.publisher in ("Macmillan", "Example Press")


@pytest.mark.parametrize(
    ("printed", "journal", "title"),
    [
        ("A. Roe and B. Doe, “ Crystals of an invented salt,” Acta Fictallogr., Sect. D 71, "
         "113–122 (2031).", "Acta Fictallogr., Sect. D", "Crystals of an invented salt"),
        ("A. Roe, “Crystals of an invented salt,” Acta Fictallogr., Sect. D: Struct. Fict. 71, "
         "113–122 (2031).", "Acta Fictallogr., Sect. D: Struct. Fict.",
         "Crystals of an invented salt"),
        ("A. Roe, “Crystals of a salt,” Fict. Trans. R. Soc., Ser. B 71, 113–122 (2031).",
         "Fict. Trans. R. Soc., Ser. B", "Crystals of a salt"),
        ("Roe A. Part A of the story. J Fict. 2031;7:1-9.", "J Fict", "Part A of the story"),
        ("Roe A, Doe B 2031 Invented growth at heat. Proceedings of the Fictional Academy of "
         "Sciences, USA 108, 231–235.", "Proceedings of the Fictional Academy of Sciences, USA",
         "Invented growth at heat"),
        ("Roe A. Invented growth in the USA. J Fict. 2031;7:1-9.", "J Fict",
         "Invented growth in the USA"),
    ],
)  # fmt: skip
def test_a_journals_section_after_a_comma(printed: str, journal: str, title: str) -> None:
    ref = _one(printed)
    assert (ref.container_title, ref.title) == (journal, title)


def test_a_body_with_an_edition_and_pages_is_a_books_publisher_not_a_journal() -> None:
    """An edition is printed for a book, never a journal's article: a body's name read as
    the journal after it is the publisher, whatever pages follow it ("Catalogue, 3rd ed,
    p 137-152. Example Society for Made-up Medicine, Springfield.")."""
    from blinarefs.parse.journals import publisher_not_journal

    society = "American Society for Made-up Medicine"
    fields: dict[str, object] = {"container_title": society, "edition": "3", "page": "137-152"}
    publisher_not_journal(fields)
    assert (fields.get("container_title"), fields.get("publisher")) == (None, society)
    journal: dict[str, object] = {"container_title": "Made Up Society Journal", "page": "1-9"}
    publisher_not_journal(journal)  # no edition: a journal's pages
    assert journal == {"container_title": "Made Up Society Journal", "page": "1-9"}


def test_an_edition_after_a_dash_makes_a_document_online_a_book() -> None:
    ref = _one(
        "Invented Federation. Made-up Atlas of Owls –8th edn. 2030 Available from: https://example.org/"
    )
    assert (ref.type, ref.title, ref.edition) == ("book", "Made-up Atlas of Owls", "8")


def test_ahead_of_print_after_a_colon_is_the_journals_note() -> None:
    """ "Journal: Epub ahead of print.": read as a book's place and publisher before."""
    ref = _one(
        "Roe H, Doe A, Poe C (2030) Validation of made-up tracts in the owl. "
        "Made Up Cortex: Epub ahead of print."
    )
    assert (ref.type, ref.container_title, ref.publisher, ref.publisher_place) == (
        "article-journal",
        "Made Up Cortex",
        "",
        "",
    )
