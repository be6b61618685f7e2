"""The chemistry and physics styles that print no article titles: the ACS's semicolon form
("Roe, A.; Doe, B. J. Made Chem. 2030, 12, 345."), the RSC's ("A. Roe and B. Doe, Made
Sci., 2030, 11, 100-110."), Angewandte's, the AIP's and the APS's ("Made Rev. Lett. 120,
123456 (2030)."): the journal after the names, a journal's "J." never a last initial, no
volume in the old RSC journals, the issue in parentheses, the DOI after the pages, "in
press"; and such a list read as title-less, with one note for it rather than a doubt on
every entry. All names, journals and numbers here are invented."""

from __future__ import annotations

import pytest

from blinarefs.parse import parse_reference_list
from blinarefs.parse.tails import physics_tail


def _one(text: str):
    (ref,) = parse_reference_list(f"1. {text}\n").references
    return ref


@pytest.mark.parametrize(
    ("printed", "families", "journal"),
    [
        # the journal's "J." after the last name's initials is the journal's
        ("Quill, C.; Lo, J. J. Made Sources 2030, 240, 653-660.", ["Quill", "Lo"],
         "J. Made Sources"),
        ("Rowan, A. J. J. Am. Fict. Soc. 2031, 141, 1-10.", ["Rowan"], "J. Am. Fict. Soc."),
        ("Rowan, A.; Vole, B. T. J. Fict. Chem. 2031, 14, 22-30.", ["Rowan", "Vole"],
         "J. Fict. Chem."),
        # an initial J. before a journal of one whole word stays the name's
        ("Rowan, A. J. Imaginaria 2031, 141, 1-10.", ["Rowan"], "Imaginaria"),
        ("Tarn, K. L.; Moss, R. Fict Trans. 2029, 44, 1234.", ["Tarn", "Moss"], "Fict Trans."),
        ("Brock, T.; Wren, P. Q. Made. Commun. 2028, 54, 100-103.", ["Brock", "Wren"],
         "Made. Commun."),
    ],
)  # fmt: skip
def test_the_acs_names_end_where_the_journal_starts(printed, families, journal) -> None:
    ref = _one(printed)
    assert [n.family for n in ref.author] == families
    assert ref.container_title == journal
    assert not ref.title and ref.type == "article-journal"


@pytest.mark.parametrize(
    ("printed", "journal", "volume", "issue", "page", "doi"),
    [
        ("Quill, C.; Lo, J. J. Made Sources 2030, 240 (5), 653.", "J. Made Sources", "240",
         "5", "653", ""),
        ("Rowan, A.; Vole, B. J. Am. Fict. Soc. 2031, 141 (2), 1-10. DOI: "
         "10.9999/jafs.1b00001.", "J. Am. Fict. Soc.", "141", "2", "1-10",
         "10.9999/jafs.1b00001"),
        # the old RSC journals printed no volume
        ("Rowan, A.; Vole, B. J. Fict. Soc., Made Trans. 1997, 479-483.",
         "J. Fict. Soc., Made Trans.", "", "", "479-483", ""),
        ("A. Rowan, R. E. Vole, L. M. Tarn, J. Fict. Soc. A 1966, 1707-1710;",
         "J. Fict. Soc. A", "", "", "1707-1710", ""),
    ],
)  # fmt: skip
def test_the_acs_volume_issue_pages_and_doi(printed, journal, volume, issue, page, doi):
    ref = _one(printed)
    assert (ref.container_title, ref.volume, ref.issue, ref.page, ref.doi) == (
        journal, volume, issue, page, doi
    )  # fmt: skip


