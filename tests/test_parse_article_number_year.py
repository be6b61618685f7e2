"""An article number whose tail is its year, as the European Respiratory Society's journals
print it ("00161-2017"): one number, not a page range to expand (issue 13). Made-up
references."""

from __future__ import annotations

import pytest

from blinarefs.pages import expand_page_range, is_article_number
from blinarefs.parse.read import read_item


@pytest.mark.parametrize(
    ("printed", "page"),
    [
        ("Roe J, Doe B. A made-up study of breathing in goats. Fict Respir J 2031; 50: "
         "00161-2017.", "00161-2017"),
        ("Poe E, Quill R. Invented airways of the made-up lung. Fict Open Res 2029;4(2):"
         "00098-2028. doi:10.9999/fict.00098-2028", "00098-2028"),
    ],
)  # fmt: skip
def test_an_article_number_with_its_year_is_kept_whole(printed: str, page: str) -> None:
    ref = read_item(printed, 1, 1).reference
    assert ref.page == page
    assert ref.container_title and ref.container_title.startswith("Fict")


def test_only_a_leading_zero_and_a_year_make_the_number() -> None:
    assert expand_page_range("00161-2017") == "00161-2017"
    assert is_article_number("00161-2017") and is_article_number("01234–2030")
    # a page never opens with a zero, and a range may well run up to a page 2017
    assert expand_page_range("1961-2017") == "1961-2017" and not is_article_number("1961-2017")
    assert expand_page_range("161-75") == "161-175" and not is_article_number("161-75")
    assert not is_article_number("00161-17") and not is_article_number("e00161")


@pytest.mark.parametrize(
    ("printed", "page"),
    [
        ("Roe J, Doe B. Made-up goats of Springfield. mExampl. 2031;12:e00123-20.",
         "e00123-20"),
        ("Poe E. Invented microbes. J Fict Microbiol 91:e02468–17. "
         "doi:10.9999/JFM.02468-17.", "e02468-17"),
    ],
)  # fmt: skip
def test_an_e_number_with_a_two_digit_year_is_kept_whole(printed: str, page: str) -> None:
    """The American Society for Microbiology's e-locator, "e00123-20" (its DOI ends in
    "00123-20"): before, the range e00123 to e00120."""
    assert read_item(printed, 1, 1).reference.page == page


def test_an_e_number_and_its_year_need_the_zero_and_two_digits() -> None:
    assert is_article_number("e00123-20") and is_article_number("e0246–17")
    # e-page ranges as the Lancet's journals print them stay ranges
    assert expand_page_range("e284-9") == "e284-e289" and not is_article_number("e284-9")
    assert expand_page_range("e1234-56") == "e1234-e1256"
    assert expand_page_range("e12345-6") == "e12345-e12346"
    # PLOS's seven-digit e-locators are no article number with a year
    assert not is_article_number("e0123456-78")


def test_a_journals_code_number_and_year_are_one_article_number() -> None:
    """eNeuro's "ENEURO.0364-17.2017" (its DOI's end) after the volume and a colon: before,
    the page "0364-0317" (the code and the year left out, the rest read as a range)."""
    printed = "Roe JA. Made-up widgets. eExampl. 2031;5:FICT.0364-30.2031."
    ref = read_item(printed, 1, 1).reference
    assert ref.page == "FICT.0364-30.2031"
    assert ref.year == 2031 and ref.volume == "5"


def test_validate_finds_no_backward_range_in_an_article_number() -> None:
    """ "e00123-20" is one number: before, "page range e00123-20 runs backwards" (an error);
    a range printed backwards is still one (guard)."""
    from blinarefs.model import Reference
    from blinarefs.validate import check_pages

    assert list(check_pages(Reference(id="roe2031", page="e00123-20"))) == []
    assert [f.code for f in check_pages(Reference(id="doe2031", page="e50-e40"))] == [
        "backward-pages"
    ]
