"""One token a line, numbers the list's sequence decides: a list pooled from several
articles' lists whose references keep their own numbers ("36. 1. Roe J..."), and a list
numbered "(1990)", "(1991)"... whose numbers look like the years the references print.
Every reference here is made up for the test."""

from __future__ import annotations

import re

import pytest

from blinarefs.parse import parse_reference_list

_TITLES = ("Invented growth", "Made-up diets", "Pretend cohorts", "Fictional caries")


def _reference(k: int) -> str:
    return (
        f"Roe{chr(65 + k % 26)} J, Doe A. {_TITLES[k % 4]} in sample {k} of a set. "
        f"J Made Up Res. 20{10 + k % 20};{k % 50 + 1}({k % 12 + 1}):{100 + k}-{150 + k}."
    )


def _tokens(numbered: list[tuple[int, str]], mark: str) -> str:
    out: list[str] = []
    for n, text in numbered:
        out += [mark[0], str(n), mark[1]] if len(mark) == 2 else [str(n), mark]
        out += re.findall(r"[^\W_]+|\S", text)
    return "\n".join(out) + "\n"


@pytest.mark.parametrize("ending", ["", " doi: 10.9999/jmur.2030.12", " [cited 2031 Jan 3]"])
@pytest.mark.parametrize("first", [1, 250])
@pytest.mark.parametrize("inner_mark", [". ", " "])
@pytest.mark.parametrize("mark", [".", "[]", "()"])
def test_a_pooled_list_keeps_every_item_and_no_inner_number(
    mark: str, inner_mark: str, first: int, ending: str
) -> None:
    # three articles' lists of 6, 9 and 7 references, each numbered from 1 inside ("1. Roe
    # J" or "1 Roe J"), pooled into one list numbered from 1 or 250; each reference ends
    # with a full stop, a DOI's digits or a bracket
    inner = [k for size in (6, 9, 7) for k in range(1, size + 1)]
    numbered = [(n, f"{k}{inner_mark}{_reference(n)}{ending}") for n, k in enumerate(inner, first)]
    refs = parse_reference_list(_tokens(numbered, mark)).references
    assert [r.number for r in refs] == list(range(first, first + len(inner)))
    assert all(r.author and r.author[0].family.startswith("Roe") for r in refs)
    assert all(r.title.startswith(_TITLES) for r in refs)


def test_the_inner_number_is_set_aside_one_a_line() -> None:
    text = "".join(f"{n}. {k}. {_reference(n)}\n" for n, k in ((7, 1), (8, 2), (9, 3)))
    refs = parse_reference_list(text).references
    assert [r.author[0].family for r in refs] == ["RoeH", "RoeI", "RoeJ"]


def test_a_list_numbered_from_1990_in_parentheses() -> None:
    numbered = [(1990 + k, _reference(k)) for k in range(8)]
    refs = parse_reference_list(_tokens(numbered, "()")).references
    assert [r.number for r in refs] == [n for n, _ in numbered]
    assert [r.title for r in refs] == [f"{_TITLES[k % 4]} in sample {k} of a set" for k in range(8)]


def test_a_year_in_parentheses_stays_a_year() -> None:
    # "(3)" / "Roe J" / "(" / "2013" / ")" / "Title": the years 2013, 2014 follow each other
    # in neighbouring references, but the items between them are numbered 3, 4
    numbered = [(k, f"Roe J, Doe A ({2010 + k}) Made-up study {k}. Fict Rep {k}: 1-9.") for k in
                range(1, 7)]  # fmt: skip
    refs = parse_reference_list(_tokens(numbered, "()")).references
    assert [r.number for r in refs] == list(range(1, 7))
    assert [r.year for r in refs] == [2010 + k for k in range(1, 7)]


def test_a_raised_digit_on_the_line_after_a_number_is_no_item_number() -> None:
    # a table or legend after the list, copied with its superscripts on lines of their own:
    # '⁹' is a digit to str.isdigit but no number to int() (it raised ValueError)
    text = (
        "References\n1 Roe J. Title. J Made Up 2020;1:2.\n⁹\nabc\ndef\n"
        "2 Doe A. Title. J Made Up 2021;2:3.\n"
    )
    refs = parse_reference_list(text).references
    assert [r.number for r in refs] == [1, 2]
