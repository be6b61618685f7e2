"""Issue 13: a list copied one token a line keeps the items whose first word is a number (a
consortium's "1000 Examplia Project", "3D ...", "23andMe"), the item's own raised number
glued to the first name ("1. 1Roe JA", or "1Roe JA" with no list number) is no part of the
family name, and an address glued to the word before it ("fromhttps://...") ends before the
next item; a date of access printed with stops ("28.12.2031") and a quote after an address
keep their spacing. Every reference here is a made-up test text, not a real record."""

from __future__ import annotations

import re

import pytest

from blinarefs.parse import join_tokens, parse_reference_list


def _one_token_a_line(text: str) -> str:
    """A careless copy: every word and every mark on a line of its own."""
    return "\n".join(re.findall(r"[^\W_]+|\S", text)) + "\n"


def _numbers(text: str) -> list[int | None]:
    return [r.number for r in parse_reference_list(text).references]


def _first_authors(text: str) -> list[str]:
    return [
        r.author[0].literal or r.author[0].family if r.author else ""
        for r in parse_reference_list(text).references
    ]


NUMBERED_NAMES = [
    "1000 Examplia Project Consortium. A map of invented variation. Fict Nat. 2031;467:1061-73.",
    "Roe JA, Doe B. A study of examples in Springfield. Fict Exampl Biol. 2031;6:104-16.",
    "3D Examplia Group. Made-up shapes of invented cells. Fict Rev. 2030;8:499-509.",
    "23andMe Examplia Team, Doe T. The invented precursor. Prog Fict. 2029;85:393-406.",
    "Quill S, Roe T. Made-up clocks in Springfield. Fict Plant J. 2032;12:1-9.",
]


@pytest.mark.parametrize("mark", ["{}.", "{})", "[{}]", "({})"])
def test_items_that_open_with_a_number_are_kept_one_token_a_line(mark: str) -> None:
    """The first item too: "1" / "." / "1000" / "Examplia" (a number before a number that is
    no year was refused, and item 1 was lost)."""
    text = "".join(f"{mark.format(n)} {ref}\n" for n, ref in enumerate(NUMBERED_NAMES, 1))
    assert _numbers(text) == [1, 2, 3, 4, 5]
    token = _one_token_a_line(text)
    assert _numbers(token) == [1, 2, 3, 4, 5]
    assert _first_authors(token)[2:4] == ["3D Examplia Group", "23andMe Examplia Team"]


def test_a_numbered_name_after_a_heading_opens_the_first_item() -> None:
    text = "References\n" + "".join(f"{n}. {ref}\n" for n, ref in enumerate(NUMBERED_NAMES, 1))
    token = _one_token_a_line(text)
    assert _numbers(token) == [1, 2, 3, 4, 5]
    assert _first_authors(token)[0] == "1000 Examplia Project Consortium"


GLUED = """1. 1Roe JA, Doe B. A study of examples in Springfield. Fict Exampl Biol 2031; 6: 104-116.
2. 2LaRoe FM, Green KN. Intracellular examples of made-up cells. Fict Rev 2030; 8: 499-509.
3. 3Doe T, Meyer HE. The invented precursor as a modulator. Prog Fict 2029; 85: 393-406.
"""


def test_the_raised_number_glued_to_the_first_name_is_no_part_of_it() -> None:
    assert _first_authors(GLUED) == ["Roe", "LaRoe", "Doe"]
    token = _one_token_a_line(GLUED)
    assert _first_authors(token) == ["Roe", "LaRoe", "Doe"]
    # the list's number opens the item, not left at the end of the one before ("... 104-116.
    # 2.", a "2" the reader may take for a volume)
    refs = parse_reference_list(token).references
    assert [r.source_text[-8:] for r in refs] == ["104-116.", "499-509.", "393-406."]
    assert [r.volume for r in refs] == ["6", "8", "85"]


def test_raised_numbers_glued_to_the_names_with_no_list_number_one_token_a_line() -> None:
    """ "1Roe" / "JA" / ",": the name's initials are on the next lines."""
    bare = re.sub(r"(?m)^\d+\. ", "", GLUED)
    assert _numbers(_one_token_a_line(bare)) == [1, 2, 3]
    assert _first_authors(_one_token_a_line(bare)) == ["Roe", "LaRoe", "Doe"]


