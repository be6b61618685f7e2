"""Author-year citations written as Pandoc citations: each name and year matched to its
work, and every word of the citation kept (prefix, locator, remark). The works and the
passages are made up for these tests."""

from __future__ import annotations

import pytest

from blinarefs.pandoc import to_pandoc
from blinarefs.pandoc.named import author_year_citation, name_words, split_citation

WORKS = {
    "roe2017": (name_words("Roe"), 2017),
    "doe2019": (name_words("Doe"), 2019),
    "doe2021": (name_words("Doe"), 2021),
    "moss2015": (name_words("Moss-Fairley"), 2015),
}


@pytest.mark.parametrize(
    ("marker", "keys", "expected"),
    [
        ("(Roe 2017)", ("roe2017",), "[@roe2017]"),
        # a field lists its works as inserted, not as printed: names decide the order
        ("(Roe et al., 2017; Doe 2019)", ("doe2019", "roe2017"), "[@roe2017; @doe2019]"),
        ("(Roe 2017, Doe 2019)", ("roe2017", "doe2019"), "[@roe2017; @doe2019]"),
        ("(e.g., Doe 2019, 2021)", ("doe2021", "doe2019"), "[e.g., @doe2019; @doe2021]"),
        ("(see Roe 2017, pp. 3-5)", ("roe2017",), "[see @roe2017, pp. 3-5]"),
        ("(Roe 2017, and the works it cites)", ("roe2017",), "[@roe2017, and the works it cites]"),
        ("Moss-Fairley et al. (2015)", ("moss2015",), "@moss2015"),
        ("Roe (2017, p. 4)", ("roe2017",), "@roe2017 [p. 4]"),
        ("Doe (2019, 2021)", ("doe2019", "doe2021"), "Doe [-@doe2019; -@doe2021]"),
        # the record's year is the one it went online: the one work by that name
        ("(Roe 2018)", ("roe2017",), "[@roe2017]"),
    ],
)
def test_forms_read_whole(marker, keys, expected):
    assert author_year_citation(marker, keys, WORKS) == expected


@pytest.mark.parametrize(
    ("marker", "keys"),
    [
        ("(river otters; Roe 2017)", ("roe2017",)),  # words that are no prefix
        ("(Smith 2017)", ("roe2017",)),  # a name none of its works has
        ("(Doe 2020)", ("doe2019", "doe2021")),  # two works by that name, neither that year
        ("(Roe 2017)", ("roe2017", "doe2019")),  # a work it names nowhere
    ],
)
def test_forms_not_read_whole_are_left(marker, keys):
    assert author_year_citation(marker, keys, WORKS) is None


def test_a_parenthesis_split_over_fields_joins_into_one_citation():
    pieces = [("(Roe 2017;", ("roe2017",)), ("for reviews see Doe 2019)", ("doe2019",))]
    assert split_citation(pieces, WORKS) == ["[@roe2017;", "for reviews see @doe2019]"]


REFS = (
    "References\n\n"
    "Roe A, Quill B (2017) An invented count of otters. J Imag Zool 3:1-9\n"
    "Doe C (2019) A made-up survey of rivers. J Imag Zool 5:10-19\n"
)


def test_a_plain_author_year_text_gets_pandoc_citations():
    text = (
        "Otters eat fish (Roe et al. 2017; e.g., Doe 2019, p. 4). Doe (2019) counted "
        "rivers (Roe 2017, and the works it cites).\n\n" + REFS
    )
    paper = to_pandoc(text)
    roe, doe = (r.id for r in paper.references)
    body = paper.markdown.split("---\n")[-1]
    assert f"fish [@{roe}; e.g., @{doe}, p. 4]. @{doe} counted rivers" in body
    assert f"rivers [@{roe}, and the works it cites]." in body
    assert paper.citations == 3
    assert [w.code for w in paper.warnings] == ["numeric-style"]  # Blood numbers them
