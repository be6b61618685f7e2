"""Groups and web sites as authors in BMJ's lists (all made-up text): a group of people
printed after the names with nothing closing the names ("Roe J, Doe A Example Study
Group. Title"), a group whose name carries a number the names' pattern takes for initials
("EXAMPLE XIV Workgroup"), a web site's address with NLM's "[Internet]" before the
page's title, and a report's body whose name has no word only organisations have
("Example Digital. Made-up disease prevalence")."""

from __future__ import annotations

import pytest

from blinarefs.parse import read_item
from blinarefs.parse.closing import close_names


def _read(printed: str):
    return read_item(printed, 1, 1).reference


def _authors(printed: str) -> list[str]:
    return [n.literal or n.full_family for n in _read(printed).author]


@pytest.mark.parametrize(
    ("group", "names"),
    [
        ("FICT XIV Workgroup", "Roe J, Doe A, Poe B, "),
        ("FICT XII Working Group", "Roe J, Doe A, Poe B, "),
        ("FICT Workgroup", "Roe J, Doe A, Poe B, "),
        ("Example Lining Study Group", "Roe J, Doe A "),
        # a network of several consortia, as genetics papers' lists name it
        ("FICT Network of Consortia", "Roe J, Doe A "),
    ],
)
def test_a_group_closed_by_its_full_stop_after_the_names_is_the_last_author(
    group: str, names: str
) -> None:
    printed = f"{names}{group}. The lining in fictitious shock. Made Up J 2030;45:259–70."
    assert _authors(printed) == ["Roe", "Doe", *(["Poe"] if "Poe" in names else []), group]
    assert _read(printed).title == "The lining in fictitious shock"


def test_the_names_before_a_group_are_closed_by_a_comma_not_a_full_stop() -> None:
    closed = close_names("Roe J, Doe A Example Study Group. The lining. Made Up J 2030;4:1-9.")
    assert closed.startswith("Roe J, Doe A, Example Study Group. The lining.")


def test_a_title_case_title_ending_with_a_study_stays_the_title() -> None:
    printed = "Roe J, Doe A Lung Function in the Example Health Study. Made Up J 2030;45:1–9."
    assert _authors(printed) == ["Roe", "Doe"]
    assert _read(printed).title == "Lung Function in the Example Health Study"


def test_a_web_sites_address_marked_internet_before_a_title_is_the_author() -> None:
    ref = _read(
        "ExampleTrials.org [Internet]. A study of made-up therapy in imaginary disease. "
        "NCT01234567. Available: https://exampletrials.org/show/NCT01234567 "
        "[Accessed 3 Mar 2031]."
    )
    assert [n.literal for n in ref.author] == ["ExampleTrials.org"]
    assert ref.title.startswith("A study of made-up therapy in imaginary disease")


def test_a_title_marked_internet_is_no_author() -> None:
    ref = _read(
        "Example atlas of pretend diseases [Internet]. Springfield: Example Press; 2030 "
        "[cited 2031 Jan 2]. Available from: https://example.org/atlas"
    )
    assert not ref.author
    assert ref.title.startswith("Example atlas of pretend diseases")


@pytest.mark.parametrize(
    ("printed", "author", "title"),
    [
        (
            "Example Health Trust Clinical Commissioning. Internal beam therapy for pretend "
            "tumours at diagnosis, 2030. Available: https://example.org/beam [Accessed 3 Mar "
            "2031].",
            "Example Health Trust Clinical Commissioning",
            "Internal beam therapy for pretend tumours at diagnosis",
        ),
        (
            "Example Digital. Made-up disease prevalence, 2030. Available: "
            "https://example.org/data [Accessed 1 Jan 2031].",
            "Example Digital",
            "Made-up disease prevalence",
        ),
        (
            "NHS Example. Made-up disease service specification. 2030. "
            "https://www.example.org/spec.pdf",
            "NHS Example",
            "Made-up disease service specification",
        ),
    ],
)
def test_a_bodys_name_in_title_case_before_a_sentence_case_title_is_the_author(
    printed: str, author: str, title: str
) -> None:
    ref = _read(printed)
    assert [n.literal for n in ref.author] == [author]
    assert ref.title.startswith(title)
    assert not ref.container_title


def test_a_title_case_title_going_on_in_title_case_has_no_author() -> None:
    ref = _read("Made-Up Things Today. A Review of Pretend Places. London: Example Press, 2030.")
    assert not [n.literal for n in ref.author if n.literal]
    assert "Pretend Places" in ref.title


