"""A volume printed with its part and no brackets ("2030;53 Pt 1:1-9", NLM's form as some
converters print it): the number is the volume and the part the issue (issue 13). Invented
references."""

from __future__ import annotations

from blinarefs.parse import parse_reference_list


def _places(*lines: str) -> list[tuple[str, str, str]]:
    text = "\n".join(f"{n}. {line}" for n, line in enumerate(lines, 1))
    return [(r.volume, r.issue, r.page) for r in parse_reference_list(text).references]


def test_a_volume_printed_with_its_part_is_the_volume() -> None:
    got = _places(
        "Roe JA, Doe K. Widgets in the examplian heart. J Exampl Med. 2030;53 Pt 1:1-9.",
        "Poe M. Gadgets of the examplian lung. Examplia Rev. 2029;12 Pt 2:110-9.",
    )
    assert got == [("53", "Pt 1", "1-9"), ("12", "Pt 2", "110-119")]


def test_issues_read_right_stay() -> None:
    """Guard: a part in brackets, a supplement, a part with no volume printed."""
    got = _places(
        "Roe JA, Doe K. Widgets in the examplian heart. J Exampl Med. 2030;53(Pt 2):110-9.",
        "Roe JA, Doe K. Widgets in the examplian heart. J Exampl Med. 2030;53 Suppl 2:1-9.",
        "Roe JA, Doe K. Widgets in the examplian heart. J Exampl Med. 2030;(Pt 4):1-9.",
    )
    assert got == [("53", "Pt 2", "110-119"), ("53", "Suppl 2", "1-9"), ("", "Pt 4", "1-9")]
