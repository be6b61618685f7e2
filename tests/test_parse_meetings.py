"""A paper in a meeting's proceedings with the meeting's place and year in parentheses after
them ("em: Proceedings of ... (Lisboa, 2031)."), as physics and engineering lists print it.
Every reference here is a made-up test text, not a real record."""

from __future__ import annotations

from blinarefs.model import Reference
from blinarefs.parse import parse_reference_list


def _read(text: str) -> Reference:
    refs = parse_reference_list(f"References\n1. {text}\n").references
    assert len(refs) == 1
    return refs[0]


def test_the_place_is_not_part_of_the_proceedings() -> None:
    for text, name in (
        ("V.E. Roe, em: Twentieth Annual Invented Waves Symposium (Porto, 2030).",
         "Twentieth Annual Invented Waves Symposium"),
        ("Y.A. Roe, em:Proceedings of the 9th Conference on Fictional Circuits (ICFC) "
         "(Recife, 2029).", "Proceedings of the 9th Conference on Fictional Circuits (ICFC)"),
        ("A. Roe, in: Proceedings of the 9th Workshop on Fictional Circuits (Recife, 2029), "
         "p. 12.", "Proceedings of the 9th Workshop on Fictional Circuits"),
    ):  # fmt: skip
        ref = _read(text)
        assert ref.container_title == name
        assert ref.type == "paper-conference"


def test_a_comma_in_the_name_of_the_meeting() -> None:
    ref = _read(
        "A. Roe, B. Doe e C. Poe, em: Proceedings of the 4th International Conference on "
        "Rivers, Lakes and Imaginary Seas (Lisboa, 2031)."
    )
    assert ref.container_title == (
        "Proceedings of the 4th International Conference on Rivers, Lakes and Imaginary Seas"
    )
    assert [n.family for n in ref.author] == ["Roe", "Doe", "Poe"]


def test_a_journal_with_a_place_in_parentheses_is_left_alone() -> None:
    ref = _read("A. Roe, Fict. Waves (Lisboa) 12, 45 (2031).")
    assert ref.type == "article-journal" and ref.volume == "12"
