"""A chapter printed with no "In:" before its book, as BMJ's style prints one whose book
has no editors ("Chapter. Book Title. Place: Publisher 2030:1–9."): the pages the chapter
spans, after the book's imprint, say it is a chapter; its title is the first sentence and
its book the second (made-up chapters)."""

from __future__ import annotations

import pytest

from blinarefs.parse import parse_reference_list

_ARTICLE = "Roe J. Made-up care in example populations. J Example Med 2030;12:101–9."


@pytest.mark.parametrize(
    "item",
    [
        "Roe J. Made-up growth factors. Example Events with Medicines: Prevention Through "
        "Understanding. Springfield, Exampleland: Example Press 2030:583–5.",
        "Roe J, Doe P. Made-up growth factors. Example Events with Medicines: Prevention "
        "Through Understanding. 2nd ed. Springfield: Example Press 2030:583–5.",
        "Roe J, Doe P. Made-up growth factors. Example Events with Medicines: Prevention "
        "Through Understanding. Springfield: Example Press, 2030:583–5.",
    ],
)
def test_the_chapter_and_its_book(item: str) -> None:
    ref = parse_reference_list(f"1. {item}\n2. {_ARTICLE}\n").references[0]
    assert (ref.type, ref.title, ref.container_title, ref.page) == (
        "chapter",
        "Made-up growth factors",
        "Example Events with Medicines: Prevention Through Understanding",
        "583-585",
    )


@pytest.mark.parametrize(
    "item",
    [
        # no pages: a book whose title has two sentences
        "Roe J. Made-up growth factors. A Practical Guide. Springfield: Example Press 2030.",
        # an abbreviation's stop is no sentence's end
        "Roe J. Made-up Growth Factors in St. Example Hospital. Springfield: Example Press "
        "2030:583–5.",
        # pages cited of a whole book, in the styles that print "In:" before every book
        "Roe J. Made-up Growth Factors. A Practical Guide. Springfield, XY: Example Press; "
        "2030:32–33.",
        # a journal's volume before its year is no publisher
        "Roe J. Made-up growth factors. J Example Med. 12;2030:583–5.",
    ],
)
def test_a_book_stays_a_book(item: str) -> None:
    ref = parse_reference_list(f"1. {item}\n2. {_ARTICLE}\n").references[0]
    assert (ref.type, ref.container_title) == ("book", "")


def test_a_journal_article_is_unchanged() -> None:
    ref = parse_reference_list(
        f"1. Made-up care of example cells. Another made-up view. J Example Med 2030;4:1–9.\n"
        f"2. {_ARTICLE}\n"
    ).references[0]
    assert (ref.type, ref.container_title) == ("article-journal", "J Example Med")


@pytest.mark.parametrize(
    ("item", "title", "book", "publisher"),
    [
        # the publisher's last word read as the chapter's book
        (
            "Roe J, Doe P. Made-up thrombocythaemia. Example Classification of Tumours of "
            "Example Tissues. Springfield, XY: Example Agency for Research on Cancer 2030:48–50.",
            "Made-up thrombocythaemia",
            "Example Classification of Tumours of Example Tissues",
            "Example Agency for Research on Cancer",
        ),
        (
            "Roe J. Science of examples: resources for change. Collective Examples: Creating "
            "a Made-up World. Springfield, XY, USA: Example Independent Publishing Platform "
            "2030:265–74.",
            "Science of examples: resources for change",
            "Collective Examples: Creating a Made-up World",
            "Example Independent Publishing Platform",
        ),
        # the book cut at a word the labeller takes for a title's end
        (
            "Roe J. Example Fever. Example Manual of Diagnostic Tests and Vaccines for "
            "Example Animals. Paris, Exampleland: Office International des Examples "
            "2030:377–85.",
            "Example Fever",
            "Example Manual of Diagnostic Tests and Vaccines for Example Animals",
            "Office International des Examples",
        ),
    ],
)
def test_the_book_as_printed_before_the_imprint(
    item: str, title: str, book: str, publisher: str
) -> None:
    ref = parse_reference_list(f"1. {item}\n2. {_ARTICLE}\n").references[0]
    assert (ref.type, ref.title, ref.container_title, ref.publisher) == (
        "chapter",
        title,
        book,
        publisher,
    )


def test_a_chapter_in_its_editors_book_is_unchanged() -> None:
    ref = parse_reference_list(
        "1. Roe J. Made-up thrombocythaemia. In: Doe P, ed. Example Classification of "
        "Tumours. Springfield, XY: Example Agency for Research on Cancer 2030:48–50.\n"
        f"2. {_ARTICLE}\n"
    ).references[0]
    assert (ref.type, ref.title, ref.container_title) == (
        "chapter",
        "Made-up thrombocythaemia",
        "Example Classification of Tumours",
    )
