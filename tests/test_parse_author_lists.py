"""Author lists in the forms real lists print that the names code misread: one name with
its comma ("Roe, T. Title"), "and" before the last Vancouver name, Chicago's first name
inverted with a middle initial, initials dotted together after a spaced one ("Roe R A.M"),
a title opening with "A" after a Vancouver list, and an organisation before the year in
parentheses. Every reference here is a made-up test text, not a real record."""

from __future__ import annotations

import pytest

from blinarefs.model import Reference
from blinarefs.parse import parse_reference_list
from blinarefs.parse.agencies import acronym_after_organisation, organisation_before_year
from blinarefs.parse.grammar_names import split_authors
from blinarefs.parse.labeller import Labelled
from blinarefs.parse.printed_names import read_names
from blinarefs.parse.tokens import tokenize


def _read(text: str) -> Reference:
    refs = parse_reference_list(f"References\n1. {text}\n").references
    assert len(refs) == 1
    return refs[0]


def _authors(ref: Reference) -> list[str]:
    return [n.literal or n.full_family for n in ref.author]


def test_one_name_printed_with_its_comma_is_a_person() -> None:
    ref = _read("Tarrow, T. Pretend factors of a made up microbe. Made Microbiol. 2026;7:414.")
    assert _authors(ref) == ["Tarrow"]
    assert not ref.author[0].literal
    assert ref.title == "Pretend factors of a made up microbe"


def test_an_apa_list_is_not_cut_at_its_first_initial() -> None:
    # "Roe, J. A., Doe, B." is APA's: the grammar does not read "Roe, J" as the whole list
    assert split_authors("Roe, J. A., Doe, B. (2030). Title. Journal, 1, 2-3.") is None


@pytest.mark.parametrize(
    "text",
    [
        "Roe J, Doe B, and Poe C. A pretend study of things. J Made Up Stud. 2019;12:45-67.",
        "Roe J, Doe B and Poe C. A pretend study of things. J Made Up Stud. 2019;12:45-67.",
        "Roe J, Doe B & Poe C. A pretend study of things. J Made Up Stud. 2019;12:45-67.",
    ],
)
def test_and_before_the_last_vancouver_name(text: str) -> None:
    assert _authors(_read(text)) == ["Roe", "Doe", "Poe"]


def test_and_inside_a_group_after_the_people_is_the_groups() -> None:
    ref = _read(
        "Roe J, Doe B; Society for Pretend and Made Up Medicine. A pretend study of things. "
        "J Made Up Stud. 2019;12:45-67."
    )
    assert _authors(ref) == ["Roe", "Doe", "Society for Pretend and Made Up Medicine"]


@pytest.mark.parametrize("joined", ["and the", "and", "&", "for the", "on behalf of the"])
@pytest.mark.parametrize("mark", [",", ";"])
def test_a_group_joined_to_the_people_is_named_without_the_joining_words(
    joined: str, mark: str
) -> None:
    ref = _read(
        f"Roe J, Doe B, Poe C{mark} {joined} Example Trial Study Group. A pretend study of "
        "things. J Made Up Stud. 2019;12:45-67."
    )
    assert _authors(ref) == ["Roe", "Doe", "Poe", "Example Trial Study Group"]


@pytest.mark.parametrize("joined", ["and the", "for the", "on behalf of the"])
def test_a_group_joined_to_the_people_is_so_named_when_the_labeller_reads_them(
    joined: str,
) -> None:
    # the NLM journal with no full stop before its year: the labeller's reading
    ref = _read(
        f"Roe J, Doe B, Poe C; {joined} Example Trial Investigators. A pretend study of things. "
        "J Made Up Stud 2019; 12: 45-67."
    )
    assert _authors(ref) == ["Roe", "Doe", "Poe", "Example Trial Investigators"]


@pytest.mark.parametrize(
    ("printed", "families"),
    [
        ("Roe, Jane A., and Bob Doe", ["Roe", "Doe"]),
        ("Roe, Jane A. B., Bob Doe, and Cal Poe", ["Roe", "Doe", "Poe"]),
        ("Roe, Jane, and Bob Doe", ["Roe", "Doe"]),
        # APA's initials are not a given name written out
        ("Roe, J. A., Doe, B., & Poe, C.", ["Roe", "Doe", "Poe"]),
    ],
)
def test_chicago_inverts_only_the_first_name(printed: str, families: list[str]) -> None:
    names, _ = read_names(printed)
    assert [n.full_family for n in names] == families