def test_an_address_glued_to_the_word_before_it_ends_before_the_next_item() -> None:
    text = (
        "1. Roe, D. S. (2031). Made-up theory of examples. Fict Technology. Retrieved May 3, "
        "2032, fromhttps://example.net/made-up-theory-of-examples/\n"
        "2. Doe, W. de, Quill, A. (2030). Invented networks. Springfield University Press.\n"
        "3. Poe, N. (2029). Examples of widgets. Fict Rev, 8, 1-9.\n"
    )
    assert _numbers(_one_token_a_line(text)) == [1, 2, 3]


def test_guard_a_name_that_opens_with_a_number_keeps_it() -> None:
    """Only the item's own number before a name and its initials is set aside: "3D
    Examplia Group" and "23andMe" stay whole."""
    authors = _first_authors("".join(f"{n}. {ref}\n" for n, ref in enumerate(NUMBERED_NAMES, 1)))
    assert authors[:4] == [
        "1000 Examplia Project Consortium",
        "Roe",
        "3D Examplia Group",
        "23andMe Examplia Team",
    ]


def test_guard_a_volume_before_pages_opens_no_item() -> None:
    """ "Res" / "2" / "." / "1000" / "-": a volume after its journal's word, its pages after
    it; the item 2 is the one that follows."""
    text = _one_token_a_line(
        "1. Roe J. Made-up widgets. Fict Res 2. 1000-1010.\n"
        "2. Doe B. Invented shapes. Fict Lett 2031;4:5-9.\n"
    )
    refs = parse_reference_list(text).references
    assert [r.number for r in refs] == [1, 2]
    assert refs[1].author[0].family == "Doe"


@pytest.mark.parametrize(
    "printed",
    [
        # a date of access printed with stops stays whole before its year
        "Roe A. Made-up widgets. Examplia Lab; 2031. https://example.org/w, visited 28.12.2031.",
        "Roe A. Made-up widgets. Examplia Lab; 2031. https://example.org/w (Zugriff am 3.5.2032).",
        "Roe D (2031) Made-up theory. Fict Tech. Retrieved May 3, 2032, fromhttps://example.net/t/",
    ],
)
def test_access_dates_and_addresses_one_token_a_line(printed: str) -> None:
    assert join_tokens(re.findall(r"[^\W_]+|\S", printed)) == printed


def test_a_typographic_quote_after_an_address_is_no_part_of_it() -> None:
    """ "https://www.example.org/" / "for" / "“" / "Made": whether "for" goes on with the
    address the copy does not say, but a quote is in no address: the title opens apart."""
    printed = "See https://www.example.org/ for “Made-up Data, Shared.”"
    assert " “Made-up Data, Shared.”" in join_tokens(re.findall(r"[^\W_]+|\S", printed))


@pytest.mark.parametrize(
    "printed",
    ["Roe J. Made-up trees with BEAST 1.7. 2031.", "Roe J. Made-up trees. Fict Res. 12.3. 2031."],
)
def test_guard_a_version_or_a_volume_before_a_year_stays_apart(printed: str) -> None:
    assert join_tokens(re.findall(r"[^\W_]+|\S", printed)) == printed


TITLES_WITH_NUMBERS = [
    "Roe JA, Doe B. A study of examples in Springfield. Fict Exampl Biol. 2031;6:104-16.",
    "12 ways to make made-up widgets. Springfield: Fict Press; 2030.",
    "4th Examplia Group. A made-up ordinal. Fict Nat. 2030;2:3-4.",
    "2031 Examplia Health Report. Springfield: Examplia Office; 2031.",
    "Quill S, Roe T. Made-up clocks in Springfield. Fict Plant J. 2032;12:1-9.",
]


@pytest.mark.parametrize("mark", ["{}.", "{})", "[{}]", "({})"])
def test_titles_and_ordinals_that_open_with_a_number_one_token_a_line(mark: str) -> None:
    """A title that opens with a number and a word ("12 ways"), an ordinal before a name
    ("4th Examplia"), a year in a bracketed list ("[4]" / "2031" / "Examplia")."""
    text = "".join(f"{mark.format(n)} {ref}\n" for n, ref in enumerate(TITLES_WITH_NUMBERS, 1))
    assert _numbers(_one_token_a_line(text)) == [1, 2, 3, 4, 5]


