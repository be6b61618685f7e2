"""Raised parentheses around numbers on the line (issue 16): a journal that raises its
citation's parentheses and not its numbers prints "disease⁽ 1 ⁾", and a copy keeping raised
characters as Unicode writes it so; a reader sees "(1)", a parenthesised citation, as the
Word reader reads the same file. Passages invented for these tests; the list is placeholders."""

from __future__ import annotations

import pytest

from blinarefs.trace.manuscript import trace_manuscript
from blinarefs.trace.raised_parentheses import parentheses_on_the_line

LIST = "\n".join(
    f"{n}. Roe J, Doe A. A made-up study {n} of Examplia. Test J. 2030;{n}:1-9."
    for n in range(1, 13)
)


def cited(body: str) -> list[tuple[str, tuple[int, ...]]]:
    text = f"{body}\n\nReferences\n{LIST}\n"
    trace = trace_manuscript(text)
    return [(text[c.start : c.end], tuple(c.numbers)) for c in trace.citations]


def test_raised_parentheses_around_numbers_on_the_line_are_citations() -> None:
    body = (
        "Roe described the first cases in Springfield ⁽ 1 ⁾. Doe followed them up⁽ 2 ⁻ 4 ⁾, "
        "as others did⁽ 5 , 6 ⁻ 8 ⁾. The Examplia registry confirmed it ⁽ 9 ⁾."
    )
    assert cited(body) == [
        ("⁽ 1 ⁾", (1,)),
        ("⁽ 2 ⁻ 4 ⁾", (2, 3, 4)),
        ("⁽ 5 , 6 ⁻ 8 ⁾", (5, 6, 7, 8)),
        ("⁽ 9 ⁾", (9,)),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Roe described the cases⁽¹⁾ and Doe⁽²⁻⁴⁾.",  # raised digits: a superscript, as before
        "The derivative f⁽ⁿ⁾ of x⁽²⁾ grew.",  # no numbers on the line
        "No raised parenthesis (1) here.",
    ],
)
def test_what_must_not_change(text: str) -> None:
    assert parentheses_on_the_line(text) == text


def test_the_text_keeps_its_length() -> None:
    text = "cases ⁽ 2 ⁻ 4 ⁾ and ⁽ 5 ˒ 8 ⁾."
    assert parentheses_on_the_line(text) == "cases ( 2 - 4 ) and ( 5 , 8 )."
