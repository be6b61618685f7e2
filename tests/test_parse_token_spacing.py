"""A copy one token (or one element) a line with a blank line after every piece, as some
pages and PDF viewers copy each span as a paragraph. Every reference here is a made-up test
text, not a real record."""

from __future__ import annotations

import re

from blinarefs.parse import find_reference_section, parse_reference_list
from blinarefs.parse.spacing import single_spaced

INVENTED = [
    "Roe J, Doe A. River birds of a made-up valley. J Fict Avian. 2031;12(3):100-110.",
    "Poe K, Loe M. Soils nobody has dug. Fict Soil Rev. 2030;45(Suppl 2):S12-S19.",
    "Hale B. Tides of an invented sea. Ocean Fict. 2029;4(5 Pt 1):55-60. doi: 10.1000/of.55",
    "Vance C, Wren D (2031) Wheat on imagined land. Agron Fict 104(4): 1020-1030.",
    "Lind P. Cold lakes that are not there. Limnol Fict. 2028 Mar;6(2):33-9.",
]


def _pieces(start: int = 1) -> list[str]:
    out: list[str] = []
    for number, text in enumerate(INVENTED, start):
        out += [str(number), ".", *re.findall(r"[^\W_]+|\S", text)]
    return out


def _fields(text: str) -> list[tuple[object, ...]]:
    refs = parse_reference_list(text).references
    return [(r.number, r.volume, r.issue, r.page, r.year, r.title) for r in refs]


def test_a_blank_line_after_every_token_reads_as_the_single_spaced_copy() -> None:
    for start in (1, 3, 4):  # item numbers meeting the issues' "3", "4", "5"
        single = "\n".join(_pieces(start)) + "\n"
        double = "\n\n".join(_pieces(start)) + "\n"
        want = _fields(single)
        assert len(want) == len(INVENTED)
        assert _fields(double) == want
        assert [r.issue for r in parse_reference_list(double).references] == [
            "3", "Suppl 2", "5 Pt 1", "4", "2"
        ]  # fmt: skip


def test_line_numbers_and_offsets_name_the_text_as_given() -> None:
    head = "A short note on birds.\n\nReferences\n\n"
    text = head + "\n\n".join(_pieces()) + "\n"
    section = find_reference_section(text)
    assert section is not None and len(section.items) == len(INVENTED)
    lines = text.splitlines()
    for item in section.items:
        assert lines[item.line - 1] == str(item.number)  # the item's own number line
    assert lines[section.items[1].line - 1] == "2"
    assert text[section.start :].startswith("References")
    assert section.start_line == 3


def test_elements_a_line_with_blank_lines_between_them() -> None:
    elements = [
        "1.", "Roe J", ",", "Doe A", ".", "River birds of a made-up valley", ".",
        "J Fict Avian", ".", "2031", ";", "12", "(", "3", "):", "100-110", ".",
        "2.", "Lind P", ".", "Cold lakes that are not there", ".", "Limnol Fict", ".",
        "2028", ";", "6", "(", "2", "):", "33-9", ".",
    ]  # fmt: skip
    refs = parse_reference_list("\n\n".join(elements) + "\n").references
    assert [(r.number, r.volume, r.issue, r.page) for r in refs] == [
        (1, "12", "3", "100-110"), (2, "6", "2", "33-39")
    ]  # fmt: skip


def test_a_list_one_reference_a_line_keeps_its_blank_lines() -> None:
    lines = [f"{text}\n" for text in INVENTED * 5]
    spaced = [x for line in lines for x in (line, "\n")]
    assert single_spaced(spaced) is None  # whole references: not pieces
    unnumbered = "References\n\n" + "\n\n".join(INVENTED) + "\n"
    assert len(parse_reference_list(unnumbered).references) == len(INVENTED)


def test_blank_lines_here_and_there_inside_references() -> None:
    """A sparse copy: a blank line after some pieces, wherever a span was a block."""
    pieces = _pieces()
    want = _fields("\n".join(pieces) + "\n")
    for every in (2, 3, 5, 7):  # a blank line after one piece in every 2, 3, 5, 7
        text = "".join(p + ("\n\n" if k % every == 1 else "\n") for k, p in enumerate(pieces))
        assert _fields(text) == want


def test_blank_lines_where_references_meet_are_kept() -> None:
    """One token a line with a blank line between references only: those lines tell the
    items apart (the only way to, once a word processor dropped the numbers)."""
    refs = [re.findall(r"[^\W_]+|\S", text) for text in INVENTED]
    numbered = "\n\n".join(
        "\n".join([str(n), ".", *toks]) for n, toks in enumerate(refs, 1)
    )  # fmt: skip
    unnumbered = "\n\n".join("\n".join(toks) for toks in refs)
    for text in (numbered, unnumbered):
        assert single_spaced(text.splitlines(keepends=True)) is None
    assert [r.number for r in parse_reference_list(numbered).references] == [1, 2, 3, 4, 5]
    read = parse_reference_list("References\n\n" + unnumbered + "\n").references
    assert [r.volume for r in read] == ["12", "45", "4", "104", "6"]
