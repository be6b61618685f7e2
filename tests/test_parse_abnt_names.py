"""ABNT's names with given names spelled out ("ROE, Roberta. Title."): the names end at
their full stop, and the title is not lost (parse/abnt_names.py). Every name and reference
here is made up."""

from __future__ import annotations

import pytest

from blinarefs.parse import read_item


@pytest.mark.parametrize(
    ("printed", "families", "title"),
    [
        ("DOE, Roberta. Aula. Springfield: Editora Exemplo, 2030.", ["DOE"], "Aula"),
        (
            "ROE, Anselmo. Viagem ao Exemplo. Springfield: Martin Exemplo, 2030.",
            ["ROE"],
            "Viagem ao Exemplo",
        ),
        (
            "QUILL, Maria da; DOE, Ana. Viagem ao Exemplo. Springfield: Martin Exemplo, 2030.",
            ["QUILL", "DOE"],
            "Viagem ao Exemplo",
        ),
    ],
)
def test_spelled_given_names_end_at_their_full_stop(
    printed: str, families: list[str], title: str
) -> None:
    ref = read_item(printed, 1, 1).reference
    assert [n.family for n in ref.author] == families
    assert ref.title == title
    assert ref.type == "book" and ref.publisher_place == "Springfield"


@pytest.mark.parametrize(
    "printed",
    [
        "DOE, K. Outro título inventado. Revista Exemplo, v. 3, n. 4, p. 5-6, 2031.",
        "ROE, Ana. Viagem ao exemplo inventado. Revista Exemplo, v. 3, n. 4, p. 5-6, 2031.",
    ],
)
def test_abnt_articles_keep_their_names_and_title(printed: str) -> None:
    ref = read_item(printed, 1, 1).reference
    assert len(ref.author) == 1 and ref.container_title == "Revista Exemplo"
    assert ref.title.startswith(("Outro", "Viagem"))


def test_names_read_as_the_title_are_the_authors() -> None:
    ref = read_item(
        "ROEHLING, Arno. O exemplo português no final do século XVIII: doutrinas, mecanismos."
        " Revista do Instituto Exemplo, v.316, p.170-278. 2030.",
        1,
        1,
    ).reference
    assert [n.family for n in ref.author] == ["ROEHLING"]
    assert ref.title == "O exemplo português no final do século XVIII: doutrinas, mecanismos"
    assert ref.container_title == "Revista do Instituto Exemplo"
