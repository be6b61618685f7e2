"""Where a title ends (issue 13: BMJ's, OUP's and SAGE's titles): a one-word journal
opening in lower case ("eExample"), a journal opening "J." before a word of a title's, a
period of months closing a report's title, a proceedings' name holding its year, and a
book's title before a publisher printed with no mark (made-up references)."""

from __future__ import annotations

import pytest

from blinarefs.model import Reference
from blinarefs.parse import parse_reference_list

_ARTICLE = "Roe J. Made-up care in example populations. J Example Med 2030;12:101-9."


def _first(item: str) -> Reference:
    return parse_reference_list(f"1. {item}\n2. {_ARTICLE}\n").references[0]


_TITLE = "Plasticity in widget mechanisms of gadget modulation in the rat"


@pytest.mark.parametrize(
    ("item", "journal"),
    [
        (f"Roe FJ, Doe SR. {_TITLE}. eExample 2030; 4: e0364.", "eExample"),
        (f"Roe FJ, Doe SR, Poe DL {_TITLE}. eNeuro 2030; 4: e0364.", "eNeuro"),
        (f"Roe FJ, Doe SR. {_TITLE}. mExample 2030; 5: e00123.", "mExample"),
        (f"Roe, F.J. and Doe, S.R. (2030) {_TITLE}. eExample, 4, e0364.", "eExample"),
        (f"Roe FJ, Doe SR (2030) {_TITLE}. eExample 4: e0364.", "eExample"),
        (f"Roe FJ, Doe SR. {_TITLE}. eExample 2030;4.", "eExample"),
    ],
)  # fmt: skip
def test_a_journal_opening_in_lower_case_is_no_part_of_the_title(item: str, journal: str) -> None:
    ref = _first(item)
    assert (ref.type, ref.title, ref.container_title) == ("article-journal", _TITLE, journal)


@pytest.mark.parametrize("word", ["mTOR", "cAMP"])
def test_a_genes_name_closing_a_title_stays_in_it(word: str) -> None:
    """A name a small letter opens before capitals alone is a gene's or a molecule's: it
    is no journal, and a title that ends with it keeps it (guard)."""
    ref = _first(f"Roe FJ, Doe SR. Widgets and gadgets. {word}. Springfield: Example Press; 2030.")
    assert ref.container_title != word


@pytest.mark.parametrize(
    "item",
    [
        "Roe R, Du H, Doe M, et al. (2030) Switching widget patients: measuring impact using the "
        "Functional Assessment of Widget Therapy-Bone Pain. J. Pain Widget Manage. 38(2): 244–257.",
        "Roe R, Du H, Doe M, et al. (2030) Switching widget patients: measuring impact on bone "
        "pain. J. Pain Widget Manage. 38(2): 244–257.",
    ],
)
def test_a_journal_opening_j_dot_keeps_its_j(item: str) -> None:
    ref = _first(item)
    assert ref.title.endswith(("Pain", "pain"))
    assert ref.container_title.startswith("J. Pain Widget Manage")


def test_a_journal_after_a_title_ending_with_a_capital_word_is_read_as_before() -> None:
    ref = _first(
        "Roe R, Du H. Switching widget patients: Therapy-Bone Pain. J. Exampl. Med. "
        "2030;38(2):244–257."
    )
    assert (ref.title, ref.container_title) == (
        "Switching widget patients: Therapy-Bone Pain", "J. Exampl. Med."
    )  # fmt: skip


def test_a_period_of_months_closes_a_reports_title() -> None:
    ref = _first(
        "Ministry of Widgets. Examplia Widget National Strategic Plan July 2013 - June 2018. "
        "Springfield: Example Biomedical Center, 2014."
    )
    assert (ref.title, ref.issued) == (
        "Examplia Widget National Strategic Plan July 2013 - June 2018", (2014,)
    )  # fmt: skip


def test_a_title_ending_with_a_month_before_a_journal_is_read_as_before() -> None:
    ref = _first("Roe J. Widgets in July 2013 - June 2018. J Exampl 2019;3:1-9.")
    assert (ref.title, ref.container_title, ref.issued) == (
        "Widgets in July 2013 - June 2018", "J Exampl", (2019,)
    )  # fmt: skip


def test_a_proceedings_name_holding_its_year_is_no_title() -> None:
    ref = _first(
        "Roe A, Doe M, Poe F Automatic segmentation of clustered widgets using watershed "
        "graphs. In: Proceedings of the 2031 international conference on widgets, gadgets and "
        "cogs (ICWGC), Springfield, Examplia, 3–5 March 2031 New York: IEEE."
    )
    assert ref.title == "Automatic segmentation of clustered widgets using watershed graphs"
    assert ref.container_title.startswith("Proceedings of the 2031 international conference")


