"""Stop 58 (issue 13): an act's summary in Vancouver's title (parse/act_summaries.py) and a
body named by its acronym and name a dash joins (parse/dashed_bodies.py). Every act, body,
name and number here is made up."""

from __future__ import annotations

import pytest

from blinarefs.parse import parse_reference_list


def _read(printed: str):  # type: ignore[no-untyped-def]
    (ref,) = parse_reference_list(f"References\n1. {printed}\n").references
    return ref


@pytest.mark.parametrize(
    ("printed", "title"),
    [
        (
            "Brasil. Lei nº 9.999, de 19 de setembro de 2030. Dispõe sobre exemplos de teste."
            " Diário Oficial da União. 20 set 2030; Seção 1:1.",
            "Lei nº 9.999, de 19 de setembro de 2030. Dispõe sobre exemplos de teste",
        ),
        (
            "Ministério do Exemplo (BR). Portaria Nº 99, de 3 de maio de 2030. Aprova o Guia"
            " Nacional de Exemplos. Brasília, DF; 2030 [cited 2031 May 3]. Available from:"
            " https://example.org/p99",
            "Portaria Nº 99, de 3 de maio de 2030. Aprova o Guia Nacional de Exemplos",
        ),
        (  # abbreviations before numbers end no sentence; a publisher after the place
            "Ministério do Exemplo (BR). Portaria Nº 98, de 3 de maio de 2030. Altera o art. 3º"
            " da Lei n. 8.888, de 19 de setembro de 2020, e dá outras providências. Brasília,"
            " DF: Casa Civil; 2030.",
            "Portaria Nº 98, de 3 de maio de 2030. Altera o art. 3º da Lei n. 8.888, de 19 de"
            " setembro de 2020, e dá outras providências",
        ),
        (  # a summary of two sentences, closed by the medium
            "Brasil. Lei Nº 11.111, de 7 de agosto de 2030. Lei Roe da Silva. Cria mecanismos de"
            " exemplo [Internet]. Diário Oficial da União, 8 ago 2030 [cited 2031 Nov 30].",
            "Lei Nº 11.111, de 7 de agosto de 2030. Lei Roe da Silva. Cria mecanismos de exemplo",
        ),
    ],
)
def test_a_vancouver_act_keeps_its_summary_in_its_title(printed: str, title: str) -> None:
    # the title was the heading alone ("Lei nº 9.999, de 19 de setembro de 2030"): the
    # summary the list prints as part of the document's title was in no field
    ref = _read(printed)
    assert ref.title == title
    assert ref.type == "legislation"
    assert ref.year == 2030


@pytest.mark.parametrize(
    ("printed", "title"),
    [
        (  # the country in brackets closes the title
            "Lei nº 9.999, de 19 de setembro de 2030 (BR). Dispõe sobre as condições de"
            " exemplo. Diário Oficial da União, Brasília (DF), 20 set 2030; Seção 1:18055.",
            "Lei nº 9.999, de 19 de setembro de 2030",
        ),
        (  # ABNT: the jurisdiction in capitals, the summary an element of its own
            "BRASIL. Lei n.º 9999, de 19 de dezembro de 2030. Dispõe sobre o Estatuto do"
            " Exemplo. Brasília, 2030.",
            "Lei n.º 9999, de 19 de dezembro de 2030",
        ),
        (  # no summary printed
            "Ministério do Exemplo (BR). Portaria Nº 196, de 29 de fevereiro de 2030. Brasília,"
            " DF; 2030 [cited 2031 Oct 14]. Available from: https://example.org/p",
            "Portaria Nº 196, de 29 de fevereiro de 2030",
        ),
        (  # nothing closes what follows: no summary taken
            "Brasil. Lei nº 9.998, de 19 de setembro de 2030. Dispõe sobre exemplos de teste.",
            "Lei nº 9.998, de 19 de setembro de 2030",
        ),
        (
            "Ley 99/2030, de 25 de abril, General de Ejemplos. Boletín Oficial del Estado,"
            " nº 102, (29 de abril de 2030).",
            "Ley 99/2030, de 25 de abril, General de Ejemplos",
        ),
    ],
)
def test_an_act_keeps_its_heading_alone_elsewhere(printed: str, title: str) -> None:
    ref = _read(printed)
    assert (ref.title, ref.type) == (title, "legislation")


