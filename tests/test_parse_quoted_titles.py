"""A title between quotation marks is all they hold, not a word or a subtitle less
(made-up references)."""

from __future__ import annotations

import pytest

from blinarefs.parse import parse_reference_list


@pytest.mark.parametrize(
    ("item", "title"),
    [
        (
            "NBR 12345, “Placas inventadas para exemplo: especificação e métodos de ensaio”, "
            "Ass. Bras. Norm. Técn., Rio Janeiro (2030).",
            "Placas inventadas para exemplo: especificação e métodos de ensaio",
        ),
        (
            "NBR 10004, “Resíduos inventados: classificação”, Ass. Bras. Norm. Técn., "
            "Rio Janeiro (2031).",
            "Resíduos inventados: classificação",
        ),
    ],
)
def test_a_quoted_title_is_read_to_its_closing_mark(item: str, title: str) -> None:
    assert parse_reference_list(f"1. {item}\n").references[0].title == title


def test_a_quoted_word_inside_a_title_leaves_the_title_as_read() -> None:
    item = "Roe J. The “herd” idea in made-up trials. Fict Med J. 2030;1:2-3."
    assert parse_reference_list(f"1. {item}\n").references[0].title == (
        "The “herd” idea in made-up trials"
    )