@pytest.mark.parametrize(
    "printed",
    [
        "examplestats.org Total made-up cases per million vs pretend income, 2030 Available: "
        "https://examplestats.org/grapher/cases [Accessed 1 Jul 2030].",
        "examplestats.org. Total made-up cases per million vs pretend income. 2030. "
        "https://examplestats.org/grapher/cases",
    ],
)
def test_a_web_sites_address_opening_a_reference_unclosed_or_closed_is_the_author(
    printed: str,
) -> None:
    ref = _read(printed)
    assert [n.literal for n in ref.author] == ["examplestats.org"]
    assert ref.title == "Total made-up cases per million vs pretend income"


def test_a_bare_address_before_the_day_it_was_read_is_no_author() -> None:
    assert not _read("www.example.org. Accessed 1 Jan 2030.").author
    assert not _read("Example.com Accessed 1 Jan 2030.").author


@pytest.mark.parametrize("site", ["Examplemeter", "ExampleStats"])
def test_a_web_pages_publisher_of_one_word_before_its_title_is_the_author(site: str) -> None:
    ref = _read(
        f"{site}. Made-up counts of pretend cases. Available: https://example.org/counts/ "
        "[Accessed 1 May 2031]."
    )
    assert ([n.literal for n in ref.author], ref.title) == (
        [site], "Made-up counts of pretend cases",
    )  # fmt: skip


@pytest.mark.parametrize(
    "printed",
    [
        "Guidelines. Made-up counts of pretend cases. Available: https://example.org/counts/ "
        "[Accessed 1 May 2031].",
        # a title's first word before the rest of it in title case
        "Hempseed. Description & Uses. 2031 Available at: https://example.org/hempseed (last "
        "accessed 912, 2031)",
    ],
)
def test_a_one_word_sentence_opening_a_web_pages_title_is_no_author(printed: str) -> None:
    assert not _read(printed).author


@pytest.mark.parametrize(
    "tail",
    ["J Made Up. 2030;12:3-9.", "J Made Up 2030; 12: 3–9."],  # NLM's, SAGE's
)
def test_a_body_in_sentence_case_after_the_people_is_the_last_author(tail: str) -> None:
    ref = _read(f"Roe J, Doe A, Poe B, National institute for made-up excellence. A pretend "
                f"study of examples. {tail}")  # fmt: skip
    assert _authors(ref.source_text) == [
        "Roe", "Doe", "Poe", "National institute for made-up excellence",
    ]  # fmt: skip
    assert ref.title == "A pretend study of examples"


@pytest.mark.parametrize(
    ("group", "tail"),
    [
        ("Example Lining Study", "J Made Up 2030;12:3-9."),
        ("Example Owl Trial Investigators", "J Made Up 2030;12:3-9."),
        ("The Example Heart Study Group", "J Made Up. 2030;12:3-9."),
    ],
)
def test_a_group_closed_by_its_full_stop_before_an_articles_title_is_its_author(
    group: str, tail: str
) -> None:
    ref = _read(f"{group}. Made-up design of a pretend cohort. {tail}")
    assert (_authors(ref.source_text), ref.title, ref.container_title) == (
        [group], "Made-up design of a pretend cohort", "J Made Up",
    )  # fmt: skip


def test_a_title_case_first_sentence_of_an_articles_title_is_no_author() -> None:
    ref = _read(
        "Example Lining Methods. Made-up design of a pretend cohort. J Made Up 2030;12:3-9."
    )
    assert not ref.author


def test_a_title_after_names_printed_initials_first_is_no_body() -> None:
    ref = _read(
        "G. E. Roe, J. S. Doe, and W. G. Doe, Statistics for Pretenders. Design, Invention, "
        "and Discovery, Second Edition ed. (Example & Sons, 2030)."
    )
    assert [n.family for n in ref.author] == ["Roe", "Doe", "Doe"]
    assert ref.title.startswith("Statistics for Pretenders")