@pytest.mark.parametrize(
    ("printed", "author", "title"),
    [
        (
            "EBS – Example Bureau of Statistics of Springfield. Springfield Labour Statistical"
            " Yearbook, several editions.",
            "EBS – Example Bureau of Statistics of Springfield",
            "Springfield Labour Statistical Yearbook, several editions",
        ),
        (  # the title was read as the web page's site
            "EBS – Example Bureau of Statistics of Springfield. Annual report on made-up"
            " workers. May 27, 2030. Available at: https://example.org/a. Last access: Jan. 14,"
            " 2031.",
            "EBS – Example Bureau of Statistics of Springfield",
            "Annual report on made-up workers",
        ),
        (
            "ELO – Example Labour Organization. ELO modeled database, ELOSTAT. Available at:"
            " https://example.org/db. Last accessed: Jan. 14, 2031.",
            "ELO – Example Labour Organization",
            "ELO modeled database",
        ),
        (  # Portuguese small words in the name; the acronym's small letters
            "CNCExemplo - Centro Nacional de Conservação do Exemplo. Jardim Botânico de"
            " Springfield. 2030. Available from: http://example.org (accessed: 7 March 2031).",
            "CNCExemplo - Centro Nacional de Conservação do Exemplo",
            "Jardim Botânico de Springfield",
        ),
        (  # the name first, then its acronym, and the year
            "Instituto Exemplar de Geografia e Estatística – IEGE, 2030. Pesquisa Nacional de"
            " Exemplos. Available from: https://example.org/6403.",
            "Instituto Exemplar de Geografia e Estatística – IEGE",
            "Pesquisa Nacional de Exemplos",
        ),
    ],
)
def test_a_dashed_acronym_and_name_are_one_author(printed: str, author: str, title: str) -> None:
    # no author was read, the name opened the title (or was cut at its small words)
    ref = _read(printed)
    assert [n.literal for n in ref.author] == [author]
    assert ref.title == title


@pytest.mark.parametrize(
    ("printed", "families"),
    [
        (  # hyphenated families, no space after the hyphen
            "Roe-Doe JA, Poe B. Made-up results in widgets. J Exampl. 2030;12:45-67.",
            ["Roe-Doe", "Poe"],
        ),
        (  # the letters are no initials of the words: a title, not a body
            "MRI - Made-up readings of widgets in Springfield. J Exampl. 2030;12:45-67.",
            [],
        ),
    ],
)
def test_no_dashed_body_where_none_is_printed(printed: str, families: list[str]) -> None:
    ref = _read(printed)
    assert [n.family or n.literal for n in ref.author] == families


@pytest.mark.parametrize(
    ("printed", "author"),
    [
        (
            "EXAMPLE BANK. Global made-up prospects. Washington, DC: Example Bank, 2030.",
            "EXAMPLE BANK",
        ),
        (
            "EMPRESA DE PESQUISA EXEMPLAR (EPE). (2030) Anuário Exemplar de Energia 2030. Rio de"
            " Exemplo: Ministério de Exemplos. 212 p.",
            "EMPRESA DE PESQUISA EXEMPLAR (EPE)",
        ),
        (
            "EXAMPLE TEAM. 2030. Examplestudio: Integrated Development for R. Examplestudio,"
            " Boston, MA URL http://www.example.com/",
            "EXAMPLE TEAM",
        ),
    ],
)
def test_an_abnt_body_in_capitals_is_one_author(printed: str, author: str) -> None:
    # read as a person: family "EXAMPLE", initials "B. A. N. K." (or "EMPRESA", "D. E.")
    assert [n.literal for n in _read(printed).author] == [author]


@pytest.mark.parametrize(
    ("printed", "families"),
    [
        ("ROE LDCF. Made-up widgets. J Exampl. 2030;12:45-67.", ["ROE"]),  # four initials
        ("ROE JA. 2030. Made-up widgets. J Exampl 12: 45-67.", ["ROE"]),
        ("ROE AB, DOE CD. Made-up widgets. J Exampl. 2030;12:45-67.", ["ROE", "DOE"]),
        ("ROE, J. Made-up widgets. Revista Exemplo, v. 5, p. 1-9, 2030.", ["ROE"]),
    ],
)
def test_people_in_capitals_stay_people(printed: str, families: list[str]) -> None:
    assert [n.family for n in _read(printed).author] == families


@pytest.mark.parametrize(
    ("printed", "units", "title"),
    [
        (  # the last unit was the title, the bulletin its journal
            "Ministério do Exemplo (BR), Secretaria de Vigilância em Exemplos, Departamento de"
            " Doenças de Condições Inventadas e Infecções Exemplares. Bol Epidemiol Exemplo. 2030"
            " [cited 2031 Jun 15];Nº Espec:1-43. Available from: http://www.example.org/b",
            3,
            "Bol Epidemiol Exemplo",
        ),
        (  # the last unit opened the title
            "Ministério da Saúde (BR), Secretaria de Vigilância em Exemplos, Departamento de"
            " Doenças Inventadas. Exemplose 2030. Bol Epidemiol. 2030 [cited 2031 Mar 15];Nº"
            " Espec:1-39. http://www.example.org/c",
            3,
            "Exemplose 2030",
        ),
        (  # two units
            "Ministério do Exemplo (BR), Secretaria de Vigilância em Exemplos, Departamento de"
            " Doenças Inventadas, Coordenação Geral de Vigilância das Doenças Exemplares. Bol"
            " Epidemiol Exemplose; 2030 [cited 2031 May 17];Nº Espec. Available from:"
            " http://www.example.org/d",
            4,
            "Bol Epidemiol Exemplose",
        ),
        (  # guard: read right before
            "Ministry of Examples (XX), Office of Tests. Made-up survey of widgets. Springfield;"
            " 2030.",
            2,
            "Made-up survey of widgets",
        ),
    ],
)
def test_a_chains_last_units_are_authors(printed: str, units: int, title: str) -> None:
    ref = _read(printed)
    assert len(ref.author) == units and all(n.literal for n in ref.author)
    assert ref.title == title
