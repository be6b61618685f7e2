"""What SciELO's author-year and ABNT lists print around a reference's fields (issue 13): ISO
690's date of access in brackets after the year, an ISSN after the access date, a
newspaper's name and day, a translator's or an organiser's statement, the Portuguese and
Spanish cues of an address. Every reference here is made up."""

from __future__ import annotations

import pytest

from blinarefs.model import Reference
from blinarefs.parse import read_item
from blinarefs.parse.labeller import label
from blinarefs.parse.years import access_date


def _read(printed: str) -> Reference:
    return read_item(printed, 1, 1).reference


@pytest.mark.parametrize(
    "printed",
    [
        "ROE, A.A. and DOE, B.B., 2030 [viewed 3 May 2031]. Estudos inventados sobre o ferro"
        " em cabras. Revista Exemplo [online], vol. 14, no. 1, pp. 42-50. Available from:"
        " https://example.org/x.pdf",
        "Roe A. 2030 [viewed 3 May 2031]. Estudos inventados sobre o ferro em cabras. Revista"
        " Exemplo 14(1): 42-50.",
        "Roe A, Doe B. 2030 [citado 2031 mai 3]. Estudos inventados sobre o ferro em cabras."
        " Revista Exemplo 14(1): 42-50.",
    ],
)
def test_a_date_of_access_after_the_year_is_no_title(printed: str) -> None:
    ref = _read(printed)
    assert ref.title == "Estudos inventados sobre o ferro em cabras"
    assert ref.issued[0] == 2030 and ref.page == "42-50"


def test_the_year_before_a_date_of_access_is_the_works() -> None:
    ref = _read(
        "Fundação Exemplo (BR). Demarcação inventada [Homepage]. Springfield: 2029 [cited"
        " 2031 Jan 24]. Available from: https://example.org/d"
    )
    assert ref.issued[0] == 2029
    assert "cited" not in ref.title and "2029" not in ref.title


@pytest.mark.parametrize(
    ("printed", "volume", "issue", "pages"),
    [
        (
            "ROE, A. et al. Título inventado sobre maçãs. Journal of Example Economy, v.16,"
            " n.5, p.86-97, 2030. Available from: <Available from: https://example.org/a?x=1"
            " >. Accessed: Mar. 18, 2031. ISSN:1672-0202.",
            "16",
            "5",
            "86-97",
        ),
        (
            "ROE, A. et al. Título inventado sobre maçãs. Example Rural Survey, n.4, p.74-85,"
            " 2030. Available from: <Available from: https://example.org/a?x=2 >. Accessed:"
            " Nov. 19, 2031. ISSN: 1006-4583.",
            "",
            "4",
            "74-85",
        ),
    ],
)
def test_an_issn_and_a_date_of_access_are_no_locators(
    printed: str, volume: str, issue: str, pages: str
) -> None:
    ref = _read(printed)
    assert (ref.volume, ref.issue, ref.page) == (volume, issue, pages)
    assert ref.title == "Título inventado sobre maçãs"


def test_a_months_stop_is_part_of_the_date_of_access() -> None:
    labelled, _ = label("Roe A. Title. Example, n.4, 2030. Accessed: Nov. 19, 2031.")
    day = next(x for x in access_date(labelled) if x.token.text == "19")
    assert day.label == "other"


def test_four_figure_pages_stay_pages() -> None:
    ref = _read("ROE, A. Título inventado. Revista Exemplo, v. 3, n. 2, p. 1234-1240, 2030.")
    assert ref.page == "1234-1240"


@pytest.mark.parametrize(
    ("printed", "title", "paper", "pages"),
    [
        (
            "ROE, J. Título inventado da notícia. Jornal do Exemplo, Springfield, 3 set. 2030."
            " Caderno Exemplo.",
            "Título inventado da notícia",
            "Jornal do Exemplo",
            "",
        ),
        (
            "DOE, J. Título inventado da notícia sobre o preço. Diário Exemplo, 24 dic. 2030.",
            "Título inventado da notícia sobre o preço",
            "Diário Exemplo",
            "",
        ),
        (
            "ROE, J. Título inventado da notícia. Folha de S. Exemplo, São Exemplo, 3 maio"
            " 2030. Caderno Exemplo, p. 4.",
            "Título inventado da notícia",
            "Folha de S. Exemplo",
            "4",
        ),
        (
            "LOS EMPRESARIOS inventados dieron un apoyo al acuerdo. Diario Exemplo, 3 oct."
            " 2030. Finanzas y negocios.",
            "LOS EMPRESARIOS inventados dieron un apoyo al acuerdo",
            "Diario Exemplo",
            "",
        ),
        (
            "Roe J. Título inventado da notícia. Folha de Exemplo. 14 mar 2030. [cited 2031"
            " Jun 11]. Available from: https://example.org/n",
            "Título inventado da notícia",
            "Folha de Exemplo",
            "",
        ),
        (
            "Secretaria da Saúde do Exemplo. Mortes inventadas em 2029 no Distrito Exemplo."
            " G1/EX. 27 abril 2030 [cited 2031 Jun 11]. Available from: https://example.org/g1",
            "Mortes inventadas em 2029 no Distrito Exemplo",
            "G1/EX",
            "",
        ),
        (
            "ROE, L. Examplia's invented economy will be hobbled for years. Example News,"
            " Marrakech, Oct. 6, 2030. Available at: https://example.org/n. Last accessed:"
            " Jan. 13, 2031.",
            "Examplia's invented economy will be hobbled for years",
            "Example News",
            "",
        ),
    ],
)
def test_a_newspapers_name_and_day_are_no_title(
    printed: str, title: str, paper: str, pages: str
) -> None:
    ref = _read(printed)
    assert (ref.title, ref.container_title, ref.page) == (title, paper, pages)
    assert ref.issued[0] == 2030


