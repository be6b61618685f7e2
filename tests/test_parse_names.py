"""How a printed name list divides into people and organisations (made-up names)."""

from __future__ import annotations

import pytest

from blinarefs.names import parse_vancouver_name
from blinarefs.parse import parse_reference_list
from blinarefs.parse.printed_names import read_names


def _families(text: str) -> list[str]:
    names, _ = read_names(text)
    return [n.literal or n.full_family for n in names]


@pytest.mark.parametrize(
    ("printed", "families"),
    [
        # an organisation is one name, whatever its words
        ("Imaginary Health Organization (IHO)", ["Imaginary Health Organization (IHO)"]),
        ("Centers for Invented Disease Control and Prevention",
         ["Centers for Invented Disease Control and Prevention"]),
        ("R Madeup Core Team", ["R Madeup Core Team"]),
        # "Jr" before the initials is the suffix, not part of the family name
        ("Tarn S, Umber Jr JS, Vale EL", ["Tarn", "Umber", "Vale"]),
        # a generation printed as an ordinal is the suffix, not an organisation's number
        ("Quarry DC, Rushmere ER 3rd, Sallow R", ["Quarry", "Rushmere", "Sallow"]),
        # Science's dotted, spaced initials after the family name
        ("Hazelby J. W., Larchmont R. E., Oakhurst N. Y. C.",
         ["Hazelby", "Larchmont", "Oakhurst"]),
        # "ED" and "FJ" are a person's initials, not "editor" or an organisation's "Service"
        ("Alder MB, Birch ED, Service FJ", ["Alder", "Birch", "Service"]),
        # "y" inside a name, "e" between two names
        ("Cedro y Pinar B, Dogwood AL", ["Cedro y Pinar", "Dogwood"]),
        ("D.R. Elmwood, S.W. Fircrest e R. Gumtree", ["Elmwood", "Fircrest", "Gumtree"]),
        # APA: a family name of two words before its initials
        ("Von Hazel, V., Ilex, J.-P., & Di Juniper, P. M.", ["Von Hazel", "Ilex", "Di Juniper"]),
        ("Kapok, H.‐G., E.‐J. Larch", ["Kapok", "Larch"]),
        # initials first: the family is everything after the initials
        ("G. da Maple Nutmeg, M. Oakfern Pine, N.P.Quince", ["da Maple Nutmeg", "Oakfern Pine",
                                                            "Quince"]),
        # initials first: what the labeller took in after the last person is not a name
        ("M. Alder e E.J. Birch, Física Inventada (Editora Teste", ["Alder", "Birch"]),
        ("W. Cedar e J. Dogwood, Field Tests (Springer-Verlag, Berlin", ["Cedar", "Dogwood"]),
        # Chicago: only the first name is inverted
        ("Alder, John, Karen Birch, and Lee Cedar", ["Alder", "Birch", "Cedar"]),
        # a generational word inside a Vancouver name is its suffix
        ("Rowan Júnior EP, Sumac Filho A", ["Rowan", "Sumac"]),
    ],
)  # fmt: skip
def test_printed_name_lists(printed, families):
    assert _families(printed) == families


def test_the_suffix_is_kept():
    names, _ = read_names("Rowan Júnior EP")
    assert (names[0].family, names[0].suffix, names[0].given) == ("Rowan", "Júnior", "E. P.")
    same = parse_vancouver_name("Rowan Júnior EP")  # the grammar's reader agrees
    assert same is not None and (same.family, same.suffix) == ("Rowan", "Júnior")


def test_a_list_printed_initials_first_keeps_its_last_author():
    text = "1. D.R. Elmwood, N. Fircrest e R. Gumtree, J. Invented Phys. 37, 5453 (2003).\n"
    [ref] = parse_reference_list(text).references
    assert [n.family for n in ref.author] == ["Elmwood", "Fircrest", "Gumtree"]
