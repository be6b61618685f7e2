"""A chapter as Nature's house style prints it (issue 13): "Roe, J. & Doe, A. in Book (eds
Poe, M. & Smith, P.) 12–30 (Examplia Press, 2030)." Its bare pages, between the editors'
parenthesis and the imprint's, are pages, not the book's volume (made-up chapters)."""

from __future__ import annotations

import pytest

from blinarefs.parse import parse_reference_list

_ARTICLE = "Roe, J. & Doe, A. Made-up widgets of examples. Nature 12, 30–40 (2030)."


@pytest.mark.parametrize(
    ("item", "editors", "pages", "publisher", "place"),
    [
        (
            "Roe, J. & Doe, A. in Book Title of Examples (eds Poe, M. & Smith, P.) 12–30 "
            "(Examplia Press, 2030).",
            ("Poe", "Smith"),
            "12-30",
            "Examplia Press",
            "",
        ),
        (
            "Roe, J. in Handbook of Springfield Studies Vol. 3 (ed. Poe, M.) 101–119 "
            "(Examplia, 2029).",
            ("Poe",),
            "101-119",
            "Examplia",
            "",
        ),
        (
            "Roe, J. in Handbook of Springfield Studies (ed. Poe, M.) 101–119 "
            "(Example House, Springfield, 2029).",
            ("Poe",),
            "101-119",
            "Example House",
            "Springfield",
        ),
    ],
)
def test_the_chapter_reads_its_pages(
    item: str, editors: tuple[str, ...], pages: str, publisher: str, place: str
) -> None:
    ref = parse_reference_list(f"1. {item}\n2. {_ARTICLE}\n").references[0]
    assert ref.type == "chapter"
    assert tuple(e.family for e in ref.editor) == editors
    assert (ref.page, ref.volume, ref.publisher, ref.publisher_place) == (
        pages,
        "",
        publisher,
        place,
    )
    assert ref.container_title.startswith(("Book Title", "Handbook"))


def test_an_article_stays_an_article() -> None:
    """Guard: Nature's article form keeps its volume and pages."""
    ref = parse_reference_list(f"1. {_ARTICLE}\n").references[0]
    assert (ref.type, ref.container_title, ref.volume, ref.page) == (
        "article-journal",
        "Nature",
        "12",
        "30-40",
    )