def test_the_rsc_form_keeps_its_journal_whole() -> None:
    ref = _one("A. Rowan and B. Vole, Made Sci., 2030, 11, 100–110.")
    assert [n.family for n in ref.author] == ["Rowan", "Vole"]
    assert (ref.container_title, ref.volume, ref.page) == ("Made Sci.", "11", "100-110")
    # the RSC's names family first, each closed by a comma
    ref = _one("Rowan H., Vole X. K., Tarn Y. J., Fictocycles, 2014, 89, 1767 –1800.")
    assert [n.family for n in ref.author] == ["Rowan", "Vole", "Tarn"]
    assert (ref.container_title, ref.volume) == ("Fictocycles", "89")


@pytest.mark.parametrize(
    ("printed", "journal", "volume", "page", "year"),
    [
        ("A. Rowan, B. Vole, and C. Tarn, Made Rev. Lett. 120, 123456 (2018).",
         "Made Rev. Lett.", "120", "123456", 2018),
        ("D. Ng and E. Wu, J. Fict. Phys. 150, 034101 (2019).", "J. Fict. Phys.", "150",
         "034101", 2019),
    ],
)  # fmt: skip
def test_aip_and_aps_article_numbers(printed, journal, volume, page, year) -> None:
    ref = _one(printed)
    assert (ref.container_title, ref.volume, ref.page, ref.year) == (journal, volume, page, year)


def test_in_press_is_the_status_and_no_year_is_doubted() -> None:
    parsed = parse_reference_list("1. Zhu, Q.; Wang, L. Made. Chem., Int. Ed., in press.\n")
    (ref,) = parsed.references
    assert [n.family for n in ref.author] == ["Zhu", "Wang"]
    assert (ref.container_title, ref.status) == ("Made. Chem., Int. Ed.", "in press")
    assert not ref.issued
    assert all("issued" not in d.fields for d in parsed.doubts)


@pytest.mark.parametrize(
    ("printed", "title", "journal"),
    [
        ("Rowan, A.; Vole, B. Imaginary Cluster Pharmacogenetics. Made Ther. 2009, 8, 10-16.",
         "Imaginary Cluster Pharmacogenetics", "Made Ther."),
        ("Rowan, A.; Vole, B. Made-up binding in mice. J. Made Up 2030, 12, 45.",
         "Made-up binding in mice", "J. Made Up"),
        # the ACS's title case: the title's last whole word before the stop, the journal's
        # abbreviated ones after it; the title's first words are no name
        ("Rowan, A.; Vole, B. C. Pretend Hormones in Made-up Mice: A Review. Curr. Fict. "
         "Targets 2030, 16 (4), 1671–1681.", "Pretend Hormones in Made-up Mice: A Review",
         "Curr. Fict. Targets"),
        ("Rowan, A.; Vole, B.; et al. Imagined Pathogenesis in Made-up Dwellings. Yearbook of "
         "Pretend Studies 2030, 37, 177–231. https://doi.org/10.9999/yps.1.",
         "Imagined Pathogenesis in Made-up Dwellings", "Yearbook of Pretend Studies"),
        # a title too long for the tails' journal, with a question's stop inside it
        ("Rowan, A. Who Is Responsible for the Safety of Pretend Food in an Imagined Market? "
         "Made-up Certification V. Invented Accountability as Models for Traded Foods. Fict "
         "Law J 2030, 63, 657–664.", "Who Is Responsible for the Safety of Pretend Food in "
         "an Imagined Market? Made-up Certification V. Invented Accountability as Models for "
         "Traded Foods", "Fict Law J"),
    ],
)  # fmt: skip
def test_a_title_printed_before_the_journal_is_read_with_it(printed, title, journal) -> None:
    ref = _one(printed)
    assert (ref.title, ref.container_title) == (title, journal)
    assert [n.family for n in ref.author][:2] == ["Rowan", "Vole"][: len(ref.author)]
    assert ref.issued[0] == 2030 or ref.issued[0] == 2009


def test_a_title_printed_before_the_journal_is_told_from_a_journal_alone() -> None:
    # an abbreviated journal with a comma and a colon is no title
    read = physics_tail("Rowan, A.; Vole, B. Acta Fictogr., Sect. C: Made Chem. 2015, 71, 3-8.")
    assert read is not None and read[1]["container_title"] == "Acta Fictogr., Sect. C: Made Chem"


