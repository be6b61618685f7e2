"""A list copied one token a line reads as the same list one a line, whatever the printed
shape of its volume, issue and pages, and keeps its identifiers and names whole (issue 13).
Every reference here is a made-up test text, not a real record."""

from __future__ import annotations

import re

import pytest

from blinarefs.parse import join_tokens, parse_reference_list
from test_parse_token_lists import _tokens

HEAD = "Roe AB, Doe CD. A made-up trial of sleep in lambs. "
# Each printed shape of volume(issue):pages, with the issue equal to the next item's number
# where one can be (3), so that a number alone on its line is tried as an item's start.
SHAPES = [
    "Fict One. 2031;7(3):e33224.",
    "Fict One. 2031 Mar;7(3):e33224.",
    "Fict One. 2031 Mar 5;7(3):e33224.",
    "Fict One. 2031 Jan-Feb;7(3):1-9.",
    "Fict One. 2031 Jul/Aug;7(3):1-9.",
    "Fict One. 2031 Summer;7(3):1-9.",
    "Fict One. 2031 Spring-Summer;7(3):1-9.",
    "Fict Med J. 2031;12(Suppl 3):S45-52.",
    "Fict Med J. 2031;12(Suppl. 3):S45–S52.",
    "Fict Med J. 2031;12 Suppl 3:S45-52.",
    "Fict Med J. 2031;7(Pt 3):211–9.",
    "Fict Med J. 2031;7(3 Pt 1):211–9.",
    "Fict Med J. 2031;7(3 Suppl 1):211–9.",
    "Fict Med J. 2031;7(3–4):211–219.",
    "Fict Med J. 2031;7(3-4):211-9.",
    "Fict Med J. 2031;7(3A):211-9.",
    "Fict Med J. 2031;7(S3):S12.",
    "Fict Med J. 2031;7(1/3):1-9.",
    "Fict Med J. 2031;7(Spec No):30-9.",
    "Fict Med J. 2031;7:211-9.",
    "Fict Med J. 2031;(3):1-9.",
    "Fict Med J. 2031;(Suppl 3):S1-9.",
    "Fict Med J. 2031(3):8–11.",
    "Fict Med J. 2031;365(1554):2793–807.",
    "Fict Med J. 2031;7(3):e1000123. doi: 10.1371/journal.fict.1000123",
    "Fict Med J. 2031;7(3):211. PMID: 12345678",
    "Fict Med J. 2031;7(3):e1000123. Epub 2030/07/28. PubMed PMID: 20100123.",
    "Fict One 7(3): e33224. doi:10.1371/journal.fict.0033224",
    "Fict Med 3(3): e442.",
    "Fict Med J 2031; 7 (3): 211 - 219.",
    "Fict Med J. 2031, 7(3), 211–219.",
    "Fict Med J. 2031. 7(3): 1–9.",
    "Fict. Med. J. 7 (2031) 211–219.",
    "Fict Med J 7, 211–219 (2031).",
    "Fict Med J, vol. 7, no. 3, pp. 211–219, 2031.",
    "Rev Fict Saude, v. 17, n. 3, p. 101-109, mar. 2031.",
    "Rev Fict Saude 2031; 17(supl.3):101-9.",
    "Rev Fict Saude. 2031 abr-jun;17(3):101-9.",
    # the number sign typed as a degree sign: "N°", "n°"
    "Rev Fict Saude. 2031;17(N° 3):101-9.",
    "Rev Fict Saude, v. 17, n° 3, p. 101-109, 2031.",
    # a date's day and its full stop before the volume
    "Fict Med J. 2031 Mar 3. 7(3):211-9.",
]
OTHERS = [
    "Poe E. An invented survey of goats. Fict Rep. 2030;4:55-60.",
    "Quill R, Reed S. A pretend review of nothing. Imag Med J. 2029;9(2):200-10.",
]
FIELDS = ("author", "title", "container_title", "issued", "volume", "issue", "page", "doi")


def _layouts(refs: list[str]) -> tuple[str, str]:
    lines = [f"{n}. {ref}" for n, ref in enumerate(refs, 1)]
    one = "\n".join(lines) + "\n"
    return one, "\n".join(t for line in lines for t in _tokens(line)) + "\n"


@pytest.mark.parametrize("shape", SHAPES)
def test_one_token_a_line_reads_as_one_a_line(shape: str) -> None:
    one, tokens = _layouts([OTHERS[0], HEAD + shape, OTHERS[1]])
    want = parse_reference_list(one).references
    got = parse_reference_list(tokens).references
    assert [r.number for r in got] == [1, 2, 3]
    for a, b in zip(want, got, strict=True):
        assert {f: getattr(b, f) for f in FIELDS} == {f: getattr(a, f) for f in FIELDS}


