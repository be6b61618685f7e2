"""Decoding habits of publishers the decoder was not tuned on: lists numbered
alphabetically, superscripts a copy spaced after a pointer ("see 3", "e.g., 2"), a year,
a group or a reporting verb.

Passages are written for these tests; the references behind them are placeholders with a
number and a key only (no bibliographic facts).
"""

from __future__ import annotations

from blinarefs.model import Reference
from blinarefs.trace.decode import decode_citations, decode_markers

TEN = [Reference(id=f"r{n}", number=n) for n in range(1, 11)]

UNORDERED = (  # a list numbered alphabetically: first citations in no order
    "Anxiety is common in adults.7 It rises with age,3 and with poverty.9 It falls with "
    "exercise.1,8 Women report it more.4 Some of it is treated.10 Treatment works in half of "
    "the cases.5 Relapse is frequent.2 The Ministério da Saúde6 recommends screening."
)


def decoded(text: str, refs=TEN):
    return [(c.marker, c.numbers) for c in decode_citations(text, refs)]


def test_in_a_list_numbered_alphabetically_the_one_uncited_reference_is_found():
    assert decoded(UNORDERED)[-1] == ("6", (6,))
    [last] = [d for d in decode_markers(UNORDERED, TEN).decisions if d.candidate.numbers == (6,)]
    assert last.order.startswith("cites a reference nothing else cites")


def test_a_name_whose_digits_another_marker_cites_stays_a_name():
    cited = UNORDERED.replace("frequent.2", "frequent.2,6")
    assert [n for _, n in decoded(cited)][-1] == (2, 6)


SPACED = (  # superscripts a copy left after a space, after pointers, years and verbs
    "Coverage is uneven between regions. 1 It fell in the last decade (e.g., 2). Several "
    "surveys found gaps (see 3). Gaps were wider in the north, 4 where clinics are few. "
    "Rural clinics closed. 5 They will close by 2030 6. Smith and colleagues 7 show why. "
    "Both are known 4,8 (see also 9). Staff moved away, respectively 10."
)


def test_spaced_superscripts_after_pointers_years_groups_and_before_verbs():
    assert decoded(SPACED) == [
        ("1", (1,)), ("2", (2,)), ("3", (3,)), ("4", (4,)), ("5", (5,)), ("6", (6,)),
        ("7", (7,)), ("4,8", (4, 8)), ("9", (9,)), ("10", (10,)),
    ]  # fmt: skip


def test_a_pointer_before_a_number_where_superscripts_are_glued():
    glued = "Coverage is uneven.1 It fell in the last decade (e.g., 2). Surveys found gaps (see 3)."
    assert decoded(glued) == [("1", (1,)), ("2", (2,)), ("3", (3,))]


def test_quantities_after_a_pointer_or_a_year_stay_text():
    text = (
        "Coverage is uneven between regions. 1 It fell in the last decade. 2 Clinics opened "
        "in 2019 3 times (see 4 mm). Costs rose (e.g., 5 euros). Several surveys found gaps. 3"
    )
    assert decoded(text) == [("1", (1,)), ("2", (2,)), ("3", (3,))]
