"""How SciELO's lists print names and media (issue 13): the kinship word of a Portuguese
family name after the initials, the last two names of a semicolon list joined by "&", names
initials first in capitals, and the "[Homepage]" medium. Made-up references only."""

from __future__ import annotations

import pytest

from blinarefs.parse import parse_reference_list
from blinarefs.parse.assemble import read_names
from blinarefs.parse.one_name import read_name
from blinarefs.parse.untitled_articles import title_from_untitled_journal


def _one(line: str):
    (ref,) = parse_reference_list(f"References\n1. {line}\n").references
    return ref


@pytest.mark.parametrize(
    ("line", "families", "title"),
    [
        ("Roe HMN, Doe AGMC, Poe VJ Filho. Made-up events in examples: a review. J Ex Nurs. "
         "2030;53(4):458-67.", ["Roe", "Doe", "Poe Filho"], "Made-up events in examples: a review"),
        ("Roe MV Neto, Doe T, Poe VM. Made-up practice: a possibility for examples? Rev Ex "
         "Enferm. 2030;71(1):716-21.", ["Roe Neto", "Doe", "Poe"],
         "Made-up practice: a possibility for examples?"),
        ("Roe J Junior, Doe WC, Poe BJ. Made-up data analysis. 7. ed. Springfield: Examplia "
         "Hall; 2030.", ["Roe Junior", "Doe", "Poe"], "Made-up data analysis"),
        ("Roe CL, Doe OL Neto, Poe PRB Junior, Loe JJC, et al. Made-up search for examples. "
         "Cad Ex Publica. 2030;20(5):1-9.", ["Roe", "Doe Neto", "Poe Junior", "Loe"],
         "Made-up search for examples"),
    ],
)  # fmt: skip
def test_a_kinship_word_after_the_initials_is_the_family_names(
    line: str, families: list[str], title: str
) -> None:
    ref = _one(line)
    assert [n.full_family for n in ref.author] == families
    assert ref.title == title


def test_a_title_opening_with_a_kinship_word_is_still_the_title() -> None:
    ref = _one("Roe J, Doe A Junior doctors in made-up wards. Ex Med J. 2030;1:2-3.")
    assert [n.family for n in ref.author] == ["Roe", "Doe"]
    assert ref.title == "Junior doctors in made-up wards"


@pytest.mark.parametrize(
    ("names", "families"),
    [
        ("Roe, M.C.; Doe, B.D. & Poe, M.E.", ["Roe", "Doe", "Poe"]),
        ("Roe, M.; Doe, J.; Moe, K. and Poe, A.", ["Roe", "Doe", "Moe", "Poe"]),
        ("Roe, M.C.; Doe B.D. & Poe, M.E.", ["Roe", "Doe", "Poe"]),
        ("Roe, M.C.; Doe, J.G & Poe, A.S.", ["Roe", "Doe", "Poe"]),
        ("ROE, J.M.; S.J. DOE & J. POE", ["ROE", "DOE", "POE"]),
        ("ROE, D.S. & M.R.S. DOE", ["ROE", "DOE"]),
    ],
)
def test_the_last_two_names_of_a_semicolon_list_joined_by_a_conjunction(
    names: str, families: list[str]
) -> None:
    assert [n.family for n in read_names(names)[0]] == families


def test_a_semicolon_list_of_bodies_is_left_alone() -> None:
    names, _ = read_names("Example Health Organization; Food and Example Agency")
    assert [n.literal for n in names] == ["Example Health Organization", "Food and Example Agency"]


def test_the_whole_reference_keeps_its_last_author() -> None:
    ref = _one("Roe, M.C.; Doe, B.D. & Poe, M.E. 2030. Made-up responses to shade in two "
               "examples. Examplia Journal 63: 1009-1014.")  # fmt: skip
    assert [n.family for n in ref.author] == ["Roe", "Doe", "Poe"]
    assert ref.title == "Made-up responses to shade in two examples"


@pytest.mark.parametrize(
    ("printed", "family", "given"),
    [("S.J. DOE", "DOE", "S.J."), ("M.R.S. ROE", "ROE", "M.R.S."), ("J. POE", "POE", "J."),
     ("Roe JW", "Roe", "J. W."), ("ROE JW", "ROE", "J. W."), ("Roe S. L.K", "Roe", "S. L. K.")],
)  # fmt: skip
def test_capitals_after_dotted_initials_are_the_family(
    printed: str, family: str, given: str
) -> None:
    name = read_name(printed)
    assert name is not None
    assert (name.family, name.given) == (family, given)


@pytest.mark.parametrize("medium", ["[Homepage]", "[Home page]", "[Internet]"])
def test_the_homepage_medium_is_no_part_of_the_title(medium: str) -> None:
    ref = _one(f"Example Institute. Made-up statistics portal {medium}. Springfield: Examplia; "
               "2030 [cited 2031 Jan 2]. Available from: https://example.org/stats")  # fmt: skip
    assert ref.title == "Made-up statistics portal"
    assert ref.type == "webpage"


def test_a_homepage_inside_a_title_stays() -> None:
    ref = _one("Roe J. The made-up homepage of examples. Examplia. 2030;3:1-9.")
    assert ref.title == "The made-up homepage of examples"


@pytest.mark.parametrize(
    ("line", "title", "journal"),
    [
        ("Roe ML, O'Doe JL. Decision Making in Nursing Practice. Nurs Forum. 2030;51:40-8. "
         "doi: https://doi.org/10.1111/example.12119", "Decision Making in Nursing Practice",
         "Nurs Forum"),
        ("Roe E, Doe A, Poe H, Moe V, Loe S, Koe O, et al. Experiences of Examplian Nursing "
         "Students Regarding Their Clinical Learning Environment. Asian Nurs Res. "
         "2030;12(3):216-22. doi: http://doi.org/10.1016/j.example.2018.08.005",
         "Experiences of Examplian Nursing Students Regarding Their Clinical Learning "
         "Environment", "Asian Nurs Res"),
    ],
)  # fmt: skip
def test_a_title_case_title_before_an_nlm_journal_is_the_title(
    line: str, title: str, journal: str
) -> None:
    ref = _one(line)
    assert (ref.title, ref.container_title) == (title, journal)


@pytest.mark.parametrize(
    "fields",
    [
        {"container_title": "Example Reviews. Cancer", "volume": "1"},  # one word after it
        {"container_title": "Examplia. Rev Ex Med", "volume": "1"},  # one word before it
        {"container_title": "Made-up Trials. Ex Med", "title": "Title", "volume": "1"},
        {"container_title": "Made-up Trials. Ex Med"},  # no volume, no pages
        {"container_title": "Roe J. Ex Med", "volume": "1"},  # an abbreviation before
    ],
)
def test_a_journal_read_with_its_own_sentences_is_left_alone(fields: dict[str, object]) -> None:
    before = dict(fields)
    title_from_untitled_journal(fields, {})
    assert fields == before
