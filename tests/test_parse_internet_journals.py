"""Vancouver's journal "[Internet]" with its publisher before the date, "Title. Int J Examples
[Internet]. Examplia Press; 2030 Mar 1 [cited 2031 Jan 2];136():E359–86." (issue 13,
preprints' lists): the journal is the name before the medium, the publisher no journal.
Every reference here is made up."""

from __future__ import annotations

import pytest

from blinarefs.model import Reference
from blinarefs.parse import parse_reference_list

_TAIL = "[cited 2031 Jan 2];65():363–366. Available from: https://example.org/y"


def _read(text: str) -> Reference:
    refs = parse_reference_list(f"1. {text}\n").references
    assert len(refs) == 1
    return refs[0]


@pytest.mark.parametrize(
    ("imprint", "publisher"),
    [
        # the publisher read as the journal, the journal run into the title
        ("Springfield Academic; 2030 Mar 1", "Springfield Academic"),
        ("Examplia Diabetes Association; 2030 Feb 1", "Examplia Diabetes Association"),
        # no publisher: the journal run into the title, none read
        ("2030 Mar 1", ""),
    ],
)
def test_the_name_before_internet_is_the_journal(imprint: str, publisher: str) -> None:
    ref = _read(f"Roe JA, Doe B. Widget atlas. Examplia Med [Internet]. {imprint} {_TAIL}")
    assert (ref.title, ref.container_title) == ("Widget atlas", "Examplia Med")
    assert (ref.publisher, ref.volume, ref.page) == (publisher, "65", "363-366")
    assert ref.issued[0] == 2030  # the year, not the "[cited ...]" date's


def test_a_journal_read_right_and_a_web_book_stay() -> None:
    """Guards: a journal already read keeps its name (the publisher kept beside it), and a
    book read online ("Title [Internet]. Place: Publisher; 2030") is no journal article."""
    ref = _read(
        f"Roe JA, Doe B. Widget atlas. Int J Examples [Internet]. Examplia Press; 2030 {_TAIL}"
    )
    assert (ref.title, ref.container_title) == ("Widget atlas", "Int J Examples")
    book = _read(
        "Roe JA. Widget atlas [Internet]. Springfield: Examplia Press; 2030 [cited 2031 Jan 2]. "
        "Available from: https://example.org/b"
    )
    assert (book.title, book.container_title, book.publisher) == (
        "Widget atlas",
        "",
        "Examplia Press",
    )


def test_a_title_before_internet_is_no_journal() -> None:
    """Guard: a report's title before the medium, read as the title, stays the title."""
    text = (
        "Example Agency. Widget outlook in the Examplia region [Internet]. 2030 (cited 2031 "
        "Apr 8);1-22. Available from: https://example.org/o"
    )
    ref = _read(text)
    assert ref.container_title != "Widget outlook in the Examplia region"