def test_the_issue_is_read_in_every_shape_one_token_a_line() -> None:
    # not only the same as one a line: right (the shapes with an issue hold "3" in it)
    refs = [HEAD + s for s in SHAPES]
    got = parse_reference_list(_layouts(refs)[1]).references
    assert len(got) == len(SHAPES)
    # (ABNT's "v. 17, n. 3" is not read one a line either: left out here)
    printed = re.compile(r"\((?:[A-Za-z]+°?\.? ?)?3(?:\b|A)|/3\)|no\. 3|supl\.3|Suppl 3:")
    with_issue = [(s, r) for s, r in zip(SHAPES, got, strict=True) if printed.search(s)]
    assert len(with_issue) > 25
    assert [s for s, r in with_issue if "3" not in (r.issue or "")] == []


# Printed forms the joiner rebuilds exactly from one token a line.
def test_a_number_inside_a_doi_does_not_open_an_item() -> None:
    # "...Fict" / "." / "2" / "." / "2031" / "." / "4": the DOI goes on, and item 2 is the
    # next reference, not the rest of the DOI
    refs = [
        "Roe AB. A made-up assay. Acta Fict. 2031;2:469–80. doi: 10.1556/Fict.2.2031.4.10",
        "Doe CD. A second made-up assay. Fict Rep. 2030;4:55-60.",
        "Poe E. A third made-up assay. Fict Rep. 2029;3:1-9.",
    ]
    one, tokens = _layouts(refs)
    got = parse_reference_list(tokens).references
    assert [r.number for r in got] == [1, 2, 3]
    assert got[0].doi == parse_reference_list(one).references[0].doi
    assert got[0].doi == "10.1556/Fict.2.2031.4.10"
    assert got[1].title == "A second made-up assay"


# Numbers a reference prints that equal the next item's number, one token a line: the
# reference keeps them, and the next item starts at its own number.
NUMBER_BEFORE_NEXT = [
    # a volume after its journal, then a DOI and a PubMed id (PLOS's own style)
    "Roe AB, Doe CD (2031) A made-up model. Fict Comput Biol {n}. doi: 10.1371/journal.fict."
    "1001080 21379319",
    # a book's volume, a series number
    "Roe AB (2031) A made-up handbook, volume {n}. Example Press, Springfield, USA.",
    "Roe AB (2031) A made-up guide. Fict Special Publication No. {n}. 600 p.",
    # the end of a DOI
    "Roe AB (2031) A made-up assay. Fict Med 21: 25-{n}. doi:10.1080/fict.21.1.25.{n}. "
    "PubMed: 11842976.",
    # a DOI ending in the number (one token a line, like a number printed twice)
    "Roe AB (2031) A made-up assay. Fict Sci OA doi:10.4155/fict.15.{n}.",
    # a chemical's locants in parentheses
    "Roe AB (2031) β-(1,{n})-Glucan in made-up cells. Fict Med 21: 25-30.",
    # the number of a book's volume closing the last item
    "Roe AB (2031) A made-up analysis. In: Poe E, editors, Advances in Fict Systems 24.",
    # the day of a date after the year and the month
    "Roe AB (2031) A made-up assay. Fict Med 21: 25-30. Epub 2031/12/{n}.",
]


@pytest.mark.parametrize("printed", NUMBER_BEFORE_NEXT)
def test_a_number_equal_to_the_next_item_stays_in_its_reference(printed: str) -> None:
    refs = [OTHERS[0], printed.format(n=3), "Quill R. A pretend review of nothing. 2029;9:1-8."]
    one, tokens = _layouts(refs)
    want = parse_reference_list(one).references
    got = parse_reference_list(tokens).references
    assert [r.number for r in got] == [1, 2, 3]
    assert [r.source_text.replace(" ", "") for r in got] == [
        r.source_text.replace(" ", "") for r in want
    ]
    # and as the last item of a list
    one, tokens = _layouts([OTHERS[0], printed.format(n=3)])
    assert [r.number for r in parse_reference_list(tokens).references] == [1, 2]