def test_a_bare_number_after_a_reference_that_ends_with_digits_one_token_a_line() -> None:
    """ "1 Roe J ..." with no mark: after a DOI's or a page's last digits ("...fh.3.44" /
    "3" / "Zoe" / "P" / "."), the number opens the next item before a name and its initials
    (two numbers one token a line were apart on the page: no DOI goes on so)."""
    text = (
        "1 Moe K. Invented rivers. Fict Hydrol. 2028;3:44-50. doi: 10.1000/fh.3.44\n"
        "2 Zoe P. Made-up goats. Fict Vet. 2027;5:e12345. https://example.org/goats/5\n"
        "3 Roe J. Made-up widgets. Fict Res. 2031;12:3\n"
        "4 Doe B. Invented shapes. Fict Lett. 2031;4:5-9.\n"
    )
    assert _numbers(_one_token_a_line(text)) == [1, 2, 3, 4]


def test_guard_a_chapters_number_before_a_numbered_title_opens_no_item() -> None:
    """ "Chapter" / "2" / "." / "100" / "Years": a number after a word is no item's, even
    before a title that opens with a number."""
    text = _one_token_a_line(
        "1. Roe J. Chapter 2. 100 Years of Examplia. Springfield: Fict Press; 2031.\n"
        "2. Doe B. Invented shapes. Fict Lett 2031;4:5-9.\n"
    )
    refs = parse_reference_list(text).references
    assert [r.number for r in refs] == [1, 2]
    assert [r.author[0].family for r in refs] == ["Roe", "Doe"]


@pytest.mark.parametrize("mark", ["[{}]", "({})"])
def test_a_bracketed_number_before_a_bracketed_note_one_token_a_line(mark: str) -> None:
    """PubMed's "[No authors listed]" opening an item: "[" / "2" / "]" / "[" / "No"."""
    refs = [
        "Roe JA, Doe B. A study of examples in Springfield. Fict Exampl Biol. 2031;6:104-16.",
        "[No authors listed]. A made-up editorial. Fict Rev. 2031;4:5-9.",
        "Quill S, Roe T. Made-up clocks in Springfield. Fict Plant J. 2032;12:1-9.",
    ]
    text = "".join(f"{mark.format(n)} {ref}\n" for n, ref in enumerate(refs, 1))
    assert _numbers(_one_token_a_line(text)) == [1, 2, 3]


@pytest.mark.parametrize(
    "printed",
    [
        "ROE, R.S.; DOE, M.A.B. (2030) Made-up soil of a borrow pit. Rev Fict Solo, v. 34, p. 5-9.",
        "POE, J. (2031) Made-up coal. In: ROE, P.S.M.; DOE, M.V. Fict coal. Springfield: Fict.",
    ],
)
def test_the_last_initials_of_a_semicolons_list_stay_together(printed: str) -> None:
    """A semicolon's list of family-first names (SciELO's, ABNT's) prints its initials
    together, the last name's too before "(2030)" or the title ("DOE, M.A.B. (2030)", was
    rebuilt "DOE, M. A. B. (2030)", and "DOE, M. V. Fict coal", whose "V." went to the
    title)."""
    assert join_tokens(re.findall(r"[^\W_]+|\S", printed)) == printed


def test_guard_apa_initials_before_the_year_keep_their_spaces() -> None:
    printed = "Roe, J. C., & Doe, A. B. (2030). Made-up title. Fict Rev, 3, 4-5."
    assert join_tokens(re.findall(r"[^\W_]+|\S", printed)) == printed


def test_an_item_after_f1000s_link_label_that_opens_in_lower_case() -> None:
    """F1000's "Reference Source" ends a reference: "Source" / "3" / "." / "cn-fict" is the
    next item (a site's name in lower case), not a volume after a journal's word."""
    refs = [
        "Roe M, Doe D: Made-up medicines in Springfield. Examplia Consilium; 2031 Reference Source",
        "Poe J: Invented supply chains. Fict Rev. 2030; 4: 5-9. Reference Source",
        "cn-fict: Average made-up price of widgets, 2031. In: cn-Fict. 2032 Reference Source",
        "Quill S: Made-up clocks. Fict Plant J. 2032; 12: 1-9. Reference Source",
    ]
    text = "".join(f"{n}. {ref}\n" for n, ref in enumerate(refs, 1))
    assert _numbers(text) == [1, 2, 3, 4]
    assert _numbers(_one_token_a_line(text)) == [1, 2, 3, 4]