def test_a_proceedings_date_after_its_name_is_read_as_before() -> None:
    ref = _first(
        "Roe A, Doe M. Automatic segmentation of clustered widgets. In: Proceedings of the "
        "International Conference on Widgets; 2031 Mar 3–5; Springfield. p. 12–19."
    )
    assert (ref.title, ref.container_title) == (
        "Automatic segmentation of clustered widgets",
        "Proceedings of the International Conference on Widgets",
    )


@pytest.mark.parametrize(
    "item",
    [
        "Roe,D. (2030) Design and analysis of widgets John Wiley & Sons, New York.",
        "Roe,D. (2030) Design and analysis of widgets. John Wiley & Sons, New York.",
        "Roe D. Design and analysis of widgets. New York: John Wiley & Sons; 2030.",
    ],
)
def test_a_books_title_runs_to_its_publisher(item: str) -> None:
    ref = _first(item)
    assert (ref.type, ref.title, ref.publisher) == (
        "book", "Design and analysis of widgets", "John Wiley & Sons"
    )  # fmt: skip


def test_a_books_subtitle_listing_things_runs_to_its_publisher() -> None:
    ref = _first("Roe A. (2030) Widgets: Manufacturing, Nutrition and Cuisine. Example Press, "
                 "New York.")  # fmt: skip
    assert (ref.type, ref.title, ref.publisher) == (
        "book", "Widgets: Manufacturing, Nutrition and Cuisine", "Example Press"
    )  # fmt: skip


def test_a_books_edition_after_its_title_stays_out_of_it() -> None:
    ref = _first("Roe RL (2030) Widget testing and gadget analysis, 3rd edn. Example Press, "
                 "Springfield.")  # fmt: skip
    assert (ref.title, ref.edition) == ("Widget testing and gadget analysis", "3")


_LARVAE = "Larvicidal activity of widget oil formulation against mosquitoes"


@pytest.mark.parametrize(
    ("item", "journal"),
    [
        (f"Roe V, Doe A, Poe K, et al. (2030) {_LARVAE}. Mosquito J 8.", "Mosquito J"),
        (f"Roe V, Doe A. {_LARVAE}. Exampl Med J; 8. Epub ahead of print 2030. DOI: "
         "10.1234/5678-8-124.", "Exampl Med J"),
    ],
)  # fmt: skip
def test_a_journals_volume_with_no_pages_is_no_part_of_the_title(item: str, journal: str) -> None:
    ref = _first(item)
    assert (ref.type, ref.title, ref.container_title, ref.volume) == (
        "article-journal", _LARVAE, journal, "8"
    )  # fmt: skip


def test_a_books_title_ending_with_a_number_stays_a_book() -> None:
    ref = _first("Roe V (2030) Widget oil. Example Books 2.")
    assert (ref.type, ref.container_title) == ("book", "")


_FEVER = "Widget fever in Springfield, Examplia, 2029-2031: Epidemiology and challenges to control"


@pytest.mark.parametrize(
    "item",
    [
        f"Roe,M.J., Doe,J.F., Poe,I. and Moe,L. (2032) {_FEVER}. Trans. R. Soc. Exampl. Med. "
        "Hyg., 108, 648–655.",
        f"Roe, M. J., Doe, J. F., & Poe, I. (2032). {_FEVER}. Trans. R. Soc. Exampl. Med. Hyg., "
        "108, 648–655.",
        f"Roe MJ, Doe JF (2032) {_FEVER}. Trans. R. Soc. Exampl. Med. Hyg. 108: 648–655.",
        f"Roe MJ, Doe JF, Poe I et al. {_FEVER}. Trans. R. Soc. Exampl. Med. Hyg. 2032;108:648–55.",
    ],
)
def test_a_place_and_years_before_a_subtitle_are_the_titles(item: str) -> None:
    ref = _first(item)
    assert (ref.title, ref.page) == (_FEVER, "648-655")


def test_a_books_place_and_year_before_its_publisher_are_no_title() -> None:
    ref = _first("Roe J. Widgets and gadgets. Springfield, Examplia: Example Press; 2030.")
    assert (ref.title, ref.publisher) == ("Widgets and gadgets", "Example Press")


def test_a_books_edition_in_words_stays_out_of_its_title() -> None:
    ref = _first("Roe MH, Doe CS. Applied widget models, fourth ed. Example-Hill Press.")
    assert ref.title == "Applied widget models"
