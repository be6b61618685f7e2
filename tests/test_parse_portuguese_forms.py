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


@pytest.mark.parametrize("edition", ["2.ed.", "2 ed.", "2a ed."])
def test_an_edition_glued_to_its_number_after_the_title_is_the_edition(edition: str) -> None:
    ref = _read(
        f"Quell JW. Agendas inventadas e politicas. {edition} New York: Pretend Publishing "
        "Group; 2029. (Pretend Classics in Political Science)."
    )
    assert (ref.title, ref.edition) == ("Agendas inventadas e politicas", "2")


@pytest.mark.parametrize(
    ("printed", "title", "place", "publisher"),
    [
        (
            "Quell DW. Os livros e suas capas. São Paulo; Editora Ficticia; 2029.",
            "Os livros e suas capas",
            "São Paulo",
            "Editora Ficticia",
        ),
        (
            "Invented Nations Programme. Atlas of pretend development. New York; INP; 2029.",
            "Atlas of pretend development",
            "New York",
            "INP",
        ),
    ],
)
def test_a_place_closed_by_a_semicolon_before_the_publisher_is_the_place(
    printed: str, title: str, place: str, publisher: str
) -> None:
    ref = _read(printed)
    assert (ref.title, ref.publisher_place, ref.publisher) == (title, place, publisher)


@pytest.mark.parametrize(
    ("word", "editors"),
    [
        ("Em", "Doe P, organizador"),
        ("Em", "Doe P, Moe Q, organizadores"),
        ("En", "Doe P, editor"),
        ("En", "Doe P, Moe Q, editores"),
    ],
)
def test_vancouver_in_in_portuguese_or_spanish_opens_the_book(word: str, editors: str) -> None:
    """Vancouver printed in Portuguese or Spanish (the CSL locales' term) says "Em:"/"En:"
    where English says "In:": the chapter's title ends there and the book follows."""
    ref = _read(
        f"Roe J. Título do capítulo de exemplo. {word}: {editors}. Livro de exemplos. "
        "Springfield: Editora Exemplo; 2030. p. 10-20."
    )
    assert (ref.type, ref.title) == ("chapter", "Título do capítulo de exemplo")
    assert (ref.container_title, ref.editor[0].family) == ("Livro de exemplos", "Doe")


@pytest.mark.parametrize("word", ["Em", "En"])
def test_vancouver_in_in_portuguese_or_spanish_without_editors(word: str) -> None:
    ref = _read(
        f"Roe J. Título do capítulo. {word}: Livro de exemplos. Springfield: Editora Exemplo; "
        "2030. p. 10-20."
    )
    assert (ref.type, ref.title, ref.container_title) == (
        "chapter",
        "Título do capítulo",
        "Livro de exemplos",
    )


@pytest.mark.parametrize(
    "kind", ["tesis doctoral", "Tesis Doctoral", "tesis de licenciatura", "dissertação na Internet"]
)
def test_a_thesis_named_in_brackets_in_spanish_or_portuguese_is_a_thesis(kind: str) -> None:
    ref = _read(
        f"Roe J. Factores asociados al dolor lumbar [{kind}]. Springfield: Universidad de "
        "Ejemplo; 2030."
    )
    assert (ref.type, ref.title) == ("thesis", "Factores asociados al dolor lumbar")
    assert ref.publisher == "Universidad de Ejemplo"


@pytest.mark.parametrize("medium", ["en línea", "homepage na Internet", "monografía en Internet"])
def test_the_medium_in_spanish_or_portuguese_is_no_part_of_a_title(medium: str) -> None:
    ref = _read(
        f"Organización Ejemplo. Guía de ejemplo [{medium}]. Springfield: OEE; 2030 [citado 3 "
        "ene 2031]. Disponible en: https://www.example.org/guia"
    )
    assert (ref.title, ref.publisher, ref.publisher_place) == (
        "Guía de ejemplo",
        "OEE",
        "Springfield",
    )


@pytest.mark.parametrize("medium", ["en línea", "periódico na Internet", "revista en Internet"])
def test_the_medium_in_spanish_or_portuguese_is_no_part_of_a_journal(medium: str) -> None:
    ref = _read(
        f"Roe J, Doe P. Factores asociados al dolor lumbar. Rev Esp Ejemplo [{medium}]. 2030 "
        "[citado 3 ene 2031];12(3):45-56. Disponible en: https://www.example.org/r"
    )
    assert (ref.title, ref.container_title) == (
        "Factores asociados al dolor lumbar",
        "Rev Esp Ejemplo",
    )
    assert (ref.volume, ref.page) == ("12", "45-56")


@pytest.mark.parametrize("year", ["; 2030.", ", 2030."])
@pytest.mark.parametrize("ordinal", ["2.ª", "2.º", "2ª"])
def test_an_edition_with_a_spanish_ordinal_after_its_stop_is_no_part_of_the_title(
    ordinal: str, year: str
) -> None:
    ref = _read(
        f"Roe J. Análisis de ejemplo: principios y procedimientos. {ordinal} ed. Springfield: "
        f"Editorial Ejemplo{year}"
    )
    assert (ref.title, ref.edition) == ("Análisis de ejemplo: principios y procedimientos", "2")
    assert ref.publisher == "Editorial Ejemplo"


def test_a_spanish_ordinal_edition_is_no_part_of_a_chapters_book() -> None:
    ref = _read(
        "Roe J. Título del capítulo. En: Doe P, Moe Q, editores. Libro de ejemplos. 6.ª ed. "
        "Springfield: Editorial Ejemplo; 2030. p. 10-20."
    )
    assert (ref.type, ref.container_title, ref.edition) == ("chapter", "Libro de ejemplos", "6")


@pytest.mark.parametrize("edition", ["1. ed. ", "3. ed. ", ""])
@pytest.mark.parametrize("extent", ["", " 120 p."])
def test_abnt_bodies_before_a_books_title_leave_the_title(edition: str, extent: str) -> None:
    """ABNT's chain of bodies (the country, its ministry, the ministry's unit) before a
    book's title: the labeller may read the bodies as the title and the title as a book
    or a journal; the bodies are the authors and the title is the book's."""
    ref = _read(
        "BRASIL. Ministério do Exemplo. Secretaria de Testes em Saúde. Guia de exemplos em "
        f"saúde. {edition}Springfield: Ministério do Exemplo, 2030.{extent}"
    )
    assert (ref.type, ref.title, ref.container_title) == ("book", "Guia de exemplos em saúde", "")
    assert [n.literal for n in ref.author] == [
        "BRASIL",
        "Ministério do Exemplo",
        "Secretaria de Testes em Saúde",
    ]


@pytest.mark.parametrize(
    ("printed", "title"),
    [
        (
            "Roe J, Doe P, et al. The Example Data Bank. Example Acids Res 2030;28:235–42.",
            "The Example Data Bank",
        ),
        (
            "ROE, A. et al. Example Modeling for Telemedicine Service Demand. Example Med "
            "Today, v. 5, n. 2, p. 1–14, 2030.",
            "Example Modeling for Telemedicine Service Demand",
        ),
    ],
)
def test_a_title_like_a_bodys_name_before_a_journal_stays_the_title(
    printed: str, title: str
) -> None:
    ref = _read(printed)
    assert (ref.title, ref.container_title[:8]) == (title, "Example ")
