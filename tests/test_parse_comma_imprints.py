"""A book's imprint printed "Place, Publisher." after its title in author-year lists
(parse/comma_imprints.py). Every reference here is made up."""

from __future__ import annotations

import pytest

from blinarefs.parse import read_item


@pytest.mark.parametrize(
    ("printed", "title", "place", "publisher"),
    [
        (
            "Roe, H. 2030. Ornitologia exemplar. Rio de Exemplo, Nova Exemplo.",
            "Ornitologia exemplar",
            "Rio de Exemplo",
            "Nova Exemplo",
        ),
        (
            "Roe, J. (2030). Título inventado sobre o ferro. Springfield, Editora Exemplo.",
            "Título inventado sobre o ferro",
            "Springfield",
            "Editora Exemplo",
        ),
        (
            "Roe, M.M. & Doe, G.A. (orgs.). 2030. Plano de Manejo do Parque Exemplo: Relatório"
            " final. Porto Exemplo, Fundação Exemplo do Sul.",
            "Plano de Manejo do Parque Exemplo: Relatório final",
            "Porto Exemplo",
            "Fundação Exemplo do Sul",
        ),
    ],
)
def test_place_comma_publisher_after_the_title(
    printed: str, title: str, place: str, publisher: str
) -> None:
    ref = read_item(printed, 1, 1).reference
    assert (ref.title, ref.publisher_place, ref.publisher) == (title, place, publisher)
    assert ref.type == "book" and not ref.container_title and ref.issued[0] == 2030


@pytest.mark.parametrize(
    "printed",
    [
        # a journal's article and a chapter keep their reading
        "Roe, H. 2030. Ornitologia exemplar. Revista Exemplo, v. 12, n. 3, p. 45-67.",
        "Roe, H. 2030. Ornitologia exemplar. In: Doe, J. (Ed.). Livro Exemplo. Springfield,"
        " Editora Exemplo.",
        # Elsevier's "Publisher, Place, Year" is left to its own reading
        "H. Roe, Ornitologia exemplar, Example Press, Springfield, 2030.",
    ],
)
def test_other_forms_are_not_read_as_a_comma_imprint(printed: str) -> None:
    ref = read_item(printed, 1, 1).reference
    assert ref.title == "Ornitologia exemplar"
    assert ref.publisher_place in ("", "Springfield")
