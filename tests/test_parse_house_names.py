"""Names and titles in the house styles of author-year lists as PMC prints them: the
Ecological Society's "Roe, C., M. Doe, and P. L. Poe", the Entomological Society's dotted
names before a bare year, APA's suffix after the initials, stray initials no family name
goes with, organisations named by a firm's words, and a title the labeller read as a
journal's first part (all made-up text)."""

from __future__ import annotations

import pytest

from blinarefs.parse import parse_reference_list, read_item
from blinarefs.parse.closing import close_names
from blinarefs.parse.printed_names import read_names
from blinarefs.parse.relabel import initialism_opens_organisation
from blinarefs.parse.title_ends import title_from_first_journal
from labelled import labelled_parts


def _families(text: str) -> list[str]:
    names, _ = read_names(text)
    return [n.literal or n.full_family for n in names]


def _read(printed: str):
    return read_item(printed, 1, 1).reference


def test_the_last_name_printed_initials_first_after_an_inverted_first_is_whole() -> None:
    ref = _read(
        "Okafor, C., M. Denwick, and P. L. G. Vantour. 2005 Resilience of moth regrowth "
        "after slash burning. Journal of Dune Ecology 21:519–527."
    )
    assert [n.family for n in ref.author] == ["Okafor", "Denwick", "Vantour"]
    assert ref.title == "Resilience of moth regrowth after slash burning"


def test_an_apa_list_whose_last_initial_follows_a_family_name_is_left_as_it_is() -> None:
    ref = _read("Okafor, C., & Denwick, A. (2005). Moth Dust. Journal of Dunes, 21, 5–9.")
    assert [n.family for n in ref.author] == ["Okafor", "Denwick"]


@pytest.mark.parametrize(
    ("printed", "families", "suffix"),
    [
        ("Quince, R. C. Jr, & Vale, L. V.", ["Quince", "Vale"], "Jr"),
        ("Sato, C.N. Jr, Via, L.E.", ["Sato", "Via"], "Jr"),
        ("Vale, B.F. III, Cao, S., Holt, B.", ["Vale", "Cao", "Holt"], "III"),
        ("Lowe, L.G., Paul, 3rd, J.W., Tang, X.", ["Lowe", "Paul", "Tang"], ""),
    ],
)
def test_a_suffix_after_apa_initials_belongs_to_the_name(
    printed: str, families: list[str], suffix: str
) -> None:
    names, _ = read_names(printed)
    assert [n.family for n in names] == families
    if suffix:
        assert names[0].suffix == suffix
    else:
        assert names[1].suffix == "3rd"


def test_initials_with_no_family_name_are_no_person() -> None:
    assert _families("Pelham H. K., C., Adams, and Grieshop M.") == [
        "Pelham",
        "Adams",
        "Grieshop",
    ]
    # an acronym is an organisation's name, not stray initials
    assert _families("WHO, UNICEF") == ["WHO", "UNICEF"]


@pytest.mark.parametrize(
    "name", ["Birdwatch International", "Lantern Associates", "Moth Analytics Corp"]
)
def test_a_firm_or_an_international_body_is_one_name(name: str) -> None:
    ref = _read(f"{name}. 2017 Important moth areas of the dunes. Lantern Press, Springfield.")
    assert [n.literal for n in ref.author] == [name]


@pytest.mark.parametrize(
    ("printed", "closed"),
    [
        (
            "Roe T. O., Doe D. S., and Poe B. T. 1992 Moth movement in dunes. "
            "Funct. Dunes 6: 536–544.",
            "Roe T. O., Doe D. S., and Poe B. T. 1992. Moth movement",
        ),
        (
            "Roe M. A 1999 The role of lantern moths. Agric. Dunes 74: 19–31.",
            "Roe M. A. 1999. The role",
        ),
        (
            "Roe J., Doe W. Q., and Poe D. J. 2016a Reduced spray programs. J. Moths 62: 1–7.",
            "Poe D. J. 2016a. Reduced",
        ),
    ],
)
def test_dotted_names_before_a_bare_year_are_closed(printed: str, closed: str) -> None:
    assert closed in close_names(printed, 1)


