"""House forms of the date, the volume and a corporate author that the labeller misreads:
MEDLINE's journal date with no full stop before it, a month printed as a number, a volume
and issue with nothing between, an organisation closed by a colon. The references are
made up."""

from __future__ import annotations

import pytest

from blinarefs.parse import read_item
from blinarefs.parse.closing import close_names


def _read(printed: str):  # type: ignore[no-untyped-def]
    return read_item(printed, 1, 1).reference


@pytest.mark.parametrize(
    ("tail", "journal"),
    [
        ("Quillomics 2031 Jun;14(3):201-209.", "Quillomics"),
        ("J Imag Bot 2031 Jun;14(3):201-209.", "J Imag Bot"),
        ("J Imag Bot. 2031 6;14(3):201-209.", "J Imag Bot"),
        ("J Imag Bot. 2031 6 12;14(3):201-209.", "J Imag Bot"),
    ],
)
def test_a_medline_date_before_the_volume_is_the_year_and_its_journal_the_journal(
    tail: str, journal: str
) -> None:
    ref = _read(f"Fernhollow D, Quince AB. Invented roots of pretend trees. {tail}")
    assert (ref.container_title, ref.year, ref.volume, ref.issue, ref.page) == (
        journal, 2031, "14", "3", "201-209",
    )  # fmt: skip
    assert ref.title == "Invented roots of pretend trees"


def test_a_year_in_the_title_before_a_semicolon_is_not_taken_when_a_year_was_read() -> None:
    ref = _read("Fernhollow D. Pretend trees in 2030; a made-up survey. J Imag Bot. 2031;14:1-9.")
    assert (ref.year, ref.container_title) == (2031, "J Imag Bot")


def test_a_volume_and_issue_with_only_a_space_between_are_both_read() -> None:
    ref = _read(
        "Fernhollow D, Quince AB. Invented roots of pretend trees. J Imag Bot [Internet]. "
        "2031 [cited 2032 Jan 3]; 14 3: 201- 9. Available from: http://example.org/roots"
    )
    assert (ref.volume, ref.issue) == ("14", "3")


@pytest.mark.parametrize(
    ("printed", "author"),
    [
        ("Imaginary Advisory Committee on Pretend Safety: Made-up guidance. Nowhere; 2031.",
         "Imaginary Advisory Committee on Pretend Safety"),
        ("Centers for Invented Examples (CIE): Made-up guidance. Nowhere; 2031.",
         "Centers for Invented Examples (CIE)"),
    ],
)  # fmt: skip
def test_an_organisation_closed_by_a_colon_is_the_author(printed: str, author: str) -> None:
    assert close_names(printed).startswith(f"{author}. Made-up guidance.")
    ref = _read(printed)
    assert [n.literal for n in ref.author] == [author]
    assert ref.title == "Made-up guidance"


@pytest.mark.parametrize(
    "printed",
    [
        "Management of pretend trees in the Office: a made-up review. J Imag Bot. 2031;1:2-3.",
        "Pretend Trees and Their Roots: A Made-Up Survey. J Imag Bot. 2031;1:2-3.",
    ],
)
def test_a_title_with_a_colon_is_not_taken_for_an_organisation(printed: str) -> None:
    assert close_names(printed) == printed


def test_a_link_label_and_a_glued_sentence_do_not_run_into_the_title() -> None:
    ref = _read("Quince AB: Made-up title of pretend trees. Pretend Council;2031 Reference Source")
    assert (ref.title, ref.year, ref.type) == ("Made-up title of pretend trees", 2031, "book")
    ref = _read(
        "Quince AB: Made-up title of pretend roots.From seed to tree. 2031. Reference Source"
    )
    assert ref.title == "Made-up title of pretend roots"
    # a URL keeps its full stops
    assert "https://example.org/Pretend.Html" in close_names(
        "Quince AB. Made-up title. 2031. https://example.org/Pretend.Html"
    )


def _list(lines: list[str]) -> list[tuple[list[str], str]]:
    from blinarefs.parse import parse_reference_list

    text = "".join(f"{i}. {line}\n" for i, line in enumerate(lines, 1))
    refs = parse_reference_list(text).references
    return [([n.literal or n.family for n in r.author], r.title) for r in refs]


_PEOPLE = [
    f"{family} AB, Doe C{mark} Invented finding number {k}. J Imag Bot. 203{k};{k}:1-9."
    for k, family in enumerate(("Quince", "Rowan", "Thistle", "Bramble", "Sallow"), 1)
    for mark in (":",)
]


def test_in_a_list_that_closes_names_with_a_colon_an_organisation_before_one_is_the_author() -> (
    None
):
    read = _list([*_PEOPLE, "Examplecorp: Pretend market report. Nowhere: Pretend Press; 2031."])
    assert read[-1] == (["Examplecorp"], "Pretend market report")


def test_in_a_list_that_closes_names_with_a_full_stop_a_title_with_a_colon_stays_whole() -> None:
    people = [line.replace("C:", "C.") for line in _PEOPLE]
    read = _list([*people, "Pretend trees: a made-up survey. J Imag Bot. 2031;1:2-3."])
    assert read[-1] == ([], "Pretend trees: a made-up survey")


