"""What SciELO's author-year lists print after and around a title (issue 13, stop 57):
"Last access:" and "Último acesso em:" before a date of access, a date of access with the
month's whole Spanish name, an interview's "[Entrevista cedida a ...]", Spanish ISO 690's
"(En línea)", ABNT's one author "ROE, J." that the grammar's web page reader took for an
organisation, and APA's publisher printed as the author's acronym after the title. Every
reference here is made up."""

from __future__ import annotations

import pytest

from blinarefs.model import Reference
from blinarefs.parse import parse_reference_list, read_item


def _read(printed: str) -> Reference:
    return read_item(printed, 1, 1).reference


@pytest.mark.parametrize("cue", ["Last access:", "Last accessed:", "Last access"])
def test_last_access_is_a_date_of_access(cue: str) -> None:
    ref = _read(
        "ROE, J. Why is Examplia's growth so slow? Springfield Daily, Oct. 6, 2030. Available"
        f" at: https://example.org/a. {cue} Jan. 14, 2031."
    )
    assert ref.container_title == "Springfield Daily"  # was "Springfield Daily, Oct"
    assert (ref.volume, ref.page, ref.note) == ("", "", "")  # was 14, 2031, "Last access: Jan"
    assert ref.issued == (2030, 10, 6)


def test_last_access_after_a_journal() -> None:
    ref = _read(
        "ROE, J. A. Os rios de Examplia. Rev. Bras. Exempl., v. 6, n. 3, Sept. 2026. Available"
        " at: https://example.org/d. Last access: Jan. 14, 2031."
    )
    assert (ref.title, ref.container_title) == ("Os rios de Examplia", "Rev. Bras. Exempl")
    assert (ref.volume, ref.issue, ref.page) == ("6", "3", "")  # the volume was 14


@pytest.mark.parametrize("last", ["Último acesso em:", "Ultimo acesso em", "Última acesso em:"])
def test_ultimo_acesso_is_a_date_of_access(last: str) -> None:
    ref = _read(
        "ROE, J. Os rios de Examplia. São Paulo: Editora Exemplo, 2030. Disponível em:"
        f" https://example.org/f. {last} 5 jan. 2031."
    )
    # was the grammar's web page: the name "ROE, J" one organisation, the imprint in the
    # title, the year of access the work's
    assert ref.title == "Os rios de Examplia"
    assert (ref.publisher_place, ref.publisher) == ("São Paulo", "Editora Exemplo")
    assert [n.family.upper() for n in ref.author] == ["ROE"] and ref.issued == (2030,)


@pytest.mark.parametrize(
    "access",
    ["[Consultado: 5 Septiembre 2031].", "(Consultado: 02 Septiembre 2031).",
     "Consultado el 2 de septiembre de 2031."],
)  # fmt: skip
def test_a_spanish_month_written_whole_is_the_dates(access: str) -> None:
    ref = parse_reference_list(
        "1. Roe M., Doe J. y Poe F. (2029), Incidencia de accidentes en Springfield. Disponible"
        f" en: http://example.org/i.pdf {access}"
    ).references[0]
    assert ref.title == "Incidencia de accidentes en Springfield"
    assert ref.note == "" and ref.issued == (2029,)  # the note was "Septiembre 2031"


def test_a_date_of_access_in_parentheses_is_no_place() -> None:
    ref = parse_reference_list(
        "1. Comisión Ejecutiva de Examplia (2029), Prevención del consumo de agua en"
        " Springfield. Disponible en: http://example.org/h.pdf. (Consultado: 5 Septiembre 2031)"
    ).references[0]
    assert ref.publisher_place == ""  # was "Consultado"


@pytest.mark.parametrize(
    ("printed", "note"),
    [
        ("DOE, J. Se encara mal el tema de Examplia. [Entrevista cedida a Ana Roe]. El Diario"
         " de Springfield, Argentina, 24 dic. 2030.", "Entrevista cedida a Ana Roe"),
        ("DOE, J. Os rios de Examplia. [Entrevista concedida a Maria Roe]. Jornal de"
         " Springfield, 3 set. 2030.", "Entrevista concedida a Maria Roe"),
    ],
)  # fmt: skip
def test_an_interviews_interviewer_is_no_title(printed: str, note: str) -> None:
    ref = _read(printed)
    assert ref.title in ("Se encara mal el tema de Examplia", "Os rios de Examplia")
    assert ref.note == note
    assert ref.container_title.startswith(("El Diario de Springfield", "Jornal de Springfield"))


@pytest.mark.parametrize(
    "printed",
    [
        "Roe M., Doe J. y Poe F. (2029), Incidencia de accidentes en Springfield, reportados a"
        " la administradora de riesgos. (En línea). Disponible en: http://example.org/i.pdf."
        " (Consultado: 02 Septiembre 2031).",
        "Agencia de Examplia (2029), Incidencia de accidentes en Springfield, reportados a la"
        " administradora de riesgos [En línea]. Disponible en: http://example.org/j.pdf"
        " [Consultado: 5 Septiembre 2031].",
        "Roe, M. (2029). Incidencia de accidentes en Springfield, reportados a la administradora"
        " de riesgos [en línea]. Revista de Examplia, 12(3), 45-67.",
    ],
)
def test_spanish_iso_690_medium_is_no_field(printed: str) -> None:
    ref = parse_reference_list(f"1. {printed}").references[0]
    title = "Incidencia de accidentes en Springfield, reportados a la administradora de riesgos"
    assert ref.title == title
    assert ref.container_title in ("", "Revista de Examplia")  # was "En línea"


