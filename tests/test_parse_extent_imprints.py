"""A book printed with its publisher, its place and its count of pages last ("Title.
Example Press, Springfield, 320p."), as the author-year lists of Brazil's and the
Americas' zoology and ecology journals print it (made-up books)."""

from __future__ import annotations

import pytest

from blinarefs.parse import parse_reference_list


@pytest.mark.parametrize(
    ("item", "title", "publisher", "place", "count"),
    [
        # read as a journal's article: the publisher as its journal, the count as its page
        (
            "Roe, J. 2030. Los peces de ejemplo. Fundación Científica de Ejemplo, Springfield, "
            "499p.",
            "Los peces de ejemplo",
            "Fundación Científica de Ejemplo",
            "Springfield",
            "499",
        ),
        (
            "Roe, J.; Doe, P. 2030. Manual de ecologia dos exemplos. Editora Exemplo, Porto "
            "Alegre, 419p.",
            "Manual de ecologia dos exemplos",
            "Editora Exemplo",
            "Porto Alegre",
            "419",
        ),
        # the place with its country, a full stop before the count: the title ran over them
        (
            "EXI. 2030. Caquetá, características de ejemplo. Instituto Geográfico de Ejemplo, "
            "Springfield, Exampleland. 376p.",
            "Caquetá, características de ejemplo",
            "Instituto Geográfico de Ejemplo",
            "Springfield, Exampleland",
            "376",
        ),
        # two bodies publishing, one after a slash
        (
            "Roe, A.; Doe, L.G. 2030. Guia para produção de exemplo: experiência de Apuí (AM). "
            "Instituto de Exemplo/ Instituto de Conservação do Exemplo, Springfield, 33p.",
            "Guia para produção de exemplo: experiência de Apuí (AM)",
            "Instituto de Exemplo/ Instituto de Conservação do Exemplo",
            "Springfield",
            "33",
        ),
        # a body and its acronym publishing
        (
            "Roe, L. 2030. Ecología basada en ejemplos. Instituto de Ejemplo para la "
            "Agricultura, IEA, San José de Exampleland. 225p.",
            "Ecología basada en ejemplos",
            "Instituto de Ejemplo para la Agricultura, IEA",
            "San José de Exampleland",
            "225",
        ),
    ],
)
def test_the_publisher_place_and_count_close_a_book(
    item: str, title: str, publisher: str, place: str, count: str
) -> None:
    ref = parse_reference_list(f"1. {item}\n").references[0]
    assert ref.type == "book"
    assert (ref.title, ref.container_title, ref.page) == (title, "", "")
    assert (ref.publisher, ref.publisher_place, ref.number_of_pages) == (publisher, place, count)


def test_a_title_the_readers_lost_is_the_sentence_after_the_year() -> None:
    item = (
        "Roe, T.; Doe, K.; Poe, E. 2030. Fishes trawled off Exampleland and Madeupia. Example "
        "Marine Fishery Resource Research Center, Springfield, 520p."
    )
    ref = parse_reference_list(f"1. {item}\n").references[0]
    assert (ref.type, ref.title) == ("book", "Fishes trawled off Exampleland and Madeupia")


@pytest.mark.parametrize(
    "item",
    [
        # a series' number is no imprint
        "Roe, D.R. 2030. Made-up patterns in example fishes. Example Contributions to "
        "Zoology, Nr. 255. 36p.",
        # pages cited of a journal's article
        "Roe, J. 2030. Made-up fishes. Example Journal of Zoology, 12: 45-67.",
    ],
)
def test_other_endings_are_read_as_before(item: str) -> None:
    ref = parse_reference_list(f"1. {item}\n").references[0]
    assert ref.publisher == ""
