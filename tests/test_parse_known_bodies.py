"""A body's name left open before a title in title case, whose end the list shows by
printing the name whole elsewhere or by its acronym (made-up text)."""

from __future__ import annotations

import pytest

from blinarefs.parse import parse_reference_list
from blinarefs.parse.closing import close_names, name_habits
from blinarefs.parse.known_bodies import bodies_printed, close_by_acronym, close_known_body
from open_lists import OPEN_PEOPLE

_AGENCY = "Example Centers for Pretend Control and Checks"


def _last(items: list[str]) -> tuple[list[str], str]:
    text = OPEN_PEOPLE + "".join(f"{6 + i}. {item}\n" for i, item in enumerate(items))
    ref = parse_reference_list(text).references[-1]
    return [n.literal or n.full_family for n in ref.author], ref.title


@pytest.mark.parametrize(
    "elsewhere",
    [
        # the same body before a title in sentence case, which shows where its name ends
        f"{_AGENCY} Made-up cases rise in the lowlands, 2030 Available: https://example.gov/a",
        # ... or closed by its full stop
        f"{_AGENCY}. Made-up cases rise in the lowlands, 2030 Available: https://example.gov/a",
        # ... or printed as a publisher after its place
        f"Roe J Made-up guidance on checks. Springfield: {_AGENCY}, 2030.",
    ],
)
def test_a_body_the_list_prints_whole_elsewhere_ends_where_it_does_there(elsewhere: str) -> None:
    printed = f"{_AGENCY} Severe Made-Up Syndrome - Exampleland, 2030 Available: https://x.gov/b"
    assert _last([elsewhere, printed]) == ([_AGENCY], "Severe Made-Up Syndrome - Exampleland")


def test_a_body_printed_nowhere_else_is_left_as_it_was() -> None:
    printed = f"{_AGENCY} Severe Made-Up Syndrome - Exampleland, 2030 Available: https://x.gov/b"
    texts = [line.split(". ", 1)[1] for line in OPEN_PEOPLE.splitlines()] + [printed]
    habits = name_habits(texts)
    assert habits.open and not habits.bodies
    assert close_names(printed, 6, habits) == close_names(printed, 6)


def test_the_longest_name_printed_whole_is_the_one_closed() -> None:
    bodies = frozenset({"Example Agency", "Example Agency of Tests"})
    got = close_known_body("Example Agency of Tests Made-Up Annual Report 2030.", bodies)
    assert got == "Example Agency of Tests. Made-Up Annual Report 2030."


@pytest.mark.parametrize(
    "printed",
    [
        # a longer group's name made of the body's, closed by its full stop
        "Example Agency of Tests Made-Up Growth Study Group. A made-up title. J Made 2030;1:2.",
        # the name already closed, or its acronym after it
        "Example Agency of Tests. Made-Up Annual Report 2030.",
        "Example Agency of Tests (EAT) Made-Up Annual Report 2030.",
        # a person's name is no body's
        "Roe J, Doe A Made-Up Annual Report 2030.",
    ],
)
def test_what_a_known_body_leaves_alone(printed: str) -> None:
    assert close_known_body(printed, frozenset({"Example Agency of Tests"})) == printed


def test_only_organisations_names_printed_whole_are_known() -> None:
    pairs = [
        ("Example Agency of Tests Made-up cases", "Example Agency of Tests. Made-up cases"),
        ("Made-Up Pretend Title. Springfield: Example Press, 2030.",) * 2,
        ("Roe J. Title. Springfield: Example Society of Checks; 2030.",) * 2,
        # a publisher's name ending with a small word, no organisation's word in a name
        ("Roe J. Title. Springfield: Example Society of, 2030.",) * 2,
    ]
    assert bodies_printed(pairs) == {"Example Agency of Tests", "Example Society of Checks"}


@pytest.mark.parametrize(
    ("printed", "closed"),
    [
        # the acronym of the capitalised words, or of every word
        ("Example Agency of Tests Made-Up Guide for Checks. Springfield: EAT, 2030.",
         "Example Agency of Tests. Made-Up Guide for Checks. Springfield: EAT, 2030."),
        ("Example Ministry of Tests Made-Up Plan 2030. Springfield: EMOT; 2030.",
         "Example Ministry of Tests. Made-Up Plan 2030. Springfield: EMOT; 2030."),
        # an agency and its parts
        ("Example Republic, Ministry of Tests Made-Up Plan. Springfield: ERMT; 2030.",
         "Example Republic, Ministry of Tests. Made-Up Plan. Springfield: ERMT; 2030."),
        # the acronym opening the title, inside the run of capitalised words
        ("Example Committee of Experts on Made-up Diseases ECEMD Core Recommendations on "
         "Registries. www.example.org/recs.pdf",
         "Example Committee of Experts on Made-up Diseases. ECEMD Core Recommendations on "
         "Registries. www.example.org/recs.pdf"),
    ],
)  # fmt: skip
def test_a_bodys_acronym_printed_after_it_shows_where_its_name_ends(
    printed: str, closed: str
) -> None:
    assert close_by_acronym(printed) == closed


