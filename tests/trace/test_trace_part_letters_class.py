"""The parts a citation names by letters ("1a,b", "3a–c") are parted by a comma or a dash
only: a class written comma first ("[,-‒...]") is a range over every digit and letter."""

import re

from blinarefs.trace.candidates import PART_LETTERS


def test_letters_parted_by_a_comma_or_a_dash_are_parts():
    for parts in ("a,b", "a–c", "a-c", "a, b"):
        assert re.fullmatch(PART_LETTERS, parts), parts


def test_letters_parted_by_a_digit_or_a_letter_are_not():
    for text in ("a7b", "aXb", "a.b"):
        assert re.fullmatch(PART_LETTERS, text) is None, text
