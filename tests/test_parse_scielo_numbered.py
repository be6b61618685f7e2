"""SciELO's numbered lists (issue 13): names printed initials first and closed by a full
stop, a ministry's chain of units, bodies a semicolon lists, a place opening with "St.",
an edition qualified in Portuguese, a title past "U.S." and "et al." after the names' full
stop. Made-up references only."""

from __future__ import annotations

import pytest

from blinarefs.parse import parse_reference_list


def _one(line: str):
    (ref,) = parse_reference_list(f"References\n1. {line}\n").references
    return ref


def _families(ref) -> list[str]:
    return [n.literal or n.full_family for n in ref.author]


@pytest.mark.parametrize(
    ("line", "families", "title"),
    [
        ("D.M. Roe. Electronic mail of made-up problems. Examplia Journal of Research, 55 "
         "(2031), 115119.", ["Roe"], "Electronic mail of made-up problems"),
        ("Y. Roe. Iterative Methods for Made-up Systems, SIAM, (2031).", ["Roe"],
         "Iterative Methods for Made-up Systems, SIAM"),
        ("[1] R.S. Roe, S. Doe & F. Poe. Made-up assignment library. Examplia Journal of "
         "Research, 55 (2031), 115119.", ["Roe", "Doe", "Poe"], "Made-up assignment library"),
        ("R.D.C. Roe, I. Doe & M.G.C. Poe. A polynomial-time made-up algorithm. Mathematics "
         "of Examples, 15 (2030), 191214.", ["Roe", "Doe", "Poe"],
         "A polynomial-time made-up algorithm"),
        ("[1] D.C. Roe & M. A. Doe. CG versus MINRES: An empirical comparison. Examplia "
         "Journal of Research, 17(1) (2031), 4462.", ["Roe", "Doe"],
         "CG versus MINRES: An empirical comparison"),
    ],
)  # fmt: skip
def test_names_initials_first_end_at_the_family_names_full_stop(
    line: str, families: list[str], title: str
) -> None:
    ref = _one(line)
    assert _families(ref) == families
    assert ref.title == title


@pytest.mark.parametrize(
    ("line", "families", "title"),
    [
        ("S.W. Roe e R. Doe, Made-up title here. Environ. Ex. 12 (2030) 1-3.", ["Roe", "Doe"],
         "Made-up title here"),
        ("A. Roe, B. Doe, Made-up title here, J. Ex. 12 (2030) 1-3.", ["Roe", "Doe"],
         "Made-up title here"),
        ("Roe J. Made-up title of a work. J Ex. 2030;1:2-3.", ["Roe"], "Made-up title of a work"),
    ],
)  # fmt: skip
def test_other_name_forms_are_read_as_before(line: str, families: list[str], title: str) -> None:
    ref = _one(line)
    assert _families(ref) == families
    assert ref.title == title


@pytest.mark.parametrize(
    ("line", "bodies", "title"),
    [
        ("Instituto Nacional de Exemplos, Diretoria de Testes, Coordenação de Amostras. "
         "Síntese de indicadores de exemplo: 2030. Rio de Janeiro: INE; 2030.",
         ["Instituto Nacional de Exemplos", "Diretoria de Testes", "Coordenação de Amostras"],
         "Síntese de indicadores de exemplo: 2030"),
        ("Instituto Nacional de Exemplos, Coordenação de Amostras. Síntese de indicadores de "
         "exemplo. Rio de Janeiro: INE; 2030.",
         ["Instituto Nacional de Exemplos", "Coordenação de Amostras"],
         "Síntese de indicadores de exemplo"),
        ("Sociedade Exemplar de Cardiologia; Sociedade Exemplar de Nefrologia. Diretrizes de "
         "exemplo. Arq Ex Cardiol. 2030;95(1):1-51.",
         ["Sociedade Exemplar de Cardiologia", "Sociedade Exemplar de Nefrologia"],
         "Diretrizes de exemplo"),
    ],
)  # fmt: skip
def test_a_body_and_its_units_are_one_author_each(line: str, bodies: list[str], title: str) -> None:
    ref = _one(line)
    assert _families(ref) == bodies
    assert ref.title == title


def test_a_ministry_and_its_units_are_read_as_before() -> None:
    ref = _one(
        "Ministério da Exemplo (BR), Secretaria de Testes em Saúde, Departamento de Amostras "
        "Transmissíveis. Manual de exemplos. Brasília, DF; 2030."
    )
    assert _families(ref) == [
        "Ministério da Exemplo (BR)",
        "Secretaria de Testes em Saúde",
        "Departamento de Amostras Transmissíveis",
    ]
    assert ref.title == "Manual de exemplos"


