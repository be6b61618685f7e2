"""A superscript glued to a year where the clause goes on, cited again ('a survey in
20122 reported' after '.2'): the year and its clause vouch for it, not only the order.

Passages are written for these tests; the references behind them are placeholders with a
number and a key only (no bibliographic facts).
"""

from __future__ import annotations

from blinarefs.model import Reference
from blinarefs.trace.decode import decode_citations

OPENING = "Falls are common in old age.1 They cost much.2 Fractures follow.3 Hips break.4 "


def decoded(text: str, size: int = 40) -> list[tuple[str, tuple[int, ...]]]:
    refs = [Reference(id=f"r{k}", number=k) for k in range(1, size + 1)]
    return [(c.marker, c.numbers) for c in decode_citations(text, refs)]


FIRST_FOUR = [("1", (1,)), ("2", (2,)), ("3", (3,)), ("4", (4,))]


def test_a_year_then_a_repeated_superscript_where_the_clause_goes_on_with_its_verb():
    text = OPENING + "A survey in 20122 reported more falls in winter, as shown before.5"
    assert decoded(text) == [*FIRST_FOUR, ("2", (2,)), ("5", (5,))]


def test_a_year_then_a_repeated_superscript_before_the_asides_parenthesis():
    text = OPENING + "Winters matter (as in Springfield in 20303). Shoes help.5"
    assert decoded(text) == [*FIRST_FOUR, ("3", (3,)), ("5", (5,))]


def test_a_number_that_counts_after_what_looks_like_a_year_stays_uncited():
    # "19853 patients": a count printed without a separator; "#20302) and": a catalogue's
    text = (
        OPENING + "The clinic treated 19853 patients in all. A kit (Roe Labs #20302) "
        "and shoes helped.5"
    )
    assert decoded(text) == [*FIRST_FOUR, ("5", (5,))]


def test_a_year_then_a_superscript_before_its_detached_mark():
    # a markup that held a space after the raised number detaches the mark after it
    text = OPENING + "Falls rose from 2020 to 20305 . In Springfield they fell in 20316 , as noted."
    assert decoded(text) == [*FIRST_FOUR, ("5", (5,)), ("6", (6,))]
    # a year with no more digits stays a year
    text = OPENING + "Falls rose until 2030 . Shoes help.5"
    assert decoded(text) == [*FIRST_FOUR, ("5", (5,))]
