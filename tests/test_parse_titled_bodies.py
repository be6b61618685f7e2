"""A body's name, its title and the year alone ("Example Agency. Made-up guidance; 2030."):
the body is the author and the title the title, not the body the title and the title a
publisher or a journal (made-up reports)."""

from __future__ import annotations

import pytest

from blinarefs.parse import parse_reference_list

_ARTICLE = "Roe J. Made-up care in example populations. J Example Med 2030;12:101–9."


@pytest.mark.parametrize(
    ("item", "author", "title"),
    [
        (
            "EXO. EXO Declares Made-up Care a Priority; 2030.",
            "EXO",
            "EXO Declares Made-up Care a Priority",
        ),
        (
            "The People’s Government of Example Province. Press Conference of Example "
            "Provincial Demographic Bulletin in 2029; 2030.",
            "The People’s Government of Example Province",
            "Press Conference of Example Provincial Demographic Bulletin in 2029",
        ),
        (
            "US EXA. Memo: preliminary made-up assessment to support the review of "
            "examplamide. 2030.",
            "US EXA",
            "Memo: preliminary made-up assessment to support the review of examplamide",
        ),
    ],
)
def test_the_body_is_the_author(item: str, author: str, title: str) -> None:
    ref = parse_reference_list(f"1. {item}\n2. {_ARTICLE}\n").references[0]
    assert ([a.literal for a in ref.author], ref.title, ref.publisher, ref.container_title) == (
        [author],
        title,
        "",
        "",
    )


def test_a_journal_article_keeps_its_journal() -> None:
    ref = parse_reference_list(
        f"1. Made-up care of example cells. J Example Med. 2030.\n2. {_ARTICLE}\n"
    ).references[0]
    assert (ref.title, ref.container_title) == ("Made-up care of example cells", "J Example Med")
