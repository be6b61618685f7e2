"""Portuguese and Spanish forms of SciELO's lists: an edition after a title that closes
with its question, a date of access printed with numbers. Every reference here is made up
for the test."""

from __future__ import annotations

import pytest

from blinarefs.model import Reference
from blinarefs.parse import parse_reference_list


def _read(text: str) -> Reference:
    return parse_reference_list(f"1. {text}\n").references[0]


@pytest.mark.parametrize("mark", ["?", "!"])
def test_an_edition_after_a_question_is_no_part_of_the_title(mark: str) -> None:
    ref = _read(
        f"Quell SMR. Pobreza inventada: afinal, de que se trata{mark} 3. ed. Rio de Janeiro: "
        "Editora Ficticia; 2029."
    )
    assert (ref.title, ref.edition) == (f"Pobreza inventada: afinal, de que se trata{mark}", "3")


@pytest.mark.parametrize("accessed", ["acessado em 15/06/2031", "consultado el 15/06/2031"])
def test_a_date_of_access_in_numbers_is_neither_a_volume_nor_the_year(accessed: str) -> None:
    ref = _read(
        "N. Quell, Introduction to Pretend Boards – The Invented Projects. Invented Project, "
        f"disponível em: https://example.org/boards.html, {accessed}."
    )
    assert (ref.issued, ref.volume, ref.container_title) == (None, "", "")
    assert ref.type == "webpage"