def test_a_place_run_into_a_chapters_book_is_left_out_of_it() -> None:
    ref = _read(
        "Quince AB, Rowan C. Pretend chapter on trees. In: Doe A, Roe B (eds). Made-up Book of "
        "Trees: Second Report. Nowhere, ST: Pretend Press: Unit of Trees; 2031: 5-9"
    )
    assert ref.container_title == "Made-up Book of Trees: Second Report"


def test_pages_before_a_doi_with_no_mark_between_are_the_pages() -> None:
    ref = _read(
        "Quince A. B., and Rowan C. (2031) Invented roots of pretend trees. J. Imag. Bot. "
        "191, 4633–4638 10.9999/made.up.7"
    )
    assert (ref.volume, ref.page, ref.doi) == ("191", "4633-4638", "10.9999/made.up.7")


@pytest.mark.parametrize(
    "tail",
    [
        # PMC's AMA citation of a paper numbered by article: its day online after the tail
        "BMJ. 2031;385:n2468. Published 2031 May 12. doi:10.1136/bmj.n2468",
        "BMJ. 2031;385:n2468. Published 2031 May 12.",
        "BMJ. 2031;385:n2468. Published May 12, 2031.",
    ],
)
def test_the_day_published_after_an_article_number_keeps_the_number(tail: str) -> None:
    # the labeller lost the number (or its letter) when left to read the date sentence
    ref = _read(f"Fernhollow D, Quince AB. Invented roots of pretend trees. {tail}")
    assert (ref.container_title, ref.volume, ref.page) == ("BMJ", "385", "n2468")
    assert ref.available_date == (2031, 5, 12)
    assert ref.title == "Invented roots of pretend trees"


@pytest.mark.parametrize(
    ("tail", "server"),
    [
        ("medRxiv. Preprint posted online May 1, 2031. doi:10.5555/2031.04.28.000123", "medRxiv"),
        ("arXiv. Preprint posted May 1, 2031. https://example.org/abs/3105.01234", "arXiv"),
    ],
)
def test_amas_preprint_is_a_preprint_of_its_server_and_day(tail: str, server: str) -> None:
    # the server was read as "Preprint posted online May 1", the year lost
    ref = _read(f"Fernhollow D, Quince AB. Invented roots of pretend trees. {tail}")
    assert (ref.type, ref.container_title, ref.issued) == ("article", server, (2031, 5, 1))
    assert (ref.title, ref.note) == ("Invented roots of pretend trees", "")


@pytest.mark.parametrize(
    "tail",
    [
        # SAGE's online-first article: the day first, no volume
        "J Imag Bot. Epub ahead of print 7 July 2031. DOI: 10.9999/jib.2031.1.",
        "J Imag Bot. Epub ahead of print July 7, 2031.",
        # BMJ's year after the journal with no full stop, the note in parentheses
        "J Imag Bot 2031 (Epub ahead of print 7 Jul 2031).",
    ],
)
def test_an_article_ahead_of_print_has_its_journal_and_year_without_the_note(tail: str) -> None:
    ref = _read(f"Fernhollow D, Quince AB. Invented roots of pretend trees. {tail}")
    assert (ref.container_title, ref.year, ref.title) == (
        "J Imag Bot", 2031, "Invented roots of pretend trees",
    )  # fmt: skip


def test_a_journal_named_with_a_year_keeps_it_ahead_of_print() -> None:
    ref = _read("Fernhollow D. Invented roots. Pretend Bot 2000. Epub ahead of print 7 July 2031.")
    assert (ref.container_title, ref.year) == ("Pretend Bot 2000", 2031)


def test_a_titles_last_word_is_not_read_into_a_journal_of_four_words() -> None:
    ref = _read(
        "Fernhollow D, Quince AB, Lark JS Statement of the 1st consensus on made-up disorders "
        "and orofacial pain. Dental Press J Orthod 2030;15:114–20."
    )
    assert ref.title.endswith("orofacial pain")
    assert ref.container_title == "Dental Press J Orthod"


def test_names_with_initials_in_any_latin_capital_are_closed_before_the_title() -> None:
    printed = "Fernhollow GŞ, Quince Ö The effect of made-up roots. J Made Up. 2031;97:21–26."
    assert close_names(printed).startswith("Fernhollow GŞ, Quince Ö. The effect")
    ref = _read(printed)
    assert [n.family for n in ref.author] == ["Fernhollow", "Quince"]


def test_in_a_colon_list_a_body_before_a_title_with_a_glued_year_is_the_author() -> None:
    # F1000 prints the year glued to the title's full stop ("Title.2031"); where the item's
    # first words were read as the title, the body closed by the list's colon is the author,
    # whatever its words and whatever colon its title holds
    items = {
        "EXMPL2K: Reviews of made-up policy at pretend facilities.2031 Reference Source": (
            "EXMPL2K",
            "Reviews of made-up policy at pretend facilities",
        ),
        "Example Health Forum: Fair Pretend Forum: 2031 Meeting Report.2031 Reference Source": (
            "Example Health Forum",
            "Fair Pretend Forum: 2031 Meeting Report",
        ),
    }
    read = _list([*_PEOPLE, *items])
    for (authors, title), (author, want) in zip(read[len(_PEOPLE) :], items.values(), strict=True):
        assert (authors, title) == ([author], want)
