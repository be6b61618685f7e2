"""The parser is general: real references in three styles, pasted four ways, read field by field.

The lists are assembled by ``reflists`` from verified metadata (the seed's ten references and
fifteen others, each with its sources in ``data/``): Blood, AMA (with doi:) and Vancouver/NLM
(six authors then "et al.", "2017 Mar 2;376(9):836-47", doi/Epub/PMID tails), numbered
"1. ", "[1] " or "1 ", one reference a line, wrapped at 72 columns, or scraped one element or
one word a line.
"""

from __future__ import annotations

import dataclasses

import pytest

from blinarefs.names import initials_of
from blinarefs.parse import parse_reference, parse_reference_list
from blinarefs.parse.assemble import read_names
from blinarefs.parse.features import word_features
from reflists import LAYOUTS, NUMBERINGS, STYLES, expected, load_items, make_list, one_line, render

ITEMS = load_items()


def _read_back(ref) -> dict:
    """The parsed reference in the terms ``reflists.expected`` uses."""
    out = {
        "author": [(n.literal or n.full_family, initials_of(n.given)) for n in ref.author],
        "editor": [(n.full_family, initials_of(n.given)) for n in ref.editor],
    }
    for attr in (
        "type", "title", "author_truncated", "issued", "available_date", "container_title",
        "container_title_short", "volume", "issue", "page", "doi", "pmid", "pmcid",
        "publisher", "publisher_place", "edition",
    ):  # fmt: skip
        out[attr] = getattr(ref, attr)
    return out


def _differences(ref, item, style) -> list[str]:
    got = _read_back(ref)
    diffs = []
    for key, want in expected(item, style).items():
        have = got[key]
        if key in ("author", "editor"):
            have, want = [tuple(x) for x in have], [tuple(x) for x in want]
        if have != want and not (not want and not have):
            diffs.append(f"{item.id}.{key}: expected {want!r}, got {have!r}")
    return diffs


def test_the_corpus_covers_the_cases_the_parser_must_not_fail_on():
    titles = [i.title for i in ITEMS]
    assert len(ITEMS) == 25
    assert {i.type for i in ITEMS} == {"article-journal", "book", "chapter"}
    assert any(":" in t for t in titles) and any("?" in t for t in titles)
    assert any(" vs " in t for t in titles) and any("Ph-like" in t for t in titles)
    assert any("–" in t for t in titles)  # en dash in a title
    assert any("–" in i.page_printed for i in ITEMS)  # and in a page range
    assert any(not f.isascii() for i in ITEMS for f, _ in i.authors)  # Gökbuget, Foà
    assert any(i.corporate for i in ITEMS) and any(i.group for i in ITEMS)
    assert any(i.epub and not i.volume for i in ITEMS)  # online first, no volume
    assert any(i.pmid for i in ITEMS) and any(i.edition for i in ITEMS)
    assert any(not i.authors and not i.corporate and not i.editors for i in ITEMS)
    assert any(f.split()[0].islower() for i in ITEMS for f, _ in i.authors)  # "van der", "de"


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("numbering", NUMBERINGS)
@pytest.mark.parametrize("style", STYLES)
def test_every_field_of_every_reference(style, numbering, layout):
    text = make_list(ITEMS, style, numbering, layout)
    parsed = parse_reference_list(text)
    assert [str(f) for f in parsed.failures] == []
    assert [r.number for r in parsed.references] == list(range(1, len(ITEMS) + 1))
    diffs = [d for ref, item in zip(parsed.references, ITEMS, strict=True) for d in
             _differences(ref, item, style)]  # fmt: skip
    assert diffs == []


@pytest.mark.parametrize("style", STYLES)
def test_keys_are_the_same_whatever_the_layout(style):
    keys = {
        layout: [
            r.id for r in parse_reference_list(make_list(ITEMS, style, "1. ", layout)).references
        ]
        for layout in LAYOUTS
    }
    assert len({tuple(k) for k in keys.values()}) == 1
    assert len(set(keys["line"])) == len(ITEMS)


@pytest.mark.parametrize("style", STYLES)
def test_a_manuscript_ending_with_the_list(style):
    body = (
        "Written for the tests: a short body that cites [1] and 2 and mentions 2017;376.\n\n"
        "1. This numbered line in the body is not a reference list.\n\n"
    )
    text = body + "References\n" + make_list(ITEMS, style, "1. ", "line")
    parsed = parse_reference_list(text)
    assert len(parsed.references) == len(ITEMS) and parsed.failures == ()
    assert text[: parsed.body_end] == body


