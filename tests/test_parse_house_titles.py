"""Titles as OUP's, BMJ's and SciELO's house styles print them (issue 13): a title opening
with a number after the bracketed year, Nucleic Acids Research's book with its edition and
publisher after the title and no full stop, BMJ's chapter printed in Portuguese or Spanish
("Em:", "En:"). Every reference here is made up for the test."""

from __future__ import annotations

import pytest

from blinarefs.model import Reference
from blinarefs.parse import parse_reference_list


def _read(text: str) -> Reference:
    refs = parse_reference_list(f"References\n1. {text}\n").references
    assert len(refs) == 1
    return refs[0]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Roe J (2030) 750 MHz made-up spectra of example proteins. J Made Sci 12:45-67",
         "750 MHz made-up spectra of example proteins"),
        ("Roe, J. (2030) 750 MHz made-up spectra of example proteins. J Made Sci, 12, 45-67.",
         "750 MHz made-up spectra of example proteins"),
        ("Roe J, Doe K (2030) 3D made-up maps of example cells. J Made Sci 12:45-67",
         "3D made-up maps of example cells"),
    ],
)  # fmt: skip
def test_a_title_opening_with_a_number_after_the_year_keeps_it(text: str, title: str) -> None:
    ref = _read(text)
    assert (ref.title, ref.container_title, ref.volume) == (title, "J Made Sci", "12")


def test_a_title_opening_with_a_word_after_the_year_is_unchanged() -> None:
    ref = _read("Roe J (2030) Made-up spectra of example proteins. J Made Sci 12:45-67")
    assert ref.title == "Made-up spectra of example proteins"


@pytest.mark.parametrize(
    ("text", "title", "publisher", "place"),
    [
        ("Roe,A. and Doe,R. (2030) An introduction to made-up quality in example care "
         "Example University Press, Springfield.",
         "An introduction to made-up quality in example care", "Example University Press",
         "Springfield"),
        ("Roe,A. (2030) Made-up rivers of the example plains Springer, Springfield.",
         "Made-up rivers of the example plains", "Springer", "Springfield"),
        ("Roe,M., Doe,V. and Poe,L. (2030) Made-up switching: A Model Network of Examples "
         "Wiley-Blackwell, Springfield, UK.",
         "Made-up switching: A Model Network of Examples", "Wiley-Blackwell", "Springfield, UK"),
    ],
)  # fmt: skip
def test_a_publisher_after_a_books_title_with_no_stop_is_the_publisher(
    text: str, title: str, publisher: str, place: str
) -> None:
    ref = _read(text)
    assert (ref.type, ref.title) == ("book", title)
    assert (ref.publisher, ref.publisher_place) == (publisher, place)


def test_an_edition_after_a_books_title_with_no_stop_is_the_edition() -> None:
    ref = _read(
        "Roe,C. and Doe,H. (2030) Understanding examples: the Made-up Molecule and How it "
        "Works 2nd edn. Example Press, Springfield."
    )
    assert (ref.title, ref.edition) == (
        "Understanding examples: the Made-up Molecule and How it Works",
        "2",
    )
    assert (ref.publisher, ref.publisher_place) == ("Example Press", "Springfield")


@pytest.mark.parametrize(
    "text",
    [
        # a title-case title ending with capitalised words: no publisher's word, nothing cut
        "Roe,A. (2030) Made-up Rivers of Example Plains. Example Press, Springfield.",
        # a title whose last word is "Press", the publisher closed by its full stop
        "Roe,A. (2030) Made-up freedom of the Example Press. Example Books, Springfield.",
    ],
)
def test_a_books_title_closed_by_its_stop_is_unchanged(text: str) -> None:
    ref = _read(text)
    assert ref.title == text.split(") ", 1)[1].split(". ")[0]


@pytest.mark.parametrize(("word", "mark"), [("Em", "org"), ("En", "ed")])
def test_bmj_chapter_in_portuguese_or_spanish_opens_the_book(word: str, mark: str) -> None:
    ref = _read(
        "Roe G. How can example pressure be told apart in made-up movements? "
        f"{word}: Doe R, {mark}. The example junction. Springfield: Example Press 2030:19–23."
    )
    assert (ref.type, ref.title) == (
        "chapter",
        "How can example pressure be told apart in made-up movements?",
    )
    assert (ref.container_title, ref.page) == ("The example junction", "19-23")
    assert ref.editor[0].family == "Doe"


def test_a_title_sentence_opening_with_em_is_no_chapter() -> None:
    ref = _read("Roe G. Em busca de exemplos inventados. Rev Exemplo. 2030;12:45-67.")
    assert (ref.type, ref.title) == ("article-journal", "Em busca de exemplos inventados")


@pytest.mark.parametrize(
    "text",
    [
        "Roe P, Doe K First U.S. survey of made-up patients. J Made Sci 2030;12:45-67.",
        "Roe P First U.K. survey of made-up patients. J Made Sci 2030;12:45-67.",
    ],
)
def test_dotted_capitals_opening_a_title_after_unclosed_names_are_the_titles(text: str) -> None:
    ref = _read(text)
    assert [n.family for n in ref.author] == ["Roe", "Doe"][: text.count(" K ") + 1]
    assert ref.title.startswith("First U.") and ref.title.endswith("made-up patients")


def test_a_second_name_with_dotted_initials_is_still_a_name() -> None:
    ref = _read("Roe J Doe K.L. Examples of made-up patients. J Made Sci 2030;12:45-67.")
    assert [n.family for n in ref.author] == ["Roe", "Doe"]
    assert ref.title == "Examples of made-up patients"


