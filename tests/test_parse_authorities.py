"""A species' authority, its namer and the year it was named, inside a title ("Chrysoperla
exempla (Hagen, 1861) (Neuroptera: Chrysopidae)"), as zoology's titles print it. Every
reference here is made up for the test."""

from __future__ import annotations

import pytest

from blinarefs.model import Reference
from blinarefs.parse import parse_reference_list


def _read(text: str) -> Reference:
    return parse_reference_list(f"1. {text}\n").references[0]


@pytest.mark.parametrize(
    "title",
    [
        "Population dynamics of adults of Chrysoperla exempla (Hagen, 1861) (Neuroptera: "
        "Chrysopidae) in a citrus orchard in southern Springfield",
        "Biologia de Chrysoperla exempla (Hagen, 1861) (Neuroptera: Chrysopidae) alimentada com "
        "ovos de Alabama exempla (Hübner, 1818) (Lepidoptera: Noctuidae)",
        "Biological aspects of Ceraeochrysa exempla (Hagen, 1861) (Neuroptera: Chrysopidae) fed "
        "on Aphis exempla Glover, 1877 (Hemiptera: Aphididae) under different temperatures",
    ],
)
def test_a_species_authority_in_an_author_year_title_is_the_titles(title: str) -> None:
    ref = _read(f"Roe, J.; Doe, P. 2030. {title}. Acta Example, 48: 301-310.")
    assert (ref.title, ref.container_title) == (title, "Acta Example")
    assert (ref.issued, ref.volume, ref.page) == ((2030,), "48", "301-310")
