"""A copy that spaces every raised number spaces a unit's square too ("a BMI of 24.9 kg/m
2 )"): beside a list of references it read as a citation of reference 2. A length's unit
after a slash, a value or in an aside, then one space and a 2 or a 3, is the power.

Passages are written for these tests; the references behind them are placeholders.
"""

from __future__ import annotations

from blinarefs.model import Reference
from blinarefs.trace.decode import decode_markers
from blinarefs.trace.spaced_powers import a_spaced_power

SPACED = (
    "Obesity is common among adults in Springfield. 1 It rose in every region of the "
    "country. 3,4 Recent surveys show the same. 5 Its costs grow each year. 6 Few cases "
    "are followed in primary care. 7\n"
    "Weight was classed by the body mass index (BMI = weight (kg)/height (metres) 2 ) as "
    "normal (BMI 18.5 to 24.9 kg/m 2 ), overweight (BMI 25.0 to 29.9 kg/m 2 ) or obese. 8 "
    "Other factors are still discussed. 9"
)


def test_a_units_square_spaced_like_the_citations_is_no_citation():
    refs = [Reference(id=f"r{k}", number=k) for k in range(1, 10)]
    cited = decode_markers(SPACED, refs).citations
    powers = [m for m in range(len(SPACED)) if SPACED.startswith(" 2 )", m)]
    assert len(powers) == 3
    assert not {c.start for c in cited} & {m + 1 for m in powers}
    assert {n for c in cited for n in c.numbers} == {1, 3, 4, 5, 6, 7, 8, 9}


def test_a_spaced_power_needs_a_lengths_unit():
    text = "of 24.9 kg/m 2 ), in (metros) 2 and as reported in the farm 2 ) and 5 cm 3 ."
    for m in ("m 2 )", "metros) 2", "cm 3 "):
        at = text.index(m) + m.index(" ")
        assert a_spaced_power(text, at, at + 2), m
    at = text.index("farm 2") + 4
    assert not a_spaced_power(text, at, at + 2)  # a word that is no unit
    assert not a_spaced_power("as seen 3 in", 7, 9)
