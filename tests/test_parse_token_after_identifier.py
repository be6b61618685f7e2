"""Issue 13: one token a line, an item whose first word is a number ("3D Examplia", "1000
Examplia", "23andMe") after a reference that ends with a DOI or an address is kept: it was
read as more of the DOI ("10.5555/x.00123-20.2.3D") and lost. Every reference here is a
made-up test text, not a real record."""

from __future__ import annotations

import re

import pytest

from blinarefs.parse import parse_reference_list


def _one_token_a_line(text: str) -> str:
    """A careless copy: every word and every mark on a line of its own."""
    return "\n".join(re.findall(r"[^\W_]+|\S", text)) + "\n"


ENDS = [
    "Doe J. Made-up mice. mExampl. 2030;11:e00123-20. doi:10.5555/mExampl.00123-20.",
    "Examplia Office. Made-up guidance. 2030. Available from: https://example.org/g/2030/en/",
    "Roe J. Widgets. Fict J. 2030;12:345–350. doi:10.5555/FJ.2030.12.345.",
]
NUMBERED = [
    "3D Examplia Group. Made-up maps in three dimensions. Fict Nat. 2030;2:3-4.",
    "1000 Examplia Consortium. Made-up variation. Fict Nat. 2031;4:5-9.",
    "23andMe Examplia Team. Made-up spit. Fict Rev. 2029;8:1-2.",
]
LAST = "Roe J. Made-up widgets. Fict Res. 2031;4:5-6."


@pytest.mark.parametrize("end", ENDS)
@pytest.mark.parametrize("numbered", NUMBERED)
def test_a_numbered_name_after_a_doi_or_an_address_opens_its_item(end: str, numbered: str) -> None:
    text = f"1. {end}\n2. {numbered}\n3. {LAST}\n"
    refs = parse_reference_list(_one_token_a_line(text)).references
    assert [r.number for r in refs] == [1, 2, 3]
    assert numbered.split()[0] not in refs[0].doi + refs[0].url  # it ends where it did
    assert refs[1].container_title == "Fict " + numbered.split("Fict ")[1].split(".")[0]


def test_guard_a_doi_that_goes_on_with_numbers_stays_whole() -> None:
    """ "...2030.12.345" goes on after its full stops; a year after a DOI opens no item."""
    text = (
        "1. Roe J. Widgets. Fict J. 2030;12:345–350. doi:10.5555/FJ.2030.12.345\n"
        "2. Doe B. Gadgets. Fict J. 2031;13:1–9. doi:10.5555/ajb.91.12.1960\n"
        f"3. {LAST}\n"
    )
    refs = parse_reference_list(_one_token_a_line(text)).references
    assert [r.number for r in refs] == [1, 2, 3]
    assert [r.doi for r in refs[:2]] == ["10.5555/FJ.2030.12.345", "10.5555/ajb.91.12.1960"]


def test_the_last_part_of_a_version_opens_no_item_one_token_a_line() -> None:
    """ "Version 2.1.3." in item 2 gives "3" / "." one token a line, the next item's number:
    it was taken for item 3, which then began inside item 2 ("Springfield: ...")."""
    text = (
        "1. Poe A. Widgets. Fict J. 2030;1:2-3.\n"
        "2. Roe J. Made-up software. Version 2.1.3. Springfield: Fict; 2031. Available from: "
        "https://example.org/tool\n"
        "3. Roe, J. et al. Made-up spin chains. Fict. Phys. Rev. 8, 1234 (2030).\n"
        f"4. {LAST}\n"
    )
    refs = parse_reference_list(_one_token_a_line(text)).references
    assert [r.number for r in refs] == [1, 2, 3, 4]
    assert refs[1].title == "Made-up software" and refs[1].issued == (2031,)
    assert refs[2].author[0].family == "Roe"


def test_guard_a_doi_ending_in_numbers_before_the_next_item() -> None:
    """ "...abc.12.3." then "4." / "Roe": the DOI's parts are no version's."""
    text = (
        "1. Poe A. Widgets. Fict J. 2030;1:2-3.\n"
        "2. Roe J. Gadgets. Fict J. 2030;1:4-5.\n"
        "3. Doe B. Made-up cogs. Fict J. 2030;2:3-4. doi:10.5555/abc.12.3.\n"
        f"4. {LAST}\n"
    )
    refs = parse_reference_list(_one_token_a_line(text)).references
    assert [r.number for r in refs] == [1, 2, 3, 4]
    assert refs[2].doi == "10.5555/abc.12.3"


def test_a_numbered_name_after_an_address_ending_in_a_file_type() -> None:
    """ ".../guide_2030.pdf" / "3" / "." / "3D": a file's type ends the reference; after a
    word "3" / "." was read as a volume and item 3 was lost."""
    text = (
        "1. Poe A. Widgets. Fict J. 2030;1:2-3.\n"
        "2. Examplia Office. Made-up guide [Internet]. Springfield: EO; 2030. Available from: "
        "http://example.org/guide_2030.pdf\n"
        f"3. {NUMBERED[0]}\n"
        f"4. {LAST}\n"
    )
    refs = parse_reference_list(_one_token_a_line(text)).references
    assert [r.number for r in refs] == [1, 2, 3, 4]


def test_spanish_opening_marks_are_printed_against_the_word_one_token_a_line() -> None:
    text = "1. Roe A, Doe B. ¿Made-up goats? ¡Yes! Fict Vet. 2030;44(2):e12.\n"
    ref = parse_reference_list(_one_token_a_line(text)).references[0]
    assert ref.title == "¿Made-up goats? ¡Yes!"


def test_a_heading_word_inside_a_title_does_not_cut_the_list_one_token_a_line() -> None:
    """ "(Examplia Series in Text and References Section)" in item 2 puts "References" on a
    line of its own: it was taken for the list's heading, and item 1 and 2 were lost."""
    text = (
        "1. Poe A. Widgets. Fict J. 2030;1:2-3.\n"
        "2. Roe J, Doe B. Made-up regression. 2. ed. Springfield: Fict Press; 2030. (Examplia "
        "Series in Text and References Section).\n"
        f"3. {LAST}\n"
        "4. Moe K. Invented rivers. Fict Hydrol. 2028;3:44-50.\n"
    )
    refs = parse_reference_list(_one_token_a_line(text)).references
    assert [r.number for r in refs] == [1, 2, 3, 4]


def test_guard_a_heading_after_a_sentence_still_opens_the_list() -> None:
    text = (
        "We thank the made-up reviewers of Springfield.\n\nReferences\n"
        "1. Poe A. Widgets. Fict J. 2030;1:2-3.\n"
        f"2. {LAST}\n"
    )
    refs = parse_reference_list(_one_token_a_line(text)).references
    assert [r.number for r in refs] == [1, 2]


def test_guard_a_decimal_before_a_place_opens_no_item() -> None:
    """ "... worldwide. 2.0 Springfield: Fict Press; 2030." in item 1: "2" / "." / "0" /
    "Springfield" is a version's decimals, not item 2 (a small number before a capital is
    no name that opens an item)."""
    text = (
        "1. Roe J, Doe F, Poe P, Moe DM. Made-up incidence and prevalence worldwide. 2.0 "
        "Springfield: Fict Press; 2030.\n"
        "2. Roe e LA, Doe F, Poe RL. Made-up statistics, 2012. Fict J Clin. 2015;65:87–108.\n"
        f"3. {LAST}\n"
    )
    refs = parse_reference_list(_one_token_a_line(text)).references
    assert [r.number for r in refs] == [1, 2, 3]
    assert refs[0].source_text.endswith("Fict Press; 2030.")
