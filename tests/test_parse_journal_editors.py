"""A journal article's academic editor printed between its title and its journal, as a
reference manager prints PLOS's records (issue 13): the title ran on over the editor's
sentence. Every name here is made up."""

from __future__ import annotations

import pytest

from blinarefs.parse import parse_reference_list


def _read(printed: str):  # type: ignore[no-untyped-def]
    (ref,) = parse_reference_list(f"References\n1. {printed}\n").references
    return ref


@pytest.mark.parametrize(
    ("printed", "editors"),
    [
        (
            "Roe J, Doe K, Poe L. Widget uptake by gadgets infected with Examplia ovalis. Moe"
            " JF, editor. PLoS One. 2030;8: e60840 doi: 10.5555/journal.pone.0060840",
            ["Moe"],
        ),
        (
            "Roe J, Doe K. Widget uptake by gadgets infected with Examplia ovalis. Khoury J"
            " El, editor. PLoS One. 2030;3: e2013 doi: 10.5555/journal.pone.0002013",
            None,  # (the particle after the initials: the family name not asked here)
        ),
        (
            "Roe J, Doe K. Widget uptake by gadgets infected with Examplia ovalis. Moe JF,"
            " Loe T, editors. Examplia J. 2030;3:1-9.",
            ["Moe", "Loe"],
        ),
    ],
)
def test_an_academic_editor_is_no_part_of_the_title(
    printed: str, editors: list[str] | None
) -> None:
    ref = _read(printed)
    assert ref.title == "Widget uptake by gadgets infected with Examplia ovalis"
    assert ref.editor
    if editors is not None:
        assert [n.family for n in ref.editor] == editors
    assert ref.type == "article-journal"


def test_a_chapter_keeps_its_editors_and_its_title() -> None:  # guard
    ref = _read(
        "Roe J. Widgets in the ward. In: Moe JF, editor. Examplia of gadgets. Springfield:"
        " Examplia Press; 2030. p. 12-34."
    )
    assert ref.title == "Widgets in the ward"
    assert ref.container_title == "Examplia of gadgets"
    assert [n.family for n in ref.editor] == ["Moe"]


def test_a_title_ending_with_the_word_editor_stays_whole() -> None:  # guard
    ref = _read("Roe J. The widget as editor. Examplia J. 2030;3:1-9.")
    assert ref.title == "The widget as editor"
