"""Names that nothing closes before the title (BMJ's and SAGE's markup renders no full stop
after the author list), read as the house style of the whole list says (made-up text)."""

from __future__ import annotations

import pytest

from blinarefs.parse import parse_reference_list
from blinarefs.parse.closing import NameHabits, close_names, name_habits
from open_lists import OPEN_PEOPLE


def _authors(text: str) -> list[list[str]]:
    refs = parse_reference_list(text).references
    return [[n.literal or n.full_family for n in r.author] for r in refs]


def test_a_list_that_leaves_its_names_open_is_told_from_one_that_closes_them() -> None:
    texts = [line.split(". ", 1)[1] for line in OPEN_PEOPLE.splitlines()]
    assert name_habits(texts) == NameHabits(open=True)
    closed = [t.replace(" A made", ". A made").replace(" Another", ". Another") for t in texts]
    closed = [t.replace("al Further", "al. Further").replace("G Yet", "G. Yet") for t in closed]
    assert name_habits(closed) == NameHabits()


@pytest.mark.parametrize(
    ("printed", "author", "title"),
    [
        ("The Daily Example Dengue rises in the lowlands [cited 2021 Sep 19]. Available from: "
         "https://example.org/dengue/", "The Daily Example", "Dengue rises in the lowlands"),
        ("Examplewire More than 30 people down with fever. 2030. Available from: "
         "https://example.org/fever/", "Examplewire", "More than 30 people down with fever"),
        # the title's own "The" stays with it, and an initialism opening it
        ("Example Geographic The U.K. backed off on its plans. Example Geographic 2030 "
         "Available: https://example.org/plans/", "Example Geographic",
         "The U.K. backed off on its plans"),
        ("The Pretend Letter Examplomab eases inherited dystrophy. Pretend Lett 2030;60:53-5.",
         "The Pretend Letter", "Examplomab eases inherited dystrophy"),
    ],
)  # fmt: skip
def test_an_organisation_left_open_in_such_a_list_is_the_author(
    printed: str, author: str, title: str
) -> None:
    refs = parse_reference_list(f"{OPEN_PEOPLE}6. {printed}\n").references
    assert [n.literal for n in refs[-1].author] == [author]
    assert refs[-1].title.startswith(title)
    # the people before it are read as before
    assert _authors(OPEN_PEOPLE)[0] == ["Roe", "Doe"]


@pytest.mark.parametrize(
    "printed",
    [
        # a title of its own: no capitalised run before a sentence-case start
        "Guidelines for the care of made-up conditions. Example Press; 2030.",
        "Global Burden of Pretend Study 2030 results. Example Press; 2030.",
        # a question, a name in another language, a person with initials, a link
        "Is ABC legal under the pretend rule? Example Weekly. 2030.",
        "Istituto Superiore di Esempi. Available from: https://example.org/",
        "Exampleson P First U.S. clinic for pretend patients. Example Times 2030.",
        "Pretend Lab Genome Browser http://example.org/browser",
    ],
)
def test_what_the_open_name_rule_leaves_alone(printed: str) -> None:
    habits = NameHabits(open=True)
    assert not close_names(printed, None, habits).startswith(printed.split()[0] + ". ")
    assert close_names(printed, None, habits).count(".") == close_names(printed).count(".")


def test_an_organisation_is_left_to_the_other_rules_where_the_list_closes_its_names() -> None:
    printed = "The Daily Example Dengue rises in the lowlands. Available from: https://example.org/"
    assert close_names(printed) == printed


@pytest.mark.parametrize(
    ("printed", "families", "title"),
    [
        # initials that read as a family's second word, and a title opening with "A"
        ("Quill T, Marsh AB A made-up survey of example things. J Made Up 2030;12:3-9.",
         ["Quill", "Marsh"], "A made-up survey of example things"),
        ("Wren R, Ball AS A Review of Pretend Fuels. J Pretend Fuel. 2030;6:72.",
         ["Wren", "Ball"], "A Review of Pretend Fuels"),
    ],
)  # fmt: skip
def test_a_title_opening_with_a_after_open_names(
    printed: str, families: list[str], title: str
) -> None:
    refs = parse_reference_list(f"1. {printed}\n").references
    assert [n.full_family for n in refs[0].author] == families
    assert refs[0].title == title


def test_a_family_with_its_numeral_keeps_it() -> None:
    printed = "Quarles III RN, Marsh AB Made-up harvests in the hills. J Made Up 2030;12:3-9."
    assert close_names(printed).startswith("Quarles III RN, Marsh AB. Made-up")


