"""Acts named by kind, number and day, as Brazil's Vancouver and ABNT lists and Spain's print
them (parse/dated_acts.py). Every act, body and number here is made up."""

from __future__ import annotations

import pytest

from blinarefs.parse import parse_reference_list


def _read(printed: str):  # type: ignore[no-untyped-def]
    (ref,) = parse_reference_list(f"References\n1. {printed}\n").references
    return ref


@pytest.mark.parametrize(
    ("printed", "title", "authors"),
    [
        (
            "Lei nº 9.999, de 19 de setembro de 2030 (BR). Dispõe sobre as condições de"
            " exemplo. Diário Oficial da União, Brasília (DF), 20 set 2030; Seção 1:18055.",
            "Lei nº 9.999, de 19 de setembro de 2030",
            [],
        ),
        (
            "Brasil. Ministério da Saúde. Portaria nº 9.436, de 21 de setembro de 2030."
            " Aprova a Política Nacional de Exemplo. Diário Oficial da União. 22 set"
            " 2030;Seção 1:68.",
            # Vancouver's title holds the summary (tests/test_parse_acts_bodies_s58.py)
            "Portaria nº 9.436, de 21 de setembro de 2030. Aprova a Política Nacional de Exemplo",
            ["Brasil", "Ministério da Saúde"],
        ),
        (
            "Resolução nº 999, de 9 de maio de 2030 (BR). Atualiza a norma de exemplo."
            " Diário Oficial da União [periódico na internet], Brasília (DF), 17 Maio 2030:"
            " Seção 1: 93 [citado 2031 dez 21]. Disponível em: https://example.org/r999.pdf",
            "Resolução nº 999, de 9 de maio de 2030",
            [],
        ),
        (
            "BRASIL. Lei nº 9.999, de 19 de setembro de 2030. Dispõe sobre as condições de"
            " exemplo. Diário Oficial da União, Brasília, DF, 20 set. 2030. Seção 1, p. 18055.",
            "Lei nº 9.999, de 19 de setembro de 2030",
            ["BRASIL"],
        ),
        (
            "Ley 99/2030, de 25 de abril, General de Ejemplos. Boletín Oficial del Estado,"
            " nº 102, (29 de abril de 2030).",
            "Ley 99/2030, de 25 de abril, General de Ejemplos",
            [],
        ),
    ],
)
def test_an_act_is_its_name_to_its_day(printed: str, title: str, authors: list[str]) -> None:
    # the summary ("Dispõe sobre ...") and the gazette were read into the title, and the
    # year of "de 9 de maio de 2030" was not found
    ref = _read(printed)
    assert ref.title == title
    assert [n.literal or n.family for n in ref.author] == authors
    assert ref.year == 2030
    assert ref.type == "legislation"
    assert ref.container_title in ("Diário Oficial da União", "Boletín Oficial del Estado")


def test_an_article_about_an_act_stays_an_article() -> None:
    ref = _read(
        "Roe J, Doe P. A Lei nº 9.216, de 6 de abril de 2030. Rev Exemplo Saude. 2031;12(3):45-67."
    )
    assert ref.type == "article-journal"
    assert (ref.title, ref.container_title, ref.year) == (
        "A Lei nº 9.216, de 6 de abril de 2030",
        "Rev Exemplo Saude",
        2031,
    )
