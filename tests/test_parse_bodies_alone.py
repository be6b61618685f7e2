"""A body's name of two written-out words, alone where an item's names end, in a list that
prints its people with initials, is read as the body's name ("Example Brief (2030)", "The
Chronicle (2030)"), not as a person's given name and family; people printed so elsewhere,
beside other names, or in pinyin stay people (all made-up text)."""

from __future__ import annotations

import pytest

from blinarefs.model import Name
from blinarefs.parse import parse_reference_list

_HARVARD = [
    "Poe A and Loe B (2030) Made-up study of things. Journal of Examples 12(1): 1–10.",
    "Moe C, Noe D and Zoe E (2029) Another made-up study. Journal of Examples 11(2): 5–9.",
    "Koe F (2028) A third made-up study. Example Quarterly 10(3): 2–8.",
    "Yoe GH and Hoe J (2027) Made-up methods. Example Review 9(1): 3–7.",
    "Boe K, Coe L and Doe M (2026) Made-up results. Example Review 8(4): 4–6.",
]
_APA = [
    "Poe, A., & Loe, B. (2030). Made-up study of things. Journal of Examples, 12, 1–10.",
    "Moe, C., Noe, D., & Zoe, E. (2029). Another made-up study. Journal of Examples, 11, 5–9.",
    "Koe, F. (2028). A third made-up study. Example Quarterly, 10(3), 2–8.",
    "Yoe, G. H., & Hoe, J. (2027). Made-up methods. Example Review, 9(1), 3–7.",
    "Boe, K., Coe, L., & Doe, M. (2026). Made-up results. Example Review, 8(4), 4–6.",
]


def _authors(items: list[str]) -> list[list[str]]:
    text = "References\n" + "".join(f"{t}\n" for t in sorted(items))
    found = {}
    for ref in parse_reference_list(text).references:
        found[ref.source_text] = [n.literal or f"{n.given}|{n.family}" for n in ref.author]
    return [found[t] for t in items]


def test_two_words_alone_in_a_list_of_initials_are_a_body() -> None:
    harvard = [
        *_HARVARD,
        "Lamplight Brief (2030) Made-up things on record. Available at: "
        "https://www.example.org/things (accessed 4 May 2030).",
        "The Chronicle (2029) Made-up weather on record. 2 June. Available at: "
        "https://www.example.com/weather (accessed 3 June 2029).",
    ]
    assert _authors(harvard)[-2:] == [["Lamplight Brief"], ["The Chronicle"]]
    apa = [
        *_APA,
        "Lantern Growers, 2030. Made-up things explained [Online]. Retrieved May 4, 2030, "
        "from https://www.example.org/things",
        "Springfield Farmers. (2029). Final report: made-up things for soil. Retrieved June "
        "3, 2029, from https://www.example.org/report",
    ]
    assert _authors(apa)[-2:] == [["Lantern Growers"], ["Springfield Farmers"]]


def test_people_printed_so_elsewhere_stay_people() -> None:
    # beside other names (copied given-first), or in a list that prints whole given names
    beside = [*_HARVARD, "Peter Roe and Anna Doe (2030) Made-up effects. Example Review 7: 1–9."]
    assert _authors(beside)[-1] == ["Peter|Roe", "Anna|Doe"]
    whole = [
        "Nora Abbe and Simon Gorse (2030) Made-up effects. Journal of Examples 12: 1–10.",
        "Anna Elm (2029) Made-up causes. Journal of Examples 11: 5–9.",
        "Frank Koe and Peter Doe (2028) Made-up methods. Example Quarterly 10: 2–8.",
        "Walter Yoe (2027) Made-up results. Example Review 9: 3–7.",
    ]
    assert _authors(whole)[-1] == ["Walter|Yoe"]


def test_three_words_or_more_alone_in_a_list_of_initials_are_a_body() -> None:
    # "Royal Example Gardens Springfield (2030)": read as the person "Springfield" before
    harvard = [
        *_HARVARD,
        "Royal Example Gardens Springfield (2030) Made-up seed database (MSD). Version 7.1. "
        "http://data.example.org/msd/ (last accessed August 2030).",
        "Lakes Exampled Canada (2029) Made-up eradication programme 2028 progress report. "
        "http://www.example.ca/report.pdf",
    ]
    assert _authors(harvard)[-2:] == [
        ["Royal Example Gardens Springfield"],
        ["Lakes Exampled Canada"],
    ]


def test_the_year_closes_a_body_before_a_page_with_no_title() -> None:
    # "Atlas Exampletechnologies (2030). Available at: ...": no title, the year ends it
    harvard = [
        *_HARVARD,
        "Atlas Exampletechnologies (2030). Available at: http://www.example.com/",
    ]
    assert _authors(harvard)[-1] == ["Atlas Exampletechnologies"]


def test_three_written_out_words_stay_people_where_the_list_writes_names_out() -> None:
    whole = [
        "Nora Abbe and Simon Gorse (2030) Made-up effects. Journal of Examples 12: 1–10.",
        "Anna Elm (2029) Made-up causes. Journal of Examples 11: 5–9.",
        "Frank Koe and Peter Doe (2028) Made-up methods. Example Quarterly 10: 2–8.",
        "Walter Peter Yoe (2027) Made-up results. Example Review 9: 3–7.",
    ]
    assert _authors(whole)[-1] == ["Walter Peter|Yoe"]


@pytest.mark.parametrize(
    ("given", "initials"),
    [("J.", True), ("G. H.", True), ("J.-P.", True), ("JA", True), ("J‐P", True),
     ("John", False), ("", False), (". .", False), ("Jo. A.", False)],
)  # fmt: skip
def test_given_names_read_as_initials_once_answer_as_each_time(given: str, initials: bool) -> None:
    # (issue 13, speed: read once however often a list prints them, in the gathering process)
    from blinarefs.names import is_initials
    from blinarefs.parse.bodies_alone import _INITIAL_MARKS, _initialled, initials_given

    compact = _INITIAL_MARKS.sub("", given)  # the formula asked of every person before
    assert initials_given(given) is initials is (bool(compact) and is_initials(compact))
    assert initials_given(given) is initials  # the cached answer too
    assert _initialled(Name(family="Roe", given=given)) is initials
    assert _initialled(Name(literal="Examplia Board", given=given)) is False
