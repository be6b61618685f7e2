"""ABNT's journal locators in the forms real lists vary them: the months of the issue after
it, a full stop before the volume's word or the year, a supplement, a journal numbered by
its issues alone (parse/abnt_locators.py, parse/journal_places.py, parse/misread.py).
Every reference here is made up."""

from __future__ import annotations

import pytest

from blinarefs.parse import read_item

_TITLE = "Título inventado sobre o ferro"


@pytest.mark.parametrize(
    ("tail", "volume", "issue", "page"),
    [
        ("Revista Exemplo, v. 28, n. 1, July/Aug., 2030.", "28", "1", ""),
        ("Revista Exemplo, v. 10, n. 2, Sept., 2030.", "10", "2", ""),
        ("Revista Exemplo, v. 51, n. 2, p.89-107, abril/jun. 2030.", "51", "2", "89-107"),
        ("Revista Exemplo. v. 54, n.7. 2030", "54", "7", ""),
        ("Revista Exemplo, v.8, supl., p.823-838. 2030.", "8", "", "823-838"),
        ("Revista Exemplo, v.14, n.2, p.133-141. 2030.", "14", "2", "133-141"),
        ("Revista Exemplo, n.45, p.5-26. 2030.", "", "45", "5-26"),
        ("Revista Exemplo, n. 19, p.1-18, 2030.", "", "19", "1-18"),
    ],
)
def test_the_journal_and_its_locators_leave_the_title(
    tail: str, volume: str, issue: str, page: str
) -> None:
    ref = read_item(f"ROE, J. {_TITLE}. {tail}", 1, 1).reference
    assert (ref.title, ref.container_title) == (_TITLE, "Revista Exemplo")
    assert (ref.volume, ref.issue, ref.page) == (volume, issue, page)
    assert ref.type == "article-journal" and ref.issued[0] == 2030


def test_a_place_before_a_named_issue_is_the_place() -> None:
    ref = read_item(f"ROE, J. {_TITLE}. Revista Exemplo, Springfield, n. 28, 2030.", 1, 1)
    assert (ref.reference.container_title, ref.reference.publisher_place) == (
        "Revista Exemplo",
        "Springfield",
    )
    assert ref.reference.issue == "28"


@pytest.mark.parametrize(
    "printed",
    [
        # the plain forms, read right before: they must not change
        f"ROE, J. {_TITLE}. Revista Exemplo, v. 28, n. 1, p. 5-9, 2030.",
        f"ROE, J. {_TITLE}. Revista Exemplo, Springfield, v. 51, n. 2, p. 89-107, jul./set. 2030.",
    ],
)
def test_the_plain_abnt_article_is_unchanged(printed: str) -> None:
    ref = read_item(printed, 1, 1).reference
    assert (ref.title, ref.container_title) == (_TITLE, "Revista Exemplo")


def test_a_book_volume_after_a_full_stop_is_no_journal() -> None:
    # a book's volume is printed after a full stop too: with a publisher, no journal
    ref = read_item(
        "ROE, J. Obras inventadas. v. 2. Springfield: Editora Exemplo, 2030.", 1, 1
    ).reference
    assert ref.type == "book" and not ref.container_title
    assert ref.publisher == "Editora Exemplo"


def test_a_question_before_the_journal_and_its_place_stays_the_title() -> None:
    ref = read_item(
        "LEE, V. E. What are inventado questions, and how might we explore them? Estudos em"
        " Exemplo, Springfield, n. 24, p. 31-68, 2030.",
        1,
        1,
    ).reference
    assert ref.title == "What are inventado questions, and how might we explore them?"
    assert (ref.container_title, ref.publisher_place) == ("Estudos em Exemplo", "Springfield")