@pytest.mark.parametrize(
    ("line", "title", "place"),
    [
        ("Roe R. Critical Thinking in Examples: A Practical Approach. 7th ed. St. Louis: "
         "Examplia Sciences; 2030.", "Critical Thinking in Examples: A Practical Approach",
         "St. Louis"),
        ("Roe HK, Doe GM, eds. Made-up Interventions Classification (MIC). 7th edition. St. "
         "Louis: Examplia; 2030.", "Made-up Interventions Classification (MIC)", "St. Louis"),
        ("Roe R. Critical Thinking in Examples. Springfield: Examplia Sciences; 2030.",
         "Critical Thinking in Examples", "Springfield"),
    ],
)  # fmt: skip
def test_a_place_opening_with_saint_abbreviated(line: str, title: str, place: str) -> None:
    ref = _one(line)
    assert ref.title == title
    assert ref.publisher_place == place
    assert ref.edition in ("", "7")


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("Ministério da Exemplo (BR). Manual de recomendações para o controle de exemplos. 2. "
         "ed. atual. Brasília (DF); 2030.", "Manual de recomendações para o controle de exemplos"),
        ("Roe J. Manual de exemplos. 2. ed. rev. e ampl. Brasília (DF): Examplia; 2030.",
         "Manual de exemplos"),
        ("Roe J. Manual de exemplos. 2. ed. Brasília (DF): Examplia; 2030.", "Manual de exemplos"),
        ("Roe J. Manual de exemplos da revista. Brasília (DF): Examplia; 2030.",
         "Manual de exemplos da revista"),
    ],
)  # fmt: skip
def test_an_edition_qualified_in_portuguese_is_no_part_of_the_title(line: str, title: str) -> None:
    ref = _one(line)
    assert ref.title == title


@pytest.mark.parametrize(
    ("line", "title", "journal"),
    [
        ("Roe DJ, Doe L, Poe M. Prevalence and correlates of made-up discrimination among U.S. "
         "Examplians. J Ex Psychol. 2030;36(4):421-33.",
         "Prevalence and correlates of made-up discrimination among U.S. Examplians",
         "J Ex Psychol"),
        ("Roe EF, Doe E, Poe N. Prevalence of Made-up Stalking in a Representative Sample of "
         "U.S. Adolescents. Youth Ex. 2030;53(6);955-78.",
         "Prevalence of Made-up Stalking in a Representative Sample of U.S. Adolescents",
         "Youth Ex"),
        ("Roe EF, Doe E. Made-up trends in the U.S. Rev. Ex. Psicol. 2030;53(6):955-78.",
         "Made-up trends in the U.S", "Rev. Ex. Psicol."),
    ],
)  # fmt: skip
def test_a_title_goes_on_past_a_dotted_initialism(line: str, title: str, journal: str) -> None:
    ref = _one(line)
    assert ref.title == title
    assert ref.container_title == journal


def test_et_al_after_the_names_full_stop_is_no_part_of_the_title() -> None:
    ref = _one(
        "Roe DC, Doe FCM, Poe RR, Loe ACMGN, Moe F, Noe IV. et al. Prevalência de exemplos e "
        "fatores associados em escolares, 2030. Cienc Ex Coletiva. 2030;24(4):1359-68."
    )
    assert _families(ref) == ["Roe", "Doe", "Poe", "Loe", "Moe", "Noe"]
    assert ref.author_truncated
    assert ref.title == "Prevalência de exemplos e fatores associados em escolares, 2030"


@pytest.mark.parametrize("medium", ["[Internet]", "[Homepage]"])
def test_a_bodys_page_titled_before_its_medium(medium: str) -> None:
    ref = _one(
        f"Serviço Nacional de Exemplos (PT). Programa Nacional para a Saúde de Exemplo {medium}. "
        "2030 May 18 [cited 2031 Nov 20]. Available from: https://www.example.pt/noticias/"
    )
    assert _families(ref) == ["Serviço Nacional de Exemplos (PT)"]
    assert (ref.title, ref.container_title) == ("Programa Nacional para a Saúde de Exemplo", "")


def test_a_persons_page_on_a_portal_keeps_the_portal() -> None:
    ref = _one(
        "Roe J. Made-up title. Example Portal [Homepage]. 2030 [cited 2031 Nov 20]. Available "
        "from: https://www.example.pt/"
    )
    assert _families(ref) == ["Roe"]
    assert ref.title == "Made-up title"


def test_a_proceedings_place_with_saint_inside_keeps_its_book() -> None:
    ref = _one(
        "Roe NA, Doe M. Made-up disease - current concepts. In: Proceedings of the 11th "
        "International Congress on Examples; 2030, St. Examplesburg, Exampleland; 2030. "
        "p.1775-82."
    )
    assert ref.title == "Made-up disease - current concepts"
    assert ref.container_title.startswith("Proceedings of the 11th International Congress")
    assert ref.page == "1775-1782"
