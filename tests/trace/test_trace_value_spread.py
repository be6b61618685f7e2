"""A decimal value with its spread after it ("9.5 (95% CI, 5.4–12.0)", "3.9 (2.4–14.2)") or
a range of decimals ("0.7–5.3") is no flattened citation after a number's full stop, even
where a text cites so little that the order cannot tell. Passages written for these tests;
the references are placeholders with a number only."""

from __future__ import annotations

import pytest

from blinarefs.model import Reference
from blinarefs.trace.decode import decode_citations

THIRTY = [Reference(id=f"r{n}", number=n) for n in range(1, 31)]


@pytest.mark.parametrize(
    "value",
    [
        "was 9.5 (95% CI, 5.4–12.0) months",
        "was 2.1 (95% confidence interval, 1.2–3.3) months",
        "was 3.9 (2.4–14.2) mmol/L",
        "was 2.4 [range 2.2–3.5] days",
        "was 2.1 (CI, 0.7–5.3) (Fig. 1)",
    ],
)
def test_a_value_with_its_spread_cites_nothing(value):
    text = f"In a made-up trial [1], the made-up outcome {value} in all arms [14]."
    assert [c.numbers for c in decode_citations(text, THIRTY)] == [(1,), (14,)]


def test_a_number_then_a_citation_in_a_new_sentence_still_cites():
    text = "The made-up cohort grew until 2019.2 Later it shrank [3]."
    assert [c.numbers for c in decode_citations(text, THIRTY)] == [(2,), (3,)]


def test_a_version_and_its_build_then_a_citation_still_cites():
    text = "Reads were aligned by a made-up pipeline [1], made with a kit v1.0-6125.2,3 The rest"
    assert [c.numbers for c in decode_citations(text + " was made up [4].", THIRTY)] == [
        (1,),
        (2, 3),
        (4,),
    ]


@pytest.mark.parametrize(
    "value",
    [
        "δ 1.2 (s, 3H)",
        "δ 3.12 (dd, J = 8.8, 3.6 Hz, 1H) and 2.2 (br s, 2H)",
        "δ 4.3 (t, J = 7.4 Hz, 2H)",
        "a resolution of 3.5 Å",
        "a mass of 25.3 kDa",
    ],
)
def test_a_shift_or_a_measure_after_its_decimal_point_cites_nothing(value):
    # an NMR shift's multiplicity ("(dd,") or a unit opening with a capital ("Hz", "Å")
    # follows a value only: the places before it are the value's, no citation a copy
    # flattened after a number's full stop (as a Word file's plain copy reads them)
    text = f"In a made-up compound [1], the made-up signals were at {value} in all runs [14]."
    assert [c.numbers for c in decode_citations(text, THIRTY)] == [(1,), (14,)]
