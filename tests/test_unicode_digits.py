"""Characters Python calls digits that int() cannot read: raised digits ("³", "¹³"), which
real files hold where a number is expected. Every reader takes them as no number, never as
an error (an entry with `month = {³}` was dropped with "invalid literal for int()")."""

from __future__ import annotations

from blinarefs.manuscript.superscript import is_isotope, is_power
from blinarefs.store import Store


def test_a_raised_month_is_no_month_and_the_entry_is_kept():
    (ref,) = Store.loads(
        "@article{roe, author = {Roe, Ann}, title = {A made-up title}, journal = {J},\n"
        "  year = {2030}, month = {³}}\n"
    ).references
    assert ref.issued == (2030,)


def test_raised_digits_before_an_element_are_no_mass_number_to_read():
    assert not is_isotope("the ¹³C signal", 4, 6)
    assert is_isotope("the 13C signal", 4, 6)


def test_raised_digits_after_a_peptide_are_no_residue_number_to_read():
    # "6IFVI⁹" closes the residues 6-9 when its 9 is a digit set raised; a raised run that
    # holds superscript characters is no number at all
    assert is_power("the 6IFVI9", 9, 10, 0)
    assert not is_power("the 6IFVI⁹", 9, 10, 0)
    assert not is_power("the 6IFVI¹³ x", 9, 11, 0)
