"""IEEE's numbered style as authors type it: names given first, titles in quotation marks
(straight ones, from a plain-text editor, as well as curly ones), "in Proc." before a
meeting's proceedings, "[Online]. Available:" before a link. Every reference here is a
made-up test text, not a real record."""

from __future__ import annotations

import pytest

from blinarefs.model import Reference
from blinarefs.parse import parse_reference_list
from blinarefs.parse.quotes import curled


def _read(text: str) -> Reference:
    refs = parse_reference_list(f"References\n[1] {text}\n").references
    assert len(refs) == 1
    return refs[0]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('A. Roe, "Title," in Proc.', "A. Roe, “Title,” in Proc."),
        ('Roe J. "Title". J Ex.', "Roe J. “Title”. J Ex."),
        # a quoted phrase opening a title is no quoted title: left as printed
        ('Roe J. "Herd immunity": a guide.', 'Roe J. "Herd immunity": a guide.'),
        # unpaired, or a mark that cannot open where it stands: left as printed
        ('A 3" screen', 'A 3" screen'),
        ('A "b" c"', 'A "b" c"'),
        ('x" y "z', 'x" y "z'),
    ],
)
def test_straight_quotes_are_curled_only_when_they_pair(text: str, expected: str) -> None:
    assert curled(text) == expected
    assert len(curled(text)) == len(text)  # one character for one: spans stay printed


@pytest.mark.parametrize("quote", [('"', '"'), ("“", "”")])
def test_a_single_author_before_a_quoted_title(quote: tuple[str, str]) -> None:
    o, c = quote
    ref = _read(
        f"B. Harlow, {o}Signal processing toolbox for made-up sensors,{c} 2021. [Online]. "
        "Available: https://example.org/harlow/toolbox"
    )
    assert [n.family for n in ref.author] == ["Harlow"]
    assert ref.title == "Signal processing toolbox for made-up sensors"
    assert ref.url == "https://example.org/harlow/toolbox"


@pytest.mark.parametrize("quote", [('"', '"'), ("“", "”")])
def test_a_paper_in_a_meetings_proceedings(quote: tuple[str, str]) -> None:
    o, c = quote
    ref = _read(
        f"A. Weller and P. Duarte, {o}Wearable sensors for pretend gait analysis,{c} in Proc. "
        "Made-Up Int. Conf. Eng. Med. (MICEM), Berlin, Germany, 2019, pp. 1120–1123."
    )
    assert ref.type == "paper-conference"
    assert [n.family for n in ref.author] == ["Weller", "Duarte"]
    assert ref.title == "Wearable sensors for pretend gait analysis"
    assert ref.container_title == "Proc. Made-Up Int. Conf. Eng. Med. (MICEM)"
    assert ref.page == "1120-1123"


def test_a_journal_named_proceedings_stays_a_journal() -> None:
    ref = _read(
        'C. N. Okafor and L. Brandt, "Made-up signalling in pretend cells," '
        "Proc. Natl. Acad. Sci. USA, vol. 120, no. 3, pp. 812–823, Mar. 2023."
    )
    assert ref.type == "article-journal"
    assert ref.title == "Made-up signalling in pretend cells"
    assert (ref.volume, ref.issue, ref.page) == ("120", "3", "812-823")


def test_the_volume_word_after_a_quoted_title_is_not_the_journals() -> None:
    # a British close ("Title”, Journal") as citeproc prints IEEE, and the American one
    for close in ("”,", ",”"):
        ref = _read(
            f"T. Roe and V. Moe, “Near-infrared pretend pair for made-up regulation{close} "
            "Nat Chem Biol, vol. 13, pp. 633–639, 2017, doi: 10.1000/ncb.2343."
        )
        assert (ref.container_title, ref.volume, ref.page) == ("Nat Chem Biol", "13", "633-639")


@pytest.mark.parametrize(
    ("place", "volume", "issue", "page"),
    [("vol. 6, p. 265", "6", "", "265"), ("vol. 30, no. 9, p. e36", "30", "9", "e36")],
)
def test_a_number_after_its_word_is_what_the_word_names(
    place: str, volume: str, issue: str, page: str
) -> None:
    ref = _read(
        f"M. Roe and J. Moe, “Made-up apolipoproteins and pretend cancer”, Front Pretend, "
        f"{place}, 2015, doi: 10.1000/fp.2015.00265."
    )
    assert (ref.container_title, ref.volume, ref.issue, ref.page) == (
        "Front Pretend",
        volume,
        issue,
        page,
    )


