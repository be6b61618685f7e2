"""A word broken at a line's end in a list copied from a typeset PDF. Made-up texts only."""

from __future__ import annotations

import pytest

from blinarefs.parse import join_tokens, parse_reference_list
from blinarefs.parse.line_breaks import broken_word


def test_a_list_copied_from_a_pdf_joins_its_broken_words() -> None:
    text = (
        "References\n1. Quillby E, Rowan K. Invented immuno-\nlogical markers of sepsis in "
        "children. J Invented Pae-\ndiatr. 2030;45:123-30.\n"
    )
    (ref,) = parse_reference_list(text).references
    assert ref.title == "Invented immunological markers of sepsis in children"
    assert ref.container_title == "J Invented Paediatr"


@pytest.mark.parametrize(
    ("before", "after", "joined"),
    [
        ("Invented anti-", "inflammatory drugs", "Invented anti-inflammatory drugs"),
        ("Made-up health-", "related quality", "Made-up health-related quality"),
        ("Invented protein-", "protein links", "Invented protein-protein links"),
        ("Roe J, Rocha-", "Olivares K", "Roe J, Rocha-Olivares K"),
        ("the COVID-", "19 pandemic", "the COVID-19 pandemic"),
        ("https://example.org/made-", "up/page", "https://example.org/made-up/page"),
        ("Invented epidemio-", "logy of sepsis", "Invented epidemiology of sepsis"),
    ],
)
def test_which_hyphens_were_printed(before: str, after: str, joined: str) -> None:
    assert join_tokens([before, after]) == joined


def test_a_hyphen_alone_is_no_broken_word() -> None:
    # one token a line: "Rocha" / "-" / "Olivares"
    assert not broken_word("-", "olivares")