@pytest.mark.parametrize(
    ("printed", "families", "given"),
    [
        ("Roe, Jane A., Doe, Bob B., and Poe, Cal", ["Roe", "Doe", "Poe"], "Bob B."),
        ("Roe, Jane, and Doe, Bob", ["Roe", "Doe"], "Bob"),
        ("Roe, Jane, Doe, Bob, Poe, Cal", ["Roe", "Doe", "Poe"], "Bob"),
        ("Roe, Jane A., de la Doe, Bob", ["Roe", "de la Doe"], "Bob"),
    ],
)
def test_every_name_inverted_with_its_given_name_written_out(
    printed: str, families: list[str], given: str
) -> None:
    # each family name, then its comma and the given names written out: a name a pair
    names, _ = read_names(printed)
    assert [n.full_family for n in names] == families
    assert names[1].given == given


def test_an_inverted_list_in_an_author_year_reference() -> None:
    ref = _read(
        "Roe, Jane A., Doe, Bob B., and Poe, Cal (2030) A pretend study of things. Journal "
        "of Made Up Studies 12: 45-67."
    )
    assert _authors(ref) == ["Roe", "Doe", "Poe"]


def test_chicago_first_name_given_keeps_its_middle_initial() -> None:
    names, _ = read_names("Roe, Jane A., and Bob Doe")
    assert (names[0].given, names[1].given) == ("Jane A.", "Bob")


@pytest.mark.parametrize(
    ("printed", "families", "givens"),
    [
        ("Roe, Jane, Jr., and Bob Doe", ["Roe", "Doe"], ["Jane", "Bob"]),
        ("Roe, Jane A., Jr., Bob Doe, and Cal Poe", ["Roe", "Doe", "Poe"],
         ["Jane A.", "Bob", "Cal"]),
        ("Roe-Doe, Jean-Pierre, and Anna-Maria Poe", ["Roe-Doe", "Poe"],
         ["Jean-Pierre", "Anna-Maria"]),
        ("Roe, Jane, Bob Doe Jr., and Cal Poe", ["Roe", "Doe", "Poe"], ["Jane", "Bob", "Cal"]),
    ],
)  # fmt: skip
def test_chicago_first_name_with_its_suffix_or_a_hyphened_given_name(
    printed: str, families: list[str], givens: list[str]
) -> None:
    # the first name's suffix between commas is its own (ASA's, Chicago's "Roe, Jane, Jr.,
    # and Bob Doe"), and a hyphened given name is written out as any other
    names, _ = read_names(printed)
    assert [n.full_family for n in names] == families
    assert [n.given for n in names] == givens
    assert names[0].suffix == ("Jr" if ", Jr." in printed else "")


def test_initials_dotted_together_after_a_spaced_one() -> None:
    names, truncated = read_names("Roe C, Doe S, Poe R A.M, et al")
    assert [n.full_family for n in names] == ["Roe", "Doe", "Poe"]
    assert names[2].given == "R. A. M." and truncated


def test_a_title_opening_with_a_after_a_vancouver_list() -> None:
    ref = _read(
        "Roe J, Doe R. A Y12F/H78A pretend mutant displays things. Made Up Res 2030; 30:e138."
    )
    assert _authors(ref) == ["Roe", "Doe"]
    assert ref.title == "A Y12F/H78A pretend mutant displays things"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Northwind Institute of Imaginary Studies (NIIS) (2006) A report on made up things. "
         "Springfield: Example Press.", "Northwind Institute of Imaginary Studies (NIIS)"),
        ("Northwind Institute of Imaginary Studies (2006) A report on made up things. "
         "Springfield: Example Press.", "Northwind Institute of Imaginary Studies"),
        ("Northwind Institute of Imaginary Studies (NIIS). (2006). A report on made up things. "
         "Springfield: Example Press.", "Northwind Institute of Imaginary Studies (NIIS)"),
    ],
)  # fmt: skip
def test_an_organisation_before_the_year_in_parentheses(text: str, name: str) -> None:
    ref = _read(text)
    assert _authors(ref) == [name]
    assert ref.year == 2006
    assert ref.title == "A report on made up things"


def _titled(text: str) -> list[Labelled]:
    return [Labelled(t, "title", 0.9) for t in tokenize(text)]


def test_a_title_before_a_year_in_parentheses_is_no_organisation() -> None:
    # a law's or a report's title first: no word only an organisation's name has
    labelled = _titled("Pretend Things Act (1998) Made up rules. Springfield: Example Press.")
    assert organisation_before_year(labelled) == labelled
    named = organisation_before_year(_titled("Pretend Things Council (1998) Made up rules."))
    assert [x.label for x in named][:6] == ["author"] * 3 + ["other", "year", "other"]
    assert {x.label for x in named[6:9]} == {"title"}