def test_abnt_one_author_read_as_an_organisation_is_the_person() -> None:
    ref = _read(
        "ROE, J. Examplia in the new decade. Springfield Institute, Aug. 2029. Available at:"
        " https://example.org/c.pdf."
    )
    assert [(n.family.upper(), n.given, n.literal) for n in ref.author] == [("ROE", "J.", "")]


@pytest.mark.parametrize(
    ("printed", "publisher"),
    [
        ("Instituto Nacional de Estudos de Examplia. (2030). Sinopse estatística das escolas"
         " de Springfield. INEE. https://example.org/sinopse.zip", "INEE"),
        ("Conselho Nacional de Examplia. (2031). Tabela de áreas do conhecimento. CNEx."
         " https://example.org/tabela.pdf", "CNEx"),
    ],
)  # fmt: skip
def test_apa_publisher_as_the_bodys_acronym_is_no_title(printed: str, publisher: str) -> None:
    ref = parse_reference_list(f"1. {printed}").references[0]
    assert ref.title in (
        "Sinopse estatística das escolas de Springfield",
        "Tabela de áreas do conhecimento",
    )
    assert ref.publisher == publisher


# -- guards: what must not change ------------------------------------------------------------


def test_access_opening_a_title_stays_the_titles() -> None:
    ref = _read("Roe J, Doe A. Access to care in Springfield. Made Up J. 2030;12(3):45-50.")
    assert ref.title == "Access to care in Springfield"
    assert (ref.container_title, ref.volume, ref.page) == ("Made Up J", "12", "45-50")


def test_a_roman_part_and_a_persons_title_keep_their_last_sentence() -> None:
    part = parse_reference_list(
        "1. World Examplia Organization. (2030). Guidelines for made-up rivers. Part II."
        " https://example.org/g.pdf"
    ).references[0]
    assert part.publisher == "" and "Part II" in (part.title + part.container_title)
    person = parse_reference_list(
        "1. Roe, J. (2030). Made-up rivers of Springfield. SIR. https://example.org/r.pdf"
    ).references[0]
    assert person.publisher != "SIR"  # a person is no body: no acronym to spell


def test_a_ministry_and_its_unit_stay_organisations() -> None:
    ref = _read(
        "Ministério da Exemplaria (BR), Secretaria de Rios. Guia inventado dos rios. Brasília,"
        " DF; 2030 [cited 2031 May 3]. Available from: https://example.org/guia.pdf"
    )
    assert ref.author[0].literal.startswith("Ministério")
    assert all(n.literal and not n.family for n in ref.author)


@pytest.mark.parametrize(
    ("printed", "title"),
    [
        ("World Examplia Organization; Springfield University. Group therapy for made-up"
         " fevers. Geneva (CH): WEO; 2030. (Series on Made-up Interventions; nº 3).",
         "Group therapy for made-up fevers"),
        ("Roe DW, Doe S. Applied made-up regression. 2. ed. New York: Example Press; 2030."
         " (Example Series in Probability and Statistics Text and References Section).",
         "Applied made-up regression"),
        ("Ministério da Exemplaria (BR), Secretaria de Rios, Departamento de Cheias. Manual de"
         " educação em rios. Vol. 1: Autocuidado nas cheias. Brasília, DF; 2030 [cited 2031 Dec"
         " 12]. (Série A. Normas e Manuais Técnicos). Available from: https://example.org/m.pdf",
         "Manual de educação em rios"),
    ],
)  # fmt: skip
def test_a_series_in_parentheses_after_the_year_is_no_title(printed: str, title: str) -> None:
    # the title was the series' words ("Probability and Statistics Text and References ...")
    assert _read(printed).title == title


def test_a_parenthesis_after_an_articles_year_keeps_its_reading() -> None:
    ref = _read("Roe J, Doe A. Made-up rivers in Springfield. Made Up J. 2030;12(3):45-50.")
    assert (ref.title, ref.volume, ref.issue) == ("Made-up rivers in Springfield", "12", "3")
    apa = parse_reference_list(
        "1. Roe, J. (2030). Made-up rivers of Springfield (2nd ed.). Example Press."
    ).references[0]
    assert apa.title.startswith("Made-up rivers of Springfield")


def test_a_country_and_its_act_stay_one_organisation() -> None:
    ref = _read(
        "Examplia, Constituição (2030). Constituição da República de Examplia. Springfield, DF;"
        " 2030 [cited 2031 Jun 6]. Available from: http://example.org/c.htm"
    )
    assert [n.literal for n in ref.author] == ["Examplia, Constituição (2030)"]


@pytest.mark.parametrize("kind", ["[ tese ]", "[ dissertação ]", "[tese]"])
def test_a_thesis_kind_in_spaced_brackets_is_no_title(kind: str) -> None:
    ref = parse_reference_list(
        f"1. Roe AB. Estudo inventado dos rios de Springfield {kind}. Springfield: Universidade"
        " de Exemplo; 2031."
    ).references[0]
    assert ref.title == "Estudo inventado dos rios de Springfield"  # was "... [ tese ]"
    assert ref.type == "thesis"


@pytest.mark.parametrize(
    "printed",
    [
        "Ministério da Exemplaria (BR), DATAEX. Sistema de rios de Springfield. Brasília, DF;"
        " 2030 [cited 2031 Oct 10]. Available from: https://example.org",
        "Springfield Association of Examples, organizer. Manual of the Springfield Association."
        " 6. ed. Springfield, DC: SAE; 2030.",
    ],
)
def test_a_body_and_its_unit_or_role_stay_one_name(printed: str) -> None:
    """Guard: the grammar's "Body, UNIT" and "Body, organizer" are no ABNT person."""
    ref = _read(printed)
    assert len(ref.author) == 1 and "," in ref.author[0].literal
