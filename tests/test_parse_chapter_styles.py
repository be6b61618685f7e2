"""One made-up chapter in six house styles: each gives its title, its book, its editor,
its publisher and its pages apart. Made-up test texts only."""

from __future__ import annotations

import pytest

from blinarefs.parse import parse_reference_list

STYLES = {
    "elsevier": "A. Roe, Pretend trials, in: K. Moe (Ed.), Handbook of Imaginary Trials, "
    "Example Press, Oxford, 2020, pp. 10–30.",
    "harvard": "Roe, A. (2020) 'Pretend trials', in Moe, K. (ed.) Handbook of Imaginary "
    "Trials. Oxford: Example Press, pp. 10–30.",
    "apa": "Roe, A. (2020). Pretend trials. In K. Moe (Ed.), Handbook of Imaginary Trials "
    "(pp. 10–30). Example Press.",
    "chicago": 'Roe, Anna. "Pretend trials." In Handbook of Imaginary Trials, edited by Kim '
    "Moe, 10–30. Oxford: Example Press, 2020.",
    "ieee": 'A. Roe, "Pretend trials," in Handbook of Imaginary Trials, 2nd ed., K. Moe, Ed. '
    "Oxford, U.K.: Example Press, 2020, pp. 10–30.",
    "vancouver": "Roe A. Pretend trials. In: Moe K, editor. Handbook of Imaginary Trials. 2nd "
    "ed. Oxford: Example Press; 2020. p. 10-30.",
}


@pytest.mark.parametrize("style", STYLES)
def test_a_chapter_in_each_house_style(style: str) -> None:
    (ref,) = parse_reference_list(f"References\n1. {STYLES[style]}\n").references
    assert ref.type == "chapter"
    assert [n.family for n in ref.author] == ["Roe"]
    assert ref.title == "Pretend trials"
    assert ref.container_title == "Handbook of Imaginary Trials"
    assert [n.family for n in ref.editor] == ["Moe"]
    assert (ref.publisher, ref.page, ref.issued[:1]) == ("Example Press", "10-30", (2020,))
    if style in ("ieee", "vancouver"):
        assert ref.edition == "2"


def test_an_apostrophe_ending_a_title_stays() -> None:
    (ref,) = parse_reference_list(
        "References\n1. Roe A. What made-up patients' families want. J Made Up Care. 2030;1:2-3.\n"
    ).references
    assert ref.title == "What made-up patients' families want"


@pytest.mark.parametrize("volume", ["4", "III"])
def test_a_books_volume_before_its_place_is_the_volume(volume: str) -> None:
    # "Book, Vol. 4 Place: Publisher": no full stop after the volume's number
    (ref,) = parse_reference_list(
        f"References\n1. Roe A. Pretend trials. In: Moe K, ed. Handbook of Imaginary Trials, "
        f"Vol. {volume} Oxford: Example Press; 2020:10–30\n"
    ).references
    assert ref.container_title == "Handbook of Imaginary Trials"
    assert ref.volume == volume
    assert ref.publisher_place == "Oxford"
    (ref,) = parse_reference_list(
        f"References\n1. Roe A. Imaginary trials. Vol. {volume} Oxford: Example Press; 2020.\n"
    ).references
    assert (ref.title, ref.volume, ref.publisher_place) == ("Imaginary trials", volume, "Oxford")


@pytest.mark.parametrize(
    ("book", "editors"),
    [
        ("@ExampleInst", []),
        ("Roe JK, ed: Pretend Rulings", ["Roe"]),
        ("Roe JK, editor. Pretend Rulings", ["Roe"]),
    ],
)
def test_the_one_name_before_a_chapters_year_is_its_book(book: str, editors: list[str]) -> None:
    # "Title. In: Book; 2030": no publisher printed
    (ref,) = parse_reference_list(
        f"References\n1. Made-up findings on pretend things. In: {book}; 2030\n"
    ).references
    assert ref.type == "chapter"
    assert ref.container_title == book.rsplit(": ", 1)[-1].rsplit(". ", 1)[-1]
    assert not ref.publisher
    assert [n.family for n in ref.editor] == editors


def test_a_chapters_book_after_editors_not_read_as_names() -> None:
    # EndNote's "In: Court of Appeals, ed. Book; 2030": the mark says the names end there
    (ref,) = parse_reference_list(
        "References\n1. Made-up ruling on pretend things. In: Court of Appeals, ed. Pretend "
        "Rulings 12; 2030\n"
    ).references
    assert ref.container_title == "Pretend Rulings 12"
    assert not ref.publisher


@pytest.mark.parametrize(
    "printed",
    [
        # SAGE's Harvard chapter with two editors joined by "and": the book's words the
        # labeller read as more editors or left unread, up to its stop and the place
        "Roe J (2030) Made-up widgets. In: Doe K and Poe L (eds) The Book of Widgets. "
        "Springfield: Example Press, pp. 12–34.",
        "Roe J (2030) Made-up widgets. In: Doe K and Poe L (eds) The Book of Widgets. "
        "Springfield: Example Press, 12–34.",
        "Roe J (2030) Made-up widgets. In: Doe K, Poe L (eds) The Book of Widgets. "
        "New York, NY: Example Press, pp. 12–34.",
        # guard: three editors, read so before
        "Roe J (2030) Made-up widgets. In: Doe K, Poe L and Moe A (eds) The Book of Widgets. "
        "Springfield: Example Press, pp. 12–34.",
    ],
)
def test_sage_harvard_chapter_book_after_editors(printed: str) -> None:
    (ref,) = parse_reference_list(f"References\n1. {printed}\n").references
    assert [n.family for n in ref.author] == ["Roe"]
    assert ref.title == "Made-up widgets"
    assert ref.container_title == "The Book of Widgets"
    assert [n.family for n in ref.editor][:2] == ["Doe", "Poe"]
