"""Numbers that are a quantity's value, not a citation a copy flattened or spaced: a number
after a noun that names a quantity and follows a determiner ("by a factor 9."); and a
citation after the full stop that ends a name's digits ("HSP70.9 Then"), which no value is.

Passages are written for these tests; the references behind them are placeholders with a
number and a key only (no bibliographic facts).
"""

from __future__ import annotations

import pytest
from tracedata import FORTY, OWL_SENTENCES

from blinarefs.model import Reference
from blinarefs.trace.decode import decode_citations

SENTENCES = OWL_SENTENCES[:8]
# a copy that left a space before each superscript: "at dusk 1."
SPACED = " ".join(f"{s} {n}." for n, s in enumerate(SENTENCES, start=1)) + " "


def markers(text: str) -> list[str]:
    return [c.marker for c in decode_citations(text, FORTY)]


@pytest.mark.parametrize(
    "value",
    [
        "The light was dimmed by a factor 9. Owls still saw.",
        "The light was dimmed by a factor 3220. Owls still saw.",
        "With a multiplier 9, the model held.",
        "It fitted the coefficient 9. Later it did not.",
        "Seen under a magnification 9, the feathers were barbed.",
        "The rate rose by a factor 9 in winter.",
    ],
)
def test_a_quantitys_value_is_no_spaced_superscript(value):
    assert markers(SPACED + value) == [str(n) for n in range(1, 9)]


@pytest.mark.parametrize(
    "cited",
    [
        "Diet is a key factor 9. Owls still saw.",  # a qualifier, not a determiner
        "Prey depends on transcription factors 9. Owls still saw.",  # a plural
    ],
)
def test_after_a_qualified_or_plural_quantity_name_a_spaced_number_is_cited(cited):
    assert markers(SPACED + cited)[-1] == "9"


# a copy that glued each superscript to its full stop: "at dusk.1"
GLUED = " ".join(f"{s} in the field.{n}" for n, s in enumerate(SENTENCES, start=1)) + " "


@pytest.mark.parametrize("name", ["HSP70", "COVID-19", "Tg2576"])
def test_a_citation_after_a_names_digits_and_full_stop(name):
    assert markers(f"{GLUED}Owls carry {name}.9 Then they fly.")[-1] == "9"


@pytest.mark.parametrize(
    "label", ["Owls hatch at E16.5 (Figure 4).", "Owls hatch at E16.5 in May."]
)
def test_a_labels_decimal_is_no_citation(label):
    assert markers(GLUED + label) == [str(n) for n in range(1, 9)]


def test_a_plural_of_a_word_in_capitals_that_stands_alone_takes_a_superscript():
    text = f"{GLUED}Serum TG rose in owls. It fell in owls with low TGs9. Then they fly."
    assert markers(text)[-1] == "9"


def test_a_series_of_names_with_digits_sets_no_flattened_habit():
    # a text citing "(n)" that lists proteins "zorp1, ..., zorp12": the glued digits at
    # each comma are names; the parenthesised citations, repeats too, stay citations
    names = ", ".join(f"zorp{n}" for n in range(1, 13))
    cited = " ".join(f"{s} ({n})." for n, s in enumerate(OWL_SENTENCES, start=1))
    again = "Voles were seen again (3). Nests were checked again (5)."
    text = f"{cited} Proteins, including {names}, the rest. {again}"
    refs = [Reference(id=f"r{n}", number=n) for n in range(1, 16)]
    got = [c.numbers for c in decode_citations(text, refs)]
    assert got == [(n,) for n in range(1, 11)] + [(3,), (5,)]
