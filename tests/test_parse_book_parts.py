"""A part of a book written by the book's own authors, as Citing Medicine prints it after
the whole book (parse/book_parts.py). Every reference here is made up for the test."""

from __future__ import annotations

import pytest

from blinarefs.parse import read_judged


@pytest.mark.parametrize(
    ("printed", "title", "book", "pages"),
    [
        (
            "Roe J. Pretend Textbook of Invented Medicine. 5th ed. Philadelphia: Example "
            "Press; 2030. Chapter 12, Made-up disorders of imaginary organs; p. 123-45.",
            "Made-up disorders of imaginary organs",
            "Pretend Textbook of Invented Medicine",
            "123-145",
        ),
        (
            "Roe J, Doe P. Pretend Atlas of Imaginary Anatomy. Springfield (IL): Example "
            "Press; 2029. Part 3, The invented limbs; p. 201-250.",
            "The invented limbs",
            "Pretend Atlas of Imaginary Anatomy",
            "201-250",
        ),
        (
            "Roe J. Pretend Textbook of Invented Medicine. 5th ed. Philadelphia: Example "
            "Press; 2030. Chapter 12, Made-up disorders of imaginary organs.",
            "Made-up disorders of imaginary organs",
            "Pretend Textbook of Invented Medicine",
            "",
        ),
    ],
)
def test_a_part_after_its_whole_book_is_the_chapter(
    printed: str, title: str, book: str, pages: str
) -> None:
    ref = read_judged(printed, 1).reference
    assert (ref.type, ref.title, ref.container_title, ref.page) == ("chapter", title, book, pages)
    assert ref.volume == ""  # "Chapter 12" and "Part 3" are no volumes
    assert ref.publisher == "Example Press"


def test_a_journal_articles_title_naming_a_part_stays_the_articles() -> None:
    ref = read_judged(
        "Roe J. Invented review. Part 2, pretend methods. J Invent Med 2030, 12, 45-67.", 1
    ).reference
    assert ref.type == "article-journal"
    assert ref.container_title.startswith("J Invent Med")
