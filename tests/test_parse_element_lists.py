"""A list copied from a web page one element a line ("37" / "(" / "4" / "):" / "311"), or
cut where a copy cut it ("37(" / "4)" / ":"), is rebuilt as printed and read as the same
list one a line. Every reference here is a made-up test text, not a real record."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

from blinarefs.parse import join_tokens, parse_reference_list


def _tokens(text: str) -> list[str]:
    """A careless copy: every word and every mark on a line of its own."""
    return re.findall(r"[^\W_]+|\S", text)


def _marks_kept(text: str) -> list[str]:
    """A copy that keeps a mark with the word before it: "37(" / "4)" / ":" / "10." ..."""
    return re.findall(r"[^\W_]+[^\w\s]?|\S", text)


def _marks_together(text: str) -> list[str]:
    """A copy that keeps a run of marks together: "(" / "4" / "):" ..."""
    return re.findall(r"[^\W_]+|[^\w\s]+", text)


PRINTED = [
    "Fict J. 2031;37(4):311-8.",
    "Fict J. 2031;37(3-4):311-8.",
    "Fict J. 2031;37(3–4):311–8.",
    "Fict J. 2031;37(Suppl 2):S311-8.",
    "Fict J. 2031;37(Suppl. 2):S311–S318.",
    "Fict J. 2031;37(4 Pt 2):E311-8.",
    "Fict J. 2031 Dec;37(12):e0311.",
    "Fict Adv. 2031;8(11):eabk3327.",
    "Fict J (2031) 37(4):311–8. 10.0000/fict.37.4.311",
    "J Fict Nutr (2031) 123:1939–51.",
    "Cell Fict Biophys. 2031;47(1):65–72. 10.0000/cfb:47:1:65.",
    "Fict Lett. 2031;382(9890):427–51. doi: 10.0000/S0000-0000(31)60937-X. PMID: 12345678",
    "21 U.S. Code § 801. An invented code. In: @FictLaw; 2031",
]


@pytest.mark.parametrize("printed", PRINTED)
@pytest.mark.parametrize("cut", [_tokens, _marks_kept, _marks_together])
def test_a_reference_cut_any_way_is_rebuilt_as_printed(
    printed: str, cut: Callable[[str], list[str]]
) -> None:
    assert join_tokens(cut(printed)) == printed


def test_elements_keep_their_own_spacing() -> None:
    pieces = ["van der Sluis", "I", ",", "de Lorenzo", "P", ", et al", ".", "Fict J", ".", "2031",
              ";", "37", "(", "4", "):", "311", "-", "318", "."]  # fmt: skip
    printed = "van der Sluis I, de Lorenzo P, et al. Fict J. 2031;37(4):311-318."
    assert join_tokens(pieces) == printed


def test_a_web_address_ends_before_a_piece_with_words() -> None:
    pieces = ["Available at:", "https://example.org/fict/page.htm", "(last accessed 3 May 2031)"]
    assert join_tokens(pieces) == (
        "Available at: https://example.org/fict/page.htm (last accessed 3 May 2031)"
    )


_REFS = [
    "Ashgrove PT. An invented study. Fict Res. 2031;12(3):101-9.",
    "Copperfield D. A second made-up trial. Fict Rep. 2030;4(2):55-60.",
    "Elmsworth F. A pretend review. Imag Med J. 2029;7(Suppl 1):200-10.",
    "Fairhaven G. Yet another fictional paper. J Made Up Stud. 2028;11(3-4):1-8.",
]


def _elements(lines: list[str]) -> str:
    """Each number, then each element and each run of marks between elements, a line."""
    out = []
    for number, line in enumerate(lines, 1):
        out += [f"{number}.", *_marks_together(line)]
    return "\n".join(out) + "\n"


@pytest.mark.parametrize("layout", ["one token a line", "one element a line"])
def test_volume_and_issue_read_as_one_a_line(layout: str) -> None:
    numbered = [f"{n}. {ref}" for n, ref in enumerate(_REFS, 1)]
    one = parse_reference_list("\n".join(numbered)).references
    text = (
        _elements(_REFS)
        if layout == "one element a line"
        else "\n".join(t for line in numbered for t in _tokens(line))
    )
    copied = parse_reference_list(text).references
    assert [r.source_text for r in copied] == _REFS
    assert [(r.volume, r.issue, r.page) for r in copied] == [
        (r.volume, r.issue, r.page) for r in one
    ]
    assert [r.issue for r in copied] == ["3", "2", "Suppl 1", "3-4"]


def _one_token_a_line(lines: list[str]) -> str:
    return "\n".join(t for line in lines for t in _tokens(line)) + "\n"


def test_a_reference_opening_with_a_chemical_name_is_an_item_of_its_own() -> None:
    lines = [
        "1. " + _REFS[0],
        "2. 2-Fictoquinoline can be made in one step from 6-pretendoline. See: Quill AB. "
        "J Imag Chem. 2030;49:405-8.",
        "3. 1,2-Dimadeupane is sold. See: Nib CD. J Imag Chem. 2029;48:11-9.",
        "4. " + _REFS[1],
    ]
    refs = parse_reference_list(_one_token_a_line(lines)).references
    assert [r.number for r in refs] == [1, 2, 3, 4]
    assert refs[1].source_text.startswith("2-Fictoquinoline")
    assert refs[2].source_text.startswith("1,2-Dimadeupane")
    assert refs[0].source_text == _REFS[0]


def test_a_page_equal_to_the_next_number_stays_in_its_reference() -> None:
    lines = [
        "23. Quill AB, Nib CD. Fict Ind. 7, 1 (2030) 24.",
        "24. Vellum EF, Folio GH. Fict Ind. 8, 2 (2031) 50.",
    ]
    refs = parse_reference_list(_one_token_a_line(lines)).references
    assert [r.number for r in refs] == [23, 24]
    assert refs[0].source_text == "Quill AB, Nib CD. Fict Ind. 7, 1 (2030) 24."
    assert refs[1].source_text.startswith("Vellum EF")


def test_a_file_name_is_not_a_number_and_a_name_is_not_a_file() -> None:
    lines = [
        "1. Quill AB. Invented report. 2031. Available: https://example.org/docs/2.pdf",
        "2. Copperfield D. A second made-up trial. Fict Rep. 2030;4:55-60. 12345678",
        "3. Gov N (2029) A made-up movement. Fict Mater 13: 331–332.",
    ]
    refs = parse_reference_list(_one_token_a_line(lines)).references
    assert [r.number for r in refs] == [1, 2, 3]
    assert refs[0].source_text.endswith("https://example.org/docs/2.pdf")
    assert refs[2].author[0].family == "Gov"


@pytest.mark.parametrize(
    "issue",
    [["(4)"], ["(", "4)"], ["(", "Suppl", "4", ")"], ["(Suppl", "4)"]],
    ids=["(4)", "( 4)", "( Suppl 4 )", "(Suppl 4)"],
)
def test_an_issue_equal_to_the_next_number_is_no_item(issue: list[str]) -> None:
    # "163" / "(4)" / "643-657": an issue before the pages, not item 4
    lines = [
        "1.", "Vellum EF. First made-up paper. Fict J 2031;1:1-2.",
        "2.", "Folio GH. Second made-up paper. Fict J 2031;1:3-4.",
        "3.", "Quill AB. A made-up protist. Fict Protist", "163", *issue, "643-657.",
        "4.", "Nib CD. Another made-up protist. Fict Protist", "164", "(2)", "1-9.",
    ]  # fmt: skip
    refs = parse_reference_list("\n".join(lines)).references
    assert [r.number for r in refs] == [1, 2, 3, 4]
    assert (refs[2].volume, refs[2].page) == ("163", "643-657")
    assert refs[2].issue.endswith("4")
    assert refs[3].source_text.startswith("Nib CD")


def test_a_mark_left_after_the_number_is_not_part_of_the_reference() -> None:
    lines = ["1.", ". Quill AB. A made-up review. Fict Health Rev. 2031;36(2):140-7.",
             "2.", ". Nib CD. Another made-up paper. Fict J. 2030;1:2-3."]  # fmt: skip
    refs = parse_reference_list("\n".join(lines)).references
    assert [r.source_text[:8] for r in refs] == ["Quill AB", "Nib CD. "]
    assert [r.author[0].family for r in refs] == ["Quill", "Nib"]


def test_an_edition_printed_raised_is_one_word() -> None:
    assert join_tokens(["(Fict Press, Nowhere, 2031), 6", "a", "ed."]) == (
        "(Fict Press, Nowhere, 2031), 6a ed."
    )
    assert join_tokens(["Nowhere: Fict Press; 2031. 2", "nd", "edn."]) == (
        "Nowhere: Fict Press; 2031. 2nd edn."
    )