@pytest.mark.parametrize(
    ("doi", "after"),
    [
        ("10.9999/1092-4388(2030/11-0044)", "."),  # a DOI's own parentheses hold a "/"
        ("10.9999/1092-4388(2030/11-0044)", ""),  # at the end of the reference
        ("10.9999/EXJ.203011_36(6).20300515A", "."),  # and go on after them
        ("10.9999/x", " (2030)."),  # a year after a DOI stays apart
    ],
)
def test_parentheses_inside_a_doi_one_token_a_line(doi: str, after: str) -> None:
    printed = f"Roe J. Made-up counts. Ex J. 2030;5:1-2. doi: {doi}{after}"
    assert join_tokens(re.findall(r"[^\W_]+|\S", printed)) == printed


def test_an_item_after_a_long_address_ending_in_a_slash() -> None:
    """The next item's number after an address of many words that ends with "/": the
    address is looked at whole, so the number is not read as more of a word."""
    refs = [
        OTHERS[0],
        "Example Health Office. Example sheet [Internet]. 2031 [cited 2032 Feb 8]. Available "
        "from: https://www.example.org/example-sheet-covid-19-office-of-the-example-health-"
        "organisation-in-the-land-of-nowhere-at-all/",
        "Orne EP. A made-up discourse: principles. 13. ed. Nowhere: Fict; 2030. 100 p.",
    ]
    _, tokens = _layouts(refs)
    assert [r.number for r in parse_reference_list(tokens).references] == [1, 2, 3]


def test_an_item_after_an_address_ending_in_a_number_and_a_slash() -> None:
    """ ".../iss1/57/" / "3" / "." / "Quill": the next item, not the day of a date (which
    follows a year and a month: "2031/12/3.")"""
    refs = [
        OTHERS[0],
        "Roe J (2030) A made-up leaflet. Fict Leaflets 12: 469–475. "
        "http://example.org/ebl/vol2030/iss1/57/",
        OTHERS[1],
    ]
    one, tokens = _layouts(refs)
    got = parse_reference_list(tokens).references
    assert [r.number for r in got] == [1, 2, 3]
    assert got[1].source_text == parse_reference_list(one).references[1].source_text


@pytest.mark.parametrize(
    "printed",
    [
        "Romero L. M.-y.-T., Schwartz I. B., Made-up swarms. Ex J. 12, 810–818 (2030).",
        "Jeong B.-r., Chang Y. K., Made-up lipids. Ex J. 12, 810–818 (2030).",
        "Example Sheets; http://stat.example.org/en/#data/FBS (2031) [accessed 21 May 2032].",
        "Roe J. Data. https://example.org/files/Bio%20(ROCA%202).pdf. Accessed 4 June 2031.",
        "Roe S (2030) Graph clustering by example. Ph.D. thesis, University of Nowhere.",
        "Roe J, 2030, ‘Made-up farms’, Fict Sustain 8, 672 https://doi.org/10.9999/fs8080672",
        "Roe J, 2030, ‘Made-up farms’, Fict Sustain 8, 672 doi: 10.9999/fs8080672",
        # the last initial printed without its stop before the comma stays with the others
        "Roe S.P.J, 2030, ‘Made-up farms’, Fict Sustain 8(1), 17–23.",
        "Roe K. & Doe E.H.M, 2030, ‘Made-up farms’, Fict Sustain 8(1), 17–23.",
        "Roe, J. C., Doe, A. B., and Poe, E. 2030. Made-up farms. Fict Sustain 8: 17–23.",
    ],
)
def test_initials_and_addresses_one_token_a_line(printed: str) -> None:
    """Lower-case initials joined by a hyphen stay one initial; a year in parentheses
    after an address stays apart from it, a file's name in parentheses inside it; a page
    after a volume's comma is not its thousands before an address or a DOI."""
    assert join_tokens(re.findall(r"[^\W_]+|\S", printed)) == printed


@pytest.mark.parametrize("words", ["Available at:", "Available from:", "Disponível em:"])
def test_an_item_after_an_address_the_copy_lost(words: str) -> None:
    """ "Available at:" / "3" / "." / "Fict": the markup kept the words, not the address;
    the number after the colon is the next item's, not a page."""
    refs = [
        OTHERS[0],
        f"Fict Council (FC). (2030). Made-up guidelines for goats. Nowhere: FC. {words}",
        f"Fict Council (FC). (2031). A made-up convention on goats. Nowhere: FC. {words}",
        OTHERS[1],
    ]
    one, tokens = _layouts(refs)
    got = parse_reference_list(tokens).references
    assert [r.number for r in got] == [1, 2, 3, 4]
    assert [r.source_text for r in got] == [
        r.source_text for r in parse_reference_list(one).references
    ]


