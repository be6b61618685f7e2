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
    ("item", "title", "publisher", "place"),
    [
        (
            "EXO (2030) Made-up standards for example resources. Example Organization of the "
            "Made-up Nations, Springfield, Exampleland.",
            "Made-up standards for example resources",
            "Example Organization of the Made-up Nations",
            "Springfield, Exampleland",
        ),
        (
            "EXA (2030) Example rules for seed testing. Example Seed Testing Association (EXA), "
            "Springfield, Exampleland.",
            "Example rules for seed testing",
            "Example Seed Testing Association (EXA)",
            "Springfield, Exampleland",
        ),
        # the title read inside the imprint, after a body's acronym
        (
            "EXO (2030) Example forest resources assessment 2030. EXO, Example Organization of "
            "the Made-up Nations, Springfield.",
            "Example forest resources assessment 2030",
            "EXO, Example Organization of the Made-up Nations",
            "Springfield",
        ),
        (
            "Roe J, Doe H (2030) Made-up collections, an example of genebank activities. EXG, "
            "Springfield, the Exampleland.",
            "Made-up collections, an example of genebank activities",
            "EXG",
            "Springfield, the Exampleland",
        ),
    ],
)
def test_an_author_year_book_closed_by_its_publisher_and_place(
    item: str, title: str, publisher: str, place: str
) -> None:
    ref = parse_reference_list(f"1. {item}\n").references[0]
    assert (ref.type, ref.title, ref.container_title) == ("book", title, "")
    assert (ref.publisher, ref.publisher_place) == (publisher, place)


@pytest.mark.parametrize(
    "item",
    [
        # a title's last sentence of words set apart by commas, no body's name among them
        "Roe J (2030) A made-up title: part one. Methods, Results, Discussion.",
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
