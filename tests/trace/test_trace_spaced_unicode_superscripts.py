"""A group of Unicode superscript digits whose separators stand on the line, spaced (issue 16).

Unicode has no raised en dash or space: a citation group a publisher raised with its
separators spaced ("⁴– ⁷", "¹, ²"), as Word files made from such articles hold it and as a
plain copy that keeps raised digits as superscript characters writes it, leaves the dash,
comma and spaces on the line between its raised digits. It is still one group: a range
cites the numbers inside it. Passages invented for these tests; the references are
placeholders with a number only.
"""

from __future__ import annotations

import pytest

from blinarefs.model import Reference
from blinarefs.trace.decode import decode_citations

TWENTY = [Reference(id=f"r{n}", number=n) for n in range(1, 21)]


def decoded(text: str) -> list[tuple[str, tuple[int, ...]]]:
    return [(c.marker, tuple(c.numbers)) for c in decode_citations(text, TWENTY)]


@pytest.mark.parametrize(
    "text, marker, numbers",
    [
        ("The enzyme binds beside the ring ⁴– ⁷. Later work agreed.", "⁴– ⁷", (4, 5, 6, 7)),
        ("The enzyme binds beside the ring ⁴ – ⁷. Later work agreed.", "⁴ – ⁷", (4, 5, 6, 7)),
        ("Springfield cohorts were followed up ¹, ². Later work agreed.", "¹, ²", (1, 2)),
        ("Examplia trials ¹¹ ,¹² were stopped early.", "¹¹ ,¹²", (11, 12)),
        ("Roe and Doe found it ⁸, ¹⁰– ¹². Later work agreed.", "⁸, ¹⁰– ¹²", (8, 10, 11, 12)),
    ],
)
def test_a_spaced_group_is_one_citation(text, marker, numbers):
    assert (marker, numbers) in decoded(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        # written without spaces: as before
        ("The ring binds it⁴⁻⁷ and agreed¹˒².", [("⁴⁻⁷", (4, 5, 6, 7)), ("¹˒²", (1, 2))]),
        ("The enzyme binds beside the ring⁴–⁷.", [("⁴–⁷", (4, 5, 6, 7))]),
        # a power after a unit's minus stays a power, spaced list or not
        ("Uptake was 60 mL·kg⁻¹, ² in adults [3].", [("[3]", (3,))]),
        # squares of separate symbols are not joined across the words between them
        ("The values x², y² and z² were summed [5].", [("[5]", (5,))]),
    ],
)
def test_what_must_not_change(text, expected):
    assert decoded(text) == expected


@pytest.mark.parametrize(
    "text, marker, numbers",
    [
        # a group before a sentence opening with a word an element's symbol spells ("La",
        # "Se") cites: a mass number or a coupling's bonds is one number
        ("Los brotes son poco frecuentes. ³ , ⁴ La transmisión es rara.", "³ , ⁴", (3, 4)),
        ("Las cepas de Springfield fueron raras. ¹,³ Se observaron brotes.", "¹,³", (1, 3)),
        ("Las cepas de Springfield fueron raras. ^1,3^ Se observaron brotes.", "^1,3^", (1, 3)),
    ],
)
def test_a_group_before_an_element_like_word_cites(text, marker, numbers):
    assert (marker, numbers) in decoded(text)


def test_one_number_before_an_elements_symbol_stays_an_isotope():
    text = "The spectra were read in Hz. ¹ H and ¹⁹⁵ Pt spectra agreed [2]."
    assert decoded(text) == [("[2]", (2,))]