@pytest.mark.parametrize(
    "printed",
    [
        "Roe J. Made-up counts. Ex J. 2030;17(N° 3):101-9.",
        "Roe J. Made-up counts. Rev Ex, v. 17, n° 3, p. 101-109, 2030.",
        # a date's day is no decimal of the volume after it; a dose after a month is one
        "Roe J. Made-up counts. Ex J. 2030 Mar 3. 7(3): 211-9.",
        "Roe J. Made-up counts of goats fed in May 2.5 kg of hay. Ex J. 2030;7(3):211-9.",
    ],
)
def test_an_issues_marks_and_a_dates_day_one_token_a_line(printed: str) -> None:
    assert join_tokens(re.findall(r"[^\W_]+|\S", printed)) == printed


def test_an_item_after_a_doi_cut_at_its_prefix() -> None:
    """ "doi: 10.1000/" / "2" / "." / "Doe": a DOI the copy cut right after its prefix's
    slash ends the reference; the number after it opens the next item, and the first
    item is not lost."""
    refs = [
        "Roe AB. A made-up assay. Fict Pathog. 2031;7(10). doi: 10.9999/",
        "Doe CD. A second made-up assay. Fict Rep. 2030;4(1–2):55-60.",
        OTHERS[1],
    ]
    _, tokens = _layouts(refs)
    got = parse_reference_list(tokens).references
    assert [r.number for r in got] == [1, 2, 3]
    assert got[1].title == "A second made-up assay"


@pytest.mark.parametrize(
    "printed",
    [
        # a page "10" closing a sentence before a DOI is no DOI prefix ("10.10.9999/...")
        "Roe D. C., Doe A. B. (2030). Made-up goats. Fict Sel. 48: 10. 10.9999/fs.2030.10",
        "Roe J. Made-up clocks on version 10.2 and 10.15. Fict J. 2030;10(2):10.",
        # "D. C." is a name's initials; after Washington the district
        "Barton D. C., Paxson R. B. (2030). A made-up salt dome. Fict Bull. 9 594–612.",
        "Roe J. Made-up goats. Washington, D.C.: Fict Press; 2030.",
        "Roe J. Made-up goats. Washington D.C.: Fict Press; 2030.",
        # an allele's star
        "Roe J. Made-up TPMT*3 and HLA-B*57 carriers. Fict J. 2030;10:1-9.",
    ],
)
def test_a_page_before_a_doi_initials_and_alleles_one_token_a_line(printed: str) -> None:
    assert join_tokens(re.findall(r"[^\W_]+|\S", printed)) == printed


def test_a_page_ten_before_a_doi_keeps_its_reference_whole() -> None:
    """The article number "10." and the DOI after it: the DOI is not read as "10.10.9999"
    and the page stays the reference's."""
    refs = [
        "Roe AB, Doe CD (2030). A made-up assay of goats. Fict Sel. 48:10. 10.9999/fs.2030.10",
        OTHERS[1],
    ]
    _, tokens = _layouts(refs)
    got = parse_reference_list(tokens).references
    assert [r.number for r in got] == [1, 2]
    assert got[0].page == "10"
    assert got[0].doi == "10.9999/fs.2030.10"


@pytest.mark.parametrize("before", ["Roe J, ", ""])
def test_an_elided_article_opens_a_name_one_token_a_line(before: str) -> None:
    """ "’" / "t" / "Hart": the apostrophe opens the name, even right after the item's
    number, and the item is read."""
    refs = [OTHERS[0], f"{before}’t Hart K. A made-up survey of dykes. Fict J. 2030;1:1-9."]
    one, tokens = _layouts(refs)
    assert f"2. {before}’t Hart K." in join_tokens(_tokens(one.replace("\n", " ")))
    got = parse_reference_list(tokens).references
    assert [r.number for r in got] == [1, 2]
    assert got[1].title == "A made-up survey of dykes"


@pytest.mark.parametrize(
    "printed",
    [
        # an article's numbered pages, both ends dotted
        "Roe J. Made-up goats. Fict Biol. 3, 3007.1–3007.12.",
        "Roe J. Made-up goats. Fict Biol. 10: R25.1–25.10.",
        "Roe J. Made-up goats. Fict Biol. 10: 25–26. 10 goats were counted.",
        # a hyphen left hanging before "and" / "to", not inside "face-to-face"
        "Roe J. Pre- and post-war goats of 6- to 12-month age. Fict. 2030;1:1-9.",
        "Roe J. Face-to-face and hit-and-run counts of goats. Fict. 2030;1:1-9.",
    ],
)
def test_numbered_pages_and_hanging_hyphens_one_token_a_line(printed: str) -> None:
    assert join_tokens(re.findall(r"[^\W_]+|\S", printed)) == printed