def test_the_source_text_is_the_reference_as_printed():
    for item in ITEMS:
        printed = one_line(render(item, "vancouver"))
        ref = parse_reference(printed, 7, 3)
        assert ref.source_text == printed and ref.number == 7


def test_online_first_with_only_a_pmid():
    """Reference 8 of the seed as PubMed cited it before it had an issue: its verified
    online date and PMID, no volume, no DOI."""
    hogan = next(i for i in ITEMS if i.id == "ref8")
    early = dataclasses.replace(hogan, volume="", issue="", page="", doi="", issued=())
    printed = one_line(render(early, "vancouver"))
    assert printed.endswith("J Clin Oncol. 2023 May 31. Epub ahead of print. PMID: 37257143.")
    ref = parse_reference(printed)
    assert (ref.pmid, ref.issued, ref.volume, ref.note) == (
        "37257143",
        (2023, 5, 31),
        "",
        "Epub ahead of print",
    )
    assert ref.title == hogan.title and ref.container_title_short == "J Clin Oncol"


@pytest.mark.parametrize(
    ("item_id", "style", "check"),
    [
        ("foa2020", "vancouver", lambda r: r.author[-1].literal == "GIMEMA Investigators"),
        ("foa2020", "ama", lambda r: r.author_truncated and r.author[0].family == "Foà"),
        ("swerdlow2008", "ama", lambda r: not r.author and r.editor[2].family == "Harris"),
        ("who2023", "vancouver", lambda r: r.author[0].literal == "World Health Organization"),
        ("gonzalez2021", "vancouver", lambda r: r.container_title == "Williams hematology"),
        ("campo2011", "ama", lambda r: r.available_date == (2011, 2, 7) and not r.volume),
        ("campo2011", "vancouver", lambda r: r.note == "Epub ahead of print"),
        ("short2019", "vancouver", lambda r: r.author[3].non_dropping_particle == "de"),
        ("short2019", "vancouver", lambda r: r.page == "257-265"),
        ("alperstein2015", "vancouver", lambda r: r.page == "e168-e174"),
        ("dellastarza2019", "blood", lambda r: r.author[2].full_family == "De Propris"),
        ("lessisgood2017", "ama", lambda r: r.title.startswith("When Less Is Good, Is None")),
    ],
)
def test_named_cases(item_id, style, check):
    item = next(i for i in ITEMS if i.id == item_id)
    ref = parse_reference(one_line(render(item, style)))
    assert check(ref), ref


def test_an_item_longer_than_any_reference_is_kept_in_doubt_without_the_labeller(monkeypatch):
    from blinarefs.parse import read

    def no_labeller(text):
        raise AssertionError("the labeller ran on a page-long item")

    monkeypatch.setattr(read, "label", no_labeller)
    # written for this test: an item that swallowed a page of prose
    page = "Madeup A. " + "A sentence of the page after the list. " * 600
    parsed = parse_reference_list(f"1. {page}\n2. {page[: read.MAX_LABELLED + 10]}\n")
    assert [r.number for r in parsed.references] == [1, 2]
    assert [d.number for d in parsed.doubts] == [1, 2]
    assert all(set(d.fields) == {"title", "issued"} for d in parsed.doubts)
    assert parsed.references[0].source_text == " ".join(page.split())


@pytest.mark.parametrize(
    ("printed", "families", "truncated"),
    [
        ("Roe J, Doe A, et al.", ["Roe", "Doe"], True),
        ("Roe J et al", ["Roe"], True),
        ("Roe J; Doe A; et. al.", ["Roe", "Doe"], True),
        ("Roe J, Doe A,  et   al.", ["Roe", "Doe"], True),
        ("Roe J,\net al.", ["Roe"], True),
        ("ROE J, DOE A, ET AL.", ["ROE", "DOE"], True),
        ("Roe J, etal.", ["Roe"], True),
        ("Roe J, Doe A, and others", ["Roe", "Doe"], True),
        ("Roe J and colleagues", ["Roe"], True),
        ("Roe J, Doe A", ["Roe", "Doe"], False),
    ],
)
def test_et_al_and_others_cut_the_names_short(printed, families, truncated):
    names, cut = read_names(printed)
    assert ([n.family or n.literal for n in names], cut) == (families, truncated)


