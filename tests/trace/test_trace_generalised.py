"""Flattened superscripts in places many journals share: after a year the clause goes on
from, after an abbreviation's full stop before a range.

Passages are written for these tests; the references behind them are placeholders with a
number and a key only (no bibliographic facts).
"""

from __future__ import annotations

from blinarefs.model import Reference
from blinarefs.trace.decode import decode_citations


def refs(n: int) -> list[Reference]:
    return [Reference(id=f"r{k}", number=k) for k in range(1, n + 1)]


def decoded(text: str, size: int = 40) -> list[tuple[str, tuple[int, ...]]]:
    return [(c.marker, c.numbers) for c in decode_citations(text, refs(size))]


def test_a_superscript_glued_to_a_year_where_the_clause_goes_on():
    text = (
        "Falls are common in old age.1 They cost much.2 A survey in 20123 reported more "
        "falls in winter. An earlier review (Moreau 20094) found the same."
    )
    assert decoded(text) == [("1", (1,)), ("2", (2,)), ("3", (3,)), ("4", (4,))]


def test_a_long_number_that_starts_like_a_year_is_no_citation_out_of_order():
    text = "Falls are common.1 They cost much.2 The clinic paid 201299 francs for them."
    assert decoded(text) == [("1", (1,)), ("2", (2,))]


def test_a_range_after_an_abbreviations_full_stop_is_a_citation_not_a_dotted_name():
    # "PU.1-dependent" is a name that goes on; "CN.5-7 Surgery" is a range after a full stop
    text = (
        "Foot ulcers heal slowly.1 Infection follows.2 Bone changes occur.3 Deformity "
        "is frequent in CN.4-6 Surgery helps.7 Relapse is rare after fusion in CN.4,8\n\n"
        "Other causes are known."
    )
    assert decoded(text) == [
        ("1", (1,)),
        ("2", (2,)),
        ("3", (3,)),
        ("4-6", (4, 5, 6)),
        ("7", (7,)),
        ("4,8", (4, 8)),
    ]


def test_a_dotted_name_that_goes_on_stays_a_name():
    text = "Myeloid cells need PU.1 activity.1 Its loss blocks growth.2 PU.1-dependent genes fall.3"
    assert [m for m, _ in decoded(text)] == ["1", "2", "3"]


def test_a_models_terms_named_again_and_again_set_no_habit_over_more_references():
    # Thirty references cited once each as flattened superscripts, in a list numbered
    # alphabetically (the order says nothing), beside a model's twenty terms "(k)", each
    # named twice or more: the references name more numbers, so the superscripts are the
    # manuscript's convention and the terms are no citations.
    order = [7 * k % 31 for k in range(1, 31)]  # 1..30 in no order
    parts = []
    for k, n in enumerate(order):
        term = k % 20 + 1
        parts.append(f"Finding {k} about the wards holds in general.{n}")
        parts.append(f"The model term ({term}) enters as in ({term}).")
    parts += [f"By equation ({k}) we get more." for k in range(1, 21)]
    found = decode_citations(" ".join(parts), refs(30))
    assert sorted(n for c in found for n in c.numbers) == list(range(1, 31))
    assert {c.kind for c in found} == {"superscript"}


def test_a_superscript_after_a_units_square_is_read_after_the_power():
    text = (
        "The dose was high.1 Nausea rose at 120 mg/m22,3. Fatigue followed.4 Its floor "
        "of 12 cm25 was tiled."
    )
    assert decoded(text) == [("1", (1,)), ("2,3", (2, 3)), ("4", (4,))]


def test_of_two_readings_alike_in_order_the_name_seen_alone_wins():
    # "N2O" stands alone; "N2O23" nowhere: the group is 23,25,26, not 25,26 after "N2O23"
    text = (
        "Soils emit gases.1 Nitrous oxide (N2O) is one.2 Wet soils hold carbon.3 Rice emits "
        "methane.4 Many fields were sampled.5 Wet fields emit less N2O3,4,5, because water "
        "keeps air out."
    )
    assert decoded(text)[-1] == ("3,4,5", (3, 4, 5))
