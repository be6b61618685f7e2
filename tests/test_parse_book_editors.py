"""A book's editors printed in parentheses after its title, as the AMA style of the
citation managers prints a book with both authors and editors: "Roe J. Example Book.
(Moe K, ed.). Example Press; 2030." The editors, no part of the title (made-up
references)."""

from __future__ import annotations

import pytest

from blinarefs.model import Name, Reference
from blinarefs.parse import parse_reference_list

_ARTICLE = "Roe J. Made-up care in example populations. J Example Med. 2030;12:101-109."


def _first(item: str) -> Reference:
    return parse_reference_list(f"1. {item}\n2. {_ARTICLE}\n").references[0]


@pytest.mark.parametrize(
    ("item", "title", "editors"),
    [
        ("Roe J, Doe P. Example Book of Things. (Moe K, ed.). Example Press; 2030.",
         "Example Book of Things", ("Moe",)),
        ("Roe J. Example Methods: Structures and Functions. (Moe K, Poe A, eds.). Example "
         "Press; 2030:245-269.", "Example Methods: Structures and Functions", ("Moe", "Poe")),
        ("Roe J. Example Methods. (Moe K, Poe A, et al., eds.). Example Press; 2030.",
         "Example Methods", ("Moe", "Poe")),
    ],
)  # fmt: skip
def test_editors_in_parentheses_after_a_books_title(
    item: str, title: str, editors: tuple[str, ...]
) -> None:
    ref = _first(item)
    assert (ref.type, ref.title, ref.publisher) == ("book", title, "Example Press")
    assert tuple(n.family for n in ref.editor) == editors
    assert ref.author[0].family == "Roe"


def test_a_body_as_editor_in_parentheses() -> None:
    ref = _first("Roe J. Example Criteria for Examples. (Example Heart Association, ed.). "
                 "Example Press; 2030.")  # fmt: skip
    assert ref.title == "Example Criteria for Examples"
    assert ref.editor == (Name(literal="Example Heart Association"),)


def test_a_parenthesis_that_names_no_editor_stays_in_the_title() -> None:
    ref = _first("Roe J. Example Book of Things. (Second Series, Part 2). Example Press; 2030.")
    assert ref.title == "Example Book of Things. (Second Series, Part 2)"
    assert ref.editor == ()
