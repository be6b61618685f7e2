"""One token a line, a slash after an acronym's brackets is printed against both sides
("(ESC)/Examplia College", "CD34(+)/CD38(-)"), as every such slash in the corpus's
references is (issue 13): spaced, a group's name after "et al.;" no longer read as one,
and the title took it. Every name here is made up."""

from __future__ import annotations

import re

from blinarefs.parse import parse_reference_list
from blinarefs.parse.joiner import join_tokens

_GROUP = (
    "Roe J, Doe K, Poe L, et al.; the Executive Group on behalf of the Joint Examplia Society"
    " of Widgetry (ESW)/Springfield College of Gadgets (SCG)/World Widget Federation (WWF)"
    " Task Force for the Universal Definition of Widgets. Fourth universal definition of"
    " widgets. Examplia J 2030;12:45-50."
)


def _one_token_a_line(printed: str) -> str:
    return "References\n1\n.\n" + "\n".join(re.findall(r"\w+|[^\w\s]", printed)) + "\n"


def test_a_slash_after_brackets_is_printed_against_both_sides() -> None:
    assert join_tokens(["(", "ESW", ")", "/", "Springfield", "College"]) == (
        "(ESW)/Springfield College"
    )
    assert join_tokens(["CD34", "(", "+", ")", "/", "CD38"]) == "CD34(+)/CD38"


def test_a_group_after_et_al_reads_the_same_one_token_a_line() -> None:
    (one,) = parse_reference_list(f"References\n1. {_GROUP}\n").references
    (tok,) = parse_reference_list(_one_token_a_line(_GROUP)).references
    assert tok.title == one.title == "Fourth universal definition of widgets"
    assert [a.family or a.literal for a in tok.author] == [
        a.family or a.literal for a in one.author
    ]


def test_a_slash_between_words_and_a_bracket_before_a_word_are_unchanged() -> None:
    assert join_tokens(["case", "/", "control"]) == "case/control"
    assert join_tokens(["(", "ESW", ")", "Examplia"]) == "(ESW) Examplia"
