"""ABNT (Brazil's reference standard) prints the family name in capitals before a comma:
one author is one name, not an acronym and a letter. Every name here is made up."""

from __future__ import annotations

import pytest

from blinarefs.model import Reference
from blinarefs.parse import parse_reference_list, read_item
from blinarefs.parse.printed_names import read_names


@pytest.mark.parametrize(
    ("printed", "family", "given"),
    [
        ("ROE, J.", "ROE", "J."),
        ("ROE, J. et al.", "ROE", "J."),
        ("ROE, João", "ROE", "João"),
        ("DA SILVA, J. A.", "SILVA", "J. A"),
    ],
)
def test_one_abnt_author_is_one_name(printed: str, family: str, given: str) -> None:
    (name,), _ = read_names(printed)
    assert (name.family, name.given) == (family, given)


def test_acronyms_stay_organisations() -> None:
    names, _ = read_names("EXO, UNEX")
    assert [n.literal for n in names] == ["EXO", "UNEX"]


def test_an_abnt_reference() -> None:
    ref = read_item(
        "ROE, J. et al. Estudo inventado do sono. Revista Inventada, v. 12, p. 45-50, 2030.",
        1,
        1,
    ).reference
    assert [n.family for n in ref.author] == ["ROE"] and ref.author_truncated
    assert (ref.title, ref.container_title) == ("Estudo inventado do sono", "Revista Inventada")


@pytest.mark.parametrize(
    "printed",
    ["Conselho Regional de Ensaios e Testes", "Consejo Superior de Ensayos y Pruebas"],
)
def test_a_council_with_and_in_its_name_is_one_organisation(printed: str) -> None:
    # "e" / "y" join two words of the council's name, not two people
    names, _ = read_names(printed)
    assert [n.literal for n in names] == [printed]


def test_a_french_groupe_before_the_title_is_the_author() -> None:
    (ref,) = parse_reference_list(
        "References\n1. Groupe Inventé de Tests Imaginaires. Forty made up cases of widgets in"
        " children. J Made Up Stud 2030; 11: 14-18.\n"
    ).references
    assert [n.literal for n in ref.author] == ["Groupe Inventé de Tests Imaginaires"]
    assert ref.title == "Forty made up cases of widgets in children"


def test_abnt_names_its_volume_and_pages_by_their_words() -> None:
    text = (
        "REFERÊNCIAS\n1. ROE, M.; DOE, J. Made-up apolipoprotein and cancer. Front Invented, "
        "v. 6, p. 265, 2030.\n"
    )
    (ref,) = parse_reference_list(text).references
    assert (ref.volume, ref.page, ref.container_title) == ("6", "265", "Front Invented")


@pytest.mark.parametrize(
    ("printed", "place"),
    [
        # the journal's place between its name and its volume, as ABNT prints every journal
        (
            "ROE, J. Título inventado: um estudo de caso. Cadernos Inventados, São Paulo,"
            " v. 5, n. 2, p. 10-20, 2030.",
            "São Paulo",
        ),
        (
            "ROE, J.; DOE, P. Título inventado: um estudo de caso. Cadernos Inventados, Rio de"
            " Janeiro, v. 5, n. 2, p. 10-20, 2030.",
            "Rio de Janeiro",
        ),
        # the month before the year ("mar. 2030", "jan./mar. 2030")
        (
            "ROE, J. Título inventado: um estudo de caso. Cadernos Inventados, v. 5, n. 2,"
            " p. 10-20, mar. 2030.",
            "",
        ),
        (
            "ROE, J. Título inventado: um estudo de caso. Cadernos Inventados, Springfield,"
            " v. 5, n. 2, p. 10-20, jan./mar. 2030.",
            "Springfield",
        ),
        (
            "ROE, J. Título inventado: um estudo de caso. Cadernos Inventados, Brasília, DF,"
            " v. 5, n. 2, p. 10-20, 2030.",
            "Brasília, DF",
        ),
    ],
)
def test_abnt_journal_with_its_place_and_month(printed: str, place: str) -> None:
    (ref,) = parse_reference_list(f"REFERÊNCIAS\n1. {printed}\n").references
    assert (ref.title, ref.container_title) == (
        "Título inventado: um estudo de caso",
        "Cadernos Inventados",
    )
    assert (ref.volume, ref.issue, ref.page, ref.year) == ("5", "2", "10-20", 2030)
    assert ref.publisher_place == place


def test_a_journal_with_a_comma_in_its_name_is_not_cut_at_it() -> None:
    # "Contributions to Botany" is no place: "to" is no word of a place's name
    (ref,) = parse_reference_list(
        "REFERÊNCIAS\n1. ROE, J. Título inventado. Sida, Contributions to Examples, v. 5,"
        " n. 2, p. 10-20, 2030.\n"
    ).references
    assert ref.publisher_place == ""


