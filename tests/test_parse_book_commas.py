"""A chapter's book whose title holds commas, printed before BMJ's or the Lancet's imprint
("Handbook of Examples, Tests and Medicine. Springfield: Example Press 2030:101–9."): the
whole book is the container, not its longer part (made-up chapters)."""

from __future__ import annotations

import pytest

from blinarefs.parse import parse_reference_list

_ARTICLE = "Roe J. Made-up care in example populations. J Example Med 2030;12:101–9."


@pytest.mark.parametrize("imprint", ["Example Press 2030:101–9.", "Example Press, 2030:101–9."])
def test_the_books_title_runs_across_its_commas(imprint: str) -> None:
    item = (
        "Roe J. Made-up roles of example cells. In: Doe P, Poe K, eds. Handbook of Examples, "
        f"Tests and Medicine. Springfield: {imprint}"
    )
    ref = parse_reference_list(f"1. {item}\n2. {_ARTICLE}\n").references[0]
    assert ref.container_title == "Handbook of Examples, Tests and Medicine"


def test_a_journal_article_is_unchanged() -> None:
    ref = parse_reference_list(f"1. {_ARTICLE}\n").references[0]
    assert (ref.container_title, ref.volume) == ("J Example Med", "12")
