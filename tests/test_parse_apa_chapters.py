"""APA chapters whose copy lost the full stop after the chapter's title ("Title In M. Reed
(Ed.), Book (pp. 1-10). Publisher."): the title ends at "In", the editors are editors, the
book runs to its pages. Every reference here is made up for the test."""

from __future__ import annotations

import pytest

from blinarefs.model import Reference
from blinarefs.parse import parse_reference_list


def _read(text: str) -> Reference:
    return parse_reference_list(f"1. {text}\n").references[0]


@pytest.mark.parametrize(
    ("editors", "book"),
    [
        ("In Quell P. R. (Ed.), ", "Pretend fields of study"),
        ("In Quell P. R., & Brindle A. (Eds.), ", "Pretend fields of study"),
        ("In: Quell P. R., Brindle A. (Eds.), ", "Pretend fields of study"),
        ("In Quell P. R. (Ed.), ", "Pretend ponds: Their margins and edges"),
    ],
)
def test_a_chapter_title_run_into_in_ends_there(editors: str, book: str) -> None:
    ref = _read(
        "Marrow, T. J., & Fennick, O. (2029). Invented growth of paper reeds in still water "
        f"{editors}{book} (pp. 41–58). Springfield: Imaginary Press."
    )
    assert (ref.type, ref.title, ref.container_title, ref.page) == (
        "chapter",
        "Invented growth of paper reeds in still water",
        book,
        "41-58",
    )
    assert ref.editor and ref.editor[0].family == "Quell"


def test_a_book_left_unread_before_its_pages_is_the_book() -> None:
    ref = _read(
        "Marrow, T. J. (2029). Reed ecology In Quell P. R., & Brindle A. (Eds.), The Reeds "
        "(pp. 5–9). Imaginary Press: Springfield."
    )
    assert (ref.title, ref.container_title, ref.page) == ("Reed ecology", "The Reeds", "5-9")


def test_a_capital_in_inside_a_title_without_editors_stays_in_the_title() -> None:
    ref = _read(
        "Marrow, T. J. (2029). Living In Still Water: a pretend survey. Journal of Invented "
        "Limnology, 12(3), 41–58."
    )
    assert ref.title == "Living In Still Water: a pretend survey"
    assert ref.container_title == "Journal of Invented Limnology"


@pytest.mark.parametrize("mark", ["(pp. 41–58)", "(3rd ed., pp. 41–58)", "(Vol. 2, pp. 41–58)"])
def test_apa_sevenths_editors_given_first_and_the_book_to_its_pages(mark: str) -> None:
    # "In L. Quell & A. I. Brindle (Eds.), Quell-Brindle reeds (26th ed., pp. ...)": the
    # labeller read the hyphenated book as an address and the chapter became a book with
    # no book title
    ref = _read(
        "Marrow, T. J. (2029). Invented growth of paper reeds. In L. Quell & A. I. Brindle "
        f"(Eds.), Quell-Brindle pretend fields {mark}. Imaginary Press."
    )
    assert (ref.type, ref.title, ref.container_title, ref.page) == (
        "chapter",
        "Invented growth of paper reeds",
        "Quell-Brindle pretend fields",
        "41-58",
    )
    assert [e.family for e in ref.editor] == ["Quell", "Brindle"]
    assert ref.publisher == "Imaginary Press"
    assert ref.edition == ("3" if "3rd" in mark else "")


@pytest.mark.parametrize(("printed", "status"), [("in press", "in press"), ("n.d.", "")])
def test_a_year_apa_does_not_know_yet_is_no_part_of_the_title(printed: str, status: str) -> None:
    ref = _read(
        f"Marrow, T. J., & Fennick, O. ({printed}). Invented growth of paper reeds. Journal "
        "of Invented Limnology."
    )
    assert ref.title == "Invented growth of paper reeds"
    assert ref.container_title == "Journal of Invented Limnology"
    assert ref.issued is None and (ref.status, ref.note) == (status, "")