def test_abnt_government_and_its_units_before_the_title() -> None:
    # the country in capitals is no acronym whose name the next sentence spells out
    (ref,) = parse_reference_list(
        "REFERÊNCIAS\n1. BRASIL. Ministério da Invenção. Secretaria de Testes. Política"
        " nacional inventada. Brasília, DF: Ministério da Invenção, 2030.\n"
    ).references
    assert [n.literal for n in ref.author] == [
        "BRASIL",
        "Ministério da Invenção",
        "Secretaria de Testes",
    ]
    assert ref.title == "Política nacional inventada"


def test_abnt_line_for_the_chapters_own_author_is_no_part_of_the_book() -> None:
    (ref,) = parse_reference_list(
        "REFERÊNCIAS\n1. ROE, J. Capítulo inventado. In: ______. Livro inventado."
        " Springfield: Editora Exemplo, 2030. p. 31-40.\n"
    ).references
    assert (ref.type, ref.title, ref.container_title) == (
        "chapter",
        "Capítulo inventado",
        "Livro inventado",
    )


@pytest.mark.parametrize(
    ("printed", "body", "title"),
    [
        # a body's last word of capitals was read as initials ("C. R. U. Z.")
        ("FUNDAÇÃO EXEMPLO CRUZ. Relatório de exemplo. Rio de Janeiro: FEC, 2030.",
         "FUNDAÇÃO EXEMPLO CRUZ", "Relatório de exemplo"),
        # "DE" was read as initials, closed by a full stop, and the rest ran into the title
        ("ASSOCIAÇÃO BRASILEIRA DE EXEMPLOS TÉCNICOS. Manual de exemplos. Rio de Janeiro: "
         "ABET, 2030.", "ASSOCIAÇÃO BRASILEIRA DE EXEMPLOS TÉCNICOS", "Manual de exemplos"),
    ],
)  # fmt: skip
def test_a_body_in_capitals_is_one_body(printed: str, body: str, title: str) -> None:
    (ref,) = parse_reference_list(f"Referências\n1. {printed}\n").references
    assert ([n.literal for n in ref.author], ref.title) == ([body], title)


def test_initials_that_spell_a_small_word_stay_initials() -> None:
    (ref,) = parse_reference_list(
        "Referências\n1. SILVA JA, SOUZA DE. EXEMPLO DE TÍTULO. REV EXEMPLO 2030;12:45-52.\n"
    ).references
    names = [(n.family.lower(), n.given) for n in ref.author]
    assert names == [("silva", "J. A."), ("souza", "D. E.")]


def test_a_standards_body_and_its_designation() -> None:
    (ref,) = parse_reference_list(
        "Referências\n1. ASSOCIAÇÃO BRASILEIRA DE EXEMPLOS TÉCNICOS. NBR 99999: informação e "
        "exemplos: referências. Rio de Janeiro: ABET, 2030.\n"
    ).references
    assert (ref.type, ref.issue, [n.literal for n in ref.author]) == (
        "standard", "NBR 99999", ["ASSOCIAÇÃO BRASILEIRA DE EXEMPLOS TÉCNICOS"]
    )  # fmt: skip
    assert ref.title == "informação e exemplos: referências"


def _read(text: str) -> Reference:
    return parse_reference_list(f"1. {text}\n").references[0]


@pytest.mark.parametrize("no_place", ["[S.l.]", "[S. l.]", "[s.l.]"])
def test_abnt_no_place_before_the_publisher_is_no_part_of_the_title(no_place: str) -> None:
    """NBR 6023's "[S. l.]" (no place known) before the publisher: its full stops cut the
    title there and ran the title on to the imprint."""
    ref = _read(
        f"ROE, J.; DOE, P. Título de exemplo: uma análise. {no_place}: Instituto Exemplo, 2030."
    )
    assert (ref.type, ref.title) == ("book", "Título de exemplo: uma análise")
    assert (ref.publisher, ref.container_title) == ("Instituto Exemplo", "")


def test_abnt_no_publisher_after_the_place_is_no_part_of_the_title() -> None:
    ref = _read("ROE, J. Título do relatório de exemplo. Springfield: [s. n.], 2030.")
    assert (ref.type, ref.title, ref.publisher_place) == (
        "book",
        "Título do relatório de exemplo",
        "Springfield",
    )


def test_abnt_no_place_after_the_journal_is_no_part_of_it() -> None:
    ref = _read("ROE, J. Título do artigo. Revista Exemplo, [S. l.], v. 5, n. 2, p. 10-20, 2030.")
    assert (ref.title, ref.container_title, ref.volume) == (
        "Título do artigo",
        "Revista Exemplo",
        "5",
    )