def test_a_bare_year_before_a_journal_year_is_not_closed() -> None:
    printed = "Roe J. A., Doe B. 2004 Made up. J Made Up 2004;12:1-9."
    assert close_names(printed, 1) == printed


def test_the_year_after_the_last_initials_is_not_the_titles() -> None:
    text = (
        "1. Crane T. O., Gull D. S., Wren J. A., and Lark B. T. 1992 Moth movement in patchy "
        "dunes: an experiment with lantern moths in short grass. Funct. Dunes 6: 536–544.\n"
        "2. Lark B. T., and Wren J. A. 1993 Moth feeding in tall grass. Funct. Dunes 7: 1–9.\n"
    )
    refs = parse_reference_list(text).references
    assert refs[0].title.startswith("Moth movement in patchy dunes")
    assert refs[0].issued[0] == 1992


def test_a_title_read_as_a_journals_first_part_before_a_one_word_journal() -> None:
    labelled, _ = labelled_parts(
        ("Roe JS", "author"),
        (". ", "other"),
        ("1982", "year"),
        (". ", "other"),
        ("Lantern moths and the dunes", "container"),
        (". ", "other"),
        ("Science", "container"),
        (" 218", "volume"),
        (", ", "other"),
        ("443–448", "pages"),
    )
    mended = title_from_first_journal(labelled)
    assert [x.label for x in mended if x.token.text in ("Lantern", "dunes")] == ["title"] * 2
    assert [x.label for x in mended if x.token.text == "Science"] == ["container"]


def test_an_abbreviated_journal_the_labeller_broke_stays_a_journal() -> None:
    labelled, _ = labelled_parts(
        ("Roe JS", "author"),
        (". ", "other"),
        ("1982", "year"),
        (". ", "other"),
        ("Acta Dunes Moth", "container"),
        (". ", "other"),
        ("Scand", "container"),
        (" 218", "volume"),
    )
    assert title_from_first_journal(labelled) == labelled


@pytest.mark.parametrize(
    ("printed", "families"),
    [
        # APA 7: an ellipsis between the names kept and the last author
        ("Roe, A., Doe, B. C., … Poe, D.", ["Roe", "Doe", "Poe"]),
        ("Roe, A., Doe, B., … van der Poe, E.", ["Roe", "Doe", "Poe"]),
        # a particle or a lower-case "de" among the initials
        ("Roe, A. B., Onis, M. De, & Doe, C.", ["Roe", "Onis", "Doe"]),
        ("Andrade, M. d. G. S., Rosa, C. A.", ["Andrade", "Rosa"]),
    ],
)
def test_apa_names_around_an_ellipsis_and_a_particle(printed: str, families: list[str]) -> None:
    assert [n.family or n.literal for n in read_names(printed)[0]] == families


def test_names_end_at_the_year_in_parentheses_before_a_title_of_acronyms() -> None:
    ref = _read(
        "Roe, D., Doe, E., & Poe, S. (2013). ABC, DEFα, GH90, and IJ-10 levels in lantern "
        "moths of early or late dunes. Journal of Moth Disease, 37, 185–195."
    )
    assert [n.family for n in ref.author] == ["Roe", "Doe", "Poe"]
    assert ref.title.startswith("ABC, DEFα, GH90, and IJ-10 levels")


@pytest.mark.parametrize(
    ("printed", "closed"),
    [
        ("MFO 2014 Moth standards. Rome: MFO.", "MFO. 2014. Moth standards"),
        ("MDA-NASS 2016 State moth overview.", "MDA-NASS. 2016. State"),
        ("Anonymous 2017 Moth Bulletin http://example.org", "Anonymous. 2017. Moth"),
    ],
)
def test_an_acronym_or_anonymous_before_a_bare_year_is_closed(printed: str, closed: str) -> None:
    assert close_names(printed, 1).startswith(closed)


