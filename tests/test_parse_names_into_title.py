"""Where an author list ends and the title begins when nothing but the words tell: names
that run into the title with no full stop, as BMJ's markup renders them (made-up text)."""

from __future__ import annotations

import pytest

from blinarefs.parse import parse_reference_list
from blinarefs.parse.closing import NameHabits, close_names

_OPEN = NameHabits(open=True)


@pytest.mark.parametrize(
    ("printed", "closed"),
    [
        # a consortium among the people, the last name's initials before a title whose
        # first word is no name ("Zeta AD Examplematcher finds ...")
        ("Alpha PY, Beta J, Example Rare Tests Consortium, Gamma D, Zeta AD Examplematcher "
         "finds made-up syndromes. J Made Up 2030;36:1-9.",
         "Zeta AD. Examplematcher finds"),
        ("Alpha PY, The Pretend Study Group, Zeta AD Invented findings in mice. J Made Up "
         "2030;36:1-9.", "Zeta AD. Invented findings"),
    ],
)  # fmt: skip
def test_a_group_among_the_people_does_not_stop_the_names_closing(
    printed: str, closed: str
) -> None:
    assert closed in close_names(printed, None, _OPEN)


@pytest.mark.parametrize(
    ("printed", "closed"),
    [
        # a given name of two parts, the second not capitalised ("A-christin"), last
        ("Quill-sundholm L, Marsh A-bettina Development of a made-up hand test. Scand J "
         "Made Up 2030;10:16-26.", "Marsh A-bettina. Development"),
        ("Quill L, Marsh Y-xiao, Wren J Measuring invented things. J Made Up 2030;10:1-6.",
         "Wren J. Measuring"),
        # PubMed's initials with a particle glued in ("RCdeA" of "da" or "de")
        ("Roe MO, Poe TH, Quill RCdeA Measurements of made-up jaw movements. Braz J Made "
         "Up 2030;21:356-60.", "Quill RCdeA. Measurements"),
        ("Roe MO, Quill MFd Measurements of made-up jaw movements. J Made Up 2030;2:3-6.",
         "Quill MFd. Measurements"),
        # a translated title in brackets, as PubMed prints a title in another language
        ("Roe A, Doe F [Made-up statement: updated guideline for invented trials]. Med "
         "Made 2030;137:213-5.", "Doe F. [Made-up"),
        # a title opening with a letter's word after initials
        ("Quill L, Marsh AB T-cell Responses in made-up mice. J Made Up 2030;10:1-6.",
         "Marsh AB. T-cell Responses"),
    ],
)  # fmt: skip
def test_given_names_in_other_printed_forms_close_like_initials(printed: str, closed: str) -> None:
    assert closed in close_names(printed, None, _OPEN)


def test_the_names_read_whole_before_the_title() -> None:
    printed = (
        "1. Quill-sundholm L, Marsh A-bettina Development of a made-up hand test. Scand J "
        "Made Up 2030;10:16-26.\n"
    )
    ref = parse_reference_list(printed).references[0]
    assert [n.full_family for n in ref.author] == ["Quill-sundholm", "Marsh"]
    assert ref.title == "Development of a made-up hand test"


@pytest.mark.parametrize(
    "printed",
    [
        # a bracketed word is the editors' mark, no title
        "Roe PM, Doe C, Poe P [Eds] (2030) Made-up dragonflies. Example Society, Toronto.",
        # a letter's word after a name is no given name
        "Roe J, Doe A-type Lesions in Pretend Mice. J Made Up 2030;1:2-3.",
        "Roe J, Doe A-cell Counts in Pretend Mice. J Made Up 2030;1:2-3.",
    ],
)
def test_what_the_rules_leave_alone(printed: str) -> None:
    assert close_names(printed, None, _OPEN) == printed


@pytest.mark.parametrize(
    ("printed", "closed"),
    [
        # a group with its footnote's mark after the people, no comma before it
        ("Roe PC, Doe JA Pretend Investigators(∗). Invented findings in sepsis. Chest "
         "2030;15:22-31.", "Doe JA, Pretend Investigators(∗). Invented"),
        # several groups, one of them with lower-case words and a number in its name
        ("Roe MC, Doe DW ABC Consortium, eXAMPLE Consortium, Meta-analysis of type 2 Made-up "
         "Traits Consortium. Made-up meta-analysis of invented traits. J Made Up 2030;1:2-9.",
         "Doe DW, ABC Consortium, eXAMPLE Consortium,"),
    ],
)  # fmt: skip
def test_groups_after_the_people_before_a_full_stop_are_authors(printed: str, closed: str) -> None:
    assert closed in close_names(printed, None, _OPEN)


def test_a_title_in_title_case_ending_with_a_lower_case_phrase_is_no_group() -> None:
    printed = "Roe J, Doe A Growth of the made-up network. J Made Up 2030;1:2-3."
    assert close_names(printed, None, _OPEN).startswith("Roe J, Doe A. Growth")