@pytest.mark.parametrize(
    ("token", "is_range"),
    [
        ("836-47", True),
        ("e168-e174", True),
        ("S12–S19", True),
        ("2020;1(2):3-4", True),
        ("pp123-4", True),
        ("10.1000/x-1", True),
        ("1990-", False),  # no digit after the dash
        ("-12", False),  # no number before it
        ("abcd1-2", False),  # more than three letters first
        ("12", False),
    ],
)
def test_the_range_feature_of_a_token(token, is_range):
    assert ("range" in word_features(token, False)[0]) is is_range


# Made-up references of every kind a list prints, each naming its kind as Vancouver does.
KINDS = [
    ("Smith J. Method for making widgets. US Patent 1234567. 2015 Mar 3.", "patent", "", "US Patent 1234567"),  # noqa: E501
    ("Doe A. A study of imaginary things [dissertation]. Springfield: Nowhere University; 2018.", "thesis", "", ""),  # noqa: E501
    ("Roe B. widgettool: a made-up toolkit [software]. Version 2.1. 2021.", "software", "", "Version 2.1"),  # noqa: E501
    ("Loe D. Imaginary cohort data [dataset]. Zenodo; 2022.", "dataset", "", ""),
    ("Moe E. An invented preprint about nothing. medRxiv [Preprint]. 2023.", "article", "medRxiv", ""),  # noqa: E501
    ("Zoe P. Closure of patent foramen ovale in made-up patients. Test J Cardiol. 2019;12(3):45-50.", "article-journal", "Test J Cardiol", ""),  # noqa: E501
]  # fmt: skip


@pytest.mark.parametrize("printed, kind, container, note", KINDS, ids=[k[1] for k in KINDS])
def test_the_type_is_what_the_printed_words_name_and_no_journal_is_invented(
    printed, kind, container, note
):
    [ref] = parse_reference_list(f"References\n1. {printed}\n").references
    assert (ref.type, ref.container_title, ref.note) == (kind, container, note)
    assert "[" not in ref.title  # "[dissertation]" is no part of the title


def test_a_name_list_nothing_closes_still_ends_before_the_title() -> None:
    # markup whose renderer adds the full stop, or a copy that lost it (made-up reference)
    text = (
        "1. Quillby EL, Rowan KG, et al Invented findings on imaginary cells. "
        "J Made Up Stud. 2030;12:101-9.\n"
    )
    (ref,) = parse_reference_list(text).references
    assert [n.family for n in ref.author] == ["Quillby", "Rowan"] and ref.author_truncated
    assert ref.title == "Invented findings on imaginary cells"
    assert ref.source_text == text[3:].strip()  # the printed text, as printed


def test_an_unclosed_name_list_before_a_year_keeps_the_year() -> None:
    # ASM's markup: "Name 2011 Title" where the journal prints "Name. 2011. Title" (made up)
    text = (
        "1. Quillby EL, Rowan KG 2029 Invented findings on imaginary cells. "
        "J Made Up Stud 12:101-9.\n"
    )
    # and the Royal Society's "Name, et al. 2029 Title"
    text += "2. Sallow R, et al. 2030 Pretend results in made-up mice. Fict. Rep. 4, 55-60.\n"
    ref, other = parse_reference_list(text).references
    assert [n.family for n in ref.author] == ["Quillby", "Rowan"]
    assert ref.year == 2029 and ref.title == "Invented findings on imaginary cells"
    assert (other.year, other.title) == (2030, "Pretend results in made-up mice")


def test_science_style_title_is_not_taken_for_the_journal() -> None:
    text = (
        "1. Quillby E. L., Rowan K. G., Invented findings on imaginary cells, tissues, and "
        "organs. J. Made Up Stud. 12, 101–109 (2029).\n"
        "2. Sallow R., Pretend results. Fict. Rep. Lett. 4, 55–60 (2030).\n"
    )
    first, second = parse_reference_list(text).references
    assert [n.family for n in first.author] == ["Quillby", "Rowan"]
    assert first.title == "Invented findings on imaginary cells, tissues, and organs"
    assert first.container_title == "J. Made Up Stud."
    assert (second.title, second.container_title) == ("Pretend results", "Fict. Rep. Lett.")
