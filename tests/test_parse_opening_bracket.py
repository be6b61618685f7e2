"""A bracket that opens a field and closes inside it is the field's: PubMed's translated
title in brackets before its language note ("[Title] [in Chinese]"), a stereo descriptor
("(E)-..."). Only a bracket around the whole field is taken off (issue 13). Made-up
references."""

from __future__ import annotations

import pytest

from blinarefs.parse.field_values import clean
from blinarefs.parse.read import read_item


def test_a_translated_title_keeps_its_bracket_before_the_language_note() -> None:
    printed = (
        "Roe L, Doe H, Poe Z, et al. [Made-up features of goat fever in a province] [in "
        "Chinese]. Zhonghua Fict Za Zhi. 2030 9;34(9):944-5."
    )
    ref = read_item(printed, 1, 1).reference
    assert ref.title == "[Made-up features of goat fever in a province] [in Chinese]"
    assert ref.container_title == "Zhonghua Fict Za Zhi"


@pytest.mark.parametrize(
    ("span", "value"),
    [
        ("[Made-up title] [in Chinese].", "[Made-up title] [in Chinese]"),
        ("(E)-Made-up stilbenes in goats.", "(E)-Made-up stilbenes in goats"),
        ("[Made-up title wholly bracketed].", "Made-up title wholly bracketed"),
        ("(Made-up note)", "Made-up note"),
        ("[in part] made-up words (review).", "[in part] made-up words (review)"),
    ],
)
def test_only_a_bracket_around_the_whole_field_is_taken_off(span: str, value: str) -> None:
    assert clean(span) == value