@pytest.mark.parametrize("tail", [", doi: 10.5555/made.up.2031.", "."])
def test_a_month_before_the_year_is_the_date_not_the_journal(tail: str) -> None:
    # "..., pp. 301-310, Apr. 2031, doi: 10.x" read as the ACS's tail: the journal "Apr."
    # and no pages; and the month the labeller leaves unlabelled was lost
    ref = _read(
        'J. Roe and K. Doe, "Made-up outcomes of invented trials," Made-Up J. Med., vol. 390, '
        f"no. 4, pp. 301–310, Apr. 2031{tail}"
    )
    assert ref.container_title.rstrip(".") == "Made-Up J. Med"
    assert (ref.volume, ref.issue, ref.page, ref.issued) == ("390", "4", "301-310", (2031, 4))


def test_a_month_named_in_the_title_dates_nothing() -> None:
    ref = _read('J. Roe, "Made-up floods of May 2031," Made-Up J., vol. 2, pp. 1-9, 2031.')
    assert ref.issued == (2031,)


def test_a_web_page_dated_only_by_its_reading_has_no_date_of_its_own() -> None:
    # IEEE's "Accessed: Jan. 5, 2031. [Online]. Available: URL": the access year became the
    # page's date (and then its month and day too)
    ref = _read(
        'J. Roe. "Made-up page." Invented Site. Accessed: Jan. 5, 2031. [Online]. '
        "Available: https://example.org/page"
    )
    assert (ref.type, ref.title, ref.issued) == ("webpage", "Made-up page", None)
    assert ("urldate", "2031-01-05") in ref.extra


@pytest.mark.parametrize(
    ("printed", "publisher", "number"),
    [
        ("Made-Up Agency, Springfield, IL, USA, Tech. Rep. MA-2030-1, 2030.", "Made-Up Agency",
         "MA-2030-1"),
        ("Invented Univ., Springfield, IL, USA, Tech. Rep. 12, Mar. 2030.", "Invented Univ", "12"),
        # the number's letters apart from its digits: the label was read as the journal
        ("Made-Up Agency, Springfield, IL, USA, Tech. Rep. MA-12, 2030.", "Made-Up Agency",
         "MA-12"),
    ],
)  # fmt: skip
def test_a_technical_report_is_a_report_with_its_number(
    printed: str, publisher: str, number: str
) -> None:
    # IEEE's "Tech. Rep.": the institution was read as a journal and the number as its
    # volume, or the report as a book
    ref = _read(f'J. Roe and K. Doe, "Made-up report on owls," {printed}')
    assert (ref.type, ref.title, ref.publisher) == ("report", "Made-up report on owls", publisher)
    assert (ref.issue, ref.volume, ref.container_title) == (number, "", "")


@pytest.mark.parametrize(
    ("journal", "stored"),
    [("IEEE Trans. Example Imag.", "IEEE Trans. Example Imag."), ("Nat Pretend", "Nat Pretend")],
)
def test_an_abbreviated_journal_keeps_its_last_stop_before_the_volume(
    journal: str, stored: str
) -> None:
    # the stop after "Imag" ends the abbreviation and the field at once; "Imag, vol." is no
    # style's form of the name. A journal printed without stops gets none.
    ref = _read(f'J. Roe and B. Doe, "A made-up estimator," {journal}, vol. 78, no. 3, 2030.')
    assert (ref.container_title, ref.volume, ref.issue) == (stored, "78", "3")


@pytest.mark.parametrize(
    ("when", "issued"), [("2030", (2030,)), ("Mar. 2030", (2030, 3)), ("Mar 2030", (2030, 3))]
)
def test_a_meetings_year_after_its_place_is_the_year_not_the_place(
    when: str, issued: tuple[int, ...]
) -> None:
    # no acronym closes the meeting's name: the place of three parts ran on into the date
    ref = _read(
        'J. Roe, "Invented sensing," in Proc. Made-Up Int. Conf. Example Eng., Springfield, '
        f"IL, USA, {when}, pp. 1-9."
    )
    assert ref.type == "paper-conference"
    assert (ref.issued, ref.publisher_place) == (issued, "Springfield, IL, USA")
    assert ref.page == "1-9"


def test_an_article_number_is_the_page_not_the_issue() -> None:
    ref = _read(
        'J. Roe, B. Doe, and C. Poe, "Made-up fields," Pretend Phys. Lett., vol. 124, no. 4, '
        "Art. no. 045001, 2030."
    )
    assert (ref.volume, ref.issue, ref.page, ref.issued) == ("124", "4", "045001", (2030,))
