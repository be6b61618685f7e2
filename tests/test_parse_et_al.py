""" "et al." in other languages, after a list's last name. Made-up references only."""

from __future__ import annotations

import pytest

from blinarefs.parse import parse_reference_list
from blinarefs.parse.et_al import latin_et_al


@pytest.mark.parametrize(
    "others",
    ["等", "и др.", "и соавт.", "y cols.", "y col.", "e col.", "u. a.", "ve ark.", "i wsp.",
     "a kol.", "m.fl.", "ym."],
)  # fmt: skip
def test_the_languages_et_al_truncates_the_list(others: str) -> None:
    text = f"References\n1. Roe J, Doe K, {others} Made-up anaemia trial. J Invented. 2030;1:1-9.\n"
    (ref,) = parse_reference_list(text).references
    assert [n.family for n in ref.author] == ["Roe", "Doe"]
    assert ref.author_truncated
    assert ref.title == "Made-up anaemia trial"
    assert others in ref.source_text  # printed as it was


@pytest.mark.parametrize(
    "text",
    [
        "Roe J. Cáncer y otros tumores inventados. Rev Invent. 2030;1:1-9.",
        "王明. 其他疾病的虚构研究[J]. 虚构杂志, 2030, 1: 1-9.",
        "Roe J. Made-up trial. J Invented. 2030;1:1-9.",
    ],
)
def test_the_same_words_elsewhere_are_left_alone(text: str) -> None:
    assert latin_et_al(text) == text