def test_an_acronym_before_a_journals_year_is_left_open() -> None:
    printed = "MFO 2014 Moth standards. J Moths 2014;3:1-2."
    assert close_names(printed, 1) == printed


def test_names_with_dotted_initials_and_commas_are_each_an_author() -> None:
    # Nucleic Acids Research's names: "Family I.I.," closed by the last initial's stop
    text = (
        "1. Ham J., Leeds D.D., Saul L.K. Semisupervised alignment of lantern moths. "
        "Moth Stat. 2005; 120–127.\n"
        "2. Yuan G.-C. Genome-scale positions of lantern moths. Science. 2005; 309:626–630.\n"
    )
    refs = parse_reference_list(text).references
    assert [n.family for n in refs[0].author] == ["Ham", "Leeds", "Saul"]
    assert refs[0].title == "Semisupervised alignment of lantern moths"
    assert [n.family for n in refs[1].author] == ["Yuan"]


def test_a_hyphen_before_hyphenated_initials_is_dropped() -> None:
    assert _families("Chen I-C, Lee -C-C, Tung C-P") == ["Chen", "Lee", "Tung"]


def test_an_organisation_opening_with_a_countrys_initialism_is_whole() -> None:
    text = (
        "1. U.S. Department of moth and dune services. Common criteria for moth events "
        "(CME) version 5.0, 2017.\n"
        "2. Roe J, Doe A. A made-up study of moths. BMJ 2020;368:m123.\n"
    )
    ref = parse_reference_list(text).references[0]
    assert [n.literal for n in ref.author] == ["U.S. Department of moth and dune services"]
    assert ref.title.startswith("Common criteria for moth events")


def test_initials_before_a_title_with_no_organisations_word_stay_the_names() -> None:
    labelled, _ = labelled_parts(
        ("J. K", "author"), (". ", "other"), ("Moth dust in dunes", "title"), (". ", "other")
    )
    assert initialism_opens_organisation(labelled) == labelled


def test_a_journal_after_names_initials_first_is_no_name() -> None:
    text = (
        "1. S. Grimwade, J. Antonov, H. Kriegel, J. Chem. Moths 2010, 132, 154104.\n"
        "2. M. Kohler, P. E. Mason, J. Phys. Moths B 2014, 118, 7500.\n"
        "3. U. Kaatze, J. Solution Chem. 1997, 26, 1049.\n"
    )
    refs = parse_reference_list(text).references
    assert [n.family for n in refs[2].author] == ["Kaatze"]
    assert [n.family for n in refs[0].author] == ["Grimwade", "Antonov", "Kriegel"]
    assert [n.family for n in refs[1].author] == ["Kohler", "Mason"]


def test_apa_names_joined_by_an_ampersand_keep_the_title_out() -> None:
    ref = _read("Hollander, M. & Wolfe, D.A. - Non-parametric Moth Methods. Wiley, New York. 1973.")
    assert [n.family for n in ref.author] == ["Hollander", "Wolfe"]


def test_undotted_initials_in_capitals_before_a_family_name_are_no_particle() -> None:
    # Chicago's names after the first, initials first without full stops: "LE", "DA" and
    # "DE" are initials here, not the particles "le", "da", "de"
    assert _families("Okafor, QW, LE Tandy, DA Pell, and DE Vantour") == [
        "Okafor", "Tandy", "Pell", "Vantour",
    ]  # fmt: skip


def test_a_two_letter_family_name_after_undotted_initials_is_no_pair_of_initials() -> None:
    # "YJ Wu": initials first, then a family name of two letters (not "Roe Jk", two
    # initials a copy lower-cased after a family name)
    assert _families("Okafor, QW, YH Tandy, YJ Wu, et al") == ["Okafor", "Tandy", "Wu"]
    assert _families("Okafor QW, Tandy Yh, Pell C") == ["Okafor", "Tandy", "Pell"]
    # a family in capitals and two initials, the second lower-cased, stays that
    assert _families("ROE K, DUAN Qb, POE Wb, XIAN T") == ["ROE", "DUAN", "POE", "XIAN"]