@pytest.mark.parametrize(
    ("printed", "journal", "volume"),
    [
        # a magazine's volume and issue: read as a journal's, as before
        (
            "ROE, J. Título inventado. Revista Exemplo, Springfield, v. 3, n. 2, p. 4-9, 3 set."
            " 2030.",
            "Revista Exemplo",
            "3",
        ),
        ("Roe J, Doe K. Título inventado do artigo. Rev Exemplo. 2030 Mar 3;12(3):45-67.",
         "Rev Exemplo", "12"),
    ],
)  # fmt: skip
def test_journals_with_a_day_keep_their_reading(printed: str, journal: str, volume: str) -> None:
    ref = _read(printed)
    assert (ref.title, ref.container_title, ref.volume) == (
        printed.split(". ", 1)[1].split(". ")[0],
        journal,
        volume,
    )


@pytest.mark.parametrize(
    ("printed", "title", "place"),
    [
        (
            "ROE, J. (Org.). Título inventado do livro. São Paulo: Editora Exemplo, 2030.",
            "Título inventado do livro",
            "São Paulo",
        ),
        (
            "ROE, J.; DOE, M. (Orgs.). Título inventado do livro. São Paulo: Editora Exemplo,"
            " 2030.",
            "Título inventado do livro",
            "São Paulo",
        ),
        (
            "Aristoteles. (2030). Ética a Inventada. (A. C. Doe, Trad.). Springfield, SP: Atlas.",
            "Ética a Inventada",
            "Springfield, SP",
        ),
        (
            "ROE, J. Investigações inventadas. Transl. A. B. Doe and C. Poe. Springfield:"
            " Example Press, 2030.",
            "Investigações inventadas",
            "Springfield",
        ),
        (
            "DOE, Maria. Uma antologia inventada de literatura. Organização Maria Doe. São"
            " Paulo: Companhia Exemplo, 2030.",
            "Uma antologia inventada de literatura",
            "São Paulo",
        ),
        (
            "ROE, V. A palavra inventada. Ensaios e poemas. Organização, tradução e notas de"
            " Ana Doe e Bia Poe. São Paulo: Editora Exemplo, 2030.",
            "A palavra inventada. Ensaios e poemas",
            "São Paulo",
        ),
    ],
)
def test_translators_and_organisers_are_no_title(printed: str, title: str, place: str) -> None:
    ref = _read(printed)
    assert (ref.title, ref.publisher_place, ref.issued[0]) == (title, place, 2030)


def test_a_chapters_book_ends_before_its_organisers() -> None:
    ref = _read(
        "ROE, C. Um capítulo inventado. In: ROE, C. Um livro inventado: novas perspectivas."
        " Organização e notas de Ana Doe. Tradução de Bia Poe. São Paulo: Editora Exemplo,"
        " 2030. p.35-63."
    )
    assert ref.type == "chapter" and ref.title == "Um capítulo inventado"
    assert ref.container_title.endswith("Um livro inventado: novas perspectivas")
    assert ref.page == "35-63"


def test_a_bodys_name_after_the_title_is_no_statement() -> None:
    ref = _read("ROE, J. Relatório inventado. Organização Mundial da Saúde. Genebra: OMS, 2030.")
    assert ref.title == "Relatório inventado"
    assert ref.note == ""


@pytest.mark.parametrize(
    ("printed", "title"),
    [
        (
            "Exemplo. (2030). Programa Cidades Inventadas. Recuperado de http://example.org/pac",
            "Programa Cidades Inventadas",
        ),
        (
            "ROE, J. Usando a palavra inventada. Artigo publicado no blog do autor Disponível"
            " em: https://example.org/blog. Acesso em: 3 maio 2031.",
            "Usando a palavra inventada. Artigo publicado no blog do autor",
        ),
    ],
)
def test_an_addresss_cue_is_no_title(printed: str, title: str) -> None:
    ref = _read(printed)
    assert ref.title == title
    assert ref.url.startswith("http")


def test_a_bodys_name_holding_an_acronym_is_one_author() -> None:
    ref = _read(
        "Stop XY Partnership. Reaching the invented targets. Global plan to end XY: 2030-2034."
        " Geneva (CH): Stop XY Partnership; 2030."
    )
    assert [a.literal for a in ref.author] == ["Stop XY Partnership"]
    assert ref.title == "Reaching the invented targets. Global plan to end XY: 2030-2034"


@pytest.mark.parametrize(
    ("printed", "families"),
    [
        ("Roe AB Team. Invented trial of examples. Lancet Ex. 2030;12:45-67.", ["Roe", "Team"]),
        (
            "Roe AB, Doe CD Collaborators. Invented trial of examples. Lancet Ex. 2030;12:45-67.",
            ["Roe", "Doe", "Collaborators"],
        ),
    ],
)
def test_people_before_a_group_keep_their_names(printed: str, families: list[str]) -> None:
    ref = _read(printed)
    assert [a.literal or a.family for a in ref.author] == families
    assert ref.title == "Invented trial of examples"