LIST = """\
1. Quill, C.; Lo, J. J. Made Sources 2030, 240, 653-660.
2. Rowan, A. J. J. Am. Fict. Soc. 2031, 141, 1-10.
3. Tarn, K. L.; Moss, R. Fict Trans. 2029, 44, 1234.
4. A. Rowan and B. Vole, Made Sci., 2030, 11, 100–110.
5. D. Ng and E. Wu, J. Fict. Phys. 150, 034101 (2019).
"""


def test_a_list_printing_no_titles_gives_one_note_not_a_doubt_per_entry() -> None:
    parsed = parse_reference_list(LIST)
    assert len(parsed.references) == 5
    assert all(not r.title for r in parsed.references)
    assert not any("title" in d.fields for d in parsed.doubts)
    notes = [w for w in parsed.warnings if "no titles" in w]
    assert len(notes) == 1 and "5 references" in notes[0]


def test_one_entry_without_a_title_in_a_titled_list_stays_in_doubt() -> None:
    titled = "".join(
        f"{n}. Rowan A, Vole B. Invented finding number {n} in made-up mice. "
        f"J Fict Biol. 2030;{n}:1-9.\n"
        for n in range(1, 5)
    )
    parsed = parse_reference_list(titled + "5. Quill, C.; Lo, J. J. Made Sources 2030, 240, 653.\n")
    assert not any("no titles" in w for w in parsed.warnings)
    assert [d.number for d in parsed.doubts if "title" in d.fields] == [5]


def test_a_title_after_names_closed_by_commas_stays_the_title() -> None:
    ref = _one("Rowan J. A., Vole S. Molecular and Cellular Aspects of Made Abuse. Fictron 1996, "
               "16, 905–908.")  # fmt: skip
    assert [n.family for n in ref.author] == ["Rowan", "Vole"]
    assert (ref.title, ref.container_title) == ("Molecular and Cellular Aspects of Made Abuse",
                                                "Fictron")  # fmt: skip


@pytest.mark.parametrize(
    ("printed", "journal", "volume", "page", "doi"),
    [
        # online before its pages: the DOI after the year, or after the volume
        ("Y. Yu, W. Gao, Made Soc. Rev. 2030, 10.9999/C7XX00730B;", "Made Soc. Rev.", "", "",
         "10.9999/C7XX00730B"),
        ("S. Grimm, J. Anton, J. Fict. Phys. 2030, 132, DOI https://doi.org/10.9999/1.338.",
         "J. Fict. Phys.", "132", "", "10.9999/1.338"),
        ("U. Katz, J. Made Chem. 2029, DOI 10.9999/BF0276.", "J. Made Chem.", "", "",
         "10.9999/BF0276"),
        # a volume with its series' letter, no space after the volume's comma
        ("R. Bart, O. Stel, Z. Fictforsch. B 1981, 36b, 1349–1355;", "Z. Fictforsch. B", "36b",
         "1349-1355", ""),
        ("K. Sepp, Made Rev. 2030, 115,1296–1299;", "Made Rev.", "115", "1296-1299", ""),
        # a whole word, a comma, then the rest of the journal; a journal's lower-case words
        ("M. Ferr, D. Bagn, Allergy, Fict Immunol. Res. 2030, 9, 15.",
         "Allergy, Fict Immunol. Res.", "9", "15", ""),
        ("W. P. Fehl, W. Beck, Z. anorg. allg. Fict. 2030, 641, 1599–1678.",
         "Z. anorg. allg. Fict.", "641", "1599-1678", ""),
    ],
)  # fmt: skip
def test_more_angewandte_forms(printed, journal, volume, page, doi) -> None:
    ref = _one(printed)
    assert (ref.container_title, ref.volume, ref.page, ref.doi) == (journal, volume, page, doi)
    assert not ref.title