def test_a_body_whose_acronym_the_reference_prints_is_its_author() -> None:
    printed = "Example Agency of Tests Made-Up Guide for Checks. Springfield: EAT, 2030."
    assert _last([printed]) == (["Example Agency of Tests"], "Made-Up Guide for Checks")


@pytest.mark.parametrize(
    "printed",
    [
        # no acronym of the name's words, or the acronym already after the name
        "Example Agency of Tests Made-Up Guide for Checks. Springfield: XYZ, 2030.",
        "Example Agency of Tests (EAT) Made-Up Guide. Springfield: EAT, 2030.",
        # the acronym a whole title's, no title after it
        "Made-Up Guide Checks. Springfield: MUGC, 2030.",
    ],
)
def test_what_the_acronym_rule_leaves_alone(printed: str) -> None:
    assert close_by_acronym(printed) == printed


@pytest.mark.parametrize(
    ("body", "title"),
    [
        ("Centers for Disease Control and Prevention", "Severe Made-Up Syndrome - Exampleland"),
        ("World Health Organization", "Made-Up Guidelines for Pretend Checks"),
        # the United Kingdom's, which BMJ's lists cite most: names no word of which is an
        # organisation's only, or with a lower-case word inside
        ("Health and Safety Executive", "Made-Up Work Statistics in Exampleshire"),
        ("Medicines and Healthcare products Regulatory Agency", "Made-Up Drug Safety Update"),
        ("HM Treasury", "Pretend Spending Review 2030"),
        ("NHS Digital", "Made-Up Episode Statistics, England 2030"),
        ("Scottish Government", "Made-Up Plan for Exampleshire"),
        ("Department for Education", "Pretend School Census 2030"),
    ],
)
def test_a_public_body_s_official_name_ends_where_it_does_in_an_open_list(
    body: str, title: str
) -> None:
    # printed nowhere else in the list, its name known as a fact (parse/public_bodies.py)
    printed = f"{body} {title}, 2030 Available: https://example.gov/b"
    assert _last([printed]) == ([body], title)


def test_a_public_body_s_name_is_not_taken_from_a_longer_name_closed_by_its_full_stop() -> None:
    printed = "World Health Organization Made-Up Study Group. Pretend findings. 2030."
    assert _last([printed])[0] == ["World Health Organization Made-Up Study Group"]


@pytest.mark.parametrize(
    ("body", "title"),
    [
        ("House of Commons Example Affairs Committee", "Made-up workforce: a pretend inquiry"),
        ("World Health Organization Made-Up Guideline Development Group", "Pretend Care in Age"),
        ("Public Health England Made-Up Network", "Pretend care in old age"),
    ],
)
def test_a_committee_named_on_from_a_public_body_is_the_author(body: str, title: str) -> None:
    # left open like the body's own name: the committee's or group's word ends the name
    printed = f"{body} {title}, 2030 Available: https://example.gov/c [Accessed 1 May 2031]."
    assert _last([printed]) == ([body], title)


def test_a_committee_on_a_subject_is_left_as_the_body_left_it() -> None:
    # "Committee on ..." runs on past its word: where it ends, nothing tells
    printed = "House of Lords Select Committee on Pretend Science Made-Up Care. 2030."
    assert _last([printed])[0] == ["House of Lords"]


@pytest.mark.parametrize(
    ("trust", "title"),
    [
        ("Example Hospitals NHS Trust", "Made-up policy on visiting"),
        ("Example University Hospitals NHS Foundation Trust", "Made-Up Annual Report of Tests"),
        ("Example and Sample NHS Foundation Trust", "Made-Up Guide to Pretend Clinics"),
    ],
)
def test_an_nhs_trust_s_name_ends_with_its_trust(trust: str, title: str) -> None:
    # every NHS trust's official name ends "NHS Trust" or "NHS Foundation Trust": the
    # capitals "NHS" are no person's initials, "Foundation" no name's end
    printed = f"{trust} {title}, 2030 Available: https://example.nhs.uk/t [Accessed 1 May 2031]."
    assert _last([printed]) == ([trust], title)


@pytest.mark.parametrize(
    "printed",
    [
        # APA's author-date and Vancouver: the agency was "US, E. P. A.", a person
        "US EPA (2030) Example guidance for example soils. Washington, DC: US Example Agency.",
        "US FDA. Example guidance [Internet]. Silver Spring (MD): FDA; 2030 [cited 2031 Jan 5]. "
        "Available from: https://example.org/guidance",
    ],
)
def test_a_countrys_initialism_and_an_agencys_acronym_are_one_body(printed: str) -> None:
    (ref,) = parse_reference_list(f"References\n1. {printed}\n").references
    assert [n.literal for n in ref.author] in (["US EPA"], ["US FDA"])


def test_a_family_name_us_with_initials_stays_a_person() -> None:
    (ref,) = parse_reference_list(
        "References\n1. Roe J, Us ABC, Doe P. Example therapy. J Example Med. 2030;12:45-52.\n"
    ).references
    assert [(n.family, n.given) for n in ref.author][1] == ("Us", "A. B. C.")
