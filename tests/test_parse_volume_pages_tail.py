"""Frontiers' author-year journal tail: the volume and the page range with only a space
between them, "(2030). Title. Fict. Rep. 12 525–534." (issue 13). Made-up references."""

from __future__ import annotations

import pytest

from blinarefs.parse.read import read_item


@pytest.mark.parametrize(
    ("printed", "title", "journal", "volume", "page"),
    [
        ("Roe J. A., Doe B. (2030). Made-up dynamics of light in goats. Cell Fict. 12 "
         "525–534. 10.9999/j.fict.2030.06.036", "Made-up dynamics of light in goats",
         "Cell Fict", "12", "525-534"),
        ("Roe M., Doe A. (2031). Modal made-up properties of tapered fibers. Biomed. Fict. "
         "Express 6 4014–4026.", "Modal made-up properties of tapered fibers",
         "Biomed. Fict. Express", "6", "4014-4026"),
        ("Poe E., Quill R. (2029). Imprinting and recalling made-up ensembles. Fict Science "
         "353 691–694. doi: 10.9999/science.aaf7560",
         "Imprinting and recalling made-up ensembles", "Fict Science", "353", "691-694"),
    ],
)  # fmt: skip
def test_volume_and_pages_with_a_space_alone_between(
    printed: str, title: str, journal: str, volume: str, page: str
) -> None:
    ref = read_item(printed, 1, 1).reference
    assert (ref.title, ref.container_title, ref.volume, ref.page) == (title, journal, volume, page)
    assert ref.type == "article-journal" and ref.issued and ref.issued[0] > 2000
    if "10.9999" in printed:
        assert ref.doi and ref.doi.startswith("10.9999/")


def test_a_page_range_inside_a_title_is_no_tail() -> None:
    # the numbers end a title's sentence, not a journal's volume: no journal is made up
    ref = read_item("Roe J. (2030). Made-up counts of goats aged 12 65–75. Fict Press.", 1, 1)
    assert ref.reference.container_title != "Made-up counts of goats aged"


@pytest.mark.parametrize(
    "printed",
    [
        "Tamm GH, Noll V & Holt L 2031 Made-up hormone treatment of bone in pretend women. "
        "Bone and Imaginary Mineral 5 e12345. (doi:10.9999/j.bim.2031.01.001)",
        "Tamm GH, Noll V & Holt L 2031 Made-up hormone treatment of bone in pretend women. "
        "Bone and Imaginary Mineral 5 e12345.",
    ],
)
def test_an_electronic_page_after_the_volume_is_the_tails(printed: str) -> None:
    # Bioscientifica's older form, the year after the names: "Journal 5 e12345." is the
    # journal, its volume and its electronic page, not the title's last sentence
    ref = read_item(printed, 1, 1).reference
    assert ref.title == "Made-up hormone treatment of bone in pretend women"
    assert (ref.container_title, ref.volume, ref.page) == (
        "Bone and Imaginary Mineral",
        "5",
        "e12345",
    )
    assert ref.type == "article-journal" and ref.issued == (2031,)


def test_a_bare_number_after_a_volume_is_no_electronic_page() -> None:
    # "12 65" could end a title: only "e" and digits is read as an electronic page
    ref = read_item("Roe J 2030 Made-up counts. Goats aged 12 65. Fict Press.", 1, 1).reference
    assert ref.container_title != "Goats aged"


def test_a_link_to_doi_org_is_the_doi() -> None:
    printed = (
        "Ulm T, Ives R 2030 Made-up ghrelin and appetite. Endocrine Pretend Reviews 31 44–67. "
        "(https://doi.org/10.9999/er.2030-0001)"
    )
    ref = read_item(printed, 1, 1).reference
    assert ref.doi == "10.9999/er.2030-0001"
    assert (ref.container_title, ref.volume, ref.page) == (
        "Endocrine Pretend Reviews",
        "31",
        "44-67",
    )


def test_a_journals_name_with_a_comma_before_a_word() -> None:
    printed = (
        "Roe JA, Doe BC & Poe DE 2031 Made-up signalling in invented glands. Fictions, Obesity "
        "& Metabolism 13 115–124. (doi:10.9999/j.1463-1326.2031.01234.x)"
    )
    ref = read_item(printed, 1, 1).reference
    assert ref.title == "Made-up signalling in invented glands"
    assert (ref.container_title, ref.volume, ref.page) == (
        "Fictions, Obesity & Metabolism", "13", "115-124"
    )  # fmt: skip


def test_an_organisation_before_the_year_is_the_author() -> None:
    # Bioscientifica's corporate author, the year after it with nothing closing either
    printed = (
        "Example Society of Endocrinology 2031 Made-up guidelines for invented thyroid care. "
        "Thyroid Fictions 23 1–20. (doi:10.9999/thy.2031.0001)"
    )
    ref = read_item(printed, 1, 1).reference
    assert [n.literal for n in ref.author] == ["Example Society of Endocrinology"]
    assert ref.issued == (2031,)
    assert ref.title == "Made-up guidelines for invented thyroid care"


def test_a_year_after_the_volume_is_not_the_volume_of_an_electronic_page() -> None:
    printed = (
        "Gava F, Brag L. The made-up method offers a simple alternative to invented profiling. "
        "Fict ONE 11 2030 e0163335 10.9999/journal.fict.0163335"
    )
    ref = read_item(printed, 1, 1).reference
    assert ref.container_title != "Fict ONE 11"
    assert ref.volume != "2030"