@pytest.mark.parametrize(
    ("text", "title", "journal"),
    [
        ("Roe E, Doe D, Poe CS. Estudo Exemplo: características gerais e aspectos inventados "
         "Rev Bras Exemplo. 2030;8(4):454-66.",
         "Estudo Exemplo: características gerais e aspectos inventados", "Rev Bras Exemplo"),
        ("Roe E, Doe D. Made-up patterns of example care in rural towns J Made Sci. "
         "2030;8(4):454-66.", "Made-up patterns of example care in rural towns", "J Made Sci"),
        ("Roe E, Doe D. Made-up patterns of example care in rural towns Cad Saude Exemplo "
         "2030;8(4):454-66.", "Made-up patterns of example care in rural towns",
         "Cad Saude Exemplo"),
    ],
)  # fmt: skip
def test_an_abbreviated_journal_after_the_title_with_no_stop_is_the_journal(
    text: str, title: str, journal: str
) -> None:
    ref = _read(text)
    assert (ref.title, ref.container_title, ref.volume, ref.issue) == (title, journal, "8", "4")


def test_a_title_ending_with_a_places_name_before_its_journal_is_unchanged() -> None:
    ref = _read("Roe E, Doe D. Made-up outbreak in Rio de Janeiro. Rev Bras Exemplo. 2030;8:45-6.")
    assert (ref.title, ref.container_title) == (
        "Made-up outbreak in Rio de Janeiro",
        "Rev Bras Exemplo",
    )


@pytest.mark.parametrize(("locator", "page"), [("16–9", "16-19"), ("CD009234", "CD009234")])
def test_pages_or_a_review_number_where_bmj_prints_the_volume_are_the_pages(
    locator: str, page: str
) -> None:
    ref = _read(f"Roe S, Doe G. Made-up study of example stomachs. Med Tr Exemplo. 2030;{locator}.")
    assert (ref.container_title, ref.volume, ref.page) == ("Med Tr Exemplo", "", page)


def test_a_volume_before_its_pages_is_still_the_volume() -> None:
    ref = _read("Roe S, Doe G. Made-up study of example stomachs. Med Tr Exemplo. 2030;16:9-12.")
    assert (ref.volume, ref.page) == ("16", "9-12")


@pytest.mark.parametrize(
    ("text", "title", "publisher", "edition"),
    [
        ("R. M. Roe, B. Doe, Made-up Plagues: A History of Examples (Example Press, 2030).",
         "Made-up Plagues: A History of Examples", "Example Press", ""),
        ("R. M. Roe, Example rivers and made-up lakes (Springer, ed. 2, 2030).",
         "Example rivers and made-up lakes", "Springer", "2"),
    ],
)  # fmt: skip
def test_pnas_book_is_its_title_and_the_parenthesis_its_imprint(
    text: str, title: str, publisher: str, edition: str
) -> None:
    ref = _read(text)
    assert (ref.type, ref.title, ref.publisher, ref.edition) == ("book", title, publisher, edition)
    assert (ref.publisher_place, ref.issued) == ("", (2030,))


def test_pnas_chapter_in_its_book_is_unchanged() -> None:
    ref = _read(
        "R. Roe, “Made-up chapter on lakes” in Example Lakes, B. Doe, Ed. (Example Press, 2030),"
        " pp. 45–67."
    )
    assert (ref.type, ref.title, ref.container_title) == (
        "chapter",
        "Made-up chapter on lakes",
        "Example Lakes",
    )


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # the readers' own reading of PNAS's book, its edition out of the title, is kept
        ("P. A. Roe and B. Y. Doe, Made-up Development for Example Education: A Six-Step "
         "Approach, 4th ed. (Example University Press, 2030).",
         "Made-up Development for Example Education: A Six-Step Approach"),
        # an edition written out in title case may be the title's own
        ("Example Federation Example Atlas 7th Edition [Internet]. 2030 [cited November 7, "
         "2030]. Available at: http://www.example.org/.",
         "Example Federation Example Atlas 7th Edition"),
    ],
)  # fmt: skip
def test_a_title_read_whole_before_an_edition_is_unchanged(text: str, title: str) -> None:
    assert _read(text).title == title


def test_two_volumes_in_one_are_still_the_volume() -> None:
    ref = _read("M. Roe, R. Doe e S. Poe, Sensors and Examples, B: Chemical 111–112, 410 (2030).")
    assert ref.volume == "111–112"


@pytest.mark.parametrize(
    ("text", "title", "place", "publisher"),
    [
        ("ROE, A.E.; DOE, F.R.D. (2030) Fertilidade inventada. Springfield: UFEX/FAEX. 252 p.",
         "Fertilidade inventada", "Springfield", "UFEX/FAEX"),
        ("POE, P.S.M.; ROE, M.D.C. (2030) Carvão inventado: tecnologia e meio ambiente. Rio de "
         "Exemplo: CETEX/MCT . 300 p.",
         "Carvão inventado: tecnologia e meio ambiente", "Rio de Exemplo", "CETEX/MCT"),
    ],
)  # fmt: skip
def test_an_imprint_before_a_count_of_pages_is_no_part_of_the_title(
    text: str, title: str, place: str, publisher: str
) -> None:
    ref = _read(text)
    assert (ref.type, ref.title) == ("book", title)
    assert (ref.publisher_place, ref.publisher) == (place, publisher)


def test_a_title_sentence_with_a_colon_before_a_count_of_pages_is_kept() -> None:
    ref = _read("ROE, A.E. (2030) Fertilidade inventada. Lições: um guia. 252 p.")
    assert ref.title.startswith("Fertilidade inventada")
    assert ref.publisher != "um guia"