@pytest.mark.parametrize(
    ("printed", "author", "title"),
    [
        # the body read as the title, the title as a second one after it
        ("Example Ministry of the Checks. Examplegen User Manual. Springfield, XY; 2030 "
         "https://example.gov/manual.pdf (accessed 4 Apr 2031)", "Example Ministry of the Checks",
         "Examplegen User Manual"),
        # ... its year between them (author-date)
        ("Example Medicine Agency. 2030. Guideline on made-up specifications: test procedures "
         "for herbal things. Springfield: EMA.", "Example Medicine Agency",
         "Guideline on made-up specifications: test procedures for herbal things"),
        # the title read into the body's name (its acronym) across its full stop
        ("EXA. Made-Up Misuse - EXA. https://www.example.uk/misuse/ (accessed 26 Sep 2030).",
         "EXA", "Made-Up Misuse - EXA"),
    ],
)  # fmt: skip
def test_a_bodys_name_closed_by_its_full_stop_before_a_title_case_title_is_the_author(
    printed: str, author: str, title: str
) -> None:
    ref = _read(printed)
    assert [n.literal for n in ref.author] == [author]
    assert ref.title == title


def test_a_body_then_only_its_year_ends_the_reading_without_an_error() -> None:
    # the title labelled, then a full stop and the year, and nothing after it: the reading
    # looked past the year for a title that is not there
    from blinarefs.parse.agencies import organisation_then_title
    from blinarefs.parse.labeller import Labelled
    from blinarefs.parse.tokens import tokenize

    tokens = tokenize("Example Agency of Tests. 2030")
    labels = ["title"] * 4 + ["other", "year"]
    labelled = [Labelled(t, label, 0.9) for t, label in zip(tokens, labels, strict=True)]
    assert organisation_then_title(labelled) == labelled


def test_several_groups_after_the_names_semicolon_are_one_author_each() -> None:
    # BMJ's "Roe J, Doe A; Example Group, Other Consortium." (a genetics paper's lists):
    # the groups after the semicolon, between commas, are one author each
    from blinarefs.parse.printed_names import read_names

    names, _ = read_names(
        "Roe JA, Doe P, Poe K; Example Genetics Initiative, Example Trust Case Control "
        "Consortium, Example GEM Consortium"
    )
    assert [n.literal or n.full_family for n in names] == [
        "Roe", "Doe", "Poe", "Example Genetics Initiative",
        "Example Trust Case Control Consortium", "Example GEM Consortium",
    ]  # fmt: skip
    # one body whose name lists what it covers between commas stays one
    names, _ = read_names("Roe JA; Ministry of Tests, Checks and Trials")
    assert len(names) == 2
    assert (names[1].literal or "").startswith("Ministry of Tests, Checks")


@pytest.mark.parametrize(
    "group",
    [
        # Citing Medicine's group after "et al.;": a body named with its acronyms, however long
        "the Task Force on Example Surgery (TES) of the Springfield Society of Medicine (SSM)",
        "the Executive Group on behalf of the Joint Springfield Society of Medicine (SSM)/"
        "Examplia College of Surgery (ECS) Task Force for the Example Definition",
    ],
)
def test_a_group_after_et_al_and_a_semicolon_is_the_last_author(group: str) -> None:
    printed = (
        f"Roe J, Doe K, Poe A, et al.; {group}. Consensus on example surgery. "
        "Examp Med J 37: 1-34, 2030."
    )
    assert _authors(printed) == ["Roe", "Doe", "Poe", group]
    assert _read(printed).title == "Consensus on example surgery"


def test_a_bodys_name_after_et_al_and_a_colon_is_the_last_author() -> None:
    printed = (
        "Roe J, Doe K, et al.: the Springfield Example Study Group (SESG). "
        "Outcomes in 1333 patients. Examp Med J 25: 322-328, 2030."
    )
    assert _authors(printed) == ["Roe", "Doe", "the Springfield Example Study Group (SESG)"]
    assert _read(printed).title == "Outcomes in 1333 patients"


@pytest.mark.parametrize(
    "printed",
    [
        # F1000 parts the people from the title with a colon: a title in title case stays one
        "Roe J, Doe K: Example Findings in Springfield. Examp Med J 25: 322-328, 2030.",
        "Roe J, Doe K, et al.: Example Findings in Springfield. Examp Med J 25: 322-328, 2030.",
        # a sentence after "et al.;" with a verb's small words is no group's name
        "Roe J, Doe K, et al.; Cells grow slowly in Springfield. Examp Med J 25: 322-328, 2030.",
    ],
)
def test_a_title_after_the_people_stays_the_title(printed: str) -> None:
    assert _authors(printed) == ["Roe", "Doe"]
    assert _read(printed).title.endswith("Springfield")
