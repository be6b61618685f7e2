"""Chapters of books published online, as Citing Medicine prints them and PubMed's
Bookshelf gives them. Every reference here is made up for the test."""

from __future__ import annotations

import pytest

from blinarefs.parse import read_item


def _reading(text: str):
    return read_item(text, 1, 1)


@pytest.mark.parametrize(
    ("printed", "title", "book", "issued", "note"),
    [
        # the book's title was read as no field and its open run of years as the title's
        ("Roe J, Doe P. Made-up Disease. [Updated 2031 Feb 2]. In: ExamplePearls [Internet]. "
         "Springfield (FL): ExamplePearls Publishing; 2031 Jan-. Available from: "
         "https://www.example.org/books/NBK123456/",
         "Made-up Disease", "ExamplePearls", (2031,), "Updated 2031 Feb 2"),
        # the chapter's own date ran into its title, the book's years were read as pages
        ("Roe J, Doe P. Made-up syndrome. 2030 Mar 5 [Updated 2031 Feb 2]. In: Poe A, Moe B, "
         "editors. ExampleReviews [Internet]. Springfield (WA): University of Example; "
         "1993-2031. Available from: https://www.example.org/books/NBK1234/",
         "Made-up syndrome", "ExampleReviews", (2030, 3, 5), "Updated 2031 Feb 2"),
        # the year read was the day the page was read; "Chapter 4" a volume
        ("Roe J. Made-up therapy. In: Poe A, editor. Example handbook [Internet]. Springfield "
         "(IL): Example Press; 2030 [cited 2031 Jan 5]. Chapter 4. Available from: "
         "https://example.org/book/ch4",
         "Made-up therapy", "Example handbook", (2030,), None),
    ],
)  # fmt: skip
def test_a_chapter_of_an_online_book(
    printed: str, title: str, book: str, issued: tuple[int, ...], note: str | None
) -> None:
    reading = _reading(printed)
    ref = reading.reference
    assert (ref.type, ref.title, ref.container_title, ref.issued) == (
        "chapter", title, book, issued
    )  # fmt: skip
    assert (ref.page, ref.volume) == ("", "")
    assert ref.publisher and ref.publisher_place
    if note:
        assert ref.note == note
    # the printed form settles the book, the date and the kind: none is doubted
    assert not {"container_title", "issued", "type"} & set(reading.doubtful)


def test_an_online_book_cited_whole_is_left_a_book() -> None:
    # the book itself, "Title [Internet]. Place: Publisher; 2030", has no "In:"
    ref = _reading(
        "Poe A, editor. Example handbook [Internet]. Springfield (IL): Example Press; 2030 "
        "[cited 2031 Jan 5]. Available from: https://example.org/book"
    ).reference
    assert ref.type != "chapter" and not ref.container_title