def test_an_organisation_before_the_year_with_its_title_read_as_the_journal() -> None:
    ref = _read(
        "Pretend Response Anthropology Platform (2014). Anthropology & pretend clinical "
        "research. Pretend Response Anthropology Platform."
    )
    assert _authors(ref) == ["Pretend Response Anthropology Platform"]
    assert ref.title == "Anthropology & pretend clinical research"


def test_a_hyphened_family_name_is_kept_whole() -> None:
    # a generational word hyphened to it too: JATS markup mostly keeps "Roe-Filho" whole
    ref = _read("Roe-Doe MF, Poe-Filho A. A pretend study. J Made Up Stud. 2019;12:45-67.")
    assert _authors(ref) == ["Roe-Doe", "Poe-Filho"]


@pytest.mark.parametrize("last", ["Su", "Sun"])
def test_initials_first_with_e_before_hyphened_initials(last: str) -> None:
    ref = _read(f"A.J. Roe, S. Doe, J.R. Poe e W.-P. {last}, Rev. Mod. Fict. 60 , 781 (1988).")
    assert _authors(ref) == ["Roe", "Doe", "Poe", last]


def test_one_name_initials_first_before_a_title_with_its_comma() -> None:
    ref = _read(
        "P.C. Roe, Programming for the PC and the Made Up System, disponível em: "
        "http://example.org/1/, acessado em 14/11/2029."
    )
    assert _authors(ref) == ["Roe"]
    assert ref.title.startswith("Programming for the PC")


def test_an_organisations_acronym_after_its_name_is_the_names() -> None:
    ref = _read(
        "International Network of Pretend Hospitals & Health Services (PHHS). www.example.org "
        "(accessed 24 April 2028)."
    )
    assert _authors(ref) == ["International Network of Pretend Hospitals & Health Services (PHHS)"]
    assert ref.title != "PHHS"


def test_a_persons_parenthesis_after_the_names_is_not_taken() -> None:
    labelled = [Labelled(t, "author", 0.9) for t in tokenize("Roe J, Doe B")]
    labelled += [Labelled(t, "title", 0.9) for t in tokenize(" (UK). Title of things.")]
    assert acronym_after_organisation(labelled) == labelled


@pytest.mark.parametrize("ellipsis", ["…", "...", ". . ."])
def test_apa_ellipsis_before_the_last_author(ellipsis: str) -> None:
    names, _ = read_names(f"Roe, A., Doe, B., Poe, C., {ellipsis} Soe, T.")
    assert [n.full_family for n in names] == ["Roe", "Doe", "Poe", "Soe"]


def test_a_last_initial_before_the_year_is_no_title() -> None:
    ref = _read(
        "Roe M. A 1999 The pretend role of made up things in agroecosystems. Agric. Ecosyst. "
        "Environ. 74: 19–31."
    )
    assert _authors(ref) == ["Roe"]
    assert ref.title == "The pretend role of made up things in agroecosystems"


def test_a_family_name_ending_with_a_capital_after_its_particles() -> None:
    names, _ = read_names("Roe JA, van der A DL, Doe B")
    assert [n.full_family for n in names] == ["Roe", "van der A", "Doe"]


@pytest.mark.parametrize("closing", [". ", " "])
def test_a_suffix_between_commas_is_the_name_befores(closing: str) -> None:
    # "Roe WD, Jr., Doe M": the suffix printed apart with its full stop, the list going on
    ref = _read(
        f"Lowe I, Moor DC, Thorn WD, Jr., Lane M, Sloe S, et al{closing}Made-up antibodies "
        "against pretend toxins. J Made Up Stud. 2030;362:197-205."
    )
    assert _authors(ref) == ["Lowe", "Moor", "Thorn", "Lane", "Sloe"]
    assert ref.author[2].suffix == "Jr"
    assert ref.author_truncated
    assert ref.title == "Made-up antibodies against pretend toxins"


@pytest.mark.parametrize(
    ("printed", "families"),
    [
        ("DE LA ROSA, J.; POE, H.", ["DE LA ROSA", "POE"]),
        ("VAN DEN BERGE, H.; DOS SANTOS, A.", ["VAN DEN BERGE", "DOS SANTOS"]),
        ("POE, H.; VAN DER LINDE, K.", ["POE", "VAN DER LINDE"]),
    ],
)
def test_a_particle_in_capitals_opens_a_family_name_in_capitals(
    printed: str, families: list[str]
) -> None:
    # ABNT prints the family name in capitals, its particles too: "DE LA" is no "De L. A."
    ref = _read(f"{printed} Made-up things in pretend rats. Rev Fict, v. 12, p. 1-9, 2030.")
    assert [n.full_family.upper() for n in ref.author] == families
    assert ref.title == "Made-up things in pretend rats"