@pytest.mark.parametrize(
    ("printed", "authors", "title"),
    [
        # an agency and its unit after a comma, the title opening "Word & word"
        ("Republic of Exampleland, Ministry of Health Behavioural & social survey of made-up "
         "towns, 2030 report. Example Centre, 2031.",
         ["Republic of Exampleland", "Ministry of Health"], "Behavioural & social survey"),
        # bodies with their acronyms and countries in brackets, joined by "and"
        ("Example Institute of Statistics (EIS) [Exampleland], and Pretend International "
         "Exampleland made-up survey 2030. Springfield: EIS, 2031.",
         ["Example Institute of Statistics (EIS) [Exampleland]", "Pretend International"],
         "Exampleland made-up survey 2030"),
        # a working group and its centre after a dash, a title case acronym in the title
        ("Pretend Working Group for ABC Response - Example Center for Disease Control "
         "Epidemiological sketch of made-up cases. J Made Up 2030;12:3-9.",
         ["Pretend Working Group for ABC Response - Example Center for Disease Control"],
         "Epidemiological sketch of made-up cases"),
        # an acronym with a slash in brackets
        ("Example Center/Institute of Tests, Example Department (ECT/IT), and Pretend "
         "International Estimating the size of made-up towns. Springfield: ECT/IT, 2031.",
         ["Example Center/Institute of Tests", "Example Department (ECT/IT)",
          "Pretend International"], "Estimating the size of made-up towns"),
        # an acronym before a title whose capitalised word an acronym follows
        ("EXAIDS National ABC estimates file: EXAIDS. Available: https://example.org/abc "
         "[Accessed 1 Feb 2031].", ["EXAIDS"], "National ABC estimates file"),
    ],
)  # fmt: skip
def test_an_organisations_name_with_its_parts_left_open_is_the_author(
    printed: str, authors: list[str], title: str
) -> None:
    refs = parse_reference_list(f"{OPEN_PEOPLE}6. {printed}\n").references
    assert [n.literal for n in refs[-1].author] == authors
    assert refs[-1].title.startswith(title)


@pytest.mark.parametrize(
    "printed",
    [
        # a title of its own whose first words an organisation's word opens
        "Community Health Workers in made-up villages. Example Press, 2030.",
    ],
)
def test_what_the_open_organisation_rule_leaves_alone(printed: str) -> None:
    assert close_names(printed, None, NameHabits(open=True)) == printed


@pytest.mark.parametrize(
    ("printed", "title"),
    [
        # a title opening with an eponym's particle, a Latin phrase or an accented capital
        ("Roe J, Doe P von Willebrand factor in made-up bleeding. J Made Up 2030;1:2-3.",
         "von Willebrand factor in made-up bleeding."),
        ("Roe J, Doe P de novo changes in pretend cells. J Made Up 2030;1:2-3.",
         "de novo changes in pretend cells."),
        ("Roe J, Doe P in vitro tests of examples. J Made Up 2030;1:2-3.",
         "in vitro tests of examples."),
        ("Roe J, Doe P Évaluation des exemples. J Made Up 2030;1:2-3.",
         "Évaluation des exemples."),
        ("Roe J, Doe P Über die Beispiele. J Made Up 2030;1:2-3.", "Über die Beispiele."),
    ],
)  # fmt: skip
def test_names_left_open_before_a_title_opening_in_small_letters_are_closed(
    printed: str, title: str
) -> None:
    closed = close_names(printed, None, NameHabits(open=True))
    assert closed == f"Roe J, Doe P. {title} J Made Up 2030;1:2-3."


@pytest.mark.parametrize(
    "printed",
    [
        # a list joined by "and" with the year after it, and a name with its particle
        "Roe J, Doe P and Poe K (2030) Made-up results. J Made Up 1: 2-3.",
        "Roe J, Doe P, de Poe K Made-up results. J Made Up 2030;1:2-3.",
    ],
)
def test_words_of_the_list_itself_are_no_title_in_small_letters(printed: str) -> None:
    closed = close_names(printed, None, NameHabits(open=True))
    assert not closed.startswith("Roe J, Doe P.")


@pytest.mark.parametrize(
    "title",
    [
        # a title opening with two names a slash joins, or a receptor's subtype in brackets,
        # after SAGE's unclosed Vancouver names (PMC's markup renders no full stop there)
        "FGF/heparin differentially regulates made-up cell interactions with widgets",
        "MRI/CT of made-up widgets",
        "IL-6/STAT3 signalling in made-up widgets",
        "GABA(A) receptors in made-up widgets",
    ],
)
def test_long_unclosed_list_before_a_title_with_a_slash(title: str) -> None:
    names = "Roe A, Doe R, Poe MC, Moe P, Loe GM, Toe A, Zoe JS, Xoe SC"
    printed = f"{names} {title}. J Exampl. 2030;27(27):7154–7167."
    assert close_names(printed).startswith(f"{names}. {title[:6]}")
    (ref,) = parse_reference_list(f"1. {printed}").references
    assert [n.full_family for n in ref.author][-1] == "Xoe"
    assert ref.title == title


def test_names_closed_before_a_title_with_a_slash_stay_as_printed() -> None:
    # guard: a list that closes its names is left as printed
    printed = "Roe A, Doe R, Xoe SC. FGF/heparin regulates made-up widgets. J Exampl. 2030;27:71–7."
    assert close_names(printed) == printed
